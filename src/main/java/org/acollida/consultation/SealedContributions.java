package org.acollida.consultation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.acollida.consultation.bpmn.DiscardSealedContributions;
import org.acollida.contract.ProcessKeys;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The texts of a round's contributions while it is still collecting them. A task's variables include
 * its process instance's, so a text kept in the round's variables could be read by every invited
 * stakeholder through their own invitation ({@code GET /task/{id}/variables}). The texts wait here, in
 * the engine's transaction (same data source), and join the round's variables when the synthesis starts.
 * Beside them, the stakeholder each invitation was created for: whoever works on a task may write its
 * variables, {@code stakeholderId} included, so a contribution's author is never read from them.
 */
@Component
public class SealedContributions {

  private final JdbcTemplate jdbc;

  public SealedContributions(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Records the stakeholder a new SubmitContribution task is for, as the engine created it. */
  public void invite(String roundId, String taskId, String stakeholderId) {
    jdbc.update("insert into ACOLLIDA_CONTRIBUTION_INVITATION (TASK_ID_, PROC_INST_ID_, STAKEHOLDER_ID_) values (?, ?, ?)",
        taskId, roundId, stakeholderId);
  }

  /** The stakeholder the task was created for; empty for a task created before invitations were recorded. */
  public Optional<String> invitedStakeholder(String taskId) {
    List<String> ids = jdbc.queryForList("select STAKEHOLDER_ID_ from ACOLLIDA_CONTRIBUTION_INVITATION where TASK_ID_ = ?",
        String.class, taskId);
    return ids.stream().findFirst();
  }

  /** Keeps a stakeholder's text (a second answer replaces the first). */
  public void seal(String roundId, String stakeholderId, String text) {
    jdbc.update("delete from ACOLLIDA_SEALED_CONTRIBUTION where PROC_INST_ID_ = ? and STAKEHOLDER_ID_ = ?",
        roundId, stakeholderId);
    jdbc.update("insert into ACOLLIDA_SEALED_CONTRIBUTION (PROC_INST_ID_, STAKEHOLDER_ID_, TEXT_) values (?, ?, ?)",
        roundId, stakeholderId, text);
  }

  /**
   * The round's texts by stakeholder id, removed from here with its invitations; those of rounds no longer
   * running (cancelled with "skip custom listeners", so {@link DiscardSealedContributions} never ran) go too.
   */
  public Map<String, String> unseal(String roundId) {
    jdbc.update("""
        delete from ACOLLIDA_SEALED_CONTRIBUTION
        where not exists (select 1 from ACT_RU_EXECUTION e where e.ID_ = ACOLLIDA_SEALED_CONTRIBUTION.PROC_INST_ID_)""");
    jdbc.update("""
        delete from ACOLLIDA_CONTRIBUTION_INVITATION
        where not exists (select 1 from ACT_RU_EXECUTION e where e.ID_ = ACOLLIDA_CONTRIBUTION_INVITATION.PROC_INST_ID_)""");
    Map<String, String> texts = new LinkedHashMap<>();
    jdbc.query("select STAKEHOLDER_ID_, TEXT_ from ACOLLIDA_SEALED_CONTRIBUTION where PROC_INST_ID_ = ?",
        row -> {
          texts.put(row.getString(1), row.getString(2));
        }, roundId);
    discard(roundId);
    return texts;
  }

  /**
   * Removes the contribution texts that versions before {@link SealedTextHistoryFilter} let into the engine's
   * history: the variable (its instances and updates) and the form field of a form submission. Nothing is
   * written there any more, so after the first start of this version it finds nothing (both columns indexed).
   */
  public int purgeTextsFromHistory() {
    return jdbc.update("delete from ACT_HI_DETAIL where NAME_ = ? and PROC_DEF_KEY_ = ?",
        ConsultationTasks.CONTRIBUTION_TEXT, ProcessKeys.CONSULTATION)
        + jdbc.update("delete from ACT_HI_VARINST where NAME_ = ? and PROC_DEF_KEY_ = ?",
        ConsultationTasks.CONTRIBUTION_TEXT, ProcessKeys.CONSULTATION);
  }

  /** Forgets the round's texts and invitations (its synthesis starts, or it was cancelled before). */
  public void discard(String roundId) {
    jdbc.update("delete from ACOLLIDA_SEALED_CONTRIBUTION where PROC_INST_ID_ = ?", roundId);
    jdbc.update("delete from ACOLLIDA_CONTRIBUTION_INVITATION where PROC_INST_ID_ = ?", roundId);
  }
}
