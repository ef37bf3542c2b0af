package io.github.supersetsdk.benchmarks.cache;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.supersetsdk.cache.RedisConfig;
import io.github.supersetsdk.cache.chartdata.ChartDataCache;
import io.github.supersetsdk.cache.chartdata.Viewer;
import io.github.supersetsdk.client.ClientEventListener;
import io.github.supersetsdk.client.Credentials;
import io.github.supersetsdk.client.RequestInfo;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.exception.SupersetException;
import io.github.supersetsdk.client.id.ChartId;
import io.github.supersetsdk.client.id.DashboardId;
import io.github.supersetsdk.client.id.DatabaseId;
import io.github.supersetsdk.client.id.DatasetId;
import io.github.supersetsdk.client.model.ChartDataResponse;
import io.github.supersetsdk.client.model.EmbeddedDashboard;
import io.github.supersetsdk.client.model.GuestUser;
import io.github.supersetsdk.client.model.TimeGrain;
import io.github.supersetsdk.client.model.VizType;
import io.github.supersetsdk.client.request.ChartDataQuery;
import io.github.supersetsdk.client.request.ChartDataRequest;
import io.github.supersetsdk.client.request.ChartSpec;
import io.github.supersetsdk.client.request.CreateChartRequest;
import io.github.supersetsdk.client.request.CreateDashboardRequest;
import io.github.supersetsdk.client.request.CreateDatabaseRequest;
import io.github.supersetsdk.client.request.CreateDatasetRequest;
import io.github.supersetsdk.client.request.DashboardLayout;
import io.github.supersetsdk.client.request.Filter;
import io.github.supersetsdk.client.request.FilterOperator;
import io.github.supersetsdk.client.request.GuestResource;
import io.github.supersetsdk.client.request.GuestTokenRequest;
import io.github.supersetsdk.client.request.ListQuery;
import io.github.supersetsdk.client.request.Metric;
import io.github.supersetsdk.client.request.QueryFilter;
import io.github.supersetsdk.client.request.RlsClause;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code scripts/bench.sh dashboard-load}: a 20-chart dashboard on the example marts
 * ({@code marts.fct_orders}, through a database connection of the bench's own), viewed by 200
 * concurrent simulated viewers spread over 3 tenants (guest tokens with a {@code tenant_id} RLS
 * clause each). Each viewer makes the same seeded sequence of chart-data requests in both phases,
 * the chart and an extra filter drawn from Zipf distributions: (a) straight to Superset's
 * chart-data API, (b) through {@link ChartDataCache} on two instances (viewers alternate between
 * them). Superset requests are counted by the clients; every response is checked against the
 * tenant's own rows (its {@code tenant_id} column and the direct answer for the same tenant,
 * chart and filter). Prints one line {@code RESULT {json}}; everything the bench created is
 * deleted at the end.
 *
 * <p>The cached phase starts cold and runs longer than the direct one, whose latency is set by
 * Superset's capacity within seconds; both are reported per view served.
 *
 * <p>Arguments: {@code viewers thinkMillis directSeconds cachedSeconds}.
 */
public final class DashboardLoadBench {

  private static final int CHARTS = 20;
  private static final int[] TENANTS = {1, 2, 3};
  /** Extra filters a viewer may pick; null means none. Zipf: the unfiltered view is the most common. */
  private static final List<QueryFilter> FILTERS = Arrays.asList(null,
      QueryFilter.eq("sales_channel", "web"), QueryFilter.eq("sales_channel", "mobile_app"),
      QueryFilter.eq("is_subscription_order", true));

  private DashboardLoadBench() {}

