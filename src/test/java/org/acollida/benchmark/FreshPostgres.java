package org.acollida.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fresh database of its own on the PostgreSQL server of {@code ACOLLIDA_DB_URL} (a throwaway server such as
 * {@code .ci/with-postgres}'s, whose user may create databases): so that two sides of a measure never share one.
 */
final class FreshPostgres implements AutoCloseable {

  private static final Pattern URL = Pattern.compile("(jdbc:postgresql://[^/]+/)([^?]+)(.*)");

  final String url;
  private final String serverUrl;
  private final String name;

  private FreshPostgres(String serverUrl, String name, String url) {
    this.serverUrl = serverUrl;
    this.name = name;
    this.url = url;
  }

  /** Creates database {@code name} (dropped first if left by an earlier run) beside the one of {@code givenUrl}. */
  static FreshPostgres create(String givenUrl, String name) {
    Matcher m = URL.matcher(givenUrl);
    if (!m.matches() || !name.matches("[a-z0-9_]+")) {
      throw new IllegalArgumentException("not a PostgreSQL URL with a database, or not a plain name: " + givenUrl + ", " + name);
    }
    FreshPostgres fresh = new FreshPostgres(givenUrl, name, m.group(1) + name + m.group(3));
    fresh.execute("drop database if exists " + name);
    fresh.execute("create database " + name);
    return fresh;
  }

  private void execute(String sql) {
    try (Connection connection = DriverManager.getConnection(serverUrl, System.getenv("ACOLLIDA_DB_USER"),
        System.getenv("ACOLLIDA_DB_PASSWORD")); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL: " + sql, e);
    }
  }

  /** Drops the database (its size is measured before): the next side never sees it. */
  @Override
  public void close() {
    execute("drop database if exists " + name);
  }
}
