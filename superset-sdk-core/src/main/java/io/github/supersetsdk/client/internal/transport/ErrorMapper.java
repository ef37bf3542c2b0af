package io.github.supersetsdk.client.internal.transport;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.supersetsdk.client.exception.AuthenticationException;
import io.github.supersetsdk.client.exception.BadRequestException;
import io.github.supersetsdk.client.exception.ConflictException;
import io.github.supersetsdk.client.exception.ErrorType;
import io.github.supersetsdk.client.exception.NotFoundException;
import io.github.supersetsdk.client.exception.PermissionDeniedException;
import io.github.supersetsdk.client.exception.RateLimitedException;
import io.github.supersetsdk.client.exception.ServerException;
import io.github.supersetsdk.client.exception.SupersetApiException.ErrorDetails;
import io.github.supersetsdk.client.exception.SupersetApiException;
import io.github.supersetsdk.client.internal.Redactor;
import io.github.supersetsdk.client.internal.json.Json;
import java.io.IOException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Turns an error response into the SDK's exception tree, reading every body shape Superset and its
 * libraries produce.
 *
 * <ul>
 *   <li>{@code {"message": "text"}} (most Superset APIs)
 *   <li>{@code {"message": {"field": ["error", ...], ...}}} (marshmallow validation, 400/422)
 *   <li>{@code {"errors": [{"message", "error_type", "level", "extra"}]}} (SupersetErrorsException)
 *   <li>{@code {"msg": "Token has expired"}} (flask-jwt-extended)
 *   <li>HTML or empty bodies (proxies, the login redirect), which yield no server message
 * </ul>
 */
public final class ErrorMapper {

  private static final int MAX_MESSAGE_LENGTH = 1000;

  // Error types in which the database (or Superset's SQL checks) refused the SQL the caller sent.
  // Superset 6.1 answers most of them with 500 (SQL Lab: an unknown column, a forbidden DELETE, a
  // division by zero), yet the cause is the request, so they are BadRequestExceptions, never retried.
  private static final Set<String> QUERY_INPUT_ERRORS = Set.of(
      "GENERIC_DB_ENGINE_ERROR", "COLUMN_DOES_NOT_EXIST_ERROR", "TABLE_DOES_NOT_EXIST_ERROR",
      "SCHEMA_DOES_NOT_EXIST_ERROR", "OBJECT_DOES_NOT_EXIST_ERROR", "SYNTAX_ERROR", "INVALID_SQL_ERROR",
      "DML_NOT_ALLOWED_ERROR", "INVALID_CTAS_QUERY_ERROR", "INVALID_CVAS_QUERY_ERROR",
      "MISSING_TEMPLATE_PARAMS_ERROR", "INVALID_TEMPLATE_PARAMS_ERROR");

  private ErrorMapper() {}

  /** What was read from an error body. */
  record Parsed(
      @Nullable String message, @Nullable ErrorType errorType, Map<String, List<String>> fieldErrors) {}

  /**
   * Maps an error response.
   *
   * @param method the HTTP method
   * @param path the path without query string
   * @param requestId the request id sent
   * @param exchange the response, status 300 or above
   * @param retryable whether the status is transient
   * @return the exception to throw
   */
  public static SupersetApiException toException(
      String method, String path, String requestId, Exchange exchange, boolean retryable) {
    return toException(method, path, requestId, exchange, retryable, null);
  }

