package io.github.supersetsdk.ops;

import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.exception.SupersetApiException;
import io.github.supersetsdk.client.exception.SupersetException;
import io.github.supersetsdk.client.id.ChartId;
import io.github.supersetsdk.client.id.DashboardId;
import io.github.supersetsdk.client.model.Chart;
import io.github.supersetsdk.client.model.ChartDataResponse;
import io.github.supersetsdk.client.model.ChartDataResult;
import io.github.supersetsdk.client.model.DashboardChart;
import io.github.supersetsdk.client.model.DashboardDetail;
import io.github.supersetsdk.client.request.ChartDataRequest;
import io.github.supersetsdk.client.request.ChartSpec;
import io.github.supersetsdk.ops.internal.NativeFilters;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;

/**
 * Loads a dashboard the way its page does and times every chart: each chart's saved query context,
 * with the dashboard's native-filter default values applied, sent to {@code POST /api/v1/chart/data}
 * with {@code slice_id} and {@code dashboardId}, {@link Builder#concurrency(int) six at a time} as a
 * browser does over HTTP/1.1. {@link #profile(DashboardId)} loads it cold ({@code force}) and then
 * warm, so that Superset's {@code is_cached} shows what its cache saves.
 *
 * {@snippet :
 * DashboardProfile p = DashboardProfiler.builder(client).build().profile("sales");
 * System.out.println("cold " + p.cold().loadTime() + ", warm " + p.warm().loadTime());
 * }
 *
 * <p>The profiler reads charts and runs their queries; it writes nothing. A cold load runs every query
 * on the warehouse, so profile busy dashboards outside peak hours. Immutable and thread-safe.
 */
public final class DashboardProfiler {

  /** The production guide's target for a dashboard of fewer than ten charts. */
  public static final Duration DEFAULT_TARGET = Duration.ofSeconds(5);

  /** Browsers open six connections per host over HTTP/1.1, so a dashboard page runs six charts at once. */
  public static final int BROWSER_CONCURRENCY = 6;

  private final SupersetClient client;
  private final int concurrency;
  private final Duration target;
  private final List<ChartLoadListener> listeners;

  private DashboardProfiler(Builder b) {
    this.client = b.client;
    this.concurrency = b.concurrency;
    this.target = b.target;
    this.listeners = List.copyOf(b.listeners);
  }

  /**
   * Starts a profiler.
   *
   * @param client the client; the profile shows what its user sees
   * @return a new builder
   * @throws NullPointerException if {@code client} is null
   */
  public static Builder builder(SupersetClient client) {
    return new Builder(Objects.requireNonNull(client, "client"));
  }

  /**
   * Profiles a dashboard by id or slug: digits are an id, anything else a slug.
   *
   * @param idOrSlug the dashboard's id or slug
   * @return the cold and warm loads
   * @throws NullPointerException if {@code idOrSlug} is null
   * @throws io.github.supersetsdk.client.exception.NotFoundException if there is no such dashboard
   * @throws SupersetException if reading the dashboard or its charts fails (a chart whose query fails
   *     is reported in the profile instead)
   */
  public DashboardProfile profile(String idOrSlug) {
    Objects.requireNonNull(idOrSlug, "idOrSlug");
    DashboardDetail d = !idOrSlug.isEmpty() && idOrSlug.chars().allMatch(Character::isDigit)
        ? client.dashboards().get(DashboardId.of(Long.parseLong(idOrSlug)))
        : client.dashboards().getBySlug(idOrSlug);
    return profile(d);
  }

  /**
   * Profiles a dashboard: a cold load, then a warm one.
   *
   * @param dashboard the dashboard
   * @return the cold and warm loads
   * @throws NullPointerException if {@code dashboard} is null
   * @throws io.github.supersetsdk.client.exception.NotFoundException if there is no such dashboard
   * @throws SupersetException if reading the dashboard or its charts fails
   */
  public DashboardProfile profile(DashboardId dashboard) {
    Objects.requireNonNull(dashboard, "dashboard");
    return profile(client.dashboards().get(dashboard));
  }

  /**
   * Loads a dashboard once.
   *
   * @param dashboard the dashboard
   * @param force whether to bypass Superset's cache (a cold load)
   * @return the load
   * @throws NullPointerException if {@code dashboard} is null
   * @throws io.github.supersetsdk.client.exception.NotFoundException if there is no such dashboard
   * @throws SupersetException if reading the dashboard or its charts fails
   */
  public DashboardLoad load(DashboardId dashboard, boolean force) {
    Objects.requireNonNull(dashboard, "dashboard");
    DashboardDetail d = client.dashboards().get(dashboard);
    return load(d.id(), prepare(d), force);
  }

  private DashboardProfile profile(DashboardDetail d) {
    List<Prepared> charts = prepare(d);
    DashboardLoad cold = load(d.id(), charts, true);
    DashboardLoad warm = load(d.id(), charts, false);
    String title = d.dashboardTitle() == null ? "#" + d.id().value() : d.dashboardTitle();
    return new DashboardProfile(d.id(), title, d.slug(), concurrency,
        NativeFilters.parse(d.jsonMetadata()).size(), target, cold, warm);
  }

  private record Prepared(ChartId id, String name, @Nullable ChartDataRequest request, @Nullable String error) {}

