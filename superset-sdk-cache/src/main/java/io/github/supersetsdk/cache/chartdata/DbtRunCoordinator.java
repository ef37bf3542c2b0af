package io.github.supersetsdk.cache.chartdata;

import io.github.supersetsdk.cache.chartdata.internal.Bounded;
import io.github.supersetsdk.cache.chartdata.internal.DatasetModels;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.exception.SupersetException;
import io.github.supersetsdk.client.id.ChartId;
import io.github.supersetsdk.client.id.DashboardId;
import io.github.supersetsdk.client.id.DatasetId;
import io.github.supersetsdk.client.model.Chart;
import io.github.supersetsdk.client.model.ChartDataResponse;
import io.github.supersetsdk.client.model.ChartDataResult;
import io.github.supersetsdk.client.model.Dashboard;
import io.github.supersetsdk.client.model.DashboardChart;
import io.github.supersetsdk.client.model.Dataset;
import io.github.supersetsdk.client.model.DependentChart;
import io.github.supersetsdk.client.model.DependentDashboard;
import io.github.supersetsdk.client.model.DependentObjects;
import io.github.supersetsdk.client.request.ChartDataRequest;
import io.github.supersetsdk.client.request.Filter;
import io.github.supersetsdk.client.request.ListQuery;
import io.github.supersetsdk.dbt.lineage.DbtLineage;
import io.github.supersetsdk.dbt.lineage.RunImpact;
import io.github.supersetsdk.dbt.manifest.DbtManifest;
import io.github.supersetsdk.dbt.manifest.DbtResource;
import io.github.supersetsdk.dbt.manifest.ResourceType;
import io.github.supersetsdk.dbt.run.RunResults;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Keeps chart data correct after a dbt run. Given the run's {@code run_results.json} (or the
 * unique ids it rebuilt), it:
 *
 * <ol>
 *   <li>finds the rebuilt models and everything downstream of them (through the manifest), and the
 *       Superset datasets on them ({@code extra.unique_id}, else {@code schema.table});
 *   <li>invalidates their tags (dbt unique ids and {@code dataset:<id>}) in every
 *       {@link ChartDataCache} instance sharing the Redis prefix;
 *   <li>refreshes Superset's own chart-data cache: each chart on those datasets is reloaded with
 *       {@code force} (Superset 6.1's {@code /api/v1/cachekey/invalidate} does not evict chart
 *       data), and the next plain read is checked to return the same rows;
 *   <li>warms the charts of the affected published dashboards for the configured viewers.
 * </ol>
 *
 * <p>No more than {@code maxInFlight} chart-data queries are in flight at once across steps 3 and
 * 4: the warehouse's connection pool is the limit. Progress is reported to a listener as each
 * chart finishes, and the outcome as a {@link CoordinatorReport}; failures of single charts are
 * reported, not thrown.
 *
 * <p>Thread-safe; one run at a time is the intended use.
 *
 * {@snippet class=io.github.supersetsdk.cache.snippets.CacheSnippets region=DbtRunCoordinator}
 */
public final class DbtRunCoordinator {

  // How long the dataset list read to match datasets to models is reused.
  private static final Duration MODELS_TTL = Duration.ofSeconds(1);

  private final SupersetClient service;
  private final @Nullable ChartDataCache cache;
  private final @Nullable DbtManifest manifest;
  private final int maxInFlight;
  private final @Nullable List<Viewer> viewers;
  private final Consumer<CoordinatorProgress> listener;
  private final DatasetModels models;

  private DbtRunCoordinator(Builder b) {
    this.service = b.service;
    this.cache = b.cache;
    this.manifest = b.manifest;
    this.maxInFlight = b.maxInFlight;
    this.viewers = b.viewers;
    this.listener = b.listener;
    this.models = new DatasetModels(b.service, b.manifest, MODELS_TTL);
  }

  /**
   * Returns a builder.
   *
   * @param serviceClient a client logged in as a user who may read every dataset, chart and
   *     dashboard concerned; not closed by the coordinator
   * @return a builder; not thread-safe
   * @throws NullPointerException if {@code serviceClient} is null
   */
  public static Builder builder(SupersetClient serviceClient) {
    return new Builder(Objects.requireNonNull(serviceClient, "serviceClient"));
  }

