package io.github.supersetsdk.ops.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.supersetsdk.client.RawRequest;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.exception.AuthenticationException;
import io.github.supersetsdk.client.exception.NotFoundException;
import io.github.supersetsdk.client.exception.SupersetApiException;
import io.github.supersetsdk.client.exception.SupersetException;
import io.github.supersetsdk.client.id.DatabaseId;
import io.github.supersetsdk.client.model.Chart;
import io.github.supersetsdk.client.model.Dataset;
import io.github.supersetsdk.client.model.DatasetColumn;
import io.github.supersetsdk.client.model.DatabaseTable;
import io.github.supersetsdk.client.model.DatabaseTableColumn;
import io.github.supersetsdk.client.model.DependentChart;
import io.github.supersetsdk.client.model.DependentDashboard;
import io.github.supersetsdk.client.model.DependentObjects;
import io.github.supersetsdk.client.request.ListQuery;
import io.github.supersetsdk.ops.CheckResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Compares each physical dataset's columns with its table as the warehouse describes it, through
 * Superset (the database's table list, refreshed, and the table-metadata endpoint), and names the
 * charts and dashboards that depend on a dataset that drifted. Virtual (SQL) datasets are compared
 * with what their SQL returns: their stored columns are selected from it through Superset's chart-data
 * endpoint as a raw query of one row ({@code SELECT cols FROM (<sql>) AS virtual_table LIMIT 1}, no
 * grouping), and every column the warehouse says does not exist is one that no longer comes out.
 *
 * <p>Stateless; thread-safe.
 */
public final class DatasetDrift {

  private DatasetDrift() {}

  private record Drift(Dataset dataset, @Nullable String missingTable, List<String> missingColumns, @Nullable String error,
      boolean virtual) {
    Drift(Dataset dataset, @Nullable String missingTable, List<String> missingColumns, @Nullable String error) {
      this(dataset, missingTable, missingColumns, error, false);
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  // How warehouses name a column that does not exist, as Superset passes their errors on: PostgreSQL
  // and Redshift, Trino and Presto, MySQL, SQLite, Snowflake and Oracle, BigQuery. The name may be
  // qualified (virtual_table.x) and quoted.
  private static final List<Pattern> MISSING_COLUMN = List.of(
      Pattern.compile("column \"?(?:[\\w$]+\"?\\.\"?)?([^\"\\s.]+)\"? does not exist", Pattern.CASE_INSENSITIVE),
      Pattern.compile("column '(?:[\\w$]+\\.)?([^'.]+)' cannot be resolved", Pattern.CASE_INSENSITIVE),
      Pattern.compile("unknown column '(?:[\\w$]+\\.)?([^'.]+)'", Pattern.CASE_INSENSITIVE),
      Pattern.compile("no such column: (?:[\\w$]+\\.)?([\\w$]+)", Pattern.CASE_INSENSITIVE),
      Pattern.compile("invalid identifier '(?:[\\w$\"]+\\.)?\"?([^'\".]+)\"?'", Pattern.CASE_INSENSITIVE),
      Pattern.compile("\"(?:[\\w$]+\"?\\.\"?)?([^\".]+)\": invalid identifier", Pattern.CASE_INSENSITIVE),
      Pattern.compile("unrecognized name: (?:[\\w$]+\\.)?([\\w$]+)", Pattern.CASE_INSENSITIVE));

  private record TableKey(DatabaseId database, @Nullable String schema) {}

  /**
   * Runs the check.
   *
   * @param client the client
   * @param parallelism how many datasets are read at once
   * @param checkVirtual whether virtual datasets' SQL is run too (one row each)
   * @return one ok result, or one failed result per dataset that drifted
   */
  public static List<CheckResult> check(SupersetClient client, int parallelism, boolean checkVirtual) {
    List<Dataset> listed = new ArrayList<>();
    client.datasets().list(ListQuery.all()).forEach(listed::add);
    List<Dataset> physical = listed.stream()
        .filter(d -> (d.sql() == null || d.sql().isBlank()) && d.database() != null).toList();
    List<Dataset> virtual = listed.stream()
        .filter(d -> d.sql() != null && !d.sql().isBlank() && d.database() != null).toList();
    Map<TableKey, Set<String>> tables = new ConcurrentHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(parallelism, r -> {
      Thread t = new Thread(r, "superset-sdk-doctor");
      t.setDaemon(true);
      return t;
    });
    List<Drift> drifts = new ArrayList<>();
    try {
      List<CompletableFuture<@Nullable Drift>> futures = new ArrayList<>();
      for (Dataset d : physical) {
        futures.add(CompletableFuture.supplyAsync(() -> compare(client, d, () -> compareOnce(client, d, tables)), pool));
      }
      for (Dataset d : checkVirtual ? virtual : List.<Dataset>of()) {
        futures.add(CompletableFuture.supplyAsync(() -> compare(client, d, () -> compareVirtual(client, d)), pool));
      }
      for (CompletableFuture<@Nullable Drift> f : futures) {
        Drift drift = f.join();
        if (drift != null) {
          drifts.add(drift);
        }
      }
    } finally {
      pool.shutdownNow();
    }
    if (drifts.isEmpty()) {
      return List.of(CheckResult.ok("datasets", physical.size() + " physical datasets match their tables in the"
          + " warehouse and " + (checkVirtual
              ? virtual.size() + " virtual datasets' SQL returns their columns"
              : virtual.size() + " virtual datasets were not checked (turned off)")));
    }
    drifts.sort(Comparator.comparing((Drift d) -> d.dataset().id().value()));
    List<CheckResult> out = new ArrayList<>();
    for (Drift d : drifts) {
      out.add(report(client, d));
    }
    return out;
  }

  private static @Nullable Drift compare(SupersetClient client, Dataset listed, Supplier<@Nullable Drift> comparison) {
    try {
      return comparison.get();
    } catch (AuthenticationException expired) {
      // With short-lived tokens on a busy server, a renewed token can expire again before a queued
      // request is served; one more try is not a finding.
      try {
        return comparison.get();
      } catch (AuthenticationException again) {
        return new Drift(listed, null, List.of(), again.getMessage());
      }
    } catch (RuntimeException e) {
      // Whatever else goes wrong with one dataset is reported for it, not for the whole check.
      return new Drift(listed, null, List.of(), e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  private static @Nullable Drift compareOnce(SupersetClient client, Dataset listed, Map<TableKey, Set<String>> tables) {
    DatabaseId db = Objects.requireNonNull(listed.database()).id();
    try {
      String schema = listed.schema();
      if (schema != null && !schema.isBlank()) {
        // Superset caches table lists; force a fresh one, once per schema.
        Set<String> names = tables.computeIfAbsent(new TableKey(db, schema), k -> client.databases()
            .listTables(db, schema, true).stream().map(DatabaseTable::value).collect(Collectors.toSet()));
        if (!names.contains(listed.tableName())) {
          return new Drift(listed, qualified(listed), List.of(), null);
        }
      }
      Dataset dataset = client.datasets().get(listed.id());
      List<DatabaseTableColumn> columns = client.databases().getTableMetadata(db, schema, dataset.tableName()).columns();
      Set<String> exact = new HashSet<>();
      Set<String> folded = new HashSet<>();
      for (DatabaseTableColumn c : columns) {
        exact.add(c.name());
        folded.add(c.name().toLowerCase(Locale.ROOT));
      }
      List<String> missing = new ArrayList<>();
      for (DatasetColumn c : dataset.columns()) {
        boolean physicalColumn = c.expression() == null || c.expression().isBlank();
        if (physicalColumn && !exact.contains(c.columnName()) && !folded.contains(c.columnName().toLowerCase(Locale.ROOT))) {
          missing.add(c.columnName());
        }
      }
      return missing.isEmpty() ? null : new Drift(dataset, null, missing, null);
    } catch (NotFoundException gone) {
      // The dataset was deleted while the doctor ran.
      return null;
    } catch (AuthenticationException e) {
      throw e;
    } catch (SupersetException e) {
      return new Drift(listed, null, List.of(), e.getMessage());
    }
  }

  /**
   * Selects the dataset's stored columns (not the calculated ones) from its SQL, one row, and takes
   * out each column the warehouse names as missing until the query runs: at most one query more than
   * there are missing columns.
   */
  private static @Nullable Drift compareVirtual(SupersetClient client, Dataset listed) {
    Dataset dataset;
    try {
      dataset = client.datasets().get(listed.id());
    } catch (NotFoundException gone) {
      return null;
    }
    List<String> probe = new ArrayList<>();
    for (DatasetColumn c : dataset.columns()) {
      if (c.expression() == null || c.expression().isBlank()) {
        probe.add(c.columnName());
      }
    }
    List<String> missing = new ArrayList<>();
    while (!probe.isEmpty()) {
      try {
        selectOneRow(client, dataset, probe);
        break;
      } catch (AuthenticationException e) {
        throw e;
      } catch (NotFoundException gone) {
        return null;
      } catch (SupersetApiException e) {
        String message = e.serverMessage() == null ? e.getMessage() : e.serverMessage();
        String column = missingColumn(message, probe);
        if (column == null) {
          if (e.statusCode() != 400) {
            throw e;
          }
          // Superset answers 400 when the warehouse rejected the query: the SQL itself is broken.
          return new Drift(dataset, null, List.of(), message, true);
        }
        missing.add(column);
        probe.remove(column);
      }
    }
    return missing.isEmpty() ? null : new Drift(dataset, null, missing, null, true);
  }

  private static void selectOneRow(SupersetClient client, Dataset dataset, List<String> columns) {
    Map<String, Object> query = new LinkedHashMap<>();
    query.put("columns", columns);
    // null, not []: a raw query, so the warehouse does not group the whole result for one row.
    query.put("metrics", null);
    query.put("row_limit", 1);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("datasource", Map.of("id", dataset.id().value(), "type", "table"));
    body.put("queries", List.of(query));
    body.put("result_format", "json");
    body.put("result_type", "full");
    // Past Superset's cache: the question is what the SQL returns now.
    body.put("force", true);
    byte[] bytes;
    try {
      bytes = JSON.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the probe query", e);
    }
    client.raw().send(RawRequest.builder("POST", "/api/v1/chart/data").body(bytes, "application/json")
        .retrySafe(true).build());
  }

  /** The probe column a warehouse error names as missing, or null if the error is about something else. */
  static @Nullable String missingColumn(@Nullable String message, List<String> probe) {
    if (message == null) {
      return null;
    }
    for (Pattern p : MISSING_COLUMN) {
      Matcher m = p.matcher(message);
      while (m.find()) {
        String named = m.group(1);
        for (String c : probe) {
          if (c.equals(named)) {
            return c;
          }
        }
        for (String c : probe) {
          if (c.equalsIgnoreCase(named)) {
            return c;
          }
        }
      }
    }
    return null;
  }

  private static CheckResult report(SupersetClient client, Drift d) {
    Dataset ds = d.dataset();
    String where = qualified(ds) + " (dataset #" + ds.id().value()
        + (ds.database() == null || ds.database().databaseName() == null ? "" : " in " + ds.database().databaseName()) + ")";
    String name = "dataset[" + qualified(ds) + "]";
    if (d.error() != null && d.virtual()) {
      return CheckResult.fail(name, "the SQL of virtual dataset " + where + " fails: " + oneLine(d.error())
          + dependents(client, d), "fix the dataset's SQL (Edit dataset, SQL) so that the warehouse runs it again");
    }
    if (d.error() != null) {
      return CheckResult.warn(name, "could not compare " + where + " with the warehouse: " + oneLine(d.error()),
          "check the dataset's database connection");
    }
    String what = d.missingTable() != null
        ? "table " + d.missingTable() + " no longer exists for " + where
        : (d.missingColumns().size() == 1 ? "column " : "columns ") + String.join(", ", d.missingColumns())
            + " of " + (d.virtual() ? "virtual dataset " : "") + where
            + (d.virtual() ? (d.missingColumns().size() == 1 ? " no longer comes" : " no longer come") + " out of its SQL"
                : (d.missingColumns().size() == 1 ? " no longer exists" : " no longer exist") + " in the table");
    String users = dependents(client, d);
    String hint = d.virtual()
        ? "fix the dataset's SQL so that it returns the column again, or sync its columns in Superset (Edit dataset,"
            + " Sync columns from source), then edit the charts that use it"
        : d.missingTable() != null
        ? "restore the table (dbt run), or point the dataset at its new table and fix the charts; then re-sync"
        : "re-sync the dataset from dbt (superset-sdk dbt sync) or sync its columns from the source in Superset,"
            + " then edit the charts that use the column";
    return CheckResult.fail(name, what + users, hint);
  }

  /** "; breaks charts ... on dashboards ...": the charts that use the lost columns (all, when none are named). */
  private static String dependents(SupersetClient client, Drift d) {
    DependentObjects deps;
    try {
      deps = client.datasets().getDependents(d.dataset().id());
    } catch (SupersetException e) {
      deps = new DependentObjects(List.of(), List.of());
    }
    List<String> charts = new ArrayList<>();
    for (DependentChart c : deps.charts()) {
      if (d.missingColumns().isEmpty() || usesAny(client, c, d.missingColumns())) {
        charts.add("'" + c.sliceName() + "' (#" + c.id().value() + ")");
      }
    }
    String dashboards = deps.dashboards().stream().map(DependentDashboard::title).filter(Objects::nonNull)
        .map(t -> "'" + t + "'").collect(Collectors.joining(", "));
    return (charts.isEmpty() ? "; no chart uses " + (d.missingColumns().isEmpty() ? "it" : "them")
        : "; breaks charts " + String.join(", ", charts))
        + (dashboards.isEmpty() ? "" : " on dashboards " + dashboards);
  }

  private static boolean usesAny(SupersetClient client, DependentChart c, List<String> columns) {
    try {
      Chart chart = client.charts().get(c.id());
      String text = (chart.params() == null ? "" : chart.params()) + (chart.queryContext() == null ? "" : chart.queryContext());
      for (String col : columns) {
        if (text.contains("\"" + col + "\"")) {
          return true;
        }
      }
      return false;
    } catch (SupersetException e) {
      return true;
    }
  }

  private static String qualified(Dataset d) {
    return (d.schema() == null || d.schema().isBlank() ? "" : d.schema() + ".") + d.tableName();
  }

  private static String oneLine(String s) {
    String t = s.replaceAll("\\s+", " ").trim();
    return t.length() > 200 ? t.substring(0, 200) + "..." : t;
  }
}
