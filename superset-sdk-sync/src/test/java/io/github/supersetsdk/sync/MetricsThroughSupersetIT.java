package io.github.supersetsdk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.id.DatabaseId;
import io.github.supersetsdk.client.model.ChartDataResult;
import io.github.supersetsdk.client.model.ChartDatasource;
import io.github.supersetsdk.client.model.Dataset;
import io.github.supersetsdk.client.model.DatasetMetric;
import io.github.supersetsdk.client.request.ChartDataQuery;
import io.github.supersetsdk.client.request.ChartDataRequest;
import io.github.supersetsdk.dbt.DbtArtifactReader;
import io.github.supersetsdk.dbt.semantic.Dimension;
import io.github.supersetsdk.dbt.semantic.SemanticManifest;
import io.github.supersetsdk.dbt.semantic.SemanticModel;
import io.github.supersetsdk.sync.metrics.CompiledMetric;
import io.github.supersetsdk.sync.metrics.MetricCompilation;
import io.github.supersetsdk.sync.metrics.MetricCompiler;
import io.github.supersetsdk.sync.metrics.MetricCompilerIT;
import io.github.supersetsdk.sync.metrics.ModelMetrics;
import io.github.supersetsdk.sync.metrics.SkippedMetric;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * MetricFlow is the oracle through Superset: the example project is synced into a fresh
 * connection, and for every metric the sync mapped, Superset's chart data on the synced dataset's
 * saved metric equals {@code mf query} on the same warehouse: as a total, by month of the
 * metric's time dimension, and by one categorical dimension of its semantic model (one defined by an
 * SQL expression where the semantic model has one: then Superset groups by the calculated column the
 * sync made of it).
 */
class MetricsThroughSupersetIT {

  private static final String KEY = "k";

  @Test
  void syncedMetrics_chartData_equalsMetricFlow() throws Exception {
    Path target = SyncServices.targetDir();
    DbtArtifactReader reader = DbtArtifactReader.create();
    SemanticManifest semantic = reader.readSemanticManifest(target.resolve("semantic_manifest.json"));
    DbtArtifacts artifacts = DbtArtifacts.fromTargetDir(target);
    MetricCompilation compilation = MetricCompiler.create().compile(semantic, artifacts.manifest());
    List<CompiledMetric> all = compilation.allMetrics();
    assertThat(all).isNotEmpty();
    // Nothing skipped silently: say which metrics the sync does not map, and why.
    for (SkippedMetric s : compilation.skipped()) {
      System.out.printf("MetricsThroughSupersetIT: skipped metric %s (%s): %s%n", s.name(),
          s.metricType(), s.reason());
    }

    SupersetClient client = SyncServices.client();
    String dbName = SyncServices.uniqueDatabaseName();
    try (DbtProjectCopy copy = new DbtProjectCopy();
        DbtSync sync = DbtSync.builder(client)
            .database(dbName, SyncServices.env("WAREHOUSE_SQLALCHEMY_URI")).build()) {
      // The oracle runs while the sync does: three mf processes, all metrics batched.
      List<String> names = all.stream().map(CompiledMetric::name).toList();
      Map<ModelMetrics, String[]> groupings = new LinkedHashMap<>();
      for (ModelMetrics m : compilation.models()) {
        groupings.put(m, categorical(semantic, m));
      }
      List<Mf> queries = new ArrayList<>();
      Mf total = new Mf(copy, "total", names, null);
      Mf month = new Mf(copy, "month", names, "metric_time__month");
      queries.add(total);
      queries.add(month);
      Map<ModelMetrics, Mf> byDim = new LinkedHashMap<>();
      for (ModelMetrics m : compilation.models()) {
        Mf q = new Mf(copy, "by_" + m.table(), m.metrics().stream().map(CompiledMetric::name).toList(),
            groupings.get(m)[0]);
        byDim.put(m, q);
        queries.add(q);
      }
      for (Mf q : queries) {
        q.start();
      }

      SyncReport report = sync.sync(artifacts);
      assertThat(report.results()).filteredOn(DatasetResult::failed).isEmpty();
      DatabaseId db = Objects.requireNonNull(SyncServices.findDatabase(client, dbName));
      Map<String, Dataset> datasets = new LinkedHashMap<>();
      for (Dataset d : SyncServices.datasets(client, db)) {
        datasets.put(d.schema() + "." + d.tableName(), d);
      }
      for (Mf q : queries) {
        q.await();
      }

      List<String> mismatches = new ArrayList<>();
      int compared = 0;
      for (ModelMetrics m : compilation.models()) {
        Dataset listed = datasets.get(m.schema() + "." + m.table());
        assertThat(listed).as("dataset for %s.%s", m.schema(), m.table()).isNotNull();
        Dataset ds = client.datasets().get(listed.id());
        List<String> saved = ds.metrics().stream().map(DatasetMetric::metricName).toList();
        List<String> metrics = m.metrics().stream().map(CompiledMetric::name).toList();
        assertThat(saved).as("saved metrics of %s", m.table()).containsAll(metrics);
        String[] g = groupings.get(m);
        // Metrics of one dataset share a time dimension per query; group them by it.
        Map<String, List<CompiledMetric>> byTime = new LinkedHashMap<>();
        for (CompiledMetric c : m.metrics()) {
          byTime.computeIfAbsent(Objects.requireNonNull(c.timeDimension(), c.name()), k -> new ArrayList<>()).add(c);
        }
        Map<String, Map<String, String>> supTotal = chartData(client, ds, metrics, null);
        Map<String, Map<String, String>> supDim = chartData(client, ds, metrics, g[1]);
        for (CompiledMetric c : m.metrics()) {
          compared += compare(c.name(), "total", total.values(c.name()), supTotal.get(c.name()), mismatches);
          compared += compare(c.name(), g[0], byDim.get(m).values(c.name()), supDim.get(c.name()), mismatches);
        }
        for (Map.Entry<String, List<CompiledMetric>> e : byTime.entrySet()) {
          List<String> ms = e.getValue().stream().map(CompiledMetric::name).toList();
          Map<String, Map<String, String>> supMonth =
              chartData(client, ds, ms, "DATE_TRUNC('month', " + e.getKey() + ")");
          for (String name : ms) {
            compared += compare(name, "month", month.values(name), supMonth.get(name), mismatches);
          }
        }
      }
      System.out.printf("MetricsThroughSupersetIT: %d metrics, %d values compared with mf, %d skipped%n",
          all.size(), compared, compilation.skipped().size());
      assertThat(mismatches).as("Superset values that differ from MetricFlow's").isEmpty();
      assertThat(compared).isGreaterThanOrEqualTo(all.size() * 3);
    } finally {
      SyncServices.dropDatabase(client, dbName);
      client.close();
    }
  }

