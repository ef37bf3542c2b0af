package io.github.supersetsdk.client.internal.api;

import feign.Headers;
import feign.Param;
import feign.RequestLine;
import io.github.supersetsdk.client.internal.api.Envelopes.Item;
import io.github.supersetsdk.client.internal.api.Envelopes.ListPage;
import io.github.supersetsdk.client.internal.api.Envelopes.Message;
import io.github.supersetsdk.client.internal.api.Envelopes.Result;
import io.github.supersetsdk.client.model.Dashboard;
import io.github.supersetsdk.client.model.DashboardChart;
import io.github.supersetsdk.client.model.DashboardColors;
import io.github.supersetsdk.client.model.DashboardDataset;
import io.github.supersetsdk.client.model.DashboardDetail;
import io.github.supersetsdk.client.model.DashboardTabs;
import io.github.supersetsdk.client.model.EmbeddedDashboard;
import io.github.supersetsdk.client.model.RelatedObject;
import io.github.supersetsdk.client.model.ResourceInfo;
import io.github.supersetsdk.client.model.ScreenshotTask;
import io.github.supersetsdk.client.request.CopyDashboardRequest;
import io.github.supersetsdk.client.request.CreateDashboardRequest;
import io.github.supersetsdk.client.request.DashboardConfigUpdate;
import io.github.supersetsdk.client.request.UpdateDashboardRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Superset's {@code /api/v1/dashboard} endpoints (tag "Dashboards"). */
public interface DashboardApi {

  @RequestLine("GET /api/v1/dashboard/?q={q}")
  ListPage<Dashboard> list(@Param("q") String q);

  @RequestLine("POST /api/v1/dashboard/")
  Item<Map<String, Object>> create(CreateDashboardRequest body);

  @RequestLine("DELETE /api/v1/dashboard/{pk}")
  Message delete(@Param("pk") long pk);

  @RequestLine("GET /api/v1/dashboard/{id_or_slug}/embedded")
  Result<EmbeddedDashboard> getEmbedded(@Param("id_or_slug") String idOrSlug);

  @RequestLine("POST /api/v1/dashboard/{id_or_slug}/embedded")
  @RetrySafe
  Result<EmbeddedDashboard> enableEmbedding(@Param("id_or_slug") String idOrSlug, EmbeddingConfig body);

  @RequestLine("DELETE /api/v1/dashboard/{id_or_slug}/embedded")
  Message disableEmbedding(@Param("id_or_slug") String idOrSlug);

  /**
   * The embedding configuration body.
   *
   * @param allowedDomains the origins allowed to frame the dashboard
   */
  record EmbeddingConfig(List<String> allowedDomains) {}

  // Appended for the dashboard management operations.

  @RequestLine("GET /api/v1/dashboard/{id_or_slug}")
  Result<DashboardDetail> get(@Param("id_or_slug") String idOrSlug);

  @RequestLine("PUT /api/v1/dashboard/{pk}")
  FabEnvelopes.IdAndTime update(@Param("pk") long pk, UpdateDashboardRequest body);

  @RequestLine("DELETE /api/v1/dashboard/?q={q}")
  Message deleteAll(@Param("q") String q);

  @RequestLine("GET /api/v1/dashboard/_info?q={q}")
  ResourceInfo info(@Param("q") String q);

  @RequestLine("GET /api/v1/dashboard/related/{column_name}?q={q}")
  ListPage<RelatedObject> related(@Param("column_name") String columnName, @Param("q") String q);

  @RequestLine("GET /api/v1/dashboard/{id_or_slug}/charts")
  Result<List<DashboardChart>> charts(@Param("id_or_slug") String idOrSlug);

  @RequestLine("GET /api/v1/dashboard/{id_or_slug}/datasets")
  Result<List<DashboardDataset>> datasets(@Param("id_or_slug") String idOrSlug);

  @RequestLine("GET /api/v1/dashboard/{id_or_slug}/tabs")
  Result<DashboardTabs> tabs(@Param("id_or_slug") String idOrSlug);

