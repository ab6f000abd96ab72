package org.acollida.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * An index the engine's schema lacks: on every task completion the engine looks for sub-tasks with
 * {@code select * from ACT_RU_TASK where PARENT_TASK_ID_ = ?}, a full scan of the open tasks, which grows
 * with the programme (docs/benchmark.md).
 * Created after the engine has created or updated its schema; an index only speeds things up, so a
 * failure (two nodes creating it at once) is logged and start-up goes on.
 */
@Component
public class SubTaskLookupIndex extends AbstractProcessEnginePlugin {

  static final String CREATE = "create index if not exists ACOLLIDA_IDX_TASK_PARENT on ACT_RU_TASK(PARENT_TASK_ID_)";

  private static final Logger LOG = LoggerFactory.getLogger(SubTaskLookupIndex.class);

  private final DataSource dataSource;

  public SubTaskLookupIndex(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute(CREATE);
    } catch (SQLException e) {
      LOG.warn("Index ACOLLIDA_IDX_TASK_PARENT not created (task completions scan the open tasks): {}", e.toString());
    }
  }
}
