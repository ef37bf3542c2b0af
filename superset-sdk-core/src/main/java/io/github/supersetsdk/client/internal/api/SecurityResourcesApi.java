package io.github.supersetsdk.client.internal.api;

import feign.Param;
import feign.RequestLine;
import io.github.supersetsdk.client.internal.api.Envelopes.Item;
import io.github.supersetsdk.client.internal.api.Envelopes.ListPage;
import io.github.supersetsdk.client.internal.api.Envelopes.Message;
import io.github.supersetsdk.client.model.ResourceInfo;
import io.github.supersetsdk.client.model.SecurityResource;
import java.util.Map;

/** Superset's {@code /api/v1/security/resources} endpoints (tag "Security Resources (View Menus)"). */
public interface SecurityResourcesApi {

  @RequestLine("GET /api/v1/security/resources/?q={q}")
  ListPage<SecurityResource> list(@Param("q") String q);

  @RequestLine("GET /api/v1/security/resources/_info")
  ResourceInfo info();

  @RequestLine("GET /api/v1/security/resources/{pk}")
  Item<SecurityResource> get(@Param("pk") long pk);

  @RequestLine("POST /api/v1/security/resources/")
  Item<Map<String, Object>> create(SecurityRolesApi.Name body);

  @RequestLine("PUT /api/v1/security/resources/{pk}")
  Item<Map<String, Object>> update(@Param("pk") long pk, SecurityRolesApi.Name body);

  @RequestLine("DELETE /api/v1/security/resources/{pk}")
  Message delete(@Param("pk") long pk);
}
