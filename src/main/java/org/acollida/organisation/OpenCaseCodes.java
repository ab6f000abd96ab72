package org.acollida.organisation;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Codes of cases not yet closed (agreements, families, rounds), one row each under a primary key.
 * The key is what makes "unique among open cases" hold under concurrent requests and across
 * cluster nodes: a query for running instances would not. Claims and releases join the engine's
 * transaction, so a refused start leaves no claim behind.
 */
@Component
public class OpenCaseCodes {

  private final JdbcTemplate jdbc;

  public OpenCaseCodes(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * @return false when the code is already held by an open case of that kind. A holder that is no longer
   *     running (cancelled in Cockpit with "skip custom listeners", so its end listener never released the
   *     code) gives the code up: the engine's own table says which instances still run. That is tried
   *     first, as on PostgreSQL a failed insert would abort the transaction.
   */
  public boolean claim(String kind, String code, String processInstanceId) {
    int takenOver = jdbc.update("""
        update ACOLLIDA_OPEN_CASE set PROC_INST_ID_ = ? where KIND_ = ? and CODE_ = ?
        and not exists (select 1 from ACT_RU_EXECUTION e where e.ID_ = ACOLLIDA_OPEN_CASE.PROC_INST_ID_)""",
        processInstanceId, kind, code);
    if (takenOver == 1) {
      return true;
    }
    try {
      jdbc.update("insert into ACOLLIDA_OPEN_CASE (KIND_, CODE_, PROC_INST_ID_) values (?, ?, ?)",
          kind, code, processInstanceId);
      return true;
    } catch (DuplicateKeyException alreadyHeld) {
      return false;
    }
  }

  public void release(String kind, String code) {
    jdbc.update("delete from ACOLLIDA_OPEN_CASE where KIND_ = ? and CODE_ = ?", kind, code);
  }

  /** Releases the code only if this process instance holds it (a hand-over may have passed it on already). */
  public void release(String kind, String code, String processInstanceId) {
    jdbc.update("delete from ACOLLIDA_OPEN_CASE where KIND_ = ? and CODE_ = ? and PROC_INST_ID_ = ?",
        kind, code, processInstanceId);
  }

  public boolean isOpen(String kind, String code) {
    Integer n = jdbc.queryForObject(
        "select count(*) from ACOLLIDA_OPEN_CASE where KIND_ = ? and CODE_ = ?", Integer.class, kind, code);
    return n != null && n > 0;
  }
}