  /**
   * Handles a finished dbt run: models with status {@code success} or {@code partial success} and
   * everything downstream.
   *
   * @param runResults the run's {@code run_results.json}
   * @return what was done
   * @throws NullPointerException if {@code runResults} is null
   * @throws IllegalStateException if no manifest was given to the builder
   * @throws SupersetException if listing datasets failed (nothing was invalidated then)
   */
  public CoordinatorReport onRun(RunResults runResults) {
    Objects.requireNonNull(runResults, "runResults");
    if (manifest == null) {
      throw new IllegalStateException(
          "onRun needs the manifest to find what is downstream: call manifest(...) or onRun(runResults, manifest)");
    }
    RunImpact impact = DbtLineage.of(manifest).impactOf(runResults);
    return handle(impact.rebuiltModels(), relations(manifest, impact.affectedDownstream()), models);
  }

  /**
   * Handles a finished dbt run with the manifest that run wrote, instead of the builder's: for a
   * coordinator that outlives one run (a Spring bean, a long-running service), since each run's
   * manifest may add models, change lineage or move relations.
   *
   * @param runResults the run's {@code run_results.json}
   * @param manifest the {@code manifest.json} the same run wrote
   * @return what was done
   * @throws NullPointerException if an argument is null
   * @throws SupersetException if listing datasets failed (nothing was invalidated then)
   */
  public CoordinatorReport onRun(RunResults runResults, DbtManifest manifest) {
    Objects.requireNonNull(runResults, "runResults");
    Objects.requireNonNull(manifest, "manifest");
    DatasetModels forRun = manifest == this.manifest ? models : new DatasetModels(service, manifest, MODELS_TTL);
    RunImpact impact = DbtLineage.of(manifest).impactOf(runResults);
    return handle(impact.rebuiltModels(), relations(manifest, impact.affectedDownstream()), forRun);
  }

  // Of the members downstream, those a dataset can stand on: tests, metrics, exposures and the like
  // hold no data of their own.
  private static List<String> relations(DbtManifest manifest, Collection<String> ids) {
    List<String> out = new ArrayList<>();
    for (String id : ids) {
      manifest.findResource(id).map(DbtResource::resourceType)
          .filter(t -> t.equals(ResourceType.MODEL) || t.equals(ResourceType.SNAPSHOT) || t.equals(ResourceType.SEED))
          .ifPresent(t -> out.add(id));
    }
    return out;
  }

  /**
   * Handles models known to have changed (for example the unique ids of a sync event). With a
   * manifest, members downstream of them count as changed too.
   *
   * @param uniqueIds the dbt unique ids
   * @return what was done
   * @throws NullPointerException if {@code uniqueIds} or an id is null
   * @throws SupersetException if listing datasets failed (nothing was invalidated then)
   */
  public CoordinatorReport onModels(Collection<String> uniqueIds) {
    Objects.requireNonNull(uniqueIds, "uniqueIds");
    Set<String> rebuilt = new TreeSet<>();
    for (String id : uniqueIds) {
      rebuilt.add(Objects.requireNonNull(id, "unique id"));
    }
    Set<String> downstream = new TreeSet<>();
    if (manifest != null) {
      DbtLineage lineage = DbtLineage.of(manifest);
      for (String id : rebuilt) {
        if (manifest.findResource(id).isPresent()) {
          downstream.addAll(lineage.downstream(id, DbtLineage.ALL));
        }
      }
      downstream.removeAll(rebuilt);
    }
    return handle(List.copyOf(rebuilt), manifest == null ? List.copyOf(downstream) : relations(manifest, downstream),
        models);
  }

  /**
   * Warms every chart of the given dashboards for the configured viewers, published or not.
   *
   * @param dashboards the dashboards
   * @return what was done
   * @throws NullPointerException if {@code dashboards} or an id is null
   * @throws SupersetException if listing a dashboard's charts failed
   */
  public WarmReport warm(Collection<DashboardId> dashboards) {
    Objects.requireNonNull(dashboards, "dashboards");
    return warmDashboards(new TreeSet<>(ids(dashboards)), new Bounded(maxInFlight));
  }

  /**
   * Warms every chart of every published dashboard for the configured viewers.
   *
   * @return what was done
   * @throws SupersetException if listing dashboards failed
   */
  public WarmReport warmPublished() {
    Set<Long> published = new TreeSet<>();
    for (Dashboard d : service.dashboards().list(ListQuery.where(Filter.eq("published", true)))) {
      published.add(d.id().value());
    }
    return warmDashboards(published, new Bounded(maxInFlight));
  }

  private static List<Long> ids(Collection<DashboardId> dashboards) {
    List<Long> out = new ArrayList<>();
    for (DashboardId d : dashboards) {
      out.add(Objects.requireNonNull(d, "dashboard").value());
    }
    return out;
  }

