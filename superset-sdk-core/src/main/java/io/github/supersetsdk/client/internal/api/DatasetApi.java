package io.github.supersetsdk.client.internal.api;

import feign.Headers;
import feign.Param;
import feign.RequestLine;
import io.github.supersetsdk.client.internal.api.Envelopes.Item;
import io.github.supersetsdk.client.internal.api.Envelopes.ListPage;
import io.github.supersetsdk.client.internal.api.Envelopes.Message;
import io.github.supersetsdk.client.internal.api.Envelopes.Result;
import io.github.supersetsdk.client.model.Dataset;
import io.github.supersetsdk.client.model.DatasetDrillInfo;
import io.github.supersetsdk.client.model.DistinctValue;
import io.github.supersetsdk.client.model.RelatedObject;
import io.github.supersetsdk.client.model.ResourceInfo;
import io.github.supersetsdk.client.model.WarmUpResult;
import io.github.supersetsdk.client.request.CreateDatasetRequest;
import io.github.supersetsdk.client.request.UpdateDatasetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Superset's {@code /api/v1/dataset} endpoints (tag "Datasets"). */
public interface DatasetApi {

  @RequestLine("GET /api/v1/dataset/?q={q}")
  ListPage<Dataset> list(@Param("q") String q);

  @RequestLine("GET /api/v1/dataset/{id_or_uuid}")
  Item<Dataset> get(@Param("id_or_uuid") String idOrUuid);

  @RequestLine("POST /api/v1/dataset/")
  Item<Map<String, Object>> create(CreateDatasetRequest body);

  @RequestLine("PUT /api/v1/dataset/{pk}?override_columns={override_columns}")
  Item<Map<String, Object>> update(
      @Param("pk") long pk, @Param("override_columns") boolean overrideColumns, UpdateDatasetRequest body);

  @RequestLine("DELETE /api/v1/dataset/{pk}")
  Message delete(@Param("pk") long pk);

  @RequestLine("DELETE /api/v1/dataset/?q={q}")
  Message deleteAll(@Param("q") String q);

  @RequestLine("PUT /api/v1/dataset/{pk}/refresh")
  Message refresh(@Param("pk") long pk);

  @RequestLine("GET /api/v1/dataset/_info")
  ResourceInfo info();

  @RequestLine("GET /api/v1/dataset/related/{column_name}?q={q}")
  ListPage<RelatedObject> related(@Param("column_name") String column, @Param("q") String q);

  @RequestLine("GET /api/v1/dataset/distinct/{column_name}?q={q}")
  ListPage<DistinctValue> distinct(@Param("column_name") String column, @Param("q") String q);

  @RequestLine("GET /api/v1/dataset/{id_or_uuid}/related_objects")
  DatabaseApi.RelatedObjects relatedObjects(@Param("id_or_uuid") String idOrUuid);

  @RequestLine("GET /api/v1/dataset/{pk}/drill_info/")
  Result<DatasetDrillInfo> drillInfo(@Param("pk") long pk);

  @RequestLine("DELETE /api/v1/dataset/{pk}/column/{column_id}")
  Message deleteColumn(@Param("pk") long pk, @Param("column_id") long columnId);

  @RequestLine("DELETE /api/v1/dataset/{pk}/metric/{metric_id}")
  Message deleteMetric(@Param("pk") long pk, @Param("metric_id") long metricId);

  @RequestLine("POST /api/v1/dataset/duplicate")
  Item<Map<String, Object>> duplicate(Map<String, Object> body);

  @RequestLine("POST /api/v1/dataset/get_or_create/")
  @RetrySafe
  Result<GetOrCreateResult> getOrCreate(Map<String, Object> body);

  @RequestLine("PUT /api/v1/dataset/warm_up_cache")
  Result<List<WarmUpResult>> warmUpCache(Map<String, Object> body);

  @RequestLine("GET /api/v1/dataset/export/?q={q}")
  byte[] export(@Param("q") String q);

  @RequestLine("POST /api/v1/dataset/import/")
  @Headers("Content-Type: {contentType}")
  @Sensitive
  Message importBundle(@Param("contentType") String contentType, byte[] body);

  /**
   * The answer of {@code get_or_create/}.
   *
   * @param tableId the dataset's id
   */
  record GetOrCreateResult(@Nullable Long tableId) {}
}
