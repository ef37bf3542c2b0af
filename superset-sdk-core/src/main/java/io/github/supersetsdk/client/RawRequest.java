package io.github.supersetsdk.client;

import io.github.supersetsdk.client.internal.json.Json;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A request for {@link RawClient}: method, path below the base URL, query parameters, extra headers
 * and body.
 *
 * {@snippet class=io.github.supersetsdk.client.snippets.ClientSnippets region=RawRequest}
 *
 * <p>Credential headers ({@code Authorization}, {@code Cookie}, {@code X-CSRFToken}, {@code
 * X-GuestToken}) are managed by the client and cannot be set here. Immutable and thread-safe.
 */
public final class RawRequest {

  private static final Set<String> RESERVED_HEADERS =
      Set.of("authorization", "cookie", "x-csrftoken", "x-guesttoken", "referer", "host", "content-length");

  private final String method;
  private final String path;
  private final Map<String, List<String>> queryParameters;
  private final Map<String, List<String>> headers;
  private final byte @Nullable [] body;
  private final @Nullable String contentType;
  private final boolean retrySafe;

  private RawRequest(Builder b) {
    this.method = b.method;
    this.path = b.path;
    Map<String, List<String>> query = new LinkedHashMap<>();
    b.queryParameters.forEach((k, v) -> query.put(k, List.copyOf(v)));
    this.queryParameters = java.util.Collections.unmodifiableMap(query);
    Map<String, List<String>> hdrs = new LinkedHashMap<>();
    b.headers.forEach((k, v) -> hdrs.put(k, List.copyOf(v)));
    this.headers = java.util.Collections.unmodifiableMap(hdrs);
    this.body = b.body == null ? null : b.body.clone();
    this.contentType = b.contentType;
    this.retrySafe = b.retrySafe;
  }

  /**
   * A GET request.
   *
   * @param path the path below the base URL, starting with {@code /}
   * @return the request
   * @throws NullPointerException if {@code path} is null
   * @throws IllegalArgumentException if {@code path} does not start with {@code /}
   */
  public static RawRequest get(String path) {
    return builder("GET", path).build();
  }

  /**
   * A DELETE request.
   *
   * @param path the path below the base URL, starting with {@code /}
   * @return the request
   * @throws NullPointerException if {@code path} is null
   * @throws IllegalArgumentException if {@code path} does not start with {@code /}
   */
  public static RawRequest delete(String path) {
    return builder("DELETE", path).build();
  }

  /**
   * Returns a builder.
   *
   * @param method the HTTP method, e.g. {@code POST}
   * @param path the path below the base URL, starting with {@code /}; may include a query string
   * @return a new builder
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the method is not a token or the path does not start with
   *     {@code /}
   */
  public static Builder builder(String method, String path) {
    return new Builder(method, path);
  }

  /**
   * Returns a builder initialised from this request.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(method, path);
    queryParameters.forEach((k, v) -> b.queryParameters.put(k, new ArrayList<>(v)));
    headers.forEach((k, v) -> b.headers.put(k, new ArrayList<>(v)));
    b.body = body;
    b.contentType = contentType;
    b.retrySafe = retrySafe;
    return b;
  }

  /**
   * The HTTP method.
   *
   * @return the method, upper case
   */
  public String method() {
    return method;
  }

  /**
   * The path below the base URL.
   *
   * @return the path
   */
  public String path() {
    return path;
  }

  /**
   * The query parameters, in insertion order.
   *
   * @return the parameters; immutable
   */
  public Map<String, List<String>> queryParameters() {
    return queryParameters;
  }

  /**
   * The extra headers.
   *
   * @return the headers; immutable
   */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /**
   * The body.
   *
   * @return a copy of the body, or {@code null}
   */
  public byte @Nullable [] body() {
    return body == null ? null : body.clone();
  }

  /**
   * The content type of the body.
   *
   * @return the content type, or {@code null}
   */
  public @Nullable String contentType() {
    return contentType;
  }

  /**
   * Whether a POST may be retried after a transient failure.
   *
   * @return {@code true} if declared safe to repeat
   */
  public boolean retrySafe() {
    return retrySafe;
  }

  @Override
  public String toString() {
    return "RawRequest[" + method + " " + path + ", body=" + (body == null ? "none" : body.length + " bytes") + "]";
  }

  /** Builds a {@link RawRequest}. Not thread-safe. */
  public static final class Builder {
    private final String method;
    private final String path;
    private final Map<String, List<String>> queryParameters = new LinkedHashMap<>();
    private final Map<String, List<String>> headers = new LinkedHashMap<>();
    private byte @Nullable [] body;
    private @Nullable String contentType;
    private boolean retrySafe;

    private Builder(String method, String path) {
      Objects.requireNonNull(method, "method");
      Objects.requireNonNull(path, "path");
      if (!method.matches("[A-Za-z]+")) {
        throw new IllegalArgumentException("method must be letters only");
      }
      if (!path.startsWith("/")) {
        throw new IllegalArgumentException("path must start with /");
      }
      this.method = method.toUpperCase(Locale.ROOT);
      this.path = path;
    }

    /**
     * Adds a query parameter; the value is URL-encoded by the client.
     *
     * @param name the name
     * @param value the value, not encoded
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public Builder queryParameter(String name, String value) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
      queryParameters.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
      return this;
    }

    /**
     * Adds a header.
     *
     * @param name the name; not a credential header
     * @param value the value
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code name} is a header the client manages
     */
    public Builder header(String name, String value) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
      if (RESERVED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException(name + " is managed by the client");
      }
      headers.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
      return this;
    }

    /**
     * Sets a JSON body written with the SDK's settings: maps and lists as they are, records with
     * snake_case field names, nulls omitted.
     *
     * @param value the value to write
     * @return this builder
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if the value cannot be written as JSON
     */
    public Builder jsonBody(Object value) {
      Objects.requireNonNull(value, "value");
      try {
        this.body = Json.mapper().writeValueAsBytes(value);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalArgumentException("cannot write " + value.getClass().getName() + " as JSON");
      }
      this.contentType = "application/json";
      return this;
    }

    /**
     * Sets a body of any content type, e.g. a multipart import.
     *
     * @param body the bytes; copied
     * @param contentType the content type
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public Builder body(byte[] body, String contentType) {
      this.body = Arrays.copyOf(Objects.requireNonNull(body, "body"), body.length);
      this.contentType = Objects.requireNonNull(contentType, "contentType");
      return this;
    }

    /**
     * Declares that a POST may be repeated after a transient failure without harm. Other methods are
     * retried according to HTTP semantics regardless.
     *
     * @param retrySafe whether the request is safe to repeat
     * @return this builder
     */
    public Builder retrySafe(boolean retrySafe) {
      this.retrySafe = retrySafe;
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     */
    public RawRequest build() {
      return new RawRequest(this);
    }
  }
}