  /**
   * Entry point.
   *
   * @param args viewers, mean think time in ms, direct and cached phase lengths in seconds
   * @throws Exception if the set-up fails
   */
  public static void main(String[] args) throws Exception {
    int viewers = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    int thinkMillis = args.length > 1 ? Integer.parseInt(args[1]) : 500;
    int directSeconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
    int cachedSeconds = args.length > 3 ? Integer.parseInt(args[3]) : 150;
    String url = env("SUPERSET_URL");
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    try (SupersetClient admin = SupersetClient.builder().baseUrl(url)
        .credentials(Credentials.password(env("SUPERSET_USERNAME"), env("SUPERSET_PASSWORD")))
        .readTimeout(Duration.ofSeconds(120)).build()) {
      DatabaseId db = admin.databases().create(
          CreateDatabaseRequest.builder("bench_dashload_" + suffix, env("WAREHOUSE_SQLALCHEMY_URI")).build());
      DashboardId dashboard = null;
      try {
        DatasetId orders = admin.datasets().create(CreateDatasetRequest.table(db, "marts", "fct_orders"));
        List<ChartId> charts = createCharts(admin, orders, suffix);
        DashboardLayout.Builder layout = DashboardLayout.builder();
        for (int i = 0; i < CHARTS; i += 4) {
          List<ChartId> row = charts.subList(i, Math.min(CHARTS, i + 4));
          layout.row(r -> row.forEach(c -> r.chart(c, 3, 40)));
        }
        dashboard = admin.dashboards().create(CreateDashboardRequest.builder("dashboard-load bench " + suffix)
            .published(true).layout(layout.build()).build());
        EmbeddedDashboard embedded = admin.dashboards().enableEmbedding(dashboard, List.of());
        log("created dataset " + orders.value() + ", " + CHARTS + " charts, dashboard " + dashboard.value());

        Map<Long, ChartDataRequest> saved = new LinkedHashMap<>();
        for (ChartId c : charts) {
          saved.put(c.value(), admin.charts().get(c).queryContextRequest().toBuilder()
              .formData("slice_id", c.value()).formData("dashboardId", dashboard.value()).build());
        }
        Plan plan = new Plan(viewers, thinkMillis);

        // (a) Straight to Superset.
        Counter direct = new Counter();
        Map<Integer, SupersetClient> directClients = guests(admin, url, embedded, orders, direct);
        Map<String, String> reference = new ConcurrentHashMap<>();
        Phase a = run("direct", plan, directSeconds, charts, saved,
            (viewer, request) -> directClients.get(tenantOf(viewer)).charts().data(request), reference, true);
        directClients.values().forEach(SupersetClient::close);

        // (b) Through the cache on two instances.
        Counter cachedCounter = new Counter();
        Map<Integer, SupersetClient> cachedClients = guests(admin, url, embedded, orders, cachedCounter);
        Map<Integer, Viewer> cacheViewers = new LinkedHashMap<>();
        for (int t : TENANTS) {
          cacheViewers.put(t, Viewer.guest(cachedClients.get(t), token(embedded, orders, t)));
        }
        String prefix = "bench-dashload:" + suffix + ":";
        RedisConfig redis = RedisConfig.of(env("REDIS_URL"));
        Phase b;
        long hits;
        long lookups;
        try (ChartDataCache one = ChartDataCache.builder(admin).redis(redis).keyPrefix(prefix).build();
            ChartDataCache two = ChartDataCache.builder(admin).redis(redis).keyPrefix(prefix).build()) {
          ChartDataCache[] instances = {one, two};
          b = run("cached", plan, cachedSeconds, charts, saved,
              (viewer, request) -> instances[viewer % 2].get(cacheViewers.get(tenantOf(viewer)), request),
              reference, false);
          hits = 0;
          lookups = 0;
          for (ChartDataCache c : instances) {
            var s = c.stats();
            hits += s.l1().hitCount() + s.l2().hitCount();
            lookups += s.l1().hitCount() + s.l1().missCount();
          }
        }
        cachedClients.values().forEach(SupersetClient::close);

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("viewers", viewers);
        result.put("tenants", TENANTS.length);
        result.put("charts", CHARTS);
        result.put("thinkMillis", thinkMillis);
        result.put("directPhaseSeconds", directSeconds);
        result.put("cachedPhaseSeconds", cachedSeconds);
        result.put("viewsDirect", a.done);
        result.put("viewsCached", b.done);
        result.put("directP50Ms", a.percentile(50));
        result.put("directP95Ms", a.percentile(95));
        result.put("cachedP50Ms", b.percentile(50));
        result.put("cachedP95Ms", b.percentile(95));
        result.put("p95Speedup", round(a.percentile(95) / Math.max(0.001, b.percentile(95))));
        result.put("hitRate", round((double) hits / Math.max(1, lookups)));
        result.put("supersetRequestsDirect", direct.total.get());
        result.put("supersetRequestsCached", cachedCounter.total.get());
        double perViewDirect = (double) direct.total.get() / Math.max(1, a.done.get());
        double perViewCached = (double) cachedCounter.total.get() / Math.max(1, b.done.get());
        result.put("supersetRequestsPerViewDirect", round(perViewDirect));
        result.put("supersetRequestsPerViewCached", round(perViewCached));
        // Per view served: over equal time the direct phase serves only what Superset can answer.
        result.put("requestReduction", round(perViewDirect / Math.max(1e-9, perViewCached)));
        result.put("errorsDirect", a.errors.get());
        result.put("errorsCached", b.errors.get());
        result.put("directSeconds", round(a.seconds));
        result.put("cachedSeconds", round(b.seconds));
        result.put("tenantLeaks", a.leaks.get() + b.leaks.get());
        result.put("responsesChecked", a.checked.get() + b.checked.get());
        result.put("goalP95", b.percentile(95) * 10 <= a.percentile(95));
        result.put("goalHitRate", (double) hits / Math.max(1, lookups) >= 0.9);
        result.put("goalRequests", perViewDirect >= 10 * perViewCached);
        result.put("goalIsolation", a.leaks.get() + b.leaks.get() == 0 && a.checked.get() + b.checked.get() > 0);
        System.out.println("RESULT " + new ObjectMapper().writeValueAsString(result));
      } finally {
        cleanUp(admin, db, dashboard);
      }
    }
  }

