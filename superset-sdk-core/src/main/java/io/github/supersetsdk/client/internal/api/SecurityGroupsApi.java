package io.github.supersetsdk.client.internal.api;

import feign.Param;
import feign.RequestLine;
import io.github.supersetsdk.client.internal.api.Envelopes.Item;
import io.github.supersetsdk.client.internal.api.Envelopes.ListPage;
import io.github.supersetsdk.client.internal.api.Envelopes.Message;
import io.github.supersetsdk.client.model.Group;
import io.github.supersetsdk.client.model.ResourceInfo;
import io.github.supersetsdk.client.request.CreateGroupRequest;
import io.github.supersetsdk.client.request.UpdateGroupRequest;
import java.util.Map;

/** Superset's {@code /api/v1/security/groups} endpoints (tag "Security Groups"). */
public interface SecurityGroupsApi {

  @RequestLine("GET /api/v1/security/groups/?q={q}")
  ListPage<Group> list(@Param("q") String q);

  @RequestLine("GET /api/v1/security/groups/_info")
  ResourceInfo info();

  @RequestLine("GET /api/v1/security/groups/{pk}")
  Item<Group> get(@Param("pk") long pk);

  @RequestLine("POST /api/v1/security/groups/")
  Item<Map<String, Object>> create(CreateGroupRequest body);

  @RequestLine("PUT /api/v1/security/groups/{pk}")
  Item<Map<String, Object>> update(@Param("pk") long pk, UpdateGroupRequest body);

  @RequestLine("DELETE /api/v1/security/groups/{pk}")
  Message delete(@Param("pk") long pk);
}
