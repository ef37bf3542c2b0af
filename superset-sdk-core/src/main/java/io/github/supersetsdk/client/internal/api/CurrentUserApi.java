package io.github.supersetsdk.client.internal.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import feign.RequestLine;
import io.github.supersetsdk.client.internal.api.Envelopes.Result;
import io.github.supersetsdk.client.model.CurrentUser;
import io.github.supersetsdk.client.request.UpdateCurrentUserRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The current user's endpoints: profile and roles (tag "Current User"), navigation menu ("Menu"),
 * and available domains ("Available Domains").
 */
public interface CurrentUserApi {

  @RequestLine("GET /api/v1/me/")
  Result<CurrentUser> get();

  @Sensitive
  @RequestLine("PUT /api/v1/me/")
  Result<CurrentUser> update(UpdateCurrentUserRequest body);

  @RequestLine("GET /api/v1/me/roles/")
  Result<RolesWire> roles();

  @RequestLine("GET /api/v1/menu/")
  Result<List<Object>> menu();

  @RequestLine("GET /api/v1/available_domains/")
  Result<DomainsWire> availableDomains();

  /** The answer of {@code me/roles}, in camelCase. */
  record RolesWire(
      @JsonProperty("roles") @Nullable Map<String, List<List<String>>> roles,
      @JsonProperty("permissions") @Nullable Map<String, List<Object>> permissions) {}

  /** The answer of {@code available_domains}. */
  record DomainsWire(@Nullable List<String> domains) {}


}
