package io.github.supersetsdk.client.internal.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import feign.HeaderMap;
import feign.Headers;
import feign.Param;
import feign.RequestLine;
import io.github.supersetsdk.client.internal.api.Envelopes.Item;
import io.github.supersetsdk.client.internal.api.Envelopes.ListPage;
import io.github.supersetsdk.client.internal.api.Envelopes.Message;
import io.github.supersetsdk.client.internal.api.Envelopes.Result;
import io.github.supersetsdk.client.model.Chart;
import io.github.supersetsdk.client.model.ChartDataResponse;
import io.github.supersetsdk.client.model.ChartDataResult;
import io.github.supersetsdk.client.model.RelatedObject;
import io.github.supersetsdk.client.model.ResourceInfo;
import io.github.supersetsdk.client.model.ScreenshotTask;
import io.github.supersetsdk.client.model.WarmUpResult;
import io.github.supersetsdk.client.request.ChartDataRequest;
import io.github.supersetsdk.client.request.CreateChartRequest;
import io.github.supersetsdk.client.request.UpdateChartRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Superset's {@code /api/v1/chart} endpoints (tag "Charts"). */
public interface ChartApi {

  @RequestLine("POST /api/v1/chart/data")
  @RetrySafe
  @CsrfExempt
  ChartDataWire data(ChartDataRequest body, @HeaderMap Map<String, Object> headers);

  @RequestLine("POST /api/v1/chart/")
  Item<Map<String, Object>> create(CreateChartRequest body);

  @RequestLine("DELETE /api/v1/chart/{pk}")
  Message delete(@Param("pk") long pk);

  // Appended for the chart management operations.

  @RequestLine("GET /api/v1/chart/?q={q}")
  ListPage<Chart> list(@Param("q") String q);

  @RequestLine("GET /api/v1/chart/{id_or_uuid}")
  Item<Chart> get(@Param("id_or_uuid") String idOrUuid);

  @RequestLine("PUT /api/v1/chart/{pk}")
  Item<Map<String, Object>> update(@Param("pk") long pk, UpdateChartRequest body);

  @RequestLine("DELETE /api/v1/chart/?q={q}")
  Message deleteAll(@Param("q") String q);

  @RequestLine("GET /api/v1/chart/_info?q={q}")
  ResourceInfo info(@Param("q") String q);

  @RequestLine("GET /api/v1/chart/related/{column_name}?q={q}")
  ListPage<RelatedObject> related(@Param("column_name") String columnName, @Param("q") String q);

  @RequestLine("GET /api/v1/chart/data/{cache_key}")
  ChartDataResponse cachedData(@Param("cache_key") String cacheKey);

  @RequestLine("GET /api/v1/chart/{pk}/data/?type={type}&force={force}")
  ChartDataWire chartData(
      @Param("pk") long pk, @Param("type") @Nullable String type, @Param("force") @Nullable Boolean force,
      @HeaderMap Map<String, Object> headers);

  /**
   * The answer of the chart-data endpoints: the results, or (status 202, servers with global async
   * queries) the job that will compute them.
   */
  record ChartDataWire(
      @JsonProperty("result") @Nullable List<ChartDataResult> result,
      @JsonProperty("job_id") @Nullable String jobId,
      @JsonProperty("channel_id") @Nullable String channelId,
      @JsonProperty("status") @Nullable String status,
      @JsonProperty("result_url") @Nullable String resultUrl,
      @JsonProperty("errors") @Nullable List<Map<String, Object>> errors) {}

  @RequestLine("GET /api/v1/chart/export/?q={q}")
  @Headers("Accept: application/zip")
  byte[] export(@Param("q") String q);

  @RequestLine("POST /api/v1/chart/import/")
  @Headers("Content-Type: {contentType}")
  @Sensitive
  Message importBundle(@Param("contentType") String contentType, byte[] body);

  @RequestLine("GET /api/v1/chart/favorite_status/?q={q}")
  Result<List<FabEnvelopes.FavoriteStatus>> favoriteStatus(@Param("q") String q);

  @RequestLine("POST /api/v1/chart/{pk}/favorites/")
  @RetrySafe
  Result<Object> addFavorite(@Param("pk") long pk);

  @RequestLine("DELETE /api/v1/chart/{pk}/favorites/")
  Result<Object> removeFavorite(@Param("pk") long pk);

  @RequestLine("PUT /api/v1/chart/warm_up_cache")
  Result<List<WarmUpResult>> warmUpCache(WarmUpRequest body);

  @RequestLine("GET /api/v1/chart/{pk}/cache_screenshot/?q={q}")
  ScreenshotTask cacheScreenshot(@Param("pk") long pk, @Param("q") String q);

  @RequestLine("GET /api/v1/chart/{pk}/screenshot/{digest}/")
  @Headers("Accept: image/*")
  byte[] screenshot(@Param("pk") long pk, @Param("digest") String digest);

  @RequestLine("GET /api/v1/chart/{pk}/thumbnail/{digest}/")
  @Headers("Accept: image/*")
  byte[] thumbnail(@Param("pk") long pk, @Param("digest") String digest);

  /**
   * The body of a cache warm-up.
   *
   * @param chartId the chart
   * @param dashboardId the dashboard whose filters apply, or {@code null}
   * @param extraFilters extra filters as JSON text, or {@code null}
   */
  record WarmUpRequest(long chartId, @Nullable Long dashboardId, @Nullable String extraFilters) {}
}