  private CoordinatorReport handle(List<String> rebuilt, List<String> downstream, DatasetModels models) {
    Set<String> changed = new TreeSet<>(rebuilt);
    changed.addAll(downstream);
    // 1. Datasets on the changed models.
    List<DatasetId> datasets = new ArrayList<>();
    for (Dataset d : service.datasets().list(ListQuery.all())) {
      for (String uid : models.resolve(d)) {
        if (changed.contains(uid)) {
          datasets.add(d.id());
        }
      }
    }
    // 2. Our tiers: the model tags reach entries of datasets matched either way, the dataset tags
    // those of instances that could not tell the model.
    Set<String> tags = new TreeSet<>(changed);
    for (DatasetId d : datasets) {
      tags.add(ChartDataTags.dataset(d));
    }
    List<String> invalidated = new ArrayList<>();
    List<String> notInvalidated = new ArrayList<>();
    if (cache != null && !tags.isEmpty()) {
      Set<String> failed = cache.invalidateTags(tags);
      for (String t : tags) {
        (failed.contains(t) ? notInvalidated : invalidated).add(t);
      }
    }
    // 3. Superset's own cache, chart by chart.
    TreeMap<Long, ChartId> charts = new TreeMap<>();
    Set<Long> dashboards = new TreeSet<>();
    for (DatasetId d : datasets) {
      DependentObjects deps = service.datasets().getDependents(d);
      for (DependentChart c : deps.charts()) {
        charts.put(c.id().value(), c.id());
      }
      for (DependentDashboard db : deps.dashboards()) {
        dashboards.add(db.id().value());
      }
    }
    Bounded bounded = new Bounded(maxInFlight);
    List<ChartRefresh> refreshed = refresh(List.copyOf(charts.values()), bounded);
    // 4. Warm the published ones among the affected dashboards.
    Set<Long> published = new TreeSet<>();
    for (long id : dashboards) {
      if (Boolean.TRUE.equals(service.dashboards().get(DashboardId.of(id)).published())) {
        published.add(id);
      }
    }
    WarmReport warm = warmDashboards(published, bounded);
    return new CoordinatorReport(rebuilt, downstream, datasets, invalidated, notInvalidated, refreshed, warm);
  }

  private List<ChartRefresh> refresh(List<ChartId> charts, Bounded bounded) {
    AtomicInteger done = new AtomicInteger();
    List<Supplier<ChartRefresh>> tasks = new ArrayList<>();
    for (ChartId chart : charts) {
      tasks.add(() -> {
        ChartRefresh r = refreshOne(chart, bounded);
        listener.accept(new CoordinatorProgress("refresh", done.incrementAndGet(), charts.size(), chart,
            r.status() == RefreshStatus.VERIFIED || r.status() == RefreshStatus.NO_QUERY_CONTEXT));
        return r;
      });
    }
    return bounded.runAll(tasks);
  }

  private ChartRefresh refreshOne(ChartId chart, Bounded bounded) {
    try {
      Chart c = service.charts().get(chart);
      if (c.queryContext() == null || c.queryContext().isBlank()) {
        return new ChartRefresh(chart, RefreshStatus.NO_QUERY_CONTEXT, "the chart has no saved query context");
      }
      ChartDataRequest saved = c.queryContextRequest();
      ChartDataResponse forced = bounded.call(() -> service.charts().data(saved.toBuilder().force(true).build()));
      ChartDataResponse plain = bounded.call(() -> service.charts().data(saved.toBuilder().force(false).build()));
      if (rows(forced).equals(rows(plain))) {
        return new ChartRefresh(chart, RefreshStatus.VERIFIED, null);
      }
      return new ChartRefresh(chart, RefreshStatus.STALE,
          "the plain read after the forced reload returned other rows");
    } catch (RuntimeException e) {
      return new ChartRefresh(chart, RefreshStatus.FAILED, describe(e));
    }
  }

  private static List<List<?>> rows(ChartDataResponse r) {
    List<List<?>> out = new ArrayList<>();
    for (ChartDataResult result : r.result()) {
      out.add(result.data());
    }
    return out;
  }