  @RequestLine("POST /api/v1/dashboard/{id_or_slug}/copy/")
  // The spec puts id at the top level; Superset 6.1 answers {"result": {"id": ..}}.
  Result<FabEnvelopes.IdAndTime> copy(@Param("id_or_slug") String idOrSlug, CopyDashboardRequest body);

  @RequestLine("PUT /api/v1/dashboard/{id_or_slug}/embedded")
  Result<EmbeddedDashboard> updateEmbedding(@Param("id_or_slug") String idOrSlug, EmbeddingConfig body);

  @RequestLine("GET /api/v1/embedded_dashboard/{uuid}")
  Result<EmbeddedDashboard> getEmbeddedByUuid(@Param("uuid") String uuid);

  @RequestLine("GET /api/v1/dashboard/export/?q={q}")
  @Headers("Accept: application/zip")
  byte[] export(@Param("q") String q);

  @RequestLine("POST /api/v1/dashboard/import/")
  @Headers("Content-Type: {contentType}")
  @Sensitive
  Message importBundle(@Param("contentType") String contentType, byte[] body);

  @RequestLine("GET /api/v1/dashboard/{pk}/export_as_example/?export_data={export_data}&sample_rows={sample_rows}")
  @Headers("Accept: application/zip")
  byte[] exportAsExample(
      @Param("pk") long pk, @Param("export_data") boolean exportData, @Param("sample_rows") @Nullable Integer sampleRows);

  @RequestLine("GET /api/v1/dashboard/favorite_status/?q={q}")
  Result<List<FabEnvelopes.FavoriteStatus>> favoriteStatus(@Param("q") String q);

  @RequestLine("POST /api/v1/dashboard/{pk}/favorites/")
  @RetrySafe
  Result<Object> addFavorite(@Param("pk") long pk);

  @RequestLine("DELETE /api/v1/dashboard/{pk}/favorites/")
  Result<Object> removeFavorite(@Param("pk") long pk);

  @RequestLine("PUT /api/v1/dashboard/{pk}/colors?mark_updated={mark_updated}")
  Result<List<Object>> updateColors(@Param("pk") long pk, @Param("mark_updated") boolean markUpdated, DashboardColors body);

  @RequestLine("PUT /api/v1/dashboard/{pk}/filters")
  Result<List<Object>> updateFilters(@Param("pk") long pk, DashboardConfigUpdate body);

  @RequestLine("PUT /api/v1/dashboard/{pk}/chart_customizations")
  Result<List<Object>> updateChartCustomizations(@Param("pk") long pk, DashboardConfigUpdate body);

  @RequestLine("POST /api/v1/dashboard/{pk}/cache_dashboard_screenshot/")
  @RetrySafe
  ScreenshotTask cacheScreenshot(@Param("pk") long pk, Map<String, Object> body);

  @RequestLine("GET /api/v1/dashboard/{pk}/screenshot/{digest}/?download_format={download_format}")
  @Headers("Accept: */*")
  byte[] screenshot(@Param("pk") long pk, @Param("digest") String digest, @Param("download_format") String format);

  @RequestLine("GET /api/v1/dashboard/{pk}/thumbnail/{digest}/")
  @Headers("Accept: image/*")
  byte[] thumbnail(@Param("pk") long pk, @Param("digest") String digest);

  @RequestLine("GET /api/v1/dashboard/{pk}/filter_state/{key}")
  // {"value": "..."}: read as a map, since the SDK mapper reads one-component "value" records as scalars.
  Map<String, Object> getFilterState(@Param("pk") long pk, @Param("key") String key);

  @RequestLine("DELETE /api/v1/dashboard/{pk}/filter_state/{key}")
  Message deleteFilterState(@Param("pk") long pk, @Param("key") String key);

  @RequestLine("POST /api/v1/dashboard/{pk}/permalink")
  FabEnvelopes.KeyUrl createPermalink(@Param("pk") String idOrSlug, Map<String, Object> state);

  @RequestLine("GET /api/v1/dashboard/permalink/{key}")
  FabEnvelopes.State getPermalink(@Param("key") String key);

}
