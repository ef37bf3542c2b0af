package io.github.supersetsdk.client.internal.transport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.supersetsdk.client.exception.AuthenticationException;
import io.github.supersetsdk.client.exception.FieldUnsupportedException;
import io.github.supersetsdk.client.exception.OperationUnsupportedException;
import io.github.supersetsdk.client.exception.SupersetApiException;
import io.github.supersetsdk.client.exception.SupersetException;
import io.github.supersetsdk.client.exception.SupersetTransportException;
import io.github.supersetsdk.client.internal.json.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What one server supports, detected lazily and cached for the life of the client: its OpenAPI
 * document ({@code GET /api/v1/_openapi}, read the first time a capability is needed: a caller asks,
 * or a typed call fails with 404, 405 or "Unknown field") and its version ({@code GET /version},
 * else the bootstrap data of the login page, read the first time a version is needed).
 *
 * <p>Once the document is known, typed calls are checked before they are sent: an operation it lacks
 * fails with {@link OperationUnsupportedException}; request fields its schema lacks are dropped when
 * empty and fail with {@link FieldUnsupportedException} when set. Until then, or when the document
 * cannot be read (no permission, switched off, a transient failure, retried a minute later), calls
 * are simply tried and their 404/405/400 answers interpreted.
 *
 * <p>Thread-safe: each detection runs at most once at a time, under its own lock, as part of the
 * call that needed it (sharing that call's timeout).
 */
public final class ServerCapabilities {

  private static final Logger LOG = LoggerFactory.getLogger(ServerCapabilities.class);

  static final OperationSpec SPEC_OP = new OperationSpec("GET /api/v1/_openapi", "GET", true, false, false, false);
  // Sensitive: the login page (and the HTML 404 page older servers answer /version with) carries a
  // CSRF token of its own, which must not reach a TRACE body log.
  static final OperationSpec VERSION_OP = new OperationSpec("GET /version", "GET", true, true, true, true);
  static final OperationSpec LOGIN_PAGE_OP = new OperationSpec("GET /login/", "GET", true, true, true, true);

  /** How long a detection that failed transiently is not tried again. */
  private static final long RETRY_AFTER_NANOS = TimeUnit.SECONDS.toNanos(60);

  /** {@code version_string} in the HTML-escaped JSON of the login page's {@code data-bootstrap}. */
  private static final Pattern BOOTSTRAP_VERSION =
      Pattern.compile("version_string(?:&#34;|&quot;|\")\\s*:\\s*(?:&#34;|&quot;|\")([0-9A-Za-z.+_-]{1,64})");

  /** Werkzeug's description of a 404 for a URL no route matches. */
  private static final String NO_ROUTE = "the requested url was not found on the server";

  private final Transport transport;
  private final Lazy<ServedSpec> spec = new Lazy<>();
  private final Lazy<String> version = new Lazy<>();
  /** Set while this thread detects, so that the detecting calls are never checked themselves. */
  private final ThreadLocal<Boolean> detecting = new ThreadLocal<>();

  ServerCapabilities(Transport transport) {
    this.transport = transport;
  }

  /**
   * The server's OpenAPI document, read on first need.
   *
   * @return the document, or {@code null} if it cannot be read (now)
   */
  public @Nullable ServedSpec spec() {
    return detect(spec, this::fetchSpec);
  }

  /**
   * The server's version, read on first need.
   *
   * @return e.g. {@code 6.1.0}, or {@code null} if the server does not say (now)
   */
  public @Nullable String version() {
    return detect(version, this::fetchVersion);
  }

  /** Whether a call is checked: typed API calls, except authentication and detection itself. */
  boolean applies(OperationSpec op) {
    String id = op.id();
    int space = id.indexOf(' ');
    String path = space < 0 ? "" : id.substring(space + 1);
    return detecting.get() == null
        && !id.startsWith("raw ")
        && path.startsWith("/api/")
        && !op.anonymous()
        && !path.startsWith("/api/v1/security/login")
        && !path.startsWith("/api/v1/security/refresh")
        && !path.startsWith("/api/v1/security/csrf_token")
        && op != SPEC_OP;
  }

  /**
   * Checks a call against the document, if it has been read already (never reads it).
   *
   * @param op the operation
   * @param body the request body, or {@code null}
   * @return the body to send: the same, or without unknown empty fields
   * @throws OperationUnsupportedException if the document lacks the operation
   * @throws FieldUnsupportedException if the body sets fields the operation's schema lacks
   */
  byte @Nullable [] beforeSend(OperationSpec op, byte @Nullable [] body) {
    ServedSpec known = spec.peek();
    if (known == null) {
      return body;
    }
    String path = template(op);
    if (!known.has(op.method(), path)) {
      throw new OperationUnsupportedException(op.method(), path, sdkMethod(), version(), null);
    }
    Set<String> properties = known.requestProperties(op.method(), path);
    ObjectNode json = properties == null ? null : jsonObject(body);
    if (json == null) {
      return body;
    }
    List<String> unknown = new ArrayList<>();
    json.fieldNames().forEachRemaining(name -> {
      if (!properties.contains(name)) {
        unknown.add(name);
      }
    });
    return unknown.isEmpty() ? body : withoutEmpty(op, json, unknown, null);
  }

  /**
   * Interprets a failed call: a 404 or 405 of a route the server lacks becomes an {@link
   * OperationUnsupportedException}; a 400 refusing fields as unknown becomes a {@link
   * FieldUnsupportedException}, or a body to send again when the refused fields were all empty.
   *
   * @param op the operation
   * @param failure the mapped error
   * @param exchange the error response, or {@code null} if not at hand
   * @param body the body sent, or {@code null}
   * @return what to do
   */
  Recovery afterFailure(
      OperationSpec op, SupersetApiException failure, @Nullable Exchange exchange, byte @Nullable [] body) {
    int status = failure.statusCode();
    if (status == 404 || status == 405) {
      String path = template(op);
      boolean missing;
      if (status == 404 && failure.serverMessage() != null && !noRoute(failure, exchange) && spec.peek() == null) {
        // Superset's own answer about an object ("Not found"): the route exists. Reading the spec
        // (about 0.5 MB) to say so cost every new client's first 404 seconds, e.g. a guest's first
        // charts().data, which reads the chart (404 for guests) before the dashboard's form data.
        missing = false;
      } else {
        ServedSpec known = spec();
        missing = known != null ? !known.has(op.method(), path) : status == 405 || noRoute(failure, exchange);
      }
      if (missing) {
        return Recovery.fail(new OperationUnsupportedException(op.method(), path, sdkMethod(), version(), failure));
      }
      return Recovery.fail(failure);
    }
    if (status == 400 || status == 422) {
      List<String> unknown = new ArrayList<>();
      for (Map.Entry<String, List<String>> e : failure.fieldErrors().entrySet()) {
        for (String message : e.getValue()) {
          if (message.trim().toLowerCase(Locale.ROOT).startsWith("unknown field")) {
            unknown.add(e.getKey());
            break;
          }
        }
      }
      if (unknown.isEmpty()) {
        return Recovery.fail(failure);
      }
      spec(); // first need: later calls are checked before they are sent
      ObjectNode json = jsonObject(body);
      if (json == null) {
        return Recovery.fail(new FieldUnsupportedException(
            op.method(), template(op), unknown, sdkMethod(), version(), failure));
      }
      try {
        return Recovery.resend(withoutEmpty(op, json, unknown, failure));
      } catch (FieldUnsupportedException e) {
        return Recovery.fail(e);
      }
    }
    return Recovery.fail(failure);
  }

  /** What to do after a failure: throw {@code failure}, or send {@code resend} once more. */
  record Recovery(@Nullable SupersetException failure, byte @Nullable [] resend) {
    static Recovery fail(SupersetException failure) {
      return new Recovery(failure, null);
    }

    static Recovery resend(byte[] body) {
      return new Recovery(null, body);
    }
  }

  /**
   * Removes unknown fields that hold nothing; throws if any unknown field holds a value, since a value
   * the caller set must never vanish silently.
   */
  private byte[] withoutEmpty(
      OperationSpec op, ObjectNode json, List<String> unknown, @Nullable SupersetApiException cause) {
    List<String> set = new ArrayList<>();
    List<String> dropped = new ArrayList<>();
    for (String field : unknown) {
      JsonNode value = json.get(field);
      if (value == null) {
        set.add(field); // nested (dotted) or not in the body as sent: cannot be dropped here
      } else if (isEmpty(value)) {
        dropped.add(field);
      } else {
        set.add(field);
      }
    }
    if (!set.isEmpty()) {
      throw new FieldUnsupportedException(op.method(), template(op), set, sdkMethod(), version(), cause);
    }
    for (String field : dropped) {
      json.remove(field);
    }
    LOG.debug(
        "{} {}: the server does not know the empty field(s) {}; sending without them",
        op.method(), template(op), dropped);
    try {
      return Json.mapper().writeValueAsBytes(json);
    } catch (IOException e) {
      throw new SupersetException(op.id() + ": could not re-encode the request body", null, false);
    }
  }

  private static boolean isEmpty(JsonNode value) {
    return value.isNull()
        || (value.isTextual() && value.asText().isEmpty())
        || (value.isContainerNode() && value.isEmpty());
  }

  private static @Nullable ObjectNode jsonObject(byte @Nullable [] body) {
    if (body == null) {
      return null;
    }
    int i = 0;
    while (i < body.length && Character.isWhitespace(body[i])) {
      i++;
    }
    if (i == body.length || body[i] != '{') {
      return null;
    }
    try {
      JsonNode node = Json.mapper().readTree(body);
      return node instanceof ObjectNode object ? object : null;
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * Whether a 404 is the server not knowing the route, as opposed to an object not existing (which
   * Superset answers with a JSON message such as {@code "Not found"}): its HTML error page, or
   * Werkzeug's route-not-found text.
   */
  private static boolean noRoute(SupersetApiException failure, @Nullable Exchange exchange) {
    String message = failure.serverMessage();
    if (message != null && message.toLowerCase(Locale.ROOT).contains(NO_ROUTE)) {
      return true;
    }
    String type = exchange == null ? null : exchange.header("Content-Type");
    return message == null && type != null && type.toLowerCase(Locale.ROOT).startsWith("text/html");
  }

  private static String template(OperationSpec op) {
    String id = op.id();
    int space = id.indexOf(' ');
    return space < 0 ? id : id.substring(space + 1);
  }

  /** The SDK method a lazy fetch (a page of a {@code PagedIterable}) runs for, on this thread. */
  private static final ThreadLocal<@Nullable String> ORIGIN = new ThreadLocal<>();

  /**
   * Runs a lazy fetch on behalf of the SDK method that created it, so that its errors name that
   * method although it is no longer on the stack.
   *
   * @param origin the SDK method, or {@code null}
   * @param fetch the fetch
   * @param <T> its result type
   * @return its result
   */
  public static <T> T withOrigin(@Nullable String origin, java.util.function.Supplier<T> fetch) {
    String outer = ORIGIN.get();
    ORIGIN.set(origin);
    try {
      return fetch.get();
    } finally {
      if (outer == null) {
        ORIGIN.remove();
      } else {
        ORIGIN.set(outer);
      }
    }
  }

  /**
   * The public SDK method on the calling thread's stack, e.g. {@code ThemesClient.list}: the first
   * frame of the SDK's own classes outside its internal packages and {@code PagedIterable}, else the
   * method that created the page being fetched.
   *
   * @return the method, or {@code null} if not known
   */
  public static @Nullable String sdkMethod() {
    java.security.CodeSource sdk = ServerCapabilities.class.getProtectionDomain().getCodeSource();
    String found = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).walk(frames -> frames
        .filter(f -> {
          String name = f.getClassName();
          return name.startsWith("io.github.supersetsdk.client.")
              && !name.contains(".internal.")
              && !name.startsWith("io.github.supersetsdk.client.PagedIterable")
              && Objects.equals(f.getDeclaringClass().getProtectionDomain().getCodeSource(), sdk);
        })
        .findFirst()
        .map(f -> {
          String method = f.getMethodName();
          if (method.startsWith("lambda$")) {
            int end = method.indexOf('$', 7);
            method = method.substring(7, end < 0 ? method.length() : end);
          }
          Class<?> type = f.getDeclaringClass();
          String owner = type.getEnclosingClass() == null
              ? type.getSimpleName()
              : type.getEnclosingClass().getSimpleName() + "." + type.getSimpleName();
          return owner + "." + method;
        })
        .orElse(null));
    return found != null ? found : ORIGIN.get();
  }

  private @Nullable ServedSpec fetchSpec() throws IOException {
    Exchange exchange = transport.call(SPEC_OP, transport.config().base() + "/api/v1/_openapi", Map.of(), null);
    ServedSpec parsed = ServedSpec.parse(exchange.body());
    LOG.debug("read the server's OpenAPI document: {} operations", parsed.size());
    return parsed;
  }

  private @Nullable String fetchVersion() {
    String base = transport.config().base();
    try {
      Exchange exchange = transport.probe(VERSION_OP, base + "/version");
      JsonNode root = Json.mapper().readTree(exchange.body());
      String v = root == null ? null : root.path("version_string").asText(null);
      if (v != null && !v.isBlank() && !v.equalsIgnoreCase("unknown")) {
        return v.trim();
      }
    } catch (IOException | SupersetApiException e) {
      // Older servers have no /version (or answer it with a page): try the login page.
      LOG.debug("GET /version gave no version ({}); reading the login page", e.getClass().getSimpleName());
    }
    Exchange page = transport.probe(LOGIN_PAGE_OP, base + "/login/");
    Matcher m = BOOTSTRAP_VERSION.matcher(page.bodyText());
    return m.find() ? m.group(1) : null;
  }

  private interface Fetch<T> {
    @Nullable T fetch() throws IOException;
  }

  private <T> @Nullable T detect(Lazy<T> lazy, Fetch<T> fetch) {
    Boolean outer = detecting.get();
    if (outer != null) {
      return lazy.peek();
    }
    detecting.set(Boolean.TRUE);
    try {
      return lazy.get(fetch);
    } finally {
      detecting.remove();
    }
  }

  /**
   * A value detected once; a transient failure is retried after {@link #RETRY_AFTER_NANOS}, a
   * permanent one (no permission, no such endpoint, unreadable) is final.
   */
  private static final class Lazy<T> {
    private volatile @Nullable T value;
    private volatile boolean settled;
    private boolean tried;
    private long retryAt;

    @Nullable T peek() {
      return value;
    }

    @Nullable T get(Fetch<T> fetch) {
      if (settled) {
        return value;
      }
      synchronized (this) {
        if (settled) {
          return value;
        }
        if (tried && System.nanoTime() - retryAt < 0) {
          return null;
        }
        tried = true;
        try {
          T v = fetch.fetch();
          value = v;
          settled = true;
          return v;
        } catch (SupersetTransportException | AuthenticationException e) {
          LOG.debug("capability detection failed ({}); calls are tried as they come", e.getMessage());
          retryAt = System.nanoTime() + RETRY_AFTER_NANOS;
          return null;
        } catch (SupersetException e) {
          if (e.isRetryable()) {
            retryAt = System.nanoTime() + RETRY_AFTER_NANOS;
          } else {
            settled = true;
          }
          LOG.debug("capability detection failed ({}); calls are tried as they come", e.getMessage());
          return null;
        } catch (IOException | RuntimeException e) {
          LOG.debug("capability detection failed ({}); calls are tried as they come", e.getClass().getSimpleName());
          settled = true;
          return null;
        }
      }
    }
  }
}
