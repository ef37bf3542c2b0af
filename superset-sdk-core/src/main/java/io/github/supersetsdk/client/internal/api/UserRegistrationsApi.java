package io.github.supersetsdk.client.internal.api;

import feign.Param;
import feign.RequestLine;
import io.github.supersetsdk.client.internal.api.Envelopes.Item;
import io.github.supersetsdk.client.internal.api.Envelopes.ListPage;
import io.github.supersetsdk.client.internal.api.Envelopes.Message;
import io.github.supersetsdk.client.model.ResourceInfo;
import io.github.supersetsdk.client.model.UserRegistration;

/** Superset's {@code /api/v1/security/user_registrations} endpoints (tag "UserRegistrationsRestAPI"). */
public interface UserRegistrationsApi {

  // Registrations carry the secret of their confirmation link.
  @RequestLine("GET /api/v1/security/user_registrations/?q={q}")
  @Sensitive
  ListPage<UserRegistration> list(@Param("q") String q);

  @RequestLine("GET /api/v1/security/user_registrations/_info")
  ResourceInfo info();

  @RequestLine("GET /api/v1/security/user_registrations/{pk}")
  @Sensitive
  Item<UserRegistration> get(@Param("pk") long pk);

  @RequestLine("DELETE /api/v1/security/user_registrations/{pk}")
  Message delete(@Param("pk") long pk);
}
