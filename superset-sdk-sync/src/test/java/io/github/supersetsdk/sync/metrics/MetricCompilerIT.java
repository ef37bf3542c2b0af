package io.github.supersetsdk.sync.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.supersetsdk.dbt.DbtArtifactReader;
import io.github.supersetsdk.dbt.manifest.DbtManifest;
import io.github.supersetsdk.dbt.semantic.Dimension;
import io.github.supersetsdk.dbt.semantic.Entity;
import io.github.supersetsdk.dbt.semantic.SemanticManifest;
import io.github.supersetsdk.dbt.semantic.SemanticModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * MetricFlow is the oracle: every metric the compiler maps, run as SQL on the warehouse, equals
 * {@code mf query} for the same metric on the same warehouse, as a total, by month of its time
 * dimension and by one categorical dimension of its semantic model.
 */
public class MetricCompilerIT {

  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private static Path project;
  private static Path work;
  private static String jdbcUrl;
  private static Path mf;
  private static SemanticManifest semantic;
  private static MetricCompilation compilation;

  @BeforeAll
  static void setUp() throws IOException {
    jdbcUrl = requireEnv("WAREHOUSE_JDBC_URL");
    Path target = Path.of(requireEnv("DBT_TARGET_DIR"));
    Path sourceProject = Path.of(requireEnv("DBT_PROJECT_DIR"));
    String mfBin = System.getenv("MF_BIN");
    mf = mfBin != null && !mfBin.isBlank() ? Path.of(mfBin)
        : Path.of(requireEnv("DBT_BIN")).resolveSibling("mf");
    assertThat(mf).as("MetricFlow's mf (MF_BIN); scripts/services.sh up installs it").isExecutable();

    DbtArtifactReader reader = DbtArtifactReader.create();
    semantic = reader.readSemanticManifest(target.resolve("semantic_manifest.json"));
    DbtManifest manifest = reader.readManifest(target.resolve("manifest.json"));
    compilation = MetricCompiler.create().compile(semantic, manifest);

    // mf reads <project>/target/semantic_manifest.json: run it on a copy of the project with the
    // built artifacts, so that nothing is written into the shared project or target directory
    work = Files.createTempDirectory("metric-compiler-it");
    project = work.resolve("project");
    copyTree(sourceProject, project);
    Files.createDirectories(project.resolve("target"));
    Files.copy(target.resolve("semantic_manifest.json"), project.resolve("target/semantic_manifest.json"));
    Files.copy(target.resolve("manifest.json"), project.resolve("target/manifest.json"));
  }

