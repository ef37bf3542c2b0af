package io.github.supersetsdk.client.internal.api;

import feign.Param;
import feign.RequestLine;
import io.github.supersetsdk.client.internal.api.Envelopes.Item;
import io.github.supersetsdk.client.internal.api.Envelopes.ListPage;
import io.github.supersetsdk.client.internal.api.Envelopes.Message;
import io.github.supersetsdk.client.model.CreateDatasetRequest;
import io.github.supersetsdk.client.model.Dataset;
import io.github.supersetsdk.client.model.UpdateDatasetRequest;
import java.util.Map;

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
}
