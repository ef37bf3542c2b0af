package io.github.supersetsdk.client.internal.api;

import feign.Param;
import feign.RequestLine;
import io.github.supersetsdk.client.internal.api.Envelopes.Item;
import io.github.supersetsdk.client.internal.api.Envelopes.ListPage;
import io.github.supersetsdk.client.internal.api.Envelopes.Message;
import io.github.supersetsdk.client.model.CssTemplate;
import io.github.supersetsdk.client.model.RelatedObject;
import io.github.supersetsdk.client.model.ResourceInfo;
import io.github.supersetsdk.client.request.CreateCssTemplateRequest;
import io.github.supersetsdk.client.request.UpdateCssTemplateRequest;
import java.util.Map;

/** Superset's {@code /api/v1/css_template} endpoints (tag "CSS Templates"). */
public interface CssTemplateApi {

  @RequestLine("GET /api/v1/css_template/?q={q}")
  ListPage<CssTemplate> list(@Param("q") String q);

  @RequestLine("GET /api/v1/css_template/_info")
  ResourceInfo info();

  @RequestLine("GET /api/v1/css_template/related/{column_name}?q={q}")
  ListPage<RelatedObject> related(@Param("column_name") String column, @Param("q") String q);

  @RequestLine("GET /api/v1/css_template/{pk}")
  Item<CssTemplate> get(@Param("pk") long pk);

  @RequestLine("POST /api/v1/css_template/")
  Item<Map<String, Object>> create(CreateCssTemplateRequest body);

  @RequestLine("PUT /api/v1/css_template/{pk}")
  Item<Map<String, Object>> update(@Param("pk") long pk, UpdateCssTemplateRequest body);

  @RequestLine("DELETE /api/v1/css_template/{pk}")
  Message delete(@Param("pk") long pk);

  @RequestLine("DELETE /api/v1/css_template/?q={q}")
  Message deleteAll(@Param("q") String q);
}
