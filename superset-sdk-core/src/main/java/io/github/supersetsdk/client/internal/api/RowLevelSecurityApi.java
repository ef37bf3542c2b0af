package io.github.supersetsdk.client.internal.api;

import feign.Param;
import feign.RequestLine;
import io.github.supersetsdk.client.internal.api.Envelopes.Item;
import io.github.supersetsdk.client.internal.api.Envelopes.ListPage;
import io.github.supersetsdk.client.internal.api.Envelopes.Message;
import io.github.supersetsdk.client.model.RelatedObject;
import io.github.supersetsdk.client.model.ResourceInfo;
import io.github.supersetsdk.client.model.RlsRule;
import io.github.supersetsdk.client.request.CreateRlsRuleRequest;
import io.github.supersetsdk.client.request.UpdateRlsRuleRequest;
import java.util.Map;

/** Superset's {@code /api/v1/rowlevelsecurity} endpoints (tag "Row Level Security"). */
public interface RowLevelSecurityApi {

  @RequestLine("GET /api/v1/rowlevelsecurity/?q={q}")
  ListPage<RlsRule> list(@Param("q") String q);

  @RequestLine("GET /api/v1/rowlevelsecurity/{pk}")
  Item<RlsRule> get(@Param("pk") long pk);

  @RequestLine("POST /api/v1/rowlevelsecurity/")
  Item<Map<String, Object>> create(CreateRlsRuleRequest body);

  @RequestLine("PUT /api/v1/rowlevelsecurity/{pk}")
  Item<Map<String, Object>> update(@Param("pk") long pk, UpdateRlsRuleRequest body);

  @RequestLine("DELETE /api/v1/rowlevelsecurity/{pk}")
  Message delete(@Param("pk") long pk);

  @RequestLine("DELETE /api/v1/rowlevelsecurity/?q={q}")
  Message deleteAll(@Param("q") String q);

  @RequestLine("GET /api/v1/rowlevelsecurity/_info")
  ResourceInfo info();

  @RequestLine("GET /api/v1/rowlevelsecurity/related/{column_name}?q={q}")
  ListPage<RelatedObject> related(@Param("column_name") String column, @Param("q") String q);
}