  /**
   * As {@link #toException(String, String, String, Exchange, boolean)}, with a note the client adds
   * to Superset's message (after it, in parentheses).
   *
   * @param method the HTTP method
   * @param path the path, without query
   * @param requestId the request id sent
   * @param exchange the error response
   * @param retryable whether the failure may be retried
   * @param note what the client knows of the cause, or {@code null}
   * @return the exception
   */
  public static SupersetApiException toException(
      String method, String path, String requestId, Exchange exchange, boolean retryable, @Nullable String note) {
    int status = exchange.status();
    Parsed parsed = parse(exchange);
    String echoed = exchange.header("X-Request-Id");
    Duration retryAfter = status == 429 || status == 503 ? retryAfter(exchange) : null;
    String message = parsed.message();
    if (note != null) {
      message = message == null ? note : message + " (" + note + ")";
    }
    if (message == null && status >= 502 && status <= 504 && !isJson(exchange)) {
      message = gatewayNote(method, status, exchange);
    }
    if (message == null && status >= 300 && status < 400) {
      String location = exchange.header("Location");
      message = "redirected" + (location == null ? "" : " to " + stripQuery(location));
    }
    // Before 6.1 a failed connection test (wrong password, unknown host, ...) answers 500 with a
    // CONNECTION_* error type; 6.1 answers 400/422. The cause is the caller's input either way, so it
    // is the same BadRequestException and never retried; so is SQL the database refused.
    String type = parsed.errorType() == null ? "" : parsed.errorType().value();
    boolean callerInput = status >= 500 && (type.startsWith("CONNECTION_") || QUERY_INPUT_ERRORS.contains(type));
    if (callerInput) {
      retryable = false;
      retryAfter = null;
    }
    ErrorDetails details =
        new ErrorDetails(
            status,
            parsed.errorType(),
            message,
            parsed.fieldErrors(),
            method,
            path,
            echoed != null ? echoed : requestId,
            retryable,
            retryAfter);
    if (callerInput) {
      return new BadRequestException(details);
    }
    return switch (status) {
      case 400, 422 -> new BadRequestException(details);
      case 401 -> new AuthenticationException(details);
      case 403 -> new PermissionDeniedException(details);
      case 404 -> new NotFoundException(details);
      case 409 -> new ConflictException(details);
      case 429 -> new RateLimitedException(details);
      default -> status >= 500 ? new ServerException(details) : new SupersetApiException(details);
    };
  }

  // A 502, 503 or 504 that is not Superset's JSON came from what stands in front of Superset (nginx,
  // a load balancer, an ingress). After a 502 or a 504 the request may still have reached Superset
  // and been applied, which matters for a write that is not safe to send twice.
  private static String gatewayNote(String method, int status, Exchange exchange) {
    String type = exchange.header("Content-Type");
    String page = exchange.body().length == 0 ? "an empty body"
        : type != null && type.toLowerCase(Locale.ROOT).startsWith("text/html") ? "an HTML page" : "a non-JSON body";
    String note = "not Superset's answer: " + page + ", as a proxy or load balancer in front of Superset sends when "
        + (status == 504 ? "Superset does not answer in time" : status == 503 ? "it has no Superset to send to"
            : "Superset fails or closes the connection");
    boolean write = !method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS");
    if (write && status != 503) {
      note += "; Superset may have applied the " + method + " all the same";
    }
    return note;
  }

  private static boolean isJson(Exchange exchange) {
    String type = exchange.header("Content-Type");
    return type != null && type.toLowerCase(Locale.ROOT).contains("json");
  }

  /**
   * Reads Superset's message from an error body without throwing.
   *
   * @param exchange the response
   * @return the message, or {@code null}
   */
  static @Nullable String serverMessage(Exchange exchange) {
    return parse(exchange).message();
  }

  static Parsed parse(Exchange exchange) {
    JsonNode root = readJson(exchange.body());
    if (root == null || !root.isObject()) {
      return new Parsed(null, null, Map.of());
    }
    String message = null;
    ErrorType errorType = null;
    Map<String, List<String>> fieldErrors = new LinkedHashMap<>();
    JsonNode msgNode = root.get("message");
    if (msgNode != null) {
      if (msgNode.isTextual()) {
        message = msgNode.asText();
      } else if (msgNode.isObject() || msgNode.isArray()) {
        flatten("", msgNode, fieldErrors);
      }
    }
    JsonNode errors = root.get("errors");
    if (errors != null && errors.isArray() && !errors.isEmpty()) {
      JsonNode first = errors.get(0);
      if (message == null && first.hasNonNull("message")) {
        message = first.get("message").asText();
      }
      if (first.hasNonNull("error_type") && !first.get("error_type").asText().isBlank()) {
        errorType = ErrorType.of(first.get("error_type").asText());
      }
      for (JsonNode error : errors) {
        JsonNode extra = error.get("extra");
        // MARSHMALLOW_ERROR (e.g. the dataset PUT's 422): the validation messages by field sit in
        // extra.messages (extra.payload echoes the request and is never read).
        JsonNode messages = extra == null ? null : extra.get("messages");
        if (messages != null && messages.isObject()) {
          flatten("", messages, fieldErrors);
        }
        // A bundle import's validation (GENERIC_COMMAND_ERROR, 422 "Error importing ..."): extra maps
        // each refused file of the bundle to its messages, by field: "<file>.<field>".
        if (extra != null && extra.isObject()) {
          Iterator<Map.Entry<String, JsonNode>> files = extra.fields();
          while (files.hasNext()) {
            Map.Entry<String, JsonNode> file = files.next();
            if (file.getKey().endsWith(".yaml") || file.getKey().endsWith(".yml")) {
              flatten(file.getKey(), file.getValue(), fieldErrors);
            }
          }
        }
        JsonNode invalid = extra == null ? null : extra.get("invalid");
        if (invalid != null && invalid.isArray() && error.hasNonNull("message")) {
          for (JsonNode field : invalid) {
            fieldErrors
                .computeIfAbsent(field.asText(), k -> new ArrayList<>())
                .add(redact(error.get("message").asText()));
          }
        }
      }
    }
    if (message == null && root.hasNonNull("msg")) {
      message = root.get("msg").asText();
    }
    if (message == null && root.hasNonNull("error")) {
      message = root.get("error").asText();
    }
    if (message == null && !fieldErrors.isEmpty()) {
      message = summarize(fieldErrors);
    }
    Map<String, List<String>> frozen = new LinkedHashMap<>();
    fieldErrors.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    return new Parsed(redact(message), errorType, frozen);
  }

