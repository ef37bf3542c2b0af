package io.github.supersetsdk.cli.cache;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.supersetsdk.cache.RedisConfig;
import io.github.supersetsdk.cache.chartdata.ChartDataCache;
import io.github.supersetsdk.cache.chartdata.ChartRefresh;
import io.github.supersetsdk.cache.chartdata.CoordinatorProgress;
import io.github.supersetsdk.cache.chartdata.CoordinatorReport;
import io.github.supersetsdk.cache.chartdata.DbtRunCoordinator;
import io.github.supersetsdk.cache.chartdata.WarmFailure;
import io.github.supersetsdk.cache.chartdata.WarmReport;
import io.github.supersetsdk.cli.BadInput;
import io.github.supersetsdk.cli.ConnectionOptions;
import io.github.supersetsdk.cli.ManifestFiles;
import io.github.supersetsdk.cli.RedisFailure;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.exception.SupersetException;
import io.github.supersetsdk.client.id.DashboardId;
import io.github.supersetsdk.client.id.DatasetId;
import io.github.supersetsdk.dbt.DbtArtifactParseException;
import io.github.supersetsdk.dbt.DbtArtifactReader;
import io.github.supersetsdk.dbt.manifest.DbtManifest;
import io.github.supersetsdk.dbt.run.RunResults;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code superset-sdk cache warm} and {@code superset-sdk cache invalidate}: the chart-data cache's
 * dbt-run coordinator on the command line. Exit status 0 when everything succeeded, 1 when a chart
 * failed (the report says which), 2 on bad input (nothing is done then).
 */
@Command(
    name = "cache",
    mixinStandardHelpOptions = true,
    description = "Warm and invalidate the chart-data cache (Redis) and Superset's own cache.",
    subcommands = {CacheCommand.Warm.class, CacheCommand.Invalidate.class})
