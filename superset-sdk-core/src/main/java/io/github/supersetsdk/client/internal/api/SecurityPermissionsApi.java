package io.github.supersetsdk.client.internal.api;

import feign.Param;
import feign.RequestLine;
import io.github.supersetsdk.client.internal.api.Envelopes.Item;
import io.github.supersetsdk.client.internal.api.Envelopes.ListPage;
import io.github.supersetsdk.client.model.Permission;
import io.github.supersetsdk.client.model.ResourceInfo;

/** Superset's {@code /api/v1/security/permissions} endpoints (tag "Security Permissions"). */
public interface SecurityPermissionsApi {

  @RequestLine("GET /api/v1/security/permissions/?q={q}")
  ListPage<Permission> list(@Param("q") String q);

  @RequestLine("GET /api/v1/security/permissions/_info")
  ResourceInfo info();

  @RequestLine("GET /api/v1/security/permissions/{pk}")
  Item<Permission> get(@Param("pk") long pk);
}