  /**
   * Each viewer's endless sequence of views: a chart and a filter from Zipf distributions, and a
   * think time (exponential) before the next. Seeded by the viewer's number, so that both phases
   * make the same requests in the same order.
   */
  record Plan(int viewers, int thinkMillis) {
    static final Zipf CHART_RANKS = new Zipf(CHARTS, 1.1);
    static final Zipf FILTER_RANKS = new Zipf(FILTERS.size(), 1.2);

    Random sequence(int viewer) {
      return new Random(42L * 1_000_003 + viewer);
    }
  }

  private static int tenantOf(int viewer) {
    return TENANTS[viewer % TENANTS.length];
  }

  interface Fetch {
    ChartDataResponse fetch(int viewer, ChartDataRequest request);
  }

  private static Phase run(String name, Plan plan, int phaseSeconds, List<ChartId> charts,
      Map<Long, ChartDataRequest> saved, Fetch fetch, Map<String, String> reference, boolean recordReference)
      throws InterruptedException {
    Phase phase = new Phase();
    long deadline = System.nanoTime() + Duration.ofSeconds(phaseSeconds).toNanos();
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    for (int v = 0; v < plan.viewers(); v++) {
      int viewer = v;
      Thread t = new Thread(() -> {
        try {
          start.await();
        } catch (InterruptedException e) {
          return;
        }
        Random seq = plan.sequence(viewer);
        while (System.nanoTime() < deadline) {
          int[] step = {Plan.CHART_RANKS.sample(seq), Plan.FILTER_RANKS.sample(seq)};
          long think = (long) (-Math.log(1 - seq.nextDouble()) * plan.thinkMillis());
          ChartId chart = charts.get(step[0]);
          QueryFilter filter = FILTERS.get(step[1]);
          ChartDataRequest request = withFilter(saved.get(chart.value()), filter);
          long t0 = System.nanoTime();
          try {
            ChartDataResponse r = fetch.fetch(viewer, request);
            phase.record(System.nanoTime() - t0);
            check(phase, tenantOf(viewer) + "/" + step[0] + "/" + step[1], tenantOf(viewer), r, reference,
                recordReference);
          } catch (SupersetException | IllegalStateException e) {
            phase.errors.incrementAndGet();
            if (phase.errors.get() <= 3) {
              log(name + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
            }
          }
          try {
            Thread.sleep(think);
          } catch (InterruptedException e) {
            return;
          }
        }
      }, name + "-viewer-" + v);
      t.setDaemon(true);
      threads.add(t);
      t.start();
    }
    long t0 = System.nanoTime();
    start.countDown();
    for (Thread t : threads) {
      // Views started before the deadline finish, so that no request of this phase overlaps the next.
      t.join();
    }
    phase.seconds = (System.nanoTime() - t0) / 1e9;
    log(name + ": " + phase.done.get() + " views in " + round(phase.seconds) + " s, " + phase.errors.get()
        + " errors, p95 " + round(phase.percentile(95)) + " ms");
    return phase;
  }

  private static ChartDataRequest withFilter(ChartDataRequest saved, QueryFilter filter) {
    if (filter == null) {
      return saved;
    }
    ChartDataQuery q = saved.queries().get(0);
    List<QueryFilter> filters = new ArrayList<>(q.filters());
    filters.add(filter);
    ChartDataQuery withFilter = new ChartDataQuery(q.columns(), q.metrics(), filters, q.orderby(), q.rowLimit(),
        q.rowOffset(), q.timeRange(), q.granularity(), q.extras(), q.isTimeseries(), q.orderDesc(),
        q.postProcessing(), q.otherFields());
    List<ChartDataQuery> queries = new ArrayList<>(saved.queries());
    queries.set(0, withFilter);
    return new ChartDataRequest(saved.datasource(), queries, saved.formData(), saved.resultType(), saved.force(),
        saved.customCacheTimeout(), saved.otherFields());
  }

  /** A response leaks if a row names another tenant, or if it differs from the tenant's direct answer. */
  private static void check(Phase phase, String key, int tenant, ChartDataResponse r, Map<String, String> reference,
      boolean recordReference) {
    phase.checked.incrementAndGet();
    boolean leak = false;
    for (var result : r.result()) {
      for (Map<String, ?> row : result.data()) {
        Object t = row.get("tenant_id");
        if (t instanceof Number n && n.intValue() != tenant) {
          leak = true;
        }
      }
    }
    String data = String.valueOf(r.result().stream().map(x -> x.data()).toList());
    if (recordReference) {
      reference.putIfAbsent(key, data);
    } else {
      String expected = reference.get(key);
      if (expected != null && !expected.equals(data)) {
        leak = true;
      }
    }
    if (leak) {
      phase.leaks.incrementAndGet();
      if (phase.leaks.get() <= 3) {
        log("tenant check failed for " + key + ": " + data);
      }
    }
  }

  private static List<ChartId> createCharts(SupersetClient admin, DatasetId orders, String suffix) {
    List<ChartSpec> specs = new ArrayList<>();
    Metric revenue = Metric.sum("net_revenue").as("revenue");
    Metric count = Metric.count().as("orders");
    Metric avg = Metric.avg("order_total").as("avg_total");
    Metric items = Metric.sum("item_count").as("items");
    Metric discount = Metric.sum("discount_amount").as("discount");
    List<Metric> metrics = List.of(revenue, count, avg, items, discount);
    for (Metric m : metrics) {
      specs.add(ChartSpec.builder(orders, VizType.TABLE).metric(m).groupby("tenant_id", "sales_channel").build());
      specs.add(ChartSpec.builder(orders, VizType.PIE).metric(m).groupby("tenant_id").build());
      specs.add(ChartSpec.builder(orders, VizType.TIMESERIES_BAR).metric(m).groupby("tenant_id")
          .xAxis("order_date").timeGrain(TimeGrain.MONTH).build());
      specs.add(ChartSpec.builder(orders, VizType.TABLE).metric(m).groupby("tenant_id", "order_status", "currency_code")
          .build());
    }
    List<ChartId> ids = new ArrayList<>();
    for (int i = 0; i < CHARTS; i++) {
      ids.add(admin.charts().create(CreateChartRequest.of("dashboard-load " + i + " " + suffix, specs.get(i)).build()));
    }
    return ids;
  }

  private static GuestTokenRequest token(EmbeddedDashboard embedded, DatasetId orders, int tenant) {
    return GuestTokenRequest.builder()
        .resource(GuestResource.dashboard(embedded))
        .user(GuestUser.of("bench-tenant-" + tenant))
        .rls(RlsClause.of(orders, "tenant_id = " + tenant))
        .build();
  }

  private static Map<Integer, SupersetClient> guests(SupersetClient admin, String url, EmbeddedDashboard embedded,
      DatasetId orders, Counter counter) {
    Map<Integer, SupersetClient> out = new LinkedHashMap<>();
    for (int t : TENANTS) {
      out.put(t, SupersetClient.builder().baseUrl(url)
          .credentials(Credentials.guestToken(admin.security().createGuestToken(token(embedded, orders, t))))
          .readTimeout(Duration.ofSeconds(120))
          .callTimeout(Duration.ofSeconds(300))
          .maxRequestsInFlight(256)
          .addEventListener(counter)
          .build());
    }
    return out;
  }

  private static void cleanUp(SupersetClient admin, DatabaseId db, DashboardId dashboard) {
    try {
      if (dashboard != null) {
        admin.dashboards().delete(dashboard);
      }
      for (var ds : admin.datasets().list(ListQuery.where(
          Filter.of("database", FilterOperator.RELATION_ONE_TO_MANY, db.value())))) {
        admin.datasets().getDependents(ds.id()).charts().forEach(c -> admin.charts().delete(c.id()));
        admin.datasets().delete(ds.id());
      }
      admin.databases().delete(db);
      log("cleaned up");
    } catch (RuntimeException e) {
      log("clean-up failed: " + e.getMessage());
    }
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }

  private static String env(String name) {
    return Objects.requireNonNull(System.getenv(name), name + " is not set: eval \"$(scripts/services.sh env)\"");
  }

  private static void log(String s) {
    System.err.println("[dashboard-load] " + s);
  }

  /** Chart-data requests sent, counted by the clients. */
  static final class Counter implements ClientEventListener {
    final AtomicLong total = new AtomicLong();

    @Override
    public void requestStarted(RequestInfo request) {
      if (request.path().startsWith("/api/v1/chart/data")) {
        total.incrementAndGet();
      }
    }
  }

  /** Latencies and checks of one phase. */
  static final class Phase {
    final AtomicInteger done = new AtomicInteger();
    final AtomicInteger errors = new AtomicInteger();
    final AtomicInteger leaks = new AtomicInteger();
    final AtomicInteger checked = new AtomicInteger();
    private final List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
    double seconds;

    void record(long nanos) {
      latencies.add(nanos);
      done.incrementAndGet();
    }

    double percentile(int p) {
      List<Long> copy;
      synchronized (latencies) {
        copy = new ArrayList<>(latencies);
      }
      if (copy.isEmpty()) {
        return 0;
      }
      copy.sort(null);
      int i = (int) Math.ceil(p / 100.0 * copy.size()) - 1;
      return copy.get(Math.max(0, i)) / 1e6;
    }
  }

  /** Zipf sampler over ranks 0..n-1. */
  static final class Zipf {
    private final double[] cumulative;

    Zipf(int n, double s) {
      cumulative = new double[n];
      double sum = 0;
      for (int k = 1; k <= n; k++) {
        sum += 1 / Math.pow(k, s);
        cumulative[k - 1] = sum;
      }
      for (int i = 0; i < n; i++) {
        cumulative[i] /= sum;
      }
    }

    int sample(Random random) {
      double u = random.nextDouble();
      for (int i = 0; i < cumulative.length; i++) {
        if (u <= cumulative[i]) {
          return i;
        }
      }
      return cumulative.length - 1;
    }
  }

}
