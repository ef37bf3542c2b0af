package io.github.supersetsdk.client.it;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Direct JDBC access to the warehouse, to check numbers Superset returns against the source. */
final class Warehouse {

  private Warehouse() {}

  static Connection connect() throws SQLException {
    return DriverManager.getConnection(ItEnv.warehouseJdbcUrl());
  }

  /**
   * The mart tables that have a {@code tenant_id} column, smallest first, so tests do not depend on
   * the example dbt project's table names.
   */
  static List<String> tenantMarts() throws SQLException {
    String sql =
        "select c.table_name from information_schema.columns c join information_schema.tables t"
            + " on t.table_schema = c.table_schema and t.table_name = c.table_name"
            + " where c.table_schema = 'marts' and c.column_name = 'tenant_id' and t.table_type = 'BASE TABLE'"
            + " order by c.table_name";
    List<String> tables = new ArrayList<>();
    try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        tables.add(rs.getString(1));
      }
    }
    if (tables.isEmpty()) {
      throw new IllegalStateException("no table in schema marts has a tenant_id column: has dbt built the marts?"
          + " (scripts/services.sh up builds examples/dbt-project)");
    }
    return tables;
  }

  /** Rows per tenant of a mart table, by tenant id as a string. */
  static Map<String, Long> rowsPerTenant(String table) throws SQLException {
    Map<String, Long> counts = new LinkedHashMap<>();
    String sql = "select tenant_id::text, count(*) from marts.\"" + table.replace("\"", "") + "\" group by 1 order by 1";
    try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        counts.put(rs.getString(1), rs.getLong(2));
      }
    }
    return counts;
  }

  /** The first numeric column of a table other than ids, or null. */
  static String numericColumn(String table) throws SQLException {
    String sql =
        "select column_name from information_schema.columns where table_schema = 'marts' and table_name = ?"
            + " and data_type in ('numeric', 'integer', 'bigint', 'double precision', 'real', 'smallint')"
            + " and column_name not like '%id' order by ordinal_position limit 1";
    try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, table);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  /** The sum of a numeric column per tenant. */
  static Map<String, BigDecimal> sumPerTenant(String table, String column) throws SQLException {
    Map<String, BigDecimal> sums = new LinkedHashMap<>();
    String sql = "select tenant_id::text, coalesce(sum(\"" + column.replace("\"", "") + "\"), 0) from marts.\""
        + table.replace("\"", "") + "\" group by 1 order by 1";
    try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        sums.put(rs.getString(1), rs.getBigDecimal(2));
      }
    }
    return sums;
  }
}
