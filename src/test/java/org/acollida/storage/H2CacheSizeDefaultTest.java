package org.acollida.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** H2's page cache follows the heap unless it is set, and the datasource URL gets it. */
class H2CacheSizeDefaultTest {

  private static final String URL = "jdbc:h2:mem:cache-default;CACHE_SIZE=${acollida.database.cache-kb}";

  @Test
  void aQuarterOfTheHeapNeverLessThanH2sOwnDefault() {
    assertThat(H2CacheSizeDefault.defaultKb(2L << 30)).as("2 GB heap").isEqualTo(512 * 1024);
    assertThat(H2CacheSizeDefault.defaultKb(384L << 20)).as("384 MB heap").isEqualTo(96 * 1024);
    assertThat(H2CacheSizeDefault.defaultKb(32L << 20)).as("32 MB heap").isEqualTo(H2CacheSizeDefault.MIN_KB);
  }

  @Test
  void theDatabaseGetsTheDefaultUnlessTheDeploymentSetsItsOwn() throws Exception {
    StandardEnvironment unset = new StandardEnvironment();
    new H2CacheSizeDefault().postProcessEnvironment(unset, null);
    long expected = H2CacheSizeDefault.defaultKb(Runtime.getRuntime().maxMemory());
    assertThat(cacheSizeKbOf(unset.resolveRequiredPlaceholders(URL))).isEqualTo(expected);

    StandardEnvironment set = new StandardEnvironment();
    set.getPropertySources().addFirst(new MapPropertySource("deployment", Map.of(H2CacheSizeDefault.PROPERTY, "20480")));
    new H2CacheSizeDefault().postProcessEnvironment(set, null);
    assertThat(set.resolveRequiredPlaceholders(URL)).endsWith("CACHE_SIZE=20480");
  }

  private static long cacheSizeKbOf(String url) throws Exception {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL(url);
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(
            "select SETTING_VALUE from INFORMATION_SCHEMA.SETTINGS where SETTING_NAME = 'CACHE_SIZE'")) {
      row.next();
      return Long.parseLong(row.getString(1));
    }
  }
}
