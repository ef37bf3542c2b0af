package io.github.supersetsdk.cache.chartdata;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.supersetsdk.cache.CacheLookup;
import io.github.supersetsdk.cache.CacheSource;
import io.github.supersetsdk.cache.RedisConfig;
import io.github.supersetsdk.cache.Tagged;
import io.github.supersetsdk.cache.TieredCache;
import io.github.supersetsdk.cache.TieredCacheStats;
import io.github.supersetsdk.cache.chartdata.internal.ChartDataCodec;
import io.github.supersetsdk.cache.chartdata.internal.ChartDataKey;
import io.github.supersetsdk.cache.chartdata.internal.DatasetModels;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.id.ChartId;
import io.github.supersetsdk.client.id.DashboardId;
import io.github.supersetsdk.client.id.DatasetId;
import io.github.supersetsdk.client.model.Chart;
import io.github.supersetsdk.client.model.ChartDataResponse;
import io.github.supersetsdk.client.model.ChartDataResult;
import io.github.supersetsdk.client.model.DashboardChart;
import io.github.supersetsdk.client.request.ChartDataRequest;
import io.github.supersetsdk.client.request.ChartSpec;
import io.github.supersetsdk.dbt.manifest.DbtManifest;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * A two-tier cache of Superset chart data ({@code POST /api/v1/chart/data}) per viewer: a
 * {@link TieredCache} whose key is the viewer's identity plus the normalised query context (keys
 * sorted, nulls and styling-only fields dropped), so that two tenants never share an entry, and
 * whose entries are tagged with the chart, the dataset and the dataset's dbt model (see
 * {@link ChartDataTags}).
 *
 * <p>A miss loads through the viewer's own client with {@code force}, so that Superset applies
 * the viewer's permissions and row-level security and never hands back a copy from its own cache
 * that predates a dbt run. The dbt model of a dataset comes from the {@code unique_id} the sync
 * writes into the dataset's {@code extra}, else from its {@code schema.table} matched against the
 * manifest given to the builder; datasets and saved charts are read with the service client given
 * to {@link #builder(SupersetClient)}, because guests may not read them.
 *
 * <p>Create one per application and reuse it; it is thread-safe. {@link #close()} releases its
 * Redis connections but not the clients.
 *
 * {@snippet class=io.github.supersetsdk.cache.snippets.CacheSnippets region=ChartDataCache}
 */
public final class ChartDataCache implements AutoCloseable {

  /** The default Redis key prefix of chart-data entries. */
  public static final String DEFAULT_KEY_PREFIX = "superset-sdk:chart-data:";

  private static final ChartDataCodec CODEC = new ChartDataCodec();

  private final SupersetClient service;
  private final DatasetModels models;
  private final Cache<ChartId, ChartDataRequest> savedRequests;
  private final TieredCache<ChartDataKey, ChartDataResponse> cache;
  private final AtomicLong supersetRequests = new AtomicLong();

  private ChartDataCache(Builder b) {
    this.service = b.service;
    this.models = new DatasetModels(b.service, b.manifest, b.metadataTtl);
    this.savedRequests = Caffeine.newBuilder().expireAfterWrite(b.metadataTtl).maximumSize(10_000).build();
    TieredCache.Builder<ChartDataKey, ChartDataResponse> tb = TieredCache.<ChartDataKey, ChartDataResponse>builder()
        .redis(Objects.requireNonNull(b.redis, "redis"))
        .keyPrefix(b.keyPrefix)
        .codec(CODEC)
        .keyEncoder(ChartDataKey::id)
        .loader(this::load);
    if (b.maximumSize != null) {
      tb.maximumSize(b.maximumSize);
    }
    if (b.expireAfterWrite != null) {
      tb.expireAfterWrite(b.expireAfterWrite);
    }
    if (b.redisTtl != null) {
      tb.redisTtl(b.redisTtl);
    }
    if (b.maxStaleness != null) {
      tb.maxStaleness(b.maxStaleness);
    }
    this.cache = tb.build();
  }

  /**
   * Returns a builder.
   *
   * @param serviceClient a client logged in as a user who may read every dataset and chart the
   *     viewers use (it reads metadata, never chart data for a viewer); not closed by the cache
   * @return a builder; not thread-safe
   * @throws NullPointerException if {@code serviceClient} is null
   */
  public static Builder builder(SupersetClient serviceClient) {
    return new Builder(Objects.requireNonNull(serviceClient, "serviceClient"));
  }

  /**
   * Returns a viewer's chart data for a request: from L1, else L2, else one load through the
   * viewer's client (concurrent misses on one key in one process share the load).
   *
   * @param viewer who asks
   * @param request the query context
   * @return the chart data
   * @throws NullPointerException if an argument is null
   * @throws ChartDataException if Superset answered the load with a failed query
   * @throws io.github.supersetsdk.client.exception.SupersetException if the load failed (for
   *     example 403 when the viewer may not see the chart); nothing is stored then
   */
  public ChartDataResponse get(Viewer viewer, ChartDataRequest request) {
    Objects.requireNonNull(viewer, "viewer");
    Objects.requireNonNull(request, "request");
    return cache.get(ChartDataKey.of(viewer.identity(), viewer.client(), request));
  }

  /**
   * As {@link #get(Viewer, ChartDataRequest)}, and says where the data came from: L1, L2 or a load
   * from Superset ({@link CacheSource#LOADER}), e.g. to profile a dashboard through the cache.
   *
   * @param viewer who asks
   * @param request the query context
   * @return the chart data and its source
   * @throws NullPointerException if an argument is null
   * @throws ChartDataException if Superset answered the load with a failed query
   * @throws io.github.supersetsdk.client.exception.SupersetException if the load failed; nothing
   *     is stored then
   */
  public CacheLookup<ChartDataResponse> lookup(Viewer viewer, ChartDataRequest request) {
    Objects.requireNonNull(viewer, "viewer");
    Objects.requireNonNull(request, "request");
    return cache.lookup(ChartDataKey.of(viewer.identity(), viewer.client(), request));
  }

  /**
   * Returns a viewer's data for a saved chart as shown on a dashboard: the chart's saved query
   * context (read with the service client, kept for the builder's {@code metadataTtl}) with the
   * chart and dashboard ids Superset checks a guest's request against.
   *
   * @param viewer who asks
   * @param chart the chart
   * @param dashboard the dashboard it is shown on
   * @return the chart data
   * @throws NullPointerException if an argument is null
   * @throws IllegalStateException if the chart has no saved query context
   * @throws ChartDataException if Superset answered the load with a failed query
   * @throws io.github.supersetsdk.client.exception.SupersetException if a call failed
   */
  public ChartDataResponse get(Viewer viewer, ChartId chart, DashboardId dashboard) {
    Objects.requireNonNull(viewer, "viewer");
    return get(viewer, savedRequest(chart, dashboard));
  }

  /**
   * A saved chart's query context as sent for a dashboard (with {@code slice_id} and
   * {@code dashboardId} in its form data). A chart saved without a query context gets one derived
   * from its form data, when {@link ChartSpec} describes its kind.
   *
   * @param chart the chart
   * @param dashboard the dashboard
   * @return the request
   * @throws NullPointerException if an argument is null
   * @throws IllegalStateException if the chart has no saved query context and none can be derived
   * @throws io.github.supersetsdk.client.exception.SupersetException if reading the chart failed
   */
  public ChartDataRequest savedRequest(ChartId chart, DashboardId dashboard) {
    Objects.requireNonNull(chart, "chart");
    Objects.requireNonNull(dashboard, "dashboard");
    ChartDataRequest saved = savedRequests.get(chart, id -> savedQueryContext(id, dashboard));
    return saved.toBuilder()
        .formData("slice_id", chart.value())
        .formData("dashboardId", dashboard.value())
        .build();
  }

  private ChartDataRequest savedQueryContext(ChartId chart, DashboardId dashboard) {
    Chart saved = service.charts().get(chart);
    if (saved.queryContext() != null && !saved.queryContext().isBlank()) {
      return saved.queryContextRequest();
    }
    // Charts saved without a query context (older ones, or made from params alone): derive it from
    // the form data Superset returns for the dashboard, when it is a chart ChartSpec describes.
    for (DashboardChart c : service.dashboards().charts(dashboard)) {
      if (c.id().equals(chart)) {
        try {
          return ChartSpec.fromFormData(c.formData()).queryContext();
        } catch (IllegalArgumentException e) {
          throw new IllegalStateException("chart " + chart.value() + " has no saved query context, and its form"
              + " data is not one ChartSpec describes (" + e.getMessage() + "); save the chart in Superset's"
              + " editor once to store its query context", e);
        }
      }
    }
    throw new IllegalStateException("chart " + chart.value() + " has no saved query context and is not on"
        + " dashboard " + dashboard.value());
  }

  /**
   * The tags an entry for this request carries: its chart (form data {@code slice_id}), its
   * dataset and the dataset's dbt model.
   *
   * @param request the request
   * @return the tags, sorted
   * @throws NullPointerException if {@code request} is null
   * @throws io.github.supersetsdk.client.exception.SupersetException if reading the dataset failed
   */
  public Set<String> tags(ChartDataRequest request) {
    Objects.requireNonNull(request, "request");
    Set<String> tags = new TreeSet<>();
    Object slice = request.formData().get("slice_id");
    if (slice instanceof Number n) {
      tags.add(ChartDataTags.chart(ChartId.of(n.longValue())));
    }
    if ("table".equals(request.datasource().type())) {
      DatasetId dataset = DatasetId.of(request.datasource().id());
      tags.add(ChartDataTags.dataset(dataset));
      tags.addAll(models.uniqueIds(dataset));
    }
    return tags;
  }

  /**
   * The cache key of a viewer's request, as stored in Redis after the key prefix. Equal for
   * requests that differ only in key order, nulls, {@code force} and styling-only form data.
   *
   * @param viewer who asks
   * @param request the request
   * @return {@code v1:} and 64 hex digits
   * @throws NullPointerException if an argument is null
   */
  public String key(Viewer viewer, ChartDataRequest request) {
    return ChartDataKey.id(Objects.requireNonNull(viewer, "viewer").identity(), Objects.requireNonNull(request, "request"));
  }

  /**
   * Invalidates tags in every instance sharing the key prefix (see {@link TieredCache#invalidateTag}).
   *
   * @param tags chart, dataset or dbt tags
   * @return the tags that could not be published to Redis (they were dropped from this instance's
   *     L1 only; retry them), empty when all were
   * @throws NullPointerException if {@code tags} or a tag is null
   */
  public Set<String> invalidateTags(Collection<String> tags) {
    Objects.requireNonNull(tags, "tags");
    Set<String> failed = new LinkedHashSet<>();
    for (String tag : new TreeSet<>(tags)) {
      if (!cache.invalidateTag(Objects.requireNonNull(tag, "tag"))) {
        failed.add(tag);
      }
    }
    return failed;
  }

  /**
   * A snapshot of the underlying cache's statistics; {@link
   * io.github.supersetsdk.cache.micrometer.TieredCacheMetrics#of(ChartDataCache, String)} publishes
   * them to Micrometer.
   *
   * @return the statistics
   */
  public TieredCacheStats stats() {
    return cache.stats();
  }

  /**
   * The latest failure of the shared tier (Redis), as {@link
   * io.github.supersetsdk.cache.TieredCache#lastRedisFailure()} describes it.
   *
   * @return which Redis call failed last and why; {@code null} if none has
   */
  public @Nullable String lastRedisFailure() {
    return cache.lastRedisFailure();
  }

  /**
   * The number of entries in this instance's in-process tier (L1), an estimate as {@link
   * TieredCache#estimatedSize()}.
   *
   * @return the estimated L1 size
   */
  public long estimatedSize() {
    return cache.estimatedSize();
  }

  /**
   * How many chart-data requests this instance sent to Superset (its loads, failed ones included).
   *
   * @return the count since the cache was built
   */
  public long supersetRequestCount() {
    return supersetRequests.get();
  }

  SupersetClient serviceClient() {
    return service;
  }

  DatasetModels datasetModels() {
    return models;
  }

  private Tagged<ChartDataResponse> load(ChartDataKey key) {
    ChartDataRequest request = key.request();
    Set<String> tags = tags(request);
    supersetRequests.incrementAndGet();
    // force: Superset's own cache may still hold rows from before the last dbt run for this
    // viewer's RLS clauses, which no invalidation reaches; our tiers are the cache.
    ChartDataResponse response = key.client().charts().data(request.toBuilder().force(true).build());
    for (ChartDataResult r : response.result()) {
      if (r.error() != null || "failed".equalsIgnoreCase(r.status())) {
        throw new ChartDataException(request.datasource().id(), r.status(), r.error());
      }
    }
    // Served as if read back from Redis, so that a load and a later hit return equal values
    // (the stored form decides number types, not the HTTP decoder).
    return new Tagged<>(CODEC.decode(CODEC.encode(response)), tags);
  }

  /** Closes the Redis connections; the clients stay open. */
  @Override
  public void close() {
    cache.close();
  }

  @Override
  public String toString() {
    return "ChartDataCache[" + cache + "]";
  }

  /**
   * Builds a {@link ChartDataCache}. Every setting may be given once. Not thread-safe.
   */
  public static final class Builder {
    private final SupersetClient service;
    private @Nullable RedisConfig redis;
    private String keyPrefix = DEFAULT_KEY_PREFIX;
    private boolean keyPrefixSet;
    private @Nullable Long maximumSize;
    private @Nullable Duration expireAfterWrite;
    private @Nullable Duration redisTtl;
    private @Nullable Duration maxStaleness;
    private @Nullable DbtManifest manifest;
    private Duration metadataTtl = Duration.ofMinutes(1);
    private boolean metadataTtlSet;

    private Builder(SupersetClient service) {
      this.service = service;
    }

    private static void once(boolean unset, String name) {
      if (!unset) {
        throw new IllegalStateException(name + " was already set");
      }
    }

    /**
     * Sets the Redis server of L2 (required).
     *
     * @param config the Redis settings
     * @return this builder
     * @throws NullPointerException if {@code config} is null
     * @throws IllegalStateException if already set
     */
    public Builder redis(RedisConfig config) {
      once(redis == null, "redis");
      this.redis = Objects.requireNonNull(config, "config");
      return this;
    }

    /**
     * Sets the Redis key prefix; instances sharing it share entries and invalidations. Default
     * {@value ChartDataCache#DEFAULT_KEY_PREFIX}.
     *
     * @param prefix the prefix
     * @return this builder
     * @throws NullPointerException if {@code prefix} is null
     * @throws IllegalStateException if already set
     */
    public Builder keyPrefix(String prefix) {
      once(!keyPrefixSet, "keyPrefix");
      this.keyPrefix = Objects.requireNonNull(prefix, "prefix");
      keyPrefixSet = true;
      return this;
    }

    /**
     * Sets the most entries L1 holds (see {@link TieredCache.Builder#maximumSize(long)}).
     *
     * @param size at least 1
     * @return this builder
     * @throws IllegalStateException if already set
     */
    public Builder maximumSize(long size) {
      once(maximumSize == null, "maximumSize");
      this.maximumSize = size;
      return this;
    }

    /**
     * Sets how long L1 keeps an entry (see {@link TieredCache.Builder#expireAfterWrite(Duration)}).
     *
     * @param duration positive
     * @return this builder
     * @throws NullPointerException if {@code duration} is null
     * @throws IllegalStateException if already set
     */
    public Builder expireAfterWrite(Duration duration) {
      once(expireAfterWrite == null, "expireAfterWrite");
      this.expireAfterWrite = Objects.requireNonNull(duration, "duration");
      return this;
    }

    /**
     * Sets how long Redis keeps an entry (see {@link TieredCache.Builder#redisTtl(Duration)}).
     *
     * @param ttl positive
     * @return this builder
     * @throws NullPointerException if {@code ttl} is null
     * @throws IllegalStateException if already set
     */
    public Builder redisTtl(Duration ttl) {
      once(redisTtl == null, "redisTtl");
      this.redisTtl = Objects.requireNonNull(ttl, "ttl");
      return this;
    }

    /**
     * Sets the consistency bound (see {@link TieredCache.Builder#maxStaleness(Duration)}).
     *
     * @param bound positive
     * @return this builder
     * @throws NullPointerException if {@code bound} is null
     * @throws IllegalStateException if already set
     */
    public Builder maxStaleness(Duration bound) {
      once(maxStaleness == null, "maxStaleness");
      this.maxStaleness = Objects.requireNonNull(bound, "bound");
      return this;
    }

    /**
     * Sets the dbt manifest whose models' relations ({@code schema.alias}) name the model of a
     * dataset whose {@code extra} carries no {@code unique_id}. Optional.
     *
     * @param manifest the manifest
     * @return this builder
     * @throws NullPointerException if {@code manifest} is null
     * @throws IllegalStateException if already set
     */
    public Builder manifest(DbtManifest manifest) {
      once(this.manifest == null, "manifest");
      this.manifest = Objects.requireNonNull(manifest, "manifest");
      return this;
    }

    /**
     * Sets how long a dataset's dbt model and a chart's saved query context are kept. Default 1
     * minute.
     *
     * @param ttl positive
     * @return this builder
     * @throws NullPointerException if {@code ttl} is null
     * @throws IllegalArgumentException if {@code ttl} is not positive
     * @throws IllegalStateException if already set
     */
    public Builder metadataTtl(Duration ttl) {
      once(!metadataTtlSet, "metadataTtl");
      Objects.requireNonNull(ttl, "ttl");
      if (ttl.isZero() || ttl.isNegative()) {
        throw new IllegalArgumentException("metadataTtl must be positive, got " + ttl);
      }
      this.metadataTtl = ttl;
      metadataTtlSet = true;
      return this;
    }

    /**
     * Builds the cache; connects to Redis lazily.
     *
     * @return the cache
     * @throws IllegalStateException if {@code redis} was not set
     */
    public ChartDataCache build() {
      if (redis == null) {
        throw new IllegalStateException("redis is not set: call redis(RedisConfig.of(url))");
      }
      return new ChartDataCache(this);
    }
  }
}
