package io.github.supersetsdk.client.internal.api;

import feign.Param;
import feign.RequestLine;
import io.github.supersetsdk.client.internal.api.Envelopes.Item;
import io.github.supersetsdk.client.internal.api.Envelopes.ListPage;
import io.github.supersetsdk.client.internal.api.Envelopes.Message;
import io.github.supersetsdk.client.model.ResourceInfo;
import io.github.supersetsdk.client.model.User;
import io.github.supersetsdk.client.request.CreateUserRequest;
import io.github.supersetsdk.client.request.UpdateUserRequest;
import java.util.Map;

/** Superset's {@code /api/v1/security/users} endpoints (tag "Security Users"). */
public interface SecurityUsersApi {

  @RequestLine("GET /api/v1/security/users/?q={q}")
  ListPage<User> list(@Param("q") String q);

  @RequestLine("GET /api/v1/security/users/_info")
  ResourceInfo info();

  @RequestLine("GET /api/v1/security/users/{pk}")
  Item<User> get(@Param("pk") long pk);

  // Bodies carry passwords, and answers echo them back.
  @RequestLine("POST /api/v1/security/users/")
  @Sensitive
  Item<Map<String, Object>> create(CreateUserRequest body);

  @RequestLine("PUT /api/v1/security/users/{pk}")
  @Sensitive
  Item<Map<String, Object>> update(@Param("pk") long pk, UpdateUserRequest body);

  @RequestLine("DELETE /api/v1/security/users/{pk}")
  Message delete(@Param("pk") long pk);
}