  private WarmReport warmDashboards(Set<Long> dashboards, Bounded bounded) {
    long start = System.nanoTime();
    // The cache keeps serving from memory when Redis fails; the warm-up reports it, since filling the
    // tier other instances share is its point.
    long redisErrorsBefore = cache == null ? 0 : cache.stats().l2().errorCount();
    List<Viewer> warmFor = viewers != null ? viewers : List.of(Viewer.user(service));
    record Job(ChartId chart, DashboardId dashboard, Viewer viewer) {}
    List<Job> jobs = new ArrayList<>();
    for (long id : dashboards) {
      DashboardId dashboard = DashboardId.of(id);
      for (DashboardChart c : service.dashboards().charts(dashboard)) {
        for (Viewer v : warmFor) {
          jobs.add(new Job(c.id(), dashboard, v));
        }
      }
    }
    AtomicInteger done = new AtomicInteger();
    List<Supplier<@Nullable WarmFailure>> tasks = new ArrayList<>();
    for (Job job : jobs) {
      tasks.add(() -> {
        WarmFailure failure = null;
        try {
          if (cache != null) {
            ChartDataRequest request = cache.savedRequest(job.chart(), job.dashboard());
            bounded.call(() -> cache.get(job.viewer(), request));
          } else {
            bounded.call(() -> job.viewer().client().charts().data(job.chart(), job.dashboard()));
          }
        } catch (RuntimeException e) {
          failure = new WarmFailure(job.chart(), job.dashboard(), job.viewer().toString(), describe(e));
        }
        listener.accept(new CoordinatorProgress("warm", done.incrementAndGet(), jobs.size(), job.chart(),
            failure == null));
        return failure;
      });
    }
    List<WarmFailure> failures = new ArrayList<>();
    for (WarmFailure f : bounded.runAll(tasks)) {
      if (f != null) {
        failures.add(f);
      }
    }
    List<DashboardId> ids = new ArrayList<>();
    for (long id : dashboards) {
      ids.add(DashboardId.of(id));
    }
    long redisErrors = cache == null ? 0 : cache.stats().l2().errorCount() - redisErrorsBefore;
    return new WarmReport(ids, jobs.size(), jobs.size() - failures.size(), failures, maxInFlight, bounded.peak(),
        Duration.ofNanos(System.nanoTime() - start), redisErrors);
  }

  private static String describe(RuntimeException e) {
    return e.getClass().getSimpleName() + ": " + e.getMessage();
  }

  /**
   * Builds a {@link DbtRunCoordinator}. Not thread-safe.
   */
  public static final class Builder {
    private final SupersetClient service;
    private @Nullable ChartDataCache cache;
    private @Nullable DbtManifest manifest;
    private int maxInFlight = 4;
    private @Nullable List<Viewer> viewers;
    private Consumer<CoordinatorProgress> listener = p -> {};

    private Builder(SupersetClient service) {
      this.service = service;
    }

    /**
     * Sets the chart-data cache whose tags are invalidated and which is warmed. Without one, only
     * Superset's own cache is refreshed and warmed.
     *
     * @param cache the cache
     * @return this builder
     * @throws NullPointerException if {@code cache} is null
     */
    public Builder cache(ChartDataCache cache) {
      this.cache = Objects.requireNonNull(cache, "cache");
      return this;
    }

    /**
     * Sets the manifest: needed by {@link #onRun(RunResults)} to find what is downstream (or pass
     * each run's to {@link #onRun(RunResults, DbtManifest)}), and used
     * to match datasets without {@code extra.unique_id} by {@code schema.table}.
     *
     * @param manifest the manifest of the run
     * @return this builder
     * @throws NullPointerException if {@code manifest} is null
     */
    public Builder manifest(DbtManifest manifest) {
      this.manifest = Objects.requireNonNull(manifest, "manifest");
      return this;
    }

    /**
     * Sets the most chart-data queries in flight at once. Default 4; keep it at or below the
     * warehouse connection pool Superset uses.
     *
     * @param max at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code max} is below 1
     */
    public Builder maxInFlight(int max) {
      if (max < 1) {
        throw new IllegalArgumentException("maxInFlight must be at least 1, got " + max);
      }
      this.maxInFlight = max;
      return this;
    }

    /**
     * Sets whom charts are warmed for (for example one guest viewer per tenant). Default: the
     * service client's user.
     *
     * @param viewers the viewers, at least one
     * @return this builder
     * @throws NullPointerException if {@code viewers} or a viewer is null
     * @throws IllegalArgumentException if {@code viewers} is empty
     */
    public Builder warmFor(Collection<Viewer> viewers) {
      List<Viewer> copy = List.copyOf(Objects.requireNonNull(viewers, "viewers"));
      if (copy.isEmpty()) {
        throw new IllegalArgumentException("viewers is empty");
      }
      this.viewers = copy;
      return this;
    }

    /**
     * Sets a listener told as each chart finishes; called from worker threads, it must be
     * thread-safe and quick.
     *
     * @param listener the listener
     * @return this builder
     * @throws NullPointerException if {@code listener} is null
     */
    public Builder progressListener(Consumer<CoordinatorProgress> listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * Builds the coordinator.
     *
     * @return the coordinator
     */
    public DbtRunCoordinator build() {
      return new DbtRunCoordinator(this);
    }
  }
}
