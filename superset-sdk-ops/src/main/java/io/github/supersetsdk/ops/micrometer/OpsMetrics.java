package io.github.supersetsdk.ops.micrometer;

import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.exception.SupersetException;
import io.github.supersetsdk.client.id.ChartId;
import io.github.supersetsdk.client.id.DashboardId;
import io.github.supersetsdk.client.model.ChartDataResponse;
import io.github.supersetsdk.client.model.ChartDataResult;
import io.github.supersetsdk.ops.ChartLoad;
import io.github.supersetsdk.ops.ChartSource;
import io.github.supersetsdk.ops.ChartLoadListener;
import io.github.supersetsdk.ops.CheckResult;
import io.github.supersetsdk.ops.CheckStatus;
import io.github.supersetsdk.ops.DoctorReport;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * Publishes the numbers operators alert on to a Micrometer registry. With the client's own {@link
 * io.github.supersetsdk.client.micrometer.SupersetClientMetrics} (request latency and errors per
 * endpoint) these are the meters {@code examples/prometheus/superset-sdk-rules.yml} is written against.
 *
 * <ul>
 *   <li>{@value #CHART_DATA} (timer, with a percentile histogram for p95 alerts): chart-data requests,
 *       tagged {@code dashboard} and {@code chart} (ids), {@code cached} ({@code true}, {@code false},
 *       {@code unknown}) and {@code outcome} ({@code success}, {@code error}). Fed by {@link
 *       #chartData(SupersetClient, ChartId, DashboardId)}, {@link #recordChartData(DashboardId, ChartId,
 *       Duration, Boolean, boolean)} and, as a {@link ChartLoadListener}, by the
 *       {@link io.github.supersetsdk.ops.DashboardProfiler}.
 *   <li>{@value #DOCTOR_CHECK} (gauge): 1 for the status a doctor check last had and 0 for the
 *       others, tagged {@code check} and {@code status} ({@code ok}, {@code warn}, {@code fail}); set by
 *       {@link #record(DoctorReport)}. A check the latest report no longer has (a drifted dataset that
 *       was fixed, {@code superset.checks} after the login works again, a deleted connection) is
 *       removed, so its last status does not stay on the scrape.
 * </ul>
 *
 * <p>An SDK cache's hit rate, which the rules also alert on, is published by the cache module's own
 * binder, {@link io.github.supersetsdk.cache.micrometer.TieredCacheMetrics}.
 *
 * {@snippet :
 * OpsMetrics metrics = OpsMetrics.create(registry);
 * ChartDataResponse data = metrics.chartData(client, chart, dashboard);
 * metrics.record(Doctor.builder(client).build().run());
 * }
 *
 * <p>Thread-safe.
 */
public final class OpsMetrics implements ChartLoadListener {

  /** Name of the chart-data timer. */
  public static final String CHART_DATA = "superset.chart.data";

  /** Name of the doctor check gauge. */
  public static final String DOCTOR_CHECK = "superset.doctor.check";

  private final MeterRegistry registry;
  private final Tags commonTags;
  private final Map<String, DoctorCheckGauges> checks = new ConcurrentHashMap<>();

  // The status a check last had, and its gauges (one per status), removed when a report lacks it.
  private record DoctorCheckGauges(AtomicReference<CheckStatus> status, List<Gauge> gauges) {}

  private OpsMetrics(MeterRegistry registry, Tags commonTags) {
    this.registry = registry;
    this.commonTags = commonTags;
  }

  /**
   * Creates the meters' publisher.
   *
   * @param registry the registry to publish to
   * @return the publisher
   * @throws NullPointerException if {@code registry} is null
   */
  public static OpsMetrics create(MeterRegistry registry) {
    return new OpsMetrics(Objects.requireNonNull(registry, "registry"), Tags.empty());
  }

  /**
   * Creates the meters' publisher with tags added to every meter, e.g. the Superset instance's name.
   *
   * @param registry the registry to publish to
   * @param commonTags tags for every meter
   * @return the publisher
   * @throws NullPointerException if an argument is null
   */
  public static OpsMetrics create(MeterRegistry registry, Tags commonTags) {
    return new OpsMetrics(Objects.requireNonNull(registry, "registry"), Objects.requireNonNull(commonTags, "commonTags"));
  }

  /**
   * Runs a saved chart's query as it shows on a dashboard ({@code client.charts().data(chart,
   * dashboard)}) and records its latency.
   *
   * @param client the client
   * @param chart the chart
   * @param dashboard the dashboard it is on
   * @return the chart's data
   * @throws NullPointerException if an argument is null
   * @throws SupersetException if the call fails (recorded with outcome {@code error} first)
   */
  public ChartDataResponse chartData(SupersetClient client, ChartId chart, DashboardId dashboard) {
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(chart, "chart");
    Objects.requireNonNull(dashboard, "dashboard");
    long start = System.nanoTime();
    try {
      ChartDataResponse response = client.charts().data(chart, dashboard);
      boolean cached = !response.result().isEmpty();
      boolean failed = false;
      for (ChartDataResult r : response.result()) {
        cached &= Boolean.TRUE.equals(r.isCached());
        failed |= r.error() != null;
      }
      recordChartData(dashboard, chart, Duration.ofNanos(System.nanoTime() - start),
          failed ? "unknown" : Boolean.toString(cached), !failed);
      return response;
    } catch (SupersetException | IllegalArgumentException | IllegalStateException e) {
      recordChartData(dashboard, chart, Duration.ofNanos(System.nanoTime() - start), "unknown", false);
      throw e;
    }
  }

  /**
   * Records a chart-data request made some other way, e.g. the load of an SDK
   * {@link io.github.supersetsdk.cache.chartdata.ChartDataCache} miss (see its {@code lookup}).
   *
   * @param dashboard the dashboard the chart was shown on
   * @param chart the chart
   * @param latency the request's latency
   * @param cached Superset's {@code is_cached} of every query, or {@code null} if unknown (a failure)
   * @param success whether the request returned data without error
   * @throws NullPointerException if {@code dashboard}, {@code chart} or {@code latency} is null
   */
  public void recordChartData(DashboardId dashboard, ChartId chart, Duration latency, @Nullable Boolean cached,
      boolean success) {
    Objects.requireNonNull(dashboard, "dashboard");
    Objects.requireNonNull(chart, "chart");
    Objects.requireNonNull(latency, "latency");
    recordChartData(dashboard, chart, latency, cached == null ? "unknown" : cached.toString(), success);
  }

  /**
   * Records a profiled chart's load; answers from the SDK cache's tiers are left out (they are not
   * chart-data requests, and the cache's own meters count them).
   *
   * @param dashboard the dashboard
   * @param load how the chart loaded
   */
  @Override
  public void chartLoaded(DashboardId dashboard, ChartLoad load) {
    if (load.source() != ChartSource.SUPERSET) {
      return;
    }
    recordChartData(dashboard, load.chartId(), load.latency(),
        load.cached() == null ? "unknown" : load.cached().toString(), load.succeeded());
  }

  private void recordChartData(DashboardId dashboard, ChartId chart, Duration latency, String cached, boolean success) {
    Timer.builder(CHART_DATA)
        .description("Chart-data requests of dashboard charts")
        .tags(commonTags)
        .tag("dashboard", Long.toString(dashboard.value()))
        .tag("chart", Long.toString(chart.value()))
        .tag("cached", cached)
        .tag("outcome", success ? "success" : "error")
        .publishPercentileHistogram()
        .minimumExpectedValue(Duration.ofMillis(5))
        .maximumExpectedValue(Duration.ofMinutes(2))
        .register(registry)
        .record(latency);
  }

  /**
   * Publishes a doctor report: each check's gauge shows its status. The gauges of checks an earlier
   * report had and this one lacks are removed from the registry: the doctor names some checks after
   * what they found (a drifted {@code dataset[...]}, {@code superset.checks} after a failed login, a
   * connection's {@code database[...]}), so a check that is no longer reported has no status.
   *
   * @param report the report
   * @throws NullPointerException if {@code report} is null
   */
  public synchronized void record(DoctorReport report) {
    Objects.requireNonNull(report, "report");
    Set<String> reported = new HashSet<>();
    for (CheckResult c : report.checks()) {
      reported.add(c.name());
      DoctorCheckGauges state = checks.computeIfAbsent(c.name(), name -> {
        AtomicReference<CheckStatus> s = new AtomicReference<>(c.status());
        List<Gauge> gauges = new ArrayList<>();
        for (CheckStatus status : CheckStatus.values()) {
          gauges.add(Gauge.builder(DOCTOR_CHECK, s, ref -> ref.get() == status ? 1 : 0)
              .description("1 for the status the doctor check last had, 0 for the others")
              .tags(commonTags)
              .tag("check", name)
              .tag("status", status.label())
              .strongReference(true)
              .register(registry));
        }
        return new DoctorCheckGauges(s, List.copyOf(gauges));
      });
      state.status().set(c.status());
    }
    for (Iterator<Map.Entry<String, DoctorCheckGauges>> it = checks.entrySet().iterator(); it.hasNext(); ) {
      Map.Entry<String, DoctorCheckGauges> e = it.next();
      if (!reported.contains(e.getKey())) {
        e.getValue().gauges().forEach(registry::remove);
        it.remove();
      }
    }
  }
}