  /**
   * {mf group-by name, what Superset groups by} of a categorical dimension of the model's semantic
   * model: the first with an expression, as its calculated column ("column:" and its name); else the
   * first, as SQL.
   */
  private static String[] categorical(SemanticManifest semantic, ModelMetrics m) {
    SemanticModel sm = semantic.semanticModels().stream()
        .filter(s -> s.name().equals(m.semanticModels().get(0))).findFirst().orElseThrow();
    String entity = sm.entities().stream().filter(e -> e.type().equals("primary"))
        .map(e -> e.name()).findFirst().orElse(sm.primaryEntity());
    List<Dimension> categorical = sm.dimensions().stream().filter(x -> x.type().equals("categorical")).toList();
    if (categorical.isEmpty()) {
      throw new AssertionError(sm.name() + " has no categorical dimension");
    }
    Dimension calculated = categorical.stream()
        .filter(x -> x.expr() != null && !x.expr().matches("\\w+")).findFirst().orElse(null);
    if (calculated != null) {
      return new String[] {entity + "__" + calculated.name(), "column:" + calculated.name()};
    }
    Dimension d = categorical.get(0);
    return new String[] {entity + "__" + d.name(), d.expr() != null ? "(" + d.expr() + ")" : d.name()};
  }

  /** Saved metrics of the dataset, grouped by a SQL expression (or not): metric -> key -> value. */
  private static Map<String, Map<String, String>> chartData(SupersetClient client, Dataset ds,
      List<String> metrics, String groupBy) {
    ChartDataQuery.Builder q = ChartDataQuery.builder().rowLimit(100_000);
    metrics.forEach(q::metric);
    String key = KEY;
    if (groupBy != null && groupBy.startsWith("column:")) {
      key = groupBy.substring("column:".length());
      q.column(key);
    } else if (groupBy != null) {
      Map<String, Object> col = new LinkedHashMap<>();
      col.put("expressionType", "SQL");
      col.put("sqlExpression", groupBy);
      col.put("label", KEY);
      q.column(col);
    }
    ChartDataResult r = client.charts().data(ChartDataRequest.builder(ChartDatasource.dataset(ds.id()))
        .query(q.build()).force(true).build()).first();
    assertThat(r.error()).as("chart data error on %s", ds.tableName()).isNull();
    Map<String, Map<String, String>> out = new LinkedHashMap<>();
    for (String m : metrics) {
      Map<String, String> values = new LinkedHashMap<>();
      for (Map<String, Object> row : r.data()) {
        String k = groupBy == null ? "" : key(row.get(key));
        Object v = row.get(m);
        if (v != null) {
          values.put(k, new BigDecimal(v.toString()).toPlainString());
        }
      }
      out.put(m, values);
    }
    return out;
  }

