package io.github.supersetsdk.client.internal.api;

import feign.Headers;
import feign.Param;
import feign.RequestLine;
import io.github.supersetsdk.client.internal.api.Envelopes.Item;
import io.github.supersetsdk.client.internal.api.Envelopes.ListPage;
import io.github.supersetsdk.client.internal.api.Envelopes.Message;
import io.github.supersetsdk.client.model.RelatedObject;
import io.github.supersetsdk.client.model.ResourceInfo;
import io.github.supersetsdk.client.model.Theme;
import io.github.supersetsdk.client.request.ThemeRequest;
import java.util.Map;

/** Superset's {@code /api/v1/theme} endpoints (tag "Themes"). */
public interface ThemeApi {

  @RequestLine("GET /api/v1/theme/?q={q}")
  ListPage<Theme> list(@Param("q") String q);

  @RequestLine("GET /api/v1/theme/_info")
  ResourceInfo info();

  @RequestLine("GET /api/v1/theme/related/{column_name}?q={q}")
  ListPage<RelatedObject> related(@Param("column_name") String column, @Param("q") String q);

  @RequestLine("GET /api/v1/theme/{pk}")
  Item<Theme> get(@Param("pk") long pk);

  @RequestLine("POST /api/v1/theme/")
  Item<Map<String, Object>> create(ThemeRequest body);

  @RequestLine("PUT /api/v1/theme/{pk}")
  Item<Map<String, Object>> update(@Param("pk") long pk, ThemeRequest body);

  @RequestLine("DELETE /api/v1/theme/{pk}")
  Message delete(@Param("pk") long pk);

  @RequestLine("DELETE /api/v1/theme/?q={q}")
  Message deleteAll(@Param("q") String q);

  @RequestLine("PUT /api/v1/theme/{pk}/set_system_default")
  Item<Object> setSystemDefault(@Param("pk") long pk);

  @RequestLine("PUT /api/v1/theme/{pk}/set_system_dark")
  Item<Object> setSystemDark(@Param("pk") long pk);

  @RequestLine("DELETE /api/v1/theme/unset_system_default")
  Message unsetSystemDefault();

  @RequestLine("DELETE /api/v1/theme/unset_system_dark")
  Message unsetSystemDark();

  @RequestLine("GET /api/v1/theme/export/?q={q}")
  byte[] export(@Param("q") String q);

  @RequestLine("POST /api/v1/theme/import/")
  @Headers("Content-Type: {contentType}")
  Message importBundle(@Param("contentType") String contentType, byte[] body);
}
