package io.github.supersetsdk.client;

import java.util.Objects;

/**
 * Identifies one call for {@link ClientEventListener}s: the operation, the concrete method and path,
 * and the request id sent in {@code X-Request-Id}.
 *
 * <p>{@link #operationId()} has low cardinality (it names the endpoint template, e.g. {@code GET
 * /api/v1/dataset/{id_or_uuid}}), so it is suitable as a metric tag; {@link #path()} is the concrete
 * path and is not. Calls made through {@link RawClient} have the operation id {@code "raw <METHOD>"}.
 * Immutable and thread-safe.
 *
 * @param operationId the endpoint template, as in Superset's OpenAPI spec
 * @param method the HTTP method
 * @param path the concrete path, without query string
 * @param requestId the id sent in {@code X-Request-Id}, the same for every attempt of the call
 */
public record RequestInfo(String operationId, String method, String path, String requestId) {

  /**
   * Validates the components.
   *
   * @param operationId the endpoint template, as in Superset's OpenAPI spec
   * @param method the HTTP method
   * @param path the concrete path, without query string
   * @param requestId the id sent in {@code X-Request-Id}, the same for every attempt of the call
   * @throws NullPointerException if a component is null
   */
  public RequestInfo {
    Objects.requireNonNull(operationId, "operationId");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(requestId, "requestId");
  }
}