public final class CacheCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing required subcommand");
  }

  /** Options both commands share; defaults come from the environment. */
  abstract static class Base implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Mixin ConnectionOptions connection;

    @Option(names = "--redis", description = "Redis URI of the cache (default: $REDIS_URL).")
    String redis;

    @Option(names = "--key-prefix", description = "Redis key prefix of the cache (default: "
        + ChartDataCache.DEFAULT_KEY_PREFIX + ").")
    String keyPrefix = ChartDataCache.DEFAULT_KEY_PREFIX;

    @Option(names = "--max-in-flight", description = "Most chart-data queries in flight at once (default: 4).")
    int maxInFlight = 4;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Override
    public Integer call() throws JsonProcessingException {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      try {
        if (maxInFlight < 1) {
          throw new BadInput("--max-in-flight must be at least 1: " + maxInFlight);
        }
        String redisUri = ConnectionOptions.envOr(redis, "REDIS_URL");
        if (redisUri == null || redisUri.isBlank()) {
          throw new BadInput("Redis missing: give --redis or set REDIS_URL");
        }
        Prepared prepared = prepare();
        try (SupersetClient client = connection.client();
            ChartDataCache cache = ChartDataCache.builder(client).redis(RedisConfig.of(redisUri))
                .keyPrefix(keyPrefix).build()) {
          DbtRunCoordinator.Builder b = DbtRunCoordinator.builder(client).cache(cache).maxInFlight(maxInFlight);
          if (!json) {
            b.progressListener(progress(err));
          }
          Map<String, Object> result = run(client, b, prepared);
          if (json) {
            out.println(ConnectionOptions.JSON.writeValueAsString(result));
          } else {
            printText(out, result);
          }
          out.flush();
          // The report counts Redis errors; say once which Redis failed and why.
          long redisErrors = cache.stats().l2().errorCount();
          if (redisErrors > 0) {
            err.println("superset-sdk: " + RedisFailure.describe(redisUri, redisErrors, cache.lastRedisFailure()));
            err.flush();
            return 1;
          }
          return Boolean.TRUE.equals(result.get("complete")) ? 0 : 1;
        }
      } catch (BadInput | DbtArtifactParseException | UncheckedIOException | IllegalArgumentException e) {
        err.println("superset-sdk: " + e.getMessage());
        err.flush();
        return 2;
      } catch (SupersetException e) {
        err.println("superset-sdk: " + e.getMessage());
        err.flush();
        return 1;
      }
    }

    /** Reads and checks the command's input before any connection is made. */
    abstract Prepared prepare();

    abstract Map<String, Object> run(SupersetClient client, DbtRunCoordinator.Builder coordinator, Prepared prepared);

    /** How many items of a list the text output shows. */
    static final int LISTED = 5;

    private static Consumer<CoordinatorProgress> progress(PrintWriter err) {
      return p -> {
        synchronized (err) {
          err.println("[" + p.phase() + " " + p.done() + "/" + p.total() + "] chart " + p.chart().value()
              + (p.ok() ? " ok" : " FAILED"));
          err.flush();
        }
      };
    }

    /**
     * One line a key; a nested report (the warm-up of {@code cache invalidate}) as its own indented
     * lines, a list of records one indented line each; a long list is counted and cut (--json prints
     * it whole).
     */
    static void printText(PrintWriter out, Map<String, Object> result) {
      printText(out, result, "");
    }

    private static void printText(PrintWriter out, Map<?, ?> result, String indent) {
      for (Map.Entry<?, ?> e : result.entrySet()) {
        Object v = e.getValue();
        if (v instanceof Map<?, ?> nested) {
          out.println(indent + e.getKey() + ":");
          printText(out, nested, indent + "  ");
        } else if (v instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map<?, ?>) {
          out.println(indent + e.getKey() + ": " + list.size());
          for (Object item : list.subList(0, Math.min(LISTED, list.size()))) {
            out.println(indent + "  - " + (item instanceof Map<?, ?> m ? m.entrySet().stream()
                .map(f -> f.getKey() + " " + f.getValue()).collect(Collectors.joining(", ")) : item));
          }
          if (list.size() > LISTED) {
            out.println(indent + "  ... " + (list.size() - LISTED) + " more; --json lists all");
          }
        } else if (v instanceof List<?> list && list.size() > LISTED) {
          String shown = list.subList(0, LISTED).stream().map(String::valueOf).collect(Collectors.joining(", "));
          out.println(indent + e.getKey() + ": " + list.size() + " [" + shown + ", ... " + (list.size() - LISTED)
              + " more; --json lists all]");
        } else {
          out.println(indent + e.getKey() + ": " + v);
        }
      }
    }
  }

  /** What a command read before connecting. */
  record Prepared(boolean published, @Nullable RunResults runResults,
      @Nullable DbtManifest manifest, @Nullable String runResultsPath) {}

  /** {@code superset-sdk cache warm}. */
  @Command(name = "warm", mixinStandardHelpOptions = true,
      description = {"Load the charts of dashboards into the cache (and Superset's), as the logged-in user.",
          "Exit status: 0 every chart warmed, 1 a chart or Redis failed (the report says which), 2 bad input."})
  static final class Warm extends Base {

    @Option(names = "--dashboard", paramLabel = "ID|SLUG", description = "A dashboard to warm (repeatable).")
    List<String> dashboards = new ArrayList<>();

    @Option(names = "--published", description = "Warm every published dashboard.")
    boolean published;

    @Override
    Prepared prepare() {
      if (published == !dashboards.isEmpty()) {
        throw new BadInput("give either --dashboard ID (repeatable) or --published");
      }
      for (String d : dashboards) {
        if (d.isBlank() || d.chars().allMatch(Character::isDigit) && BadInput.id("dashboard id", d) < 1) {
          throw new BadInput("--dashboard must be a positive id or a slug: '" + d + "'");
        }
      }
      return new Prepared(published, null, null, null);
    }

    @Override
    Map<String, Object> run(SupersetClient client, DbtRunCoordinator.Builder coordinator, Prepared prepared) {
      List<DashboardId> ids = new ArrayList<>();
      for (String d : dashboards) {
        // A number is an id; anything else a slug; each looked up before anything is warmed.
        ids.add(d.chars().allMatch(Character::isDigit)
            ? client.dashboards().find(DashboardId.of(BadInput.id("dashboard id", d)))
                .orElseThrow(() -> BadInput.noDashboard("id " + d)).id()
            : client.dashboards().findByIdUuidOrSlug(d)
                .orElseThrow(() -> BadInput.noDashboard("UUID or slug '" + d + "'")).id());
      }
      DbtRunCoordinator c = coordinator.build();
      WarmReport report = prepared.published() ? c.warmPublished() : c.warm(ids);
      if (prepared.published() && report.dashboards().isEmpty()) {
        // Also what a user who may read no dashboard's data gets: say it, or it reads as success.
        spec.commandLine().getErr().println("superset-sdk: warning: no published dashboard is visible to this"
            + " user, so nothing was warmed (Superset lists only the dashboards whose data a user may read)");
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("command", "cache warm");
      m.putAll(warmJson(report));
      m.put("complete", report.isComplete());
      return m;
    }
  }

  /** {@code superset-sdk cache invalidate}. */
  @Command(name = "invalidate", mixinStandardHelpOptions = true,
      description = {"After a dbt run: invalidate what it changed in the cache and in Superset, then warm the"
          + " affected published dashboards.",
          "Exit status: 0 done, 1 Redis, a chart or Superset's refresh failed (the report says which), 2 bad"
              + " input (nothing is done then)."})
  static final class Invalidate extends Base {

    @Option(names = "--run-results", paramLabel = "FILE", required = true, description = "The run's run_results.json.")
    Path runResults;

    @Option(names = "--manifest", paramLabel = "FILE",
        description = "The run's manifest.json, or the folder holding it (default: next to run_results.json, else $DBT_TARGET_DIR/manifest.json).")
    Path manifest;

    @Override
    Prepared prepare() {
      if (!Files.isRegularFile(runResults)) {
        throw new BadInput("run results not found: " + runResults);
      }
      Path m = manifest;
      if (m == null) {
        Path sibling = runResults.toAbsolutePath().resolveSibling("manifest.json");
        String target = ConnectionOptions.env("DBT_TARGET_DIR");
        m = Files.isRegularFile(sibling) || target == null ? sibling : Path.of(target, "manifest.json");
      }
      m = ManifestFiles.resolve(m, "give --manifest");
      DbtArtifactReader reader = DbtArtifactReader.create();
      return new Prepared(false, reader.readRunResults(runResults), reader.readManifest(m),
          runResults.toString());
    }

    @Override
    Map<String, Object> run(SupersetClient client, DbtRunCoordinator.Builder coordinator, Prepared prepared) {
      CoordinatorReport r = coordinator.manifest(java.util.Objects.requireNonNull(prepared.manifest()))
          .build().onRun(java.util.Objects.requireNonNull(prepared.runResults()));
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("command", "cache invalidate");
      m.put("runResults", prepared.runResultsPath());
      m.put("rebuiltModels", r.rebuiltModels());
      m.put("downstreamModels", r.downstreamModels());
      m.put("datasets", r.datasets().stream().map(DatasetId::value).toList());
      m.put("tagsInvalidated", r.tagsInvalidated());
      m.put("tagsNotInvalidated", r.tagsNotInvalidated());
      List<Map<String, Object>> refresh = new ArrayList<>();
      for (ChartRefresh c : r.supersetRefresh()) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("chart", c.chart().value());
        o.put("status", c.status().name());
        o.put("detail", c.detail());
        refresh.add(o);
      }
      m.put("supersetRefresh", refresh);
      m.put("warm", warmJson(r.warm()));
      m.put("complete", r.isComplete());
      return m;
    }
  }

  static Map<String, Object> warmJson(WarmReport report) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("dashboards", report.dashboards().stream().map(DashboardId::value).toList());
    m.put("requests", report.requests());
    m.put("warmed", report.warmed());
    List<Map<String, Object>> failures = new ArrayList<>();
    for (WarmFailure f : report.failures()) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("chart", f.chart().value());
      o.put("dashboard", f.dashboard().value());
      o.put("viewer", f.viewer());
      o.put("error", f.error());
      failures.add(o);
    }
    m.put("failures", failures);
    m.put("maxInFlight", report.maxInFlight());
    m.put("peakInFlight", report.peakInFlight());
    m.put("elapsedMs", report.elapsed().toMillis());
    m.put("redisErrors", report.redisErrors());
    return m;
  }

}
