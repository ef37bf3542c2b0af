package io.github.supersetsdk.client.internal.api;

import feign.Headers;
import feign.Param;
import feign.RequestLine;
import io.github.supersetsdk.client.internal.api.Envelopes.Item;
import io.github.supersetsdk.client.internal.api.Envelopes.ListPage;
import io.github.supersetsdk.client.internal.api.Envelopes.Message;
import io.github.supersetsdk.client.model.DistinctValue;
import io.github.supersetsdk.client.model.RelatedObject;
import io.github.supersetsdk.client.model.ResourceInfo;
import io.github.supersetsdk.client.model.SavedQuery;
import io.github.supersetsdk.client.request.CreateSavedQueryRequest;
import io.github.supersetsdk.client.request.UpdateSavedQueryRequest;
import java.util.Map;

/** Superset's {@code /api/v1/saved_query} endpoints (tag "Queries"). */
public interface SavedQueryApi {

  @RequestLine("GET /api/v1/saved_query/?q={q}")
  ListPage<SavedQuery> list(@Param("q") String q);

  @RequestLine("GET /api/v1/saved_query/{pk}")
  Item<SavedQuery> get(@Param("pk") long pk);

  @RequestLine("POST /api/v1/saved_query/")
  Item<Map<String, Object>> create(CreateSavedQueryRequest body);

  @RequestLine("PUT /api/v1/saved_query/{pk}")
  Item<Map<String, Object>> update(@Param("pk") long pk, UpdateSavedQueryRequest body);

  @RequestLine("DELETE /api/v1/saved_query/{pk}")
  Message delete(@Param("pk") long pk);

  @RequestLine("DELETE /api/v1/saved_query/?q={q}")
  Message deleteAll(@Param("q") String q);

  @RequestLine("GET /api/v1/saved_query/_info?q={q}")
  ResourceInfo info(@Param("q") String q);

  @RequestLine("GET /api/v1/saved_query/related/{column_name}?q={q}")
  ListPage<RelatedObject> related(@Param("column_name") String columnName, @Param("q") String q);

  @RequestLine("GET /api/v1/saved_query/distinct/{column_name}?q={q}")
  ListPage<DistinctValue> distinct(@Param("column_name") String columnName, @Param("q") String q);

  @RequestLine("GET /api/v1/saved_query/export/?q={q}")
  byte[] export(@Param("q") String q);

  @Sensitive
  @RequestLine("POST /api/v1/saved_query/import/")
  @Headers("Content-Type: {contentType}")
  Message importBundle(@Param("contentType") String contentType, byte[] body);
}
