package io.github.supersetsdk.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Proves the PostgreSQL side of the local services: Superset's metadata lives there (not in SQLite),
 * dbt built the marts, and the reader role Superset connects with can read the marts and nothing else.
 */
class PostgresServiceIT {

  @Test
  void supersetMetadata_isOnPostgres() throws SQLException {
    try (Connection meta = DriverManager.getConnection(ServiceEnvironment.require("SUPERSET_METADATA_JDBC_URL"));
        Statement st = meta.createStatement();
        ResultSet rs = st.executeQuery("select count(*) from ab_user where username = 'admin'")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getInt(1)).as("admin users in superset_meta").isEqualTo(1);
    }
  }

  @Test
  void marts_existAndAreReadableByReader() throws SQLException {
    try (Connection reader = readerConnection()) {
      List<String> marts = martTables(reader);
      assertThat(marts).as("tables in schema marts").hasSizeGreaterThanOrEqualTo(3);
      for (String table : marts) {
        try (Statement st = reader.createStatement();
            ResultSet rs = st.executeQuery("select count(*) from marts." + table)) {
          assertThat(rs.next()).isTrue();
          assertThat(rs.getLong(1)).as("rows in marts.%s", table).isPositive();
        }
      }
    }
  }

  @Test
  void marts_carryATenantColumnForRowLevelSecurity() throws SQLException {
    try (Connection reader = readerConnection();
        Statement st = reader.createStatement();
        ResultSet rs =
            st.executeQuery(
                "select count(*) from information_schema.columns"
                    + " where table_schema = 'marts' and column_name = 'tenant_id'")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getInt(1)).as("marts with tenant_id").isGreaterThanOrEqualTo(3);
    }
  }

  @Test
  void reader_cannotWriteToMarts() throws SQLException {
    try (Connection reader = readerConnection()) {
      String table = martTables(reader).get(0);
      assertThatThrownBy(() -> execute(reader, "delete from marts." + table))
          .isInstanceOf(SQLException.class)
          .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isIn("42501", "25006"));
      assertThatThrownBy(() -> execute(reader, "create table marts.reader_probe (id int)"))
          .isInstanceOf(SQLException.class);
    }
  }

  @Test
  void reader_cannotReadOutsideMarts() throws SQLException {
    try (Connection reader = readerConnection();
        Connection writer = DriverManager.getConnection(ServiceEnvironment.require("WAREHOUSE_WRITER_JDBC_URL"))) {
      // Any table dbt built outside marts (staging, intermediate, raw seeds) must be hidden from the reader.
      List<String> others = new ArrayList<>();
      try (Statement st = writer.createStatement();
          ResultSet rs =
              st.executeQuery(
                  "select table_schema || '.' || table_name from information_schema.tables"
                      + " where table_schema not in ('marts', 'pg_catalog', 'information_schema')"
                      + " and table_schema not like 'pg_%'")) {
        while (rs.next()) {
          others.add(rs.getString(1));
        }
      }
      assertThat(others).as("relations dbt built outside marts").isNotEmpty();
      for (String relation : others) {
        assertThatThrownBy(() -> execute(reader, "select 1 from " + relation + " limit 1"))
            .as("reader reading %s", relation)
            .isInstanceOf(SQLException.class);
      }
    }
  }

  private static Connection readerConnection() throws SQLException {
    return DriverManager.getConnection(ServiceEnvironment.require("WAREHOUSE_JDBC_URL"));
  }

  private static List<String> martTables(Connection connection) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (Statement st = connection.createStatement();
        ResultSet rs =
            st.executeQuery(
                "select table_name from information_schema.tables"
                    + " where table_schema = 'marts' and table_type = 'BASE TABLE' order by table_name")) {
      while (rs.next()) {
        tables.add(rs.getString(1));
      }
    }
    return tables;
  }

  private static void execute(Connection connection, String sql) throws SQLException {
    try (Statement st = connection.createStatement()) {
      st.execute(sql);
    }
  }
}
