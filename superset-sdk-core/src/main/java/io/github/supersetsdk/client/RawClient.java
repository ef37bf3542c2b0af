package io.github.supersetsdk.client;

import io.github.supersetsdk.client.internal.transport.Exchange;
import io.github.supersetsdk.client.internal.transport.OperationSpec;
import io.github.supersetsdk.client.internal.transport.Transport;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Calls any Superset endpoint, for the operations the SDK does not type yet, with the client's
 * authentication, CSRF handling, retries, events and exceptions.
 *
 * {@snippet class=io.github.supersetsdk.client.snippets.ClientSnippets region=RawClient}
 *
 * <p>Responses are returned as bytes with {@link RawResponse#as(Class)} to decode them with the SDK's
 * JSON settings into a record or into {@code Map}/{@code List}. No JSON-library type appears in this
 * API, so the SDK can change its JSON library without breaking callers; callers who want a tree can
 * parse {@link RawResponse#bodyAsString()} with their own parser. Bodies of raw calls are never
 * logged, since the SDK cannot know whether they hold secrets. POSTs are retried only when the request
 * says {@link RawRequest.Builder#retrySafe(boolean)}.
 *
 * <p>Immutable and thread-safe.
 */
public final class RawClient {

  private final Transport transport;

  RawClient(Transport transport) {
    this.transport = transport;
  }

  /**
   * Sends a request.
   *
   * @param request the request
   * @return the successful (2xx) response
   * @throws NullPointerException if {@code request} is null
   * @throws io.github.supersetsdk.client.exception.SupersetApiException if Superset answers 3xx or
   *     higher
   * @throws io.github.supersetsdk.client.exception.SupersetTransportException on connection failures
   *     and timeouts
   * @throws IllegalStateException if the client is closed
   */
  public RawResponse send(RawRequest request) {
    Objects.requireNonNull(request, "request");
    StringBuilder url = new StringBuilder(transport.config().base()).append(request.path());
    char sep = request.path().contains("?") ? '&' : '?';
    for (Map.Entry<String, List<String>> param : request.queryParameters().entrySet()) {
      for (String value : param.getValue()) {
        url.append(sep)
            .append(URLEncoder.encode(param.getKey(), StandardCharsets.UTF_8))
            .append('=')
            .append(URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
        sep = '&';
      }
    }
    Map<String, Collection<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    request.headers().forEach(headers::put);
    if (request.contentType() != null) {
      headers.put("Content-Type", List.of(request.contentType()));
    }
    OperationSpec op = OperationSpec.raw(request.method(), request.retrySafe());
    Exchange exchange = transport.call(op, url.toString(), headers, request.body());
    return RawResponse.create(exchange.status(), exchange.headers(), exchange.body(), request.method(), request.path());
  }
}
