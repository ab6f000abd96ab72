package org.acollida.consultation;

import java.util.LinkedHashMap;
import java.util.Map;
import org.acollida.consultation.bpmn.DiscardSealedContributions;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The texts of a round's contributions while it is still collecting them. A task's variables include
 * its process instance's, so a text kept in the round's variables could be read by every invited
 * stakeholder through their own invitation ({@code GET /task/{id}/variables}). The texts wait here, in
 * the engine's transaction (same data source), and join the round's variables when the synthesis starts.
 */
@Component
public class SealedContributions {

  private final JdbcTemplate jdbc;

  public SealedContributions(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Keeps a stakeholder's text (a second answer replaces the first). */
  public void seal(String roundId, String stakeholderId, String text) {
    jdbc.update("delete from ACOLLIDA_SEALED_CONTRIBUTION where PROC_INST_ID_ = ? and STAKEHOLDER_ID_ = ?",
        roundId, stakeholderId);
    jdbc.update("insert into ACOLLIDA_SEALED_CONTRIBUTION (PROC_INST_ID_, STAKEHOLDER_ID_, TEXT_) values (?, ?, ?)",
        roundId, stakeholderId, text);
  }

  /**
   * The round's texts by stakeholder id, removed from here; texts of rounds no longer running (cancelled
   * with "skip custom listeners", so {@link DiscardSealedContributions} never ran) go too.
   */
  public Map<String, String> unseal(String roundId) {
    jdbc.update("""
        delete from ACOLLIDA_SEALED_CONTRIBUTION
        where not exists (select 1 from ACT_RU_EXECUTION e where e.ID_ = ACOLLIDA_SEALED_CONTRIBUTION.PROC_INST_ID_)""");
    Map<String, String> texts = new LinkedHashMap<>();
    jdbc.query("select STAKEHOLDER_ID_, TEXT_ from ACOLLIDA_SEALED_CONTRIBUTION where PROC_INST_ID_ = ?",
        row -> {
          texts.put(row.getString(1), row.getString(2));
        }, roundId);
    discard(roundId);
    return texts;
  }

  /** Forgets the round's texts (a round cancelled before its synthesis). */
  public void discard(String roundId) {
    jdbc.update("delete from ACOLLIDA_SEALED_CONTRIBUTION where PROC_INST_ID_ = ?", roundId);
  }
}
