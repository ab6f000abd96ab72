package org.acollida.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The facts that make figures comparable: processors, memory, load, Java. Linux /proc where available. */
final class Machine {

  private Machine() {
  }

  static Map<String, Object> facts() {
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("processors", Runtime.getRuntime().availableProcessors());
    facts.put("cpu", procLine("/proc/cpuinfo", "model name"));
    facts.put("memTotal", procLine("/proc/meminfo", "MemTotal"));
    facts.put("memAvailable", procLine("/proc/meminfo", "MemAvailable"));
    facts.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
    facts.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
    facts.put("loadAverageAtStart", loadAverage());
    return facts;
  }

  static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (Exception e) {
      return "unknown";
    }
  }

  /** Resident memory now and at its peak, in MB. */
  static Map<String, Object> memoryOf(long pid) {
    Map<String, Object> memory = new LinkedHashMap<>();
    memory.put("rssMb", kbToMb(procLine("/proc/" + pid + "/status", "VmRSS")));
    memory.put("peakRssMb", kbToMb(procLine("/proc/" + pid + "/status", "VmHWM")));
    return memory;
  }

  private static Object kbToMb(String value) {
    try {
      return Math.round(Long.parseLong(value.replace("kB", "").trim()) / 1024.0);
    } catch (NumberFormatException e) {
      return value;
    }
  }

  private static String procLine(String file, String key) {
    try {
      return Files.readAllLines(Path.of(file)).stream().filter(line -> line.startsWith(key))
          .map(line -> line.substring(line.indexOf(':') + 1).trim()).findFirst().orElse("unknown");
    } catch (Exception e) {
      return "unknown";
    }
  }
}
