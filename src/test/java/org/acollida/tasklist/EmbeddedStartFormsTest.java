package org.acollida.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How a form key's path finds its file among a deployment's resource names, whatever Spring named it. */
class EmbeddedStartFormsTest {

  static final String PATH = "forms/record-expense/expense-recording.html";

  @Test
  void theSameNameAnAbsolutePathOrInAJarTheFileName() {
    assertThat(EmbeddedStartForms.deployedName(PATH, List.of("x.bpmn", PATH))).isEqualTo(PATH);
    assertThat(EmbeddedStartForms.deployedName(PATH, List.of("/work/target/classes/forms/record-expense/expense-recording.html",
        "/work/target/classes/forms/other/expense-recording.html"))).isEqualTo(
        "/work/target/classes/forms/record-expense/expense-recording.html");
    assertThat(EmbeddedStartForms.deployedName(PATH, List.of("C:\\app\\classes\\forms\\record-expense\\expense-recording.html")))
        .isEqualTo("C:\\app\\classes\\forms\\record-expense\\expense-recording.html");
    assertThat(EmbeddedStartForms.deployedName(PATH, List.of("record-expense.bpmn", "expense-recording.html")))
        .isEqualTo("expense-recording.html");
  }

  @Test
  void twoFilesOfThatNameOrNoneLeaveTheKeyAsItIs() {
    assertThat(EmbeddedStartForms.deployedName(PATH, List.of("expense-recording.html", "expense-recording.html")))
        .isEqualTo(PATH);
    assertThat(EmbeddedStartForms.deployedName(PATH, List.of("record-expense.bpmn"))).isEqualTo(PATH);
  }
}
