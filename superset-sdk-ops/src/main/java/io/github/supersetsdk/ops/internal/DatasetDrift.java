package io.github.supersetsdk.ops.internal;

import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.exception.AuthenticationException;
import io.github.supersetsdk.client.exception.NotFoundException;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Compares each physical dataset's columns with its table as the warehouse describes it, through
 * Superset (the database's table list, refreshed, and the table-metadata endpoint), and names the
 * charts and dashboards that depend on a dataset that drifted. Virtual (SQL) datasets are counted but
 * not compared: their columns come from a query, not a table.
 *
 * <p>Stateless; thread-safe.
 */
public final class DatasetDrift {

  private DatasetDrift() {}

  private record Drift(Dataset dataset, @Nullable String missingTable, List<String> missingColumns, @Nullable String error) {}

  private record TableKey(DatabaseId database, @Nullable String schema) {}

  /**
   * Runs the check.
   *
   * @param client the client
   * @param parallelism how many datasets are read at once
   * @return one ok result, or one failed result per dataset that drifted
   */
  public static List<CheckResult> check(SupersetClient client, int parallelism) {
    List<Dataset> listed = new ArrayList<>();
    client.datasets().list(ListQuery.all()).forEach(listed::add);
    List<Dataset> physical = listed.stream()
        .filter(d -> (d.sql() == null || d.sql().isBlank()) && d.database() != null).toList();
    int virtual = listed.size() - physical.size();
    Map<TableKey, Set<String>> tables = new ConcurrentHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(parallelism, r -> {
      Thread t = new Thread(r, "superset-sdk-doctor");
      t.setDaemon(true);
      return t;
    });
    List<Drift> drifts = new ArrayList<>();
    try {
      List<CompletableFuture<@Nullable Drift>> futures = physical.stream()
          .map(d -> CompletableFuture.supplyAsync(() -> compare(client, d, tables), pool)).toList();
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
          + " warehouse" + (virtual == 0 ? "" : " (" + virtual + " virtual datasets not compared)")));
    }
    drifts.sort(Comparator.comparing((Drift d) -> d.dataset().id().value()));
    List<CheckResult> out = new ArrayList<>();
    for (Drift d : drifts) {
      out.add(report(client, d));
    }
    return out;
  }

  private static @Nullable Drift compare(SupersetClient client, Dataset listed, Map<TableKey, Set<String>> tables) {
    try {
      return compareOnce(client, listed, tables);
    } catch (AuthenticationException expired) {
      // With short-lived tokens on a busy server, a renewed token can expire again before a queued
      // request is served; one more try is not a finding.
      try {
        return compareOnce(client, listed, tables);
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

  private static CheckResult report(SupersetClient client, Drift d) {
    Dataset ds = d.dataset();
    String where = qualified(ds) + " (dataset #" + ds.id().value()
        + (ds.database() == null || ds.database().databaseName() == null ? "" : " in " + ds.database().databaseName()) + ")";
    String name = "dataset[" + qualified(ds) + "]";
    if (d.error() != null) {
      return CheckResult.warn(name, "could not compare " + where + " with the warehouse: " + oneLine(d.error()),
          "check the dataset's database connection");
    }
    DependentObjects deps;
    try {
      deps = client.datasets().getDependents(ds.id());
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
    String what = d.missingTable() != null
        ? "table " + d.missingTable() + " no longer exists for " + where
        : (d.missingColumns().size() == 1 ? "column " : "columns ") + String.join(", ", d.missingColumns())
            + " of " + where + (d.missingColumns().size() == 1 ? " no longer exists" : " no longer exist") + " in the table";
    String users = (charts.isEmpty() ? "; no chart uses " + (d.missingTable() != null ? "it" : "them")
        : "; breaks charts " + String.join(", ", charts))
        + (dashboards.isEmpty() ? "" : " on dashboards " + dashboards);
    String hint = d.missingTable() != null
        ? "restore the table (dbt run), or point the dataset at its new table and fix the charts; then re-sync"
        : "re-sync the dataset from dbt (superset-sdk dbt sync) or sync its columns from the source in Superset,"
            + " then edit the charts that use the column";
    return CheckResult.fail(name, what + users, hint);
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