  @AfterAll
  static void tearDown() throws IOException {
    if (work != null) {
      try (Stream<Path> s = Files.walk(work)) {
        s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  @Test
  void compiledMetrics_onWarehouse_equalMetricFlow() throws Exception {
    List<CompiledMetric> all = compilation.allMetrics();
    assertThat(all).as("compiled metrics").isNotEmpty();
    List<String> names = all.stream().map(CompiledMetric::name).toList();

    // the oracle queries: all metrics in one total and one monthly query, and per semantic model
    // one query grouped by a categorical dimension
    List<MfQuery> queries = new ArrayList<>();
    queries.add(new MfQuery("total", names, null));
    queries.add(new MfQuery("month", names, "metric_time__month"));
    Map<ModelMetrics, Grouping> groupings = new LinkedHashMap<>();
    for (ModelMetrics m : compilation.models()) {
      Grouping g = categorical(m);
      groupings.put(m, g);
      queries.add(new MfQuery("by_" + m.table(),
          m.metrics().stream().map(CompiledMetric::name).toList(), g.mfName()));
    }
    for (MfQuery q : queries) {
      q.start();
    }
    for (MfQuery q : queries) {
      q.await();
    }

    List<String> mismatches = new ArrayList<>();
    int compared = 0;
    try (Connection c = DriverManager.getConnection(jdbcUrl)) {
      for (ModelMetrics m : compilation.models()) {
        String from = m.schema() + "." + m.table();
        for (CompiledMetric metric : m.metrics()) {
          String timeKey = "DATE_TRUNC('month', " + metric.timeDimension() + ")";
          Grouping g = groupings.get(m);
          compared += compare(metric, "total", queries.get(0).values(metric.name()),
              sql(c, "SELECT '' AS k, " + metric.expression() + " FROM " + from), mismatches);
          compared += compare(metric, "month", queries.get(1).values(metric.name()),
              sql(c, "SELECT " + timeKey + " AS k, " + metric.expression() + " FROM " + from
                  + " GROUP BY 1"), mismatches);
          MfQuery byDim = queries.stream().filter(q -> q.id.equals("by_" + m.table())).findFirst()
              .orElseThrow();
          compared += compare(metric, g.mfName(), byDim.values(metric.name()),
              sql(c, "SELECT " + g.column() + " AS k, " + metric.expression() + " FROM " + from
                  + " GROUP BY 1"), mismatches);
        }
      }
    }
    System.out.printf("MetricCompilerIT: %d metrics, %d values compared with mf, %d skipped metrics%n",
        all.size(), compared, compilation.skipped().size());
    assertThat(mismatches).as("values that differ from MetricFlow's").isEmpty();
    // every metric has a total, at least one month and one dimension value
    assertThat(compared).isGreaterThanOrEqualTo(all.size() * 3);
  }

  /** A categorical dimension of the model's first semantic model, as mf names it and as a column. */
  private record Grouping(String mfName, String column) {}

  private static Grouping categorical(ModelMetrics m) {
    SemanticModel sm = semantic.semanticModels().stream()
        .filter(s -> s.name().equals(m.semanticModels().get(0))).findFirst().orElseThrow();
    String entity = sm.entities().stream().filter(e -> e.type().equals("primary"))
        .map(Entity::name).findFirst().orElse(sm.primaryEntity());
    Dimension d = sm.dimensions().stream().filter(x -> x.type().equals("categorical"))
        .findFirst().orElseThrow(() -> new AssertionError(sm.name() + " has no categorical dimension"));
    return new Grouping(entity + "__" + d.name(), d.expr() != null ? "(" + d.expr() + ")" : d.name());
  }

  private static int compare(CompiledMetric metric, String grouping, Map<String, String> expected,
      Map<String, String> actual, List<String> mismatches) {
    TreeSet<String> keys = new TreeSet<>(expected.keySet());
    keys.addAll(actual.keySet());
    int n = 0;
    for (String k : keys) {
      String e = expected.getOrDefault(k, "");
      String a = actual.getOrDefault(k, "");
      n++;
      if (!sameNumber(e, a)) {
        mismatches.add(metric.name() + " by " + grouping + " [" + k + "]: mf " + (e.isEmpty() ? "NULL" : e)
            + ", compiled " + (a.isEmpty() ? "NULL" : a) + " (" + metric.expression() + ")");
      }
    }
    return n;
  }

  private static boolean sameNumber(String e, String a) {
    if (e.isEmpty() || a.isEmpty()) {
      return e.isEmpty() && a.isEmpty();
    }
    double x = new BigDecimal(e).doubleValue();
    double y = new BigDecimal(a).doubleValue();
    // floating point only: ratios are computed in double precision by both
    return Math.abs(x - y) <= 1e-9 * Math.max(1, Math.max(Math.abs(x), Math.abs(y)));
  }

  private static Map<String, String> sql(Connection c, String query) throws SQLException {
    Map<String, String> out = new LinkedHashMap<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
      while (rs.next()) {
        Object k = rs.getObject(1);
        String key = k == null ? "" : k instanceof Timestamp t ? MONTH.format(t.toLocalDateTime())
            : normalizeKey(k.toString());
        Object v = rs.getObject(2);
        if (out.put(key, v == null ? "" : new BigDecimal(v.toString()).toPlainString()) != null) {
          throw new AssertionError("duplicate key " + key + " in " + query);
        }
      }
    } catch (SQLException e) {
      throw new SQLException(e.getMessage() + " in: " + query, e);
    }
    return out;
  }

  private static String normalizeKey(String k) {
    String l = k.toLowerCase(Locale.ROOT);
    return l.equals("true") || l.equals("false") || l.equals("t") || l.equals("f")
        ? String.valueOf(l.startsWith("t")) : k;
  }

  /** One {@code mf query --csv} run, started as a process. */
  private static final class MfQuery {
    final String id;
    final List<String> metrics;
    final String groupBy;
    final Path csv;
    final Path log;
    Process process;
    Map<String, Map<String, String>> byMetric;

    MfQuery(String id, List<String> metrics, String groupBy) {
      this.id = id;
      this.metrics = metrics;
      this.groupBy = groupBy;
      this.csv = work.resolve(id + ".csv");
      this.log = work.resolve(id + ".log");
    }

    void start() throws IOException {
      List<String> cmd = new ArrayList<>(List.of(mf.toString(), "query", "--metrics",
          String.join(",", metrics), "--csv", csv.toString()));
      if (groupBy != null) {
        cmd.addAll(List.of("--group-by", groupBy));
      }
      ProcessBuilder pb = new ProcessBuilder(cmd).directory(project.toFile())
          .redirectErrorStream(true).redirectOutput(log.toFile());
      Map<String, String> env = pb.environment();
      // mf finds the project through DBT_PROJECT_DIR when set (services.sh env sets it)
      env.put("DBT_PROJECT_DIR", project.toString());
      env.remove("DBT_TARGET_PATH");
      env.put("DBT_PROFILES_DIR", project.toString());
      env.put("DBT_LOG_PATH", work.resolve("logs").toString());
      env.put("DBT_SEND_ANONYMOUS_USAGE_STATS", "false");
      env.put("DO_NOT_TRACK", "1");
      // the example profiles.yml reads the warehouse port from DBT_PG_PORT
      URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
      if (uri.getPort() > 0) {
        env.put("DBT_PG_PORT", String.valueOf(uri.getPort()));
      }
      process = pb.start();
    }

    void await() throws Exception {
      boolean done = process.waitFor(10, TimeUnit.MINUTES);
      String out = Files.readString(log, StandardCharsets.UTF_8);
      assertThat(done).as("mf query %s timed out", id).isTrue();
      assertThat(process.exitValue()).as("mf query %s failed:%n%s", id, out).isZero();
      assertThat(csv).as("mf query %s wrote no CSV:%n%s", id, out).exists();
      List<List<String>> rows = Csv.parse(Files.readString(csv, StandardCharsets.UTF_8));
      List<String> header = rows.get(0);
      byMetric = new LinkedHashMap<>();
      for (String m : metrics) {
        int col = header.indexOf(m);
        assertThat(col).as("mf query %s has no column %s: %s", id, m, header).isNotNegative();
        Map<String, String> values = new LinkedHashMap<>();
        int keyCol = groupBy == null ? -1 : header.indexOf(groupBy);
        for (List<String> row : rows.subList(1, rows.size())) {
          String key = keyCol < 0 ? "" : normalizeKey(row.get(keyCol));
          String v = row.get(col);
          // mf lists every group of any metric of the query: a group without this metric's rows
          // is empty, which is the same as no row
          if (!v.isEmpty()) {
            values.put(key, v);
          }
        }
        byMetric.put(m, values);
      }
    }

    Map<String, String> values(String metric) {
      return Objects.requireNonNull(byMetric.get(metric), metric);
    }
  }

  /** RFC 4180 CSV, as Python's csv module writes it; MetricsThroughSupersetIT reads mf's output with it too. */
  public static final class Csv {
    private Csv() {}

    public static List<List<String>> parse(String text) {
      List<List<String>> rows = new ArrayList<>();
      List<String> row = new ArrayList<>();
      StringBuilder cell = new StringBuilder();
      boolean quoted = false;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (quoted) {
          if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
            cell.append('"');
            i++;
          } else if (c == '"') {
            quoted = false;
          } else {
            cell.append(c);
          }
        } else if (c == '"') {
          quoted = true;
        } else if (c == ',') {
          row.add(cell.toString());
          cell.setLength(0);
        } else if (c == '\n' || c == '\r') {
          if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
            i++;
          }
          row.add(cell.toString());
          cell.setLength(0);
          rows.add(row);
          row = new ArrayList<>();
        } else {
          cell.append(c);
        }
      }
      if (cell.length() > 0 || !row.isEmpty()) {
        row.add(cell.toString());
        rows.add(row);
      }
      return rows;
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.collect(Collectors.toList())) {
        Path rel = from.relativize(p);
        String first = rel.getNameCount() == 0 ? "" : rel.getName(0).toString();
        if (first.equals("target") || first.equals("logs") || first.equals("dbt_packages")) {
          continue;
        }
        Path dest = to.resolve(rel.toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(dest);
        } else {
          Files.copy(p, dest);
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static String requireEnv(String name) {
    String v = System.getenv(name);
    if (v == null || v.isBlank()) {
      throw new IllegalStateException(name + " is not set: this integration test runs MetricFlow's"
          + " mf and the warehouse; eval \"$(scripts/services.sh env)\" first");
    }
    return v;
  }
}
