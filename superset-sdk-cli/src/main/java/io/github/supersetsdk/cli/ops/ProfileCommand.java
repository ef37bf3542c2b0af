package io.github.supersetsdk.cli.ops;

import io.github.supersetsdk.cache.RedisConfig;
import io.github.supersetsdk.cache.chartdata.ChartDataCache;
import io.github.supersetsdk.cache.chartdata.Viewer;
import io.github.supersetsdk.cli.BadInput;
import io.github.supersetsdk.cli.RedisFailure;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.model.DashboardDetail;
import io.github.supersetsdk.ops.ChartLoad;
import io.github.supersetsdk.ops.DashboardLoad;
import io.github.supersetsdk.ops.DashboardProfile;
import io.github.supersetsdk.ops.DashboardProfiler;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code superset-sdk dashboard profile}: loads a dashboard's charts cold and warm and times them. */
@Command(
    name = "profile",
    mixinStandardHelpOptions = true,
    description = {
      "Load a dashboard as its page does (every chart's saved query context with the native filters' default"
          + " values, six at a time), cold (force) and then warm, and report each chart's latency, is_cached and"
          + " rows, slowest first, and the whole load time against the 5 s target.",
      "With --cache, then load it twice through the SDK's chart-data cache (Redis from --redis or $REDIS_URL) and"
          + " say per chart whether Superset or the cache's L1 or L2 answered: cold, Superset-warm and SDK-cache-warm"
          + " side by side. Charts the cache lacks are loaded from Superset and stored in it.",
      "Exit status: 0 every chart loaded, 1 a chart or the SDK cache's Redis failed (standard error says why),"
          + " 2 bad input (e.g. no such dashboard)."
    })
public final class ProfileCommand extends OpsBase {

  @Parameters(index = "0", paramLabel = "ID|SLUG", description = "The dashboard's id or slug.")
  String dashboard;

  @Option(names = "--concurrency", description = "Chart-data requests in flight at once (default: 6, as a browser).")
  int concurrency = DashboardProfiler.BROWSER_CONCURRENCY;

  @Option(names = "--cache", description = "Also load the dashboard through the SDK's chart-data cache.")
  boolean cache;

  @Option(names = "--redis", paramLabel = "URI", description = "Redis of the SDK cache (default: $REDIS_URL); implies --cache.")
  String redis;

  @Option(names = "--key-prefix", description = "Redis key prefix of the SDK cache (default: ${DEFAULT-VALUE}, the cache's own).")
  String keyPrefix = ChartDataCache.DEFAULT_KEY_PREFIX;

  @Override
  int run(PrintWriter out, PrintWriter err) throws Exception {
    if (concurrency < 1) {
      throw new BadInput("--concurrency must be 1 or more: " + concurrency);
    }
    String redisUri = null;
    if (cache || redis != null) {
      redisUri = envOr(redis, "REDIS_URL");
      if (redisUri == null || redisUri.isBlank()) {
        throw new BadInput("--cache needs Redis: give --redis or set REDIS_URL");
      }
    }
    try (SupersetClient client = client(credentials())) {
      DashboardDetail d = dashboard(client, dashboard);
      DashboardProfiler.Builder b = DashboardProfiler.builder(client).concurrency(concurrency);
      DashboardProfile p;
      long redisErrors = 0;
      String redisFailure = null;
      if (redisUri == null) {
        p = b.build().profile(d.id());
      } else {
        try (ChartDataCache sdkCache = ChartDataCache.builder(client).redis(RedisConfig.of(redisUri))
            .keyPrefix(keyPrefix).build()) {
          p = b.sdkCache(sdkCache, Viewer.user(client)).build().profile(d.id());
          // The cache serves from its in-process tier when Redis fails and only counts the errors:
          // without this check a dead shared tier would look like a healthy one.
          redisErrors = sdkCache.stats().l2().errorCount();
          redisFailure = sdkCache.lastRedisFailure();
        }
      }
      if (json) {
        out.println(JSON.writeValueAsString(toJson(p)));
      } else {
        print(out, p);
      }
      out.flush();
      if (redisErrors > 0) {
        err.println("superset-sdk: " + RedisFailure.describe(redisUri, redisErrors, redisFailure));
        err.flush();
        return 1;
      }
      return p.loads().stream().mapToLong(DashboardLoad::errors).sum() > 0 ? 1 : 0;
    }
  }

  static Map<String, Object> toJson(DashboardProfile p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("dashboard", p.dashboardId().value());
    m.put("title", p.title());
    m.put("slug", p.slug());
    m.put("targetMs", p.target().toMillis());
    m.put("concurrency", p.concurrency());
    m.putAll(load(p.cold()));
    m.put("warm", load(p.warm()));
    if (p.sdkCacheFirst() != null && p.sdkCacheWarm() != null) {
      m.put("sdkCacheFirst", load(p.sdkCacheFirst()));
      m.put("sdkCache", load(p.sdkCacheWarm()));
    }
    return m;
  }

  private static Map<String, Object> load(DashboardLoad load) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("loadMs", load.loadTime().toMillis());
    List<Map<String, Object>> charts = new ArrayList<>();
    for (ChartLoad c : load.charts()) {
      Map<String, Object> cm = new LinkedHashMap<>();
      cm.put("chartId", c.chartId().value());
      cm.put("name", c.name());
      cm.put("latencyMs", c.latency().toMillis());
      cm.put("cached", c.cached());
      cm.put("rows", c.rows());
      cm.put("error", c.error());
      cm.put("source", c.source().label());
      charts.add(cm);
    }
    m.put("charts", charts);
    return m;
  }

  static void print(PrintWriter out, DashboardProfile p) {
    out.println("Dashboard '" + p.title() + "' (#" + p.dashboardId().value() + (p.slug() == null ? "" : ", " + p.slug())
        + "): " + p.cold().charts().size() + " charts, " + p.concurrency() + " at a time, "
        + p.nativeFilterDefaults() + " native filter defaults applied");
    List<String> titles = List.of("Cold (force)", "Warm (Superset cache)", "SDK cache, first load",
        "SDK cache, warm");
    List<DashboardLoad> loads = p.loads();
    for (int i = 0; i < loads.size(); i++) {
      DashboardLoad load = loads.get(i);
      out.println();
      out.println(String.format(Locale.ROOT, "%s: %d ms (target %d ms: %s); sum of chart latencies %d ms%s",
          titles.get(i), load.loadTime().toMillis(), p.target().toMillis(),
          load.meets(p.target()) ? "met" : "MISSED", load.totalChartLatency().toMillis(),
          load.throughSdkCache() ? "; " + load.servedBySdkCache() + " of " + load.charts().size()
              + " charts from the SDK cache" : ""));
      out.println(String.format(Locale.ROOT, "  %8s  %-8s  %-6s  %8s  %-8s  %s", "ms", "source", "cached", "rows",
          "chart", "name / error"));
      for (ChartLoad c : load.charts()) {
        out.println(String.format(Locale.ROOT, "  %8d  %-8s  %-6s  %8d  %-8s  %s", c.latency().toMillis(),
            c.source().label(), c.cached() == null ? "-" : c.cached().toString(), c.rows(), "#" + c.chartId().value(),
            c.name() + (c.error() == null ? "" : "  ERROR: " + oneLine(c.error()))));
      }
    }
  }

  // A warehouse's message spans lines (PostgreSQL's "LINE 2: ..." and its caret): one row a chart.
  static String oneLine(String text) {
    return text.strip().replaceAll("\\s*\\R\\s*", " | ");
  }
}
