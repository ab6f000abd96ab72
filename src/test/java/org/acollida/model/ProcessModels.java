package org.acollida.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;

/** The BPMN models as designers keep them in {@code processes/}, read for the model checks. */
final class ProcessModels {

  static final Path PROCESSES = Path.of("processes");

  private ProcessModels() {}

  static List<BpmnModelInstance> all() throws IOException {
    List<BpmnModelInstance> models = new ArrayList<>();
    try (Stream<Path> files = Files.list(PROCESSES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
        models.add(Bpmn.readModelFromFile(file.toFile()));
      }
    }
    assertThat(models).as("models in processes/").isNotEmpty();
    return models;
  }

  static String processKey(BpmnModelInstance model) {
    return model.getModelElementsByType(Process.class).iterator().next().getId();
  }
}
