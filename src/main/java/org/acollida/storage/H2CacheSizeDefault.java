package org.acollida.storage;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * H2's page cache defaults to a quarter of the JVM's heap ({@code acollida.database.cache-kb}, unless set).
 *
 * <p>History rows a family leaves over months lie in pages a small cache has long dropped, and updates
 * that read them back then dominate (docs/benchmark.md). A fixed larger size would not fit a small heap,
 * so the default follows the heap.
 */
public class H2CacheSizeDefault implements EnvironmentPostProcessor {

  static final String PROPERTY = "acollida.database.cache-kb";
  /** Never less than H2's own default. */
  static final long MIN_KB = 16 * 1024;

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    environment.getPropertySources().addLast(new MapPropertySource("acollida-h2-cache-default",
        Map.of(PROPERTY, Long.toString(defaultKb(Runtime.getRuntime().maxMemory())))));
  }

  static long defaultKb(long maxHeapBytes) {
    return Math.max(MIN_KB, maxHeapBytes / 4 / 1024);
  }
}
