package io.github.supersetsdk.client.internal.transport;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A fully read HTTP response: status, headers (case-insensitive) and the whole body. The transport
 * buffers bodies so that the slot for a request in flight is released as soon as the response is
 * read, and so that error bodies can be parsed after the fact.
 *
 * @param status the HTTP status
 * @param headers response headers, case-insensitive keys
 * @param body the body, empty if there was none
 */
public record Exchange(int status, Map<String, Collection<String>> headers, byte[] body) {

  /**
   * Copies the headers into a case-insensitive map.
   */
  public Exchange {
    TreeMap<String, Collection<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    copy.putAll(headers);
    headers = Collections.unmodifiableMap(copy);
  }

  /**
   * The first value of a header.
   *
   * @param name the header name, any case
   * @return the value, or {@code null} if absent
   */
  public @Nullable String header(String name) {
    Collection<String> values = headers.get(name);
    return values == null || values.isEmpty() ? null : values.iterator().next();
  }

  /**
   * The body decoded as UTF-8.
   *
   * @return the body text
   */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }
}