  private static String key(Object k) {
    if (k == null) {
      return "";
    }
    if (k instanceof Number n) {
      // Superset sends temporal values as epoch milliseconds.
      return Instant.ofEpochMilli(n.longValue()).atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }
    return normalize(k.toString());
  }

  private static String normalize(String k) {
    String l = k.toLowerCase(Locale.ROOT);
    if (l.equals("true") || l.equals("false") || l.equals("t") || l.equals("f")) {
      return String.valueOf(l.startsWith("t"));
    }
    // Dates and timestamps compare at day precision: "2024-03-01 00:00:00", "2024-03-01T00:00:00".
    if (k.matches("\\d{4}-\\d{2}-\\d{2}([ T].*)?")) {
      return k.substring(0, 10);
    }
    return k;
  }

  private static int compare(String metric, String grouping, Map<String, String> expected,
      Map<String, String> actual, List<String> mismatches) {
    Objects.requireNonNull(actual, metric);
    TreeSet<String> keys = new TreeSet<>(expected.keySet());
    keys.addAll(actual.keySet());
    for (String k : keys) {
      String e = expected.getOrDefault(k, "");
      String a = actual.getOrDefault(k, "");
      if (!sameNumber(e, a)) {
        mismatches.add(metric + " by " + grouping + " [" + k + "]: mf " + (e.isEmpty() ? "NULL" : e)
            + ", Superset " + (a.isEmpty() ? "NULL" : a));
      }
    }
    return keys.size();
  }

  private static boolean sameNumber(String e, String a) {
    if (e.isEmpty() || a.isEmpty()) {
      return e.isEmpty() && a.isEmpty();
    }
    double x = new BigDecimal(e).doubleValue();
    double y = new BigDecimal(a).doubleValue();
    return Math.abs(x - y) <= 1e-9 * Math.max(1, Math.max(Math.abs(x), Math.abs(y)));
  }

  /** One {@code mf query --csv} process. */
  private static final class Mf {
    private final DbtProjectCopy copy;
    private final String id;
    private final List<String> metrics;
    private final String groupBy;
    private final Path csv;
    private final Path log;
    private Process process;
    private final Map<String, Map<String, String>> byMetric = new LinkedHashMap<>();

    Mf(DbtProjectCopy copy, String id, List<String> metrics, String groupBy) {
      this.copy = copy;
      this.id = id;
      this.metrics = metrics;
      this.groupBy = groupBy;
      this.csv = copy.work.resolve(id + ".csv");
      this.log = copy.work.resolve(id + ".log");
    }

    void start() throws Exception {
      List<String> args = new ArrayList<>(List.of("query", "--metrics", String.join(",", metrics),
          "--csv", csv.toString()));
      if (groupBy != null) {
        args.addAll(List.of("--group-by", groupBy));
      }
      process = copy.start(DbtProjectCopy.mfBin(), args, log);
    }

    void await() throws Exception {
      boolean done = process.waitFor(10, TimeUnit.MINUTES);
      String out = Files.readString(log, StandardCharsets.UTF_8);
      assertThat(done).as("mf query %s timed out", id).isTrue();
      assertThat(process.exitValue()).as("mf query %s failed:%n%s", id, out).isZero();
      List<List<String>> rows = MetricCompilerIT.Csv.parse(Files.readString(csv, StandardCharsets.UTF_8));
      List<String> header = rows.get(0);
      int keyCol = groupBy == null ? -1 : header.indexOf(groupBy);
      for (String m : metrics) {
        int col = header.indexOf(m);
        assertThat(col).as("mf query %s has no column %s: %s", id, m, header).isNotNegative();
        Map<String, String> values = new LinkedHashMap<>();
        for (List<String> row : rows.subList(1, rows.size())) {
          // mf lists every group of any metric in the query; an empty cell is no row.
          if (!row.get(col).isEmpty()) {
            values.put(keyCol < 0 ? "" : normalize(row.get(keyCol)), row.get(col));
          }
        }
        byMetric.put(m, values);
      }
    }

    Map<String, String> values(String metric) {
      return Objects.requireNonNull(byMetric.get(metric), metric);
    }
  }
}