  private static void flatten(String prefix, JsonNode node, Map<String, List<String>> out) {
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> e = fields.next();
        flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), out);
      }
    } else if (node.isArray()) {
      boolean scalars = true;
      for (JsonNode item : node) {
        if (item.isContainerNode()) {
          scalars = false;
          break;
        }
      }
      if (scalars) {
        List<String> messages = out.computeIfAbsent(prefix.isEmpty() ? "_schema" : prefix, k -> new ArrayList<>());
        for (JsonNode item : node) {
          messages.add(redact(item.asText()));
        }
      } else {
        int i = 0;
        for (JsonNode item : node) {
          flatten(prefix.isEmpty() ? Integer.toString(i) : prefix + "." + i, item, out);
          i++;
        }
      }
    } else if (!node.isNull()) {
      out.computeIfAbsent(prefix.isEmpty() ? "_schema" : prefix, k -> new ArrayList<>()).add(redact(node.asText()));
    }
  }

  private static String summarize(Map<String, List<String>> fieldErrors) {
    StringBuilder sb = new StringBuilder("invalid fields: ");
    boolean first = true;
    for (Map.Entry<String, List<String>> e : fieldErrors.entrySet()) {
      if (!first) {
        sb.append("; ");
      }
      first = false;
      sb.append(e.getKey()).append(": ").append(String.join(", ", e.getValue()));
    }
    return sb.toString();
  }

  private static @Nullable JsonNode readJson(byte[] body) {
    if (body.length == 0) {
      return null;
    }
    int i = 0;
    while (i < body.length && Character.isWhitespace(body[i])) {
      i++;
    }
    if (i == body.length || (body[i] != '{' && body[i] != '[')) {
      return null;
    }
    try {
      return Json.mapper().readTree(body);
    } catch (IOException e) {
      return null;
    }
  }

  private static @Nullable String redact(@Nullable String text) {
    String redacted = Redactor.redact(text);
    if (redacted != null && redacted.length() > MAX_MESSAGE_LENGTH) {
      return redacted.substring(0, MAX_MESSAGE_LENGTH) + "...";
    }
    return redacted;
  }

  /**
   * Reads {@code Retry-After} as seconds or as an HTTP date.
   *
   * @param exchange the response
   * @return the delay, or {@code null} if absent or unreadable
   */
  static @Nullable Duration retryAfter(Exchange exchange) {
    String value = exchange.header("Retry-After");
    if (value == null || value.isBlank()) {
      return null;
    }
    value = value.trim();
    try {
      long seconds = Long.parseLong(value);
      return seconds < 0 ? null : Duration.ofSeconds(seconds);
    } catch (NumberFormatException notSeconds) {
      try {
        ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.US));
        Duration d = Duration.between(ZonedDateTime.now(at.getZone()), at);
        return d.isNegative() ? Duration.ZERO : d;
      } catch (DateTimeParseException notDate) {
        return null;
      }
    }
  }

  private static String stripQuery(String url) {
    int q = url.indexOf('?');
    return q < 0 ? url : url.substring(0, q);
  }
}
