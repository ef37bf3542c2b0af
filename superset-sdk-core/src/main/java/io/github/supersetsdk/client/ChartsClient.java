package io.github.supersetsdk.client;

import io.github.supersetsdk.client.exception.NotFoundException;
import io.github.supersetsdk.client.id.ChartId;
import io.github.supersetsdk.client.id.DashboardId;
import io.github.supersetsdk.client.internal.Multipart;
import io.github.supersetsdk.client.internal.ResourceCalls;
import io.github.supersetsdk.client.internal.Rison;
import io.github.supersetsdk.client.internal.api.ChartApi;
import io.github.supersetsdk.client.internal.api.DashboardApi;
import io.github.supersetsdk.client.internal.api.Envelopes;
import io.github.supersetsdk.client.internal.transport.FeignApis;
import io.github.supersetsdk.client.model.Chart;
import io.github.supersetsdk.client.model.ChartDataResponse;
import io.github.supersetsdk.client.model.ChartResultType;
import io.github.supersetsdk.client.model.DashboardChart;
import io.github.supersetsdk.client.model.Page;
import io.github.supersetsdk.client.model.RelatedObject;
import io.github.supersetsdk.client.model.ResourceInfo;
import io.github.supersetsdk.client.model.ScreenshotTask;
import io.github.supersetsdk.client.model.WarmUpResult;
import io.github.supersetsdk.client.request.ChartDataRequest;
import io.github.supersetsdk.client.request.ChartSpec;
import io.github.supersetsdk.client.request.CreateChartRequest;
import io.github.supersetsdk.client.request.ImportBundleRequest;
import io.github.supersetsdk.client.request.ListQuery;
import io.github.supersetsdk.client.request.UpdateChartRequest;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Charts ({@code /api/v1/chart}): fetch chart data; list, read, create, update and delete charts;
 * export and import bundles; favorites, cache warm-up, screenshots and thumbnails.
 *
 * {@snippet class=io.github.supersetsdk.client.snippets.ClientSnippets region=ChartsClient}
 *
 * <p>Immutable and thread-safe; obtained from {@link SupersetClient#charts()}.
 */
public final class ChartsClient {

  private final ChartApi api;
  private final DashboardApi dashboards;

  private final ChartDataJobs jobs;
  private final BooleanSupplier guest;

  ChartsClient(FeignApis apis, QueryRuntime runtime, BooleanSupplier guest) {
    this.api = apis.get(ChartApi.class);
    this.dashboards = apis.get(DashboardApi.class);
    this.jobs = new ChartDataJobs(runtime, api);
    this.guest = guest;
  }

  /**
   * Runs a chart-data request and returns its results as JSON rows. Safe to retry: it reads data and
   * changes nothing, so transient failures are retried like a GET. Works for guest clients too, for
   * the charts of the dashboards their token names.
   *
   * <p>On a server with global async queries ({@code GLOBAL_ASYNC_QUERIES}) Superset may answer with
   * a job instead of rows; the client then waits for the job's event through the polling transport,
   * up to {@link SupersetClient.Builder#asyncChartDataTimeout(java.time.Duration)}, and reads the cached result,
   * so callers get the same answer in both modes. Every variant of {@code data} takes one of the
   * client's query slots ({@link SupersetClient.Builder#maxQueriesInFlight(int)}) while it runs.
   *
   * @param request the query context
   * @return one result per query
   * @throws NullPointerException if {@code request} is null
   * @throws io.github.supersetsdk.client.exception.QueryTimeoutException if an async job sent no
   *     result in time (no worker running?), or no query slot became free within the call timeout
   * @throws io.github.supersetsdk.client.exception.QueryFailedException if an async job failed, with
   *     Superset's message
   * @throws io.github.supersetsdk.client.exception.BadRequestException if the query is invalid (e.g.
   *     an unknown column or metric)
   * @throws io.github.supersetsdk.client.exception.PermissionDeniedException if the user (or guest)
   *     may not read the datasource
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public ChartDataResponse data(ChartDataRequest request) {
    Objects.requireNonNull(request, "request");
    return jobs.run(headers -> api.data(request, headers));
  }

  /**
   * Runs a saved chart's query as it shows on a dashboard, for any client that may see the dashboard:
   * users, and guests whose token names it. This is how a guest fetches a saved chart's data by id
   * ({@link #data(ChartId)} answers 404 to guests).
   *
   * <p>The client reads the chart's saved query context and sends it to {@code POST
   * /api/v1/chart/data} with {@code slice_id} and {@code dashboardId} in its form data, so that
   * Superset applies the dashboard's permission (and, for guests, the token's RLS clauses). Guests
   * cannot read a chart's saved query context (Superset answers 404); for them the client reads the
   * chart's form data from {@code GET /api/v1/dashboard/{id}/charts} and builds the same query from it
   * with {@link ChartSpec#fromFormData(Map)}, which covers the visualizations {@link ChartSpec}
   * describes. For other visualizations, read the chart with a user's client and call {@link
   * #data(Chart, DashboardId)} with the guest's.
   *
   * @param chart the chart's id
   * @param dashboard a dashboard the chart is on
   * @return one result per query of the chart's query context
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the chart is not on the dashboard, or (for a guest) its form
   *     data is not one {@link ChartSpec} describes
   * @throws IllegalStateException if the chart has no saved query context
   * @throws NotFoundException if the dashboard does not exist or the caller may not see it
   * @throws io.github.supersetsdk.client.exception.PermissionDeniedException if Superset refuses the
   *     query (e.g. a guest whose token does not name the dashboard)
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public ChartDataResponse data(ChartId chart, DashboardId dashboard) {
    Objects.requireNonNull(chart, "chart");
    Objects.requireNonNull(dashboard, "dashboard");
    ChartDataRequest saved;
    if (guest.getAsBoolean()) {
      // Superset answers a guest's read of a chart with 404: go to the dashboard's form data at once.
      saved = fromDashboardFormData(chart, dashboard);
    } else {
      try {
        saved = get(chart).queryContextRequest();
      } catch (NotFoundException | io.github.supersetsdk.client.exception.PermissionDeniedException notReadable) {
        saved = fromDashboardFormData(chart, dashboard);
      }
    }
    return data(onDashboard(saved, chart, dashboard));
  }

  /**
   * Runs a saved chart's query context as it shows on a dashboard: {@link #data(ChartId,
   * DashboardId)} with a chart read beforehand, e.g. by a backend's user client, to fetch as a guest
   * the data of a chart whose visualization {@link ChartSpec} does not describe.
   *
   * @param chart the chart, read with {@link #get(ChartId)} (list answers have no query context)
   * @param dashboard a dashboard the chart is on
   * @return one result per query of the chart's query context
   * @throws NullPointerException if an argument is null
   * @throws IllegalStateException if the chart has no saved query context
   * @throws io.github.supersetsdk.client.exception.PermissionDeniedException if Superset refuses the
   *     query
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public ChartDataResponse data(Chart chart, DashboardId dashboard) {
    Objects.requireNonNull(chart, "chart");
    Objects.requireNonNull(dashboard, "dashboard");
    return data(onDashboard(chart.queryContextRequest(), chart.id(), dashboard));
  }

  private ChartDataRequest fromDashboardFormData(ChartId chart, DashboardId dashboard) {
    List<DashboardChart> onDashboard = dashboards.charts(Long.toString(dashboard.value())).result();
    for (DashboardChart c : onDashboard == null ? List.<DashboardChart>of() : onDashboard) {
      if (c.id().equals(chart)) {
        try {
          return ChartSpec.fromFormData(c.formData()).queryContext();
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("chart " + chart.value() + " on dashboard " + dashboard.value()
              + ": this client cannot read its saved query context (guests cannot), and its form data is not"
              + " one ChartSpec describes (" + e.getMessage() + "); read the chart with a user's client and"
              + " call data(Chart, DashboardId)", e);
        }
      }
    }
    throw new IllegalArgumentException("chart " + chart.value() + " is not on dashboard " + dashboard.value());
  }

  private static ChartDataRequest onDashboard(ChartDataRequest saved, ChartId chart, DashboardId dashboard) {
    // Superset checks a guest's query against the chart named by slice_id on the dashboard named by dashboardId.
    return saved.toBuilder()
        .formData("slice_id", chart.value())
        .formData("dashboardId", dashboard.value())
        .build();
  }

  /**
   * Creates a chart.
   *
   * @param request the chart
   * @return the new chart's id
   * @throws NullPointerException if {@code request} is null
   * @throws io.github.supersetsdk.client.exception.BadRequestException if it is invalid
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public ChartId create(CreateChartRequest request) {
    Objects.requireNonNull(request, "request");
    return ChartId.of(api.create(request).numericId());
  }

  /**
   * Deletes a chart.
   *
   * @param id the chart's id
   * @throws NullPointerException if {@code id} is null
   * @throws io.github.supersetsdk.client.exception.NotFoundException if there is no such chart
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void delete(ChartId id) {
    Objects.requireNonNull(id, "id");
    api.delete(id.value());
  }

  /**
   * Lists charts lazily, page by page. Items carry no query context.
   *
   * @param query filters (e.g. on {@code slice_name}, {@code viz_type}, or {@code datasource_id}),
   *     ordering and page size
   * @return the charts; nothing is fetched until iteration
   * @throws NullPointerException if {@code query} is null
   */
  public PagedIterable<Chart> list(ListQuery query) {
    return ResourceCalls.list(query, api::list);
  }

  /**
   * Fetches one page of charts.
   *
   * @param query filters, ordering and page size
   * @param pageIndex the zero-based page
   * @return the page
   * @throws NullPointerException if {@code query} is null
   * @throws IllegalArgumentException if {@code pageIndex} is negative
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails
   */
  public Page<Chart> listPage(ListQuery query, int pageIndex) {
    return ResourceCalls.page(query, pageIndex, api::list);
  }

  /**
   * Reads a chart, with its form data and query context.
   *
   * @param id the chart's id
   * @return the chart
   * @throws NullPointerException if {@code id} is null
   * @throws NotFoundException if there is no such chart
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public Chart get(ChartId id) {
    Objects.requireNonNull(id, "id");
    // Before 6.1 the detail answer lacks the uuid (and a chart its datasource): read them from the list.
    return ResourceCalls.completeFromList(
        Objects.requireNonNull(api.get(Long.toString(id.value())).result(), "result"), id.value(), "id,uuid,datasource_id,datasource_type",
        idRows());
  }

  /**
   * Reads a chart by its UUID, which stays the same across export and import.
   *
   * @param uuid the chart's UUID
   * @return the chart
   * @throws NullPointerException if {@code uuid} is null
   * @throws NotFoundException if there is no such chart
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public Chart get(UUID uuid) {
    Objects.requireNonNull(uuid, "uuid");
    // Before 6.1 the route takes ids only (405 for a UUID): the id is then found in the list.
    return ResourceCalls.getByUuid(uuid, () -> Objects.requireNonNull(api.get(uuid.toString()).result(), "result"),
        idRows(), id -> get(ChartId.of(id)), "chart", "/api/v1/chart/");
  }

  /**
   * Reads a chart if it exists.
   *
   * @param uuid the chart's UUID
   * @return the chart, or empty if Superset answers 404
   * @throws NullPointerException if {@code uuid} is null
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise; only a 404 becomes empty
   */
  public Optional<Chart> find(UUID uuid) {
    Objects.requireNonNull(uuid, "uuid");
    return ResourceCalls.findOrEmpty(() -> get(uuid));
  }

  /**
   * Reads a chart if it exists.
   *
   * @param id the chart's id
   * @return the chart, or empty if there is none with this id
   * @throws NullPointerException if {@code id} is null
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public Optional<Chart> find(ChartId id) {
    return ResourceCalls.findOrEmpty(() -> get(id));
  }

  /**
   * Whether a chart exists.
   *
   * @param id the chart's id
   * @return {@code true} if it exists
   * @throws NullPointerException if {@code id} is null
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public boolean exists(ChartId id) {
    return find(id).isPresent();
  }

  /**
   * Updates the fields of a chart that the request sets or clears.
   *
   * @param id the chart's id
   * @param request the changes
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the request changes nothing
   * @throws NotFoundException if there is no such chart
   * @throws io.github.supersetsdk.client.exception.BadRequestException if a value is invalid
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void update(ChartId id, UpdateChartRequest request) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(request, "request");
    if (request.isEmpty()) {
      throw new IllegalArgumentException("the update changes nothing");
    }
    api.update(id.value(), request);
  }

  /**
   * Deletes several charts in one call.
   *
   * @param ids the charts' ids; at least one
   * @throws NullPointerException if {@code ids} or an element is null
   * @throws IllegalArgumentException if {@code ids} is empty
   * @throws NotFoundException if one of them does not exist
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void delete(Collection<ChartId> ids) {
    api.deleteAll(ResourceCalls.risonIds(ids, ChartId::value));
  }

  /**
   * Runs the saved query context of a chart and returns its results, as a dashboard would show them.
   * The chart must have been saved with a query context. Superset answers 404 to guests here, since
   * they cannot read charts; guests use {@link #data(ChartId, DashboardId)}.
   *
   * @param id the chart's id
   * @return one result per query of the chart's query context
   * @throws NullPointerException if {@code id} is null
   * @throws NotFoundException if there is no such chart
   * @throws io.github.supersetsdk.client.exception.BadRequestException if the chart has no query
   *     context or its query fails
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public ChartDataResponse data(ChartId id) {
    Objects.requireNonNull(id, "id");
    return jobs.run(headers -> api.chartData(id.value(), null, null, headers));
  }

  /**
   * Runs the saved query context of a chart with another result type, optionally bypassing the
   * cache.
   *
   * @param id the chart's id
   * @param resultType what to return, e.g. {@link ChartResultType#QUERY} for the SQL only
   * @param force whether to run the query even if its result is cached
   * @return one result per query of the chart's query context
   * @throws NullPointerException if an argument is null
   * @throws NotFoundException if there is no such chart
   * @throws io.github.supersetsdk.client.exception.BadRequestException if the chart has no query
   *     context or its query fails
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public ChartDataResponse data(ChartId id, ChartResultType resultType, boolean force) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(resultType, "resultType");
    return jobs.run(headers -> api.chartData(id.value(), resultType.value(), force, headers));
  }

  /**
   * Fetches the results of an asynchronous chart-data query (servers with {@code
   * GLOBAL_ASYNC_QUERIES}): Superset keeps the query context under the key at the end of the job's
   * {@code result_url} and answers with its results. The key is not the {@code cacheKey} of a
   * result.
   *
   * @param cacheKey the key from the job's {@code result_url}
   * @return the results
   * @throws NullPointerException if {@code cacheKey} is null
   * @throws NotFoundException if nothing is kept under the key (it may have expired)
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public ChartDataResponse cachedData(String cacheKey) {
    Objects.requireNonNull(cacheKey, "cacheKey");
    return api.cachedData(cacheKey);
  }

  /**
   * Exports charts with their datasets and databases as a ZIP bundle of YAML files. Database
   * passwords are not part of the bundle.
   *
   * @param ids the charts; at least one
   * @return the ZIP bytes
   * @throws NullPointerException if {@code ids} or an element is null
   * @throws IllegalArgumentException if {@code ids} is empty
   * @throws NotFoundException if one of them does not exist
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public byte[] export(Collection<ChartId> ids) {
    return api.export(ResourceCalls.risonIds(ids, ChartId::value));
  }

  /**
   * Exports charts as a ZIP bundle into a file, replacing it atomically.
   *
   * @param ids the charts; at least one
   * @param target the file to write
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code ids} is empty
   * @throws java.io.UncheckedIOException if the file cannot be written
   * @throws NotFoundException if one of them does not exist
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void export(Collection<ChartId> ids, Path target) {
    Objects.requireNonNull(target, "target");
    ResourceCalls.writeAtomically(target, export(ids));
  }

  /**
   * Imports a bundle of charts with their datasets and databases. Never retried automatically.
   *
   * @param request the bundle, the overwrite flag and database passwords
   * @throws NullPointerException if {@code request} is null
   * @throws io.github.supersetsdk.client.exception.BadRequestException if the bundle is invalid, or
   *     holds existing charts and {@code overwrite} is off
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void importBundle(ImportBundleRequest request) {
    Objects.requireNonNull(request, "request");
    Multipart body = Multipart.forImport("formData", request, true, false);
    api.importBundle(body.contentType(), body.body());
  }

  /**
   * Describes the charts endpoint for the caller: their permissions (e.g. {@code can_read}, {@code
   * can_write}, {@code can_export}), the filters its list accepts, and the columns create and update
   * accept.
   *
   * @return the description
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails
   */
  public ResourceInfo info() {
    return api.info(ResourceCalls.infoQuery());
  }

  /**
   * Lists, lazily, the values a related field of charts can take, e.g. the users for {@code owners}
   * or {@code created_by}, the dashboards for {@code dashboards}.
   *
   * @param column the related field, e.g. {@code owners}
   * @param filter text the options' text starts with, case-insensitive (contains, for user and
   *     role columns such as {@code owners}; some columns ignore it), or {@code null} for all
   * @return the values; nothing is fetched until iteration
   * @throws NullPointerException if {@code column} is null
   * @throws IllegalArgumentException if {@code column} is blank or contains a slash
   */
  public PagedIterable<RelatedObject> related(String column, @Nullable String filter) {
    return ResourceCalls.lookup(column, filter, api::related);
  }

  /**
   * Marks a chart as a favorite of the caller. Marking it again changes nothing.
   *
   * @param id the chart's id
   * @throws NullPointerException if {@code id} is null
   * @throws NotFoundException if there is no such chart
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void addFavorite(ChartId id) {
    Objects.requireNonNull(id, "id");
    api.addFavorite(id.value());
  }

  /**
   * Removes a chart from the caller's favorites.
   *
   * @param id the chart's id
   * @throws NullPointerException if {@code id} is null
   * @throws NotFoundException if there is no such chart
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void removeFavorite(ChartId id) {
    Objects.requireNonNull(id, "id");
    api.removeFavorite(id.value());
  }

  /**
   * Tells which charts are favorites of the caller.
   *
   * @param ids the charts; at least one
   * @return whether each chart is a favorite, in the order Superset answers
   * @throws NullPointerException if {@code ids} or an element is null
   * @throws IllegalArgumentException if {@code ids} is empty
   * @throws NotFoundException if one of them does not exist
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public Map<ChartId, Boolean> favoriteStatus(Collection<ChartId> ids) {
    return ResourceCalls.favorites(api.favoriteStatus(ResourceCalls.risonIds(ids, ChartId::value)).result(), ChartId::of);
  }

  /**
   * Runs a chart's query so that its result is cached for the next viewer.
   *
   * @param id the chart's id
   * @return the outcome
   * @throws NullPointerException if {@code id} is null
   * @throws NotFoundException if there is no such chart
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public WarmUpResult warmUpCache(ChartId id) {
    Objects.requireNonNull(id, "id");
    return firstWarmUp(api.warmUpCache(new ChartApi.WarmUpRequest(id.value(), null, null)).result());
  }

  /**
   * Runs a chart's query as it appears on a dashboard, with the dashboard's default filters, so that
   * the dashboard's viewers hit the cache.
   *
   * @param id the chart's id
   * @param dashboard the dashboard whose filters apply
   * @return the outcome
   * @throws NullPointerException if an argument is null
   * @throws NotFoundException if the chart or dashboard does not exist
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public WarmUpResult warmUpCache(ChartId id, DashboardId dashboard) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(dashboard, "dashboard");
    return firstWarmUp(api.warmUpCache(new ChartApi.WarmUpRequest(id.value(), dashboard.value(), null)).result());
  }

  private static WarmUpResult firstWarmUp(@Nullable List<WarmUpResult> results) {
    if (results == null || results.isEmpty()) {
      throw new IllegalStateException("Superset returned no warm-up result");
    }
    return results.get(0);
  }

  /**
   * Asks Superset to compute a screenshot of a chart in the background (needs the {@code
   * THUMBNAILS} feature and a Celery worker). Poll until {@link ScreenshotTask#taskStatus()} is
   * {@code Success}, then fetch it with {@link #screenshot(ChartId, String)}.
   *
   * @param id the chart's id
   * @param force whether to compute it again even if one is cached
   * @return the task's state, with the cache key to fetch the image by
   * @throws NullPointerException if {@code id} is null
   * @throws NotFoundException if there is no such chart, or screenshots are disabled
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public ScreenshotTask cacheScreenshot(ChartId id, boolean force) {
    Objects.requireNonNull(id, "id");
    return api.cacheScreenshot(id.value(), Rison.encode(Map.of("force", force)));
  }

  /**
   * Fetches a computed screenshot of a chart.
   *
   * @param id the chart's id
   * @param digest the cache key {@link #cacheScreenshot(ChartId, boolean)} returned
   * @return the image bytes (PNG)
   * @throws NullPointerException if an argument is null
   * @throws NotFoundException if there is no such chart or screenshot
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public byte[] screenshot(ChartId id, String digest) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(digest, "digest");
    return api.screenshot(id.value(), digest);
  }

  /**
   * Fetches the thumbnail of a chart (needs the {@code THUMBNAILS} feature).
   *
   * @param id the chart's id
   * @param digest the digest at the end of the chart's {@link Chart#thumbnailUrl()}
   * @return the image bytes (PNG)
   * @throws NullPointerException if an argument is null
   * @throws NotFoundException if there is no such chart or no thumbnail was computed yet
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise,
   *     including a redirect when the digest is outdated
   */
  public byte[] thumbnail(ChartId id, String digest) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(digest, "digest");
    return api.thumbnail(id.value(), digest);
  }

  /** The list call as id/uuid rows: how UUIDs are looked up and completed before 6.1. */
  private java.util.function.Function<String, Envelopes.ListPage<Envelopes.IdAndUuid>> idRows() {
    return ResourceCalls.idRows(api::list, c -> new Envelopes.IdAndUuid(c.id().value(),
        c.uuid() == null ? null : c.uuid().toString(), c.datasourceId(), c.datasourceType()));
  }
}
