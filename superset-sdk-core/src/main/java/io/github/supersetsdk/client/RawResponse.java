package io.github.supersetsdk.client;

import io.github.supersetsdk.client.internal.transport.JsonCodec;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A successful response of {@link RawClient}: status, headers and the whole body.
 *
 * <p>{@code Set-Cookie} headers are withheld (the client keeps the session itself). Immutable and
 * thread-safe.
 */
public final class RawResponse {

  private final int statusCode;
  private final Map<String, List<String>> headers;
  private final byte[] body;
  private final String method;
  private final String path;

  private RawResponse(int statusCode, Map<String, List<String>> headers, byte[] body, String method, String path) {
    this.statusCode = statusCode;
    this.headers = headers;
    this.body = body;
    this.method = method;
    this.path = path;
  }

  static RawResponse create(
      int statusCode, Map<String, Collection<String>> headers, byte[] body, String method, String path) {
    Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((k, v) -> {
      if (k != null && !k.equalsIgnoreCase("set-cookie")) {
        copy.put(k, List.copyOf(v));
      }
    });
    int q = path.indexOf('?');
    return new RawResponse(
        statusCode, Collections.unmodifiableMap(copy), body, method, q < 0 ? path : path.substring(0, q));
  }

  /**
   * The HTTP status.
   *
   * @return a 2xx status
   */
  public int statusCode() {
    return statusCode;
  }

  /**
   * The response headers, with case-insensitive names.
   *
   * @return the headers without {@code Set-Cookie}; immutable
   */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /**
   * The first value of a header.
   *
   * @param name the header name, any case
   * @return the value, or {@code null} if absent
   */
  public @Nullable String header(String name) {
    List<String> values = headers.get(Objects.requireNonNull(name, "name"));
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /**
   * The body.
   *
   * @return a copy of the body; empty if there was none
   */
  public byte[] body() {
    return body.clone();
  }

  /**
   * The body as UTF-8 text.
   *
   * @return the text
   */
  public String bodyAsString() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /**
   * Decodes the JSON body with the SDK's settings: unknown fields ignored, snake_case JSON names
   * mapped to camelCase record components. Use {@code Map.class} or {@code List.class} for an
   * untyped tree.
   *
   * @param type the target type
   * @param <T> the target type
   * @return the decoded value
   * @throws NullPointerException if {@code type} is null
   * @throws io.github.supersetsdk.client.exception.SupersetDecodeException if the body is not JSON
   *     of that shape
   */
  public <T> T as(Class<T> type) {
    Objects.requireNonNull(type, "type");
    String contentType = header("Content-Type");
    return type.cast(JsonCodec.read(body, type, method, path, statusCode, contentType));
  }

  @Override
  public String toString() {
    return "RawResponse[" + statusCode + ", " + body.length + " bytes]";
  }
}
