package io.github.supersetsdk.ops;

import io.github.supersetsdk.cache.CacheLookup;
import io.github.supersetsdk.cache.chartdata.ChartDataCache;
import io.github.supersetsdk.cache.chartdata.ChartDataException;
import io.github.supersetsdk.cache.chartdata.Viewer;
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
 * warm, so that Superset's {@code is_cached} shows what its cache saves. Given the SDK's
 * {@link ChartDataCache} ({@link Builder#sdkCache(ChartDataCache, Viewer)}), it then loads the
 * dashboard twice more through that cache, and every chart says whether Superset or the cache's L1
 * or L2 answered ({@link ChartLoad#source()}): cold, Superset-warm and SDK-cache-warm side by side.
 *
 * {@snippet :
 * DashboardProfile p = DashboardProfiler.builder(client).build().profile("sales");
 * System.out.println("cold " + p.cold().loadTime() + ", warm " + p.warm().loadTime());
 * }
 *
 * <p>The profiler reads charts and runs their queries; it writes nothing to Superset (through the SDK
 * cache, charts it lacks are stored in it, as any read through it would). A cold load runs every query
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
  private final @Nullable ChartDataCache sdkCache;
  private final @Nullable Viewer viewer;

  private DashboardProfiler(Builder b) {
    this.client = b.client;
    this.sdkCache = b.sdkCache;
    this.viewer = b.viewer;
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
   * Profiles a dashboard by id, UUID or slug: digits are an id, a UUID a UUID, anything else a slug.
   *
   * @param idOrSlug the dashboard's id, UUID or slug
   * @return the cold and warm loads
   * @throws NullPointerException if {@code idOrSlug} is null
   * @throws io.github.supersetsdk.client.exception.NotFoundException if there is no such dashboard
   * @throws SupersetException if reading the dashboard or its charts fails (a chart whose query fails
   *     is reported in the profile instead)
   */
  public DashboardProfile profile(String idOrSlug) {
    Objects.requireNonNull(idOrSlug, "idOrSlug");
    return profile(client.dashboards().getByIdUuidOrSlug(idOrSlug));
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
    return load(d.id(), prepare(d), force ? Mode.COLD : Mode.WARM);
  }

  /**
   * Loads a dashboard once through the SDK cache given to the builder.
   *
   * @param dashboard the dashboard
   * @return the load; each chart's {@link ChartLoad#source()} says who answered
   * @throws NullPointerException if {@code dashboard} is null
   * @throws IllegalStateException if the profiler has no SDK cache
   * @throws io.github.supersetsdk.client.exception.NotFoundException if there is no such dashboard
   * @throws SupersetException if reading the dashboard or its charts fails
   */
  public DashboardLoad loadThroughSdkCache(DashboardId dashboard) {
    Objects.requireNonNull(dashboard, "dashboard");
    if (sdkCache == null) {
      throw new IllegalStateException("this profiler has no SDK cache: build it with sdkCache(cache, viewer)");
    }
    DashboardDetail d = client.dashboards().get(dashboard);
    return load(d.id(), prepare(d), Mode.SDK_CACHE);
  }

  private enum Mode { COLD, WARM, SDK_CACHE }

  private DashboardProfile profile(DashboardDetail d) {
    List<Prepared> charts = prepare(d);
    DashboardLoad cold = load(d.id(), charts, Mode.COLD);
    DashboardLoad warm = load(d.id(), charts, Mode.WARM);
    DashboardLoad first = sdkCache == null ? null : load(d.id(), charts, Mode.SDK_CACHE);
    DashboardLoad again = sdkCache == null ? null : load(d.id(), charts, Mode.SDK_CACHE);
    String title = d.dashboardTitle() == null ? "#" + d.id().value() : d.dashboardTitle();
    return new DashboardProfile(d.id(), title, d.slug(), concurrency,
        NativeFilters.parse(d.jsonMetadata()).size(), target, cold, warm, first, again);
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

  private DashboardLoad load(DashboardId dashboard, List<Prepared> charts, Mode mode) {
    ExecutorService pool = Executors.newFixedThreadPool(concurrency, r -> {
      Thread t = new Thread(r, "superset-sdk-profiler");
      t.setDaemon(true);
      return t;
    });
    try {
      long start = System.nanoTime();
      List<CompletableFuture<ChartLoad>> futures = new ArrayList<>();
      for (Prepared p : charts) {
        futures.add(CompletableFuture.supplyAsync(() -> loadChart(dashboard, p, mode), pool));
      }
      List<ChartLoad> loads = futures.stream().map(CompletableFuture::join).toList();
      Duration loadTime = Duration.ofNanos(System.nanoTime() - start);
      return new DashboardLoad(mode == Mode.COLD, mode == Mode.SDK_CACHE, loadTime, loads);
    } finally {
      pool.shutdownNow();
    }
  }

  private ChartLoad loadChart(DashboardId dashboard, Prepared p, Mode mode) {
    ChartLoad load;
    if (p.request() == null) {
      load = new ChartLoad(p.id(), p.name(), Duration.ZERO, null, 0, p.error(), ChartSource.SUPERSET);
    } else {
      ChartDataRequest request = p.request().toBuilder().force(mode == Mode.COLD).build();
      long start = System.nanoTime();
      try {
        ChartDataResponse response;
        ChartSource source = ChartSource.SUPERSET;
        if (mode == Mode.SDK_CACHE && sdkCache != null && viewer != null) {
          CacheLookup<ChartDataResponse> lookup = sdkCache.lookup(viewer, request);
          response = lookup.value();
          source = switch (lookup.source()) {
            case L1 -> ChartSource.SDK_CACHE_L1;
            case L2 -> ChartSource.SDK_CACHE_L2;
            // Waiting for another caller's load of the same key is a load from Superset for this page.
            case LOADER, CONCURRENT -> ChartSource.SUPERSET;
          };
        } else {
          response = client.charts().data(request);
        }
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
        load = new ChartLoad(p.id(), p.name(), latency, error == null ? cached : null, rows, error, source);
      } catch (SupersetException | ChartDataException e) {
        Duration latency = Duration.ofNanos(System.nanoTime() - start);
        String message = e instanceof SupersetApiException api && api.serverMessage() != null
            ? api.statusCode() + ": " + api.serverMessage() : e.getMessage();
        load = new ChartLoad(p.id(), p.name(), latency, null, 0, message, ChartSource.SUPERSET);
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
    private @Nullable ChartDataCache sdkCache;
    private @Nullable Viewer viewer;

    private Builder(SupersetClient client) {
      this.client = client;
    }

    /**
     * Also loads the dashboard through the SDK's chart-data cache, twice, after the cold and warm
     * loads, as {@code viewer} (typically {@code Viewer.user(client)}, or the guest an embedding
     * serves). Its misses are loaded from Superset with {@code force} and stored in the cache; the
     * profiler does not close it.
     *
     * @param cache the cache
     * @param viewer who reads through it
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public Builder sdkCache(ChartDataCache cache, Viewer viewer) {
      this.sdkCache = Objects.requireNonNull(cache, "cache");
      this.viewer = Objects.requireNonNull(viewer, "viewer");
      return this;
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
