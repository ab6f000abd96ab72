package org.acollida.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.acollida.support.ProcessTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The engine's task table gets the sub-task lookup index at start-up, on H2 and on PostgreSQL. */
class SubTaskLookupIndexTest extends ProcessTestSupport {

  @Autowired DataSource dataSource;

  @Test
  void theOpenTasksAreIndexedByParentTask() throws Exception {
    List<String> indexed = new ArrayList<>();
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData metaData = connection.getMetaData();
      // H2 keeps unquoted names in upper case, PostgreSQL in lower case
      for (String table : List.of("ACT_RU_TASK", "act_ru_task")) {
        try (ResultSet indexes = metaData.getIndexInfo(null, null, table, false, false)) {
          while (indexes.next()) {
            indexed.add(indexes.getString("INDEX_NAME").toUpperCase() + "(" + indexes.getString("COLUMN_NAME").toUpperCase() + ")");
          }
        }
      }
    }
    assertThat(indexed).contains("ACOLLIDA_IDX_TASK_PARENT(PARENT_TASK_ID_)");
  }
}