  private List<Prepared> prepare(DashboardDetail d) {
    NativeFilters filters = NativeFilters.parse(d.jsonMetadata());
    List<Prepared> out = new ArrayList<>();
    for (DashboardChart c : client.dashboards().charts(d.id())) {
      String name = c.sliceName() == null ? "#" + c.id().value() : c.sliceName();
      try {
        Chart chart = client.charts().get(c.id());
        ChartDataRequest context;
        if (chart.queryContext() != null && !chart.queryContext().isBlank()) {
          context = chart.queryContextRequest();
        } else {
          // Charts saved without a query context: the page builds it from the form data, as ChartSpec does
          // for the visualizations it knows.
          context = ChartSpec.fromFormData(c.formData()).queryContext();
        }
        ChartDataRequest saved = filters.apply(c.id(), context).toBuilder()
            // As the page sends it: Superset checks dashboard access and logs the load against both.
            .formData("slice_id", c.id().value())
            .formData("dashboardId", d.id().value())
            .build();
        out.add(new Prepared(c.id(), name, saved, null));
      } catch (IllegalStateException | IllegalArgumentException e) {
        out.add(new Prepared(c.id(), name, null, "cannot build the chart's query: " + e.getMessage()));
      }
    }
    return out;
  }

  private DashboardLoad load(DashboardId dashboard, List<Prepared> charts, boolean force) {
    ExecutorService pool = Executors.newFixedThreadPool(concurrency, r -> {
      Thread t = new Thread(r, "superset-sdk-profiler");
      t.setDaemon(true);
      return t;
    });
    try {
      long start = System.nanoTime();
      List<CompletableFuture<ChartLoad>> futures = new ArrayList<>();
      for (Prepared p : charts) {
        futures.add(CompletableFuture.supplyAsync(() -> loadChart(dashboard, p, force), pool));
      }
      List<ChartLoad> loads = futures.stream().map(CompletableFuture::join).toList();
      Duration loadTime = Duration.ofNanos(System.nanoTime() - start);
      return new DashboardLoad(force, loadTime, loads);
    } finally {
      pool.shutdownNow();
    }
  }

  private ChartLoad loadChart(DashboardId dashboard, Prepared p, boolean force) {
    ChartLoad load;
    if (p.request() == null) {
      load = new ChartLoad(p.id(), p.name(), Duration.ZERO, null, 0, p.error());
    } else {
      ChartDataRequest request = p.request().toBuilder().force(force).build();
      long start = System.nanoTime();
      try {
        ChartDataResponse response = client.charts().data(request);
        Duration latency = Duration.ofNanos(System.nanoTime() - start);
        long rows = 0;
        boolean cached = !response.result().isEmpty();
        String error = null;
        for (ChartDataResult r : response.result()) {
          rows += r.rowcount();
          cached &= Boolean.TRUE.equals(r.isCached());
          if (r.error() != null && error == null) {
            error = r.error();
          }
        }
        load = new ChartLoad(p.id(), p.name(), latency, error == null ? cached : null, rows, error);
      } catch (SupersetException e) {
        Duration latency = Duration.ofNanos(System.nanoTime() - start);
        String message = e instanceof SupersetApiException api && api.serverMessage() != null
            ? api.statusCode() + ": " + api.serverMessage() : e.getMessage();
        load = new ChartLoad(p.id(), p.name(), latency, null, 0, message);
      }
    }
    for (ChartLoadListener l : listeners) {
      l.chartLoaded(dashboard, load);
    }
    return load;
  }

  /** Builds a {@link DashboardProfiler}. Not thread-safe. */
  public static final class Builder {
    private final SupersetClient client;
    private int concurrency = BROWSER_CONCURRENCY;
    private Duration target = DEFAULT_TARGET;
    private final List<ChartLoadListener> listeners = new ArrayList<>();

    private Builder(SupersetClient client) {
      this.client = client;
    }

    /**
     * How many chart-data requests are in flight at once. Default {@value #BROWSER_CONCURRENCY}, as a
     * browser; raise it to see what HTTP/2 or a bigger Superset worker pool would give.
     *
     * @param concurrency 1 or more
     * @return this builder
     * @throws IllegalArgumentException if {@code concurrency} is below 1
     */
    public Builder concurrency(int concurrency) {
      if (concurrency < 1) {
        throw new IllegalArgumentException("concurrency < 1: " + concurrency);
      }
      this.concurrency = concurrency;
      return this;
    }

    /**
     * The load time to compare with. Default 5 s.
     *
     * @param target a positive duration
     * @return this builder
     * @throws NullPointerException if {@code target} is null
     * @throws IllegalArgumentException if {@code target} is not positive
     */
    public Builder target(Duration target) {
      Objects.requireNonNull(target, "target");
      if (target.isNegative() || target.isZero()) {
        throw new IllegalArgumentException("target must be positive: " + target);
      }
      this.target = target;
      return this;
    }

    /**
     * Adds a listener told of every chart load, e.g. {@link io.github.supersetsdk.ops.micrometer.OpsMetrics}.
     *
     * @param listener the listener
     * @return this builder
     * @throws NullPointerException if {@code listener} is null
     */
    public Builder listener(ChartLoadListener listener) {
      listeners.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    /**
     * Builds the profiler.
     *
     * @return the profiler
     */
    public DashboardProfiler build() {
      return new DashboardProfiler(this);
    }
  }
}
