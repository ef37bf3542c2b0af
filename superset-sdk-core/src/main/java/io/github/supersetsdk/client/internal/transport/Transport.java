package io.github.supersetsdk.client.internal.transport;

import feign.Client;
import feign.Request;
import feign.Response;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.supersetsdk.client.RequestInfo;
import io.github.supersetsdk.client.RetryPolicy;
import io.github.supersetsdk.client.exception.PermissionDeniedException;
import io.github.supersetsdk.client.exception.RateLimitedException;
import io.github.supersetsdk.client.exception.SupersetApiException;
import io.github.supersetsdk.client.exception.SupersetException;
import io.github.supersetsdk.client.exception.SupersetTransportException.Kind;
import io.github.supersetsdk.client.exception.SupersetTransportException;
import io.github.supersetsdk.client.internal.Redactor;
import io.github.supersetsdk.client.internal.api.Operations;
import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one path every request of a client takes, typed (through Feign, as its {@link Client}) or raw.
 * Per call it assigns a request id and reports events; per attempt it adds credentials, the CSRF
 * token, the session cookie and the {@code Referer}, takes a slot from the in-flight bound, sends
 * through the wrapped {@code java.net.http} client with the remaining time budget, reads the whole
 * body, and maps errors. A 401 or a CSRF failure renews that credential and repeats the attempt once;
 * transient failures are retried by resilience4j according to the {@link RetryPolicy}.
 *
 * <p>Thread-safe. Credentials and CSRF are bound once, right after construction, because they call
 * back into the transport for login, refresh and the CSRF token.
 */
public final class Transport implements Client {

  private static final Logger LOG = LoggerFactory.getLogger(Transport.class);

  /** Headers that may appear in logs; everything else (Authorization, Cookie, tokens) never does. */
  private static final Set<String> LOGGED_HEADERS =
      Set.of("accept", "content-type", "content-length", "user-agent", "x-request-id", "location", "retry-after");

  private static final int MAX_LOGGED_BODY = 4096;
  private static final byte[] EMPTY = new byte[0];

  private final TransportConfig config;
  private final Client delegate;
  private final Semaphore inFlight;
  private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ORIGINAL_SERVER);
  private final Listeners listeners;
  private final URI cookieUri;
  private final Object cookieLock = new Object();
  private static final String CSRF_TOKEN_PATH = "/api/v1/security/csrf_token";
  private final String referer;
  private final AtomicBoolean closed = new AtomicBoolean();
  private final String authority;
  /**
   * The retry budget and deadline of the user call running on a thread, shared with the calls its
   * attempts make through this transport (login, refresh, CSRF token). Per transport, so that a
   * credentials provider calling another client leaves that client's budget alone.
   */
  private final ThreadLocal<@Nullable Budget> currentBudget = new ThreadLocal<>();
  private volatile @Nullable Authenticator authenticator;
  private volatile @Nullable CsrfTokens csrfTokens;
  private final ServerCapabilities capabilities;

  /**
   * Creates a transport.
   *
   * @param config the settings
   * @param delegate the HTTP client that sends one attempt (Feign's {@code Http2Client})
   */
  public Transport(TransportConfig config, Client delegate) {
    this.config = config;
    this.delegate = delegate;
    this.inFlight = new Semaphore(config.maxRequestsInFlight(), true);
    this.listeners = new Listeners(config.listeners());
    this.cookieUri = URI.create(config.base() + "/");
    this.referer = config.base() + "/";
    this.authority = FailureDescriptions.authority(config.baseUrl());
    this.capabilities = new ServerCapabilities(this);
  }

  /**
   * What the server supports, detected lazily.
   *
   * @return the capabilities of this client's server
   */
  public ServerCapabilities capabilities() {
    return capabilities;
  }

  /**
   * Binds credentials and CSRF handling; called once while the client is built.
   *
   * @param authenticator the credential source
   * @param csrfTokens the CSRF token source
   */
  public void bind(Authenticator authenticator, CsrfTokens csrfTokens) {
    this.authenticator = authenticator;
    this.csrfTokens = csrfTokens;
  }

  /**
   * The settings.
   *
   * @return the configuration
   */
  public TransportConfig config() {
    return config;
  }

  /**
   * Reports a finished query to the listeners.
   *
   * @param event the query
   */
  public void queryCompleted(io.github.supersetsdk.client.QueryEvent event) {
    listeners.queryCompleted(event);
  }

  /**
   * The value of a cookie the server set on this client's session, e.g. the channel token of global
   * async queries.
   *
   * @param name the cookie's name
   * @return its value, or {@code null} if the server set none
   */
  public @Nullable String cookie(String name) {
    for (java.net.HttpCookie c : cookies.getCookieStore().get(cookieUri)) {
      if (c.getName().equals(name)) {
        return c.getValue();
      }
    }
    return null;
  }

  /** Rejects further calls; calls in progress complete. */
  public void close() {
    closed.set(true);
  }

  @Override
  public Response execute(Request request, Request.Options options) {
    OperationSpec op = Operations.spec(request.requestTemplate().methodMetadata().method());
    Exchange exchange = call(op, request.url(), request.headers(), request.body());
    return Response.builder()
        .status(exchange.status())
        .reason("")
        .headers(exchange.headers())
        .body(exchange.body())
        .request(request)
        .build();
  }

  /**
   * Makes one call with retries, credential renewal and events.
   *
   * <p>A call made while another call of this client runs on the same thread (the login, token
   * refresh or CSRF fetch that an attempt needs) shares that call's retry budget and call timeout,
   * so that one user call never makes more than {@code maxAttempts - 1} retries in all.
   *
   * @param op how to treat the call
   * @param url the absolute URL, query string included
   * @param headers request headers other than credentials
   * @param body the body, or {@code null}
   * @return the successful response, fully read
   * @throws SupersetException on any failure
   * @throws IllegalStateException if the client is closed
   */
  public Exchange call(
      OperationSpec op, String url, Map<String, Collection<String>> headers, byte @Nullable [] body) {
    return call(op, url, headers, body, true);
  }

  /**
   * Makes an anonymous detection call that neither sends nor stores cookies, so that a page which
   * starts a session of its own (the login page) leaves this client's session alone.
   *
   * @param op how to treat the call
   * @param url the absolute URL
   * @return the successful response, fully read
   * @throws SupersetException on any failure
   */
  Exchange probe(OperationSpec op, String url) {
    return call(op, url, Map.of(), null, false);
  }

  private Exchange call(
      OperationSpec op, String url, Map<String, Collection<String>> headers, byte @Nullable [] body,
      boolean cookies) {
    if (closed.get()) {
      throw new IllegalStateException("SupersetClient is closed");
    }
    RequestInfo info = new RequestInfo(op.id(), op.method(), pathOf(url), newRequestId());
    Budget outer = currentBudget.get();
    Budget budget =
        outer != null
            ? outer
            : new Budget(System.nanoTime(), config.callTimeout().toNanos(), config.retryPolicy().maxAttempts() - 1);
    boolean checked = capabilities.applies(op);
    Call call = new Call(op, info, url, headers, body, budget, cookies);
    listeners.started(info);
    if (outer == null) {
      currentBudget.set(budget);
    }
    try {
      if (checked) {
        call.body = capabilities.beforeSend(op, body);
      }
      Exchange exchange;
      try {
        exchange = runWithRetries(call);
      } catch (SupersetApiException e) {
        if (!checked) {
          throw e;
        }
        ServerCapabilities.Recovery recovery = capabilities.afterFailure(op, e, call.lastError, call.body);
        if (recovery.resend() == null) {
          throw Objects.requireNonNull(recovery.failure());
        }
        // The server refused only empty fields it does not know: the call had no effect, so it is
        // sent once more without them.
        call.body = recovery.resend();
        exchange = runWithRetries(call);
      }
      listeners.succeeded(info, exchange.status(), call.attempts, call.elapsed());
      return exchange;
    } catch (SupersetException e) {
      if (LOG.isDebugEnabled()) {
        LOG.debug(
            "<-- {} {} failed after {} attempt(s) in {} ms: {}",
            op.method(), info.path(), call.attempts, call.elapsed().toMillis(), e.getMessage());
      }
      listeners.failed(info, e, call.lastStatus, call.attempts, call.elapsed());
      throw e;
    } finally {
      if (outer == null) {
        currentBudget.remove();
      }
    }
  }

  private Exchange runWithRetries(Call call) {
    RetryPolicy policy = config.retryPolicy();
    if (policy.maxAttempts() == 1) {
      return attempt(call);
    }
    RetryConfig retryConfig =
        RetryConfig.<Exchange>custom()
            .maxAttempts(policy.maxAttempts())
            .retryOnException(t -> shouldRetry(call, t))
            .intervalBiFunction((attempt, outcome) -> call.nextDelay.toMillis())
            .writableStackTraceEnabled(false)
            .build();
    Retry retry = Retry.of(call.info.operationId(), retryConfig);
    try {
      return retry.executeCheckedSupplier(() -> attempt(call));
    } catch (SupersetException e) {
      throw e;
    } catch (Throwable t) {
      if (t instanceof Error error) {
        throw error;
      }
      if (Thread.currentThread().isInterrupted()) {
        throw transportFailure(call, Kind.INTERRUPTED, "interrupted while waiting to retry", null, false);
      }
      throw new SupersetException(
          call.info.method() + " " + call.info.path() + " failed: " + t.getClass().getName(), null, false);
    }
  }

  private boolean shouldRetry(Call call, Throwable t) {
    if (!(t instanceof SupersetException failure) || !failure.isRetryable()) {
      return false;
    }
    // A request whose connection never opened cannot have reached the server, whatever its method.
    boolean neverSent = t instanceof SupersetTransportException te && te.kind() == Kind.CONNECT;
    if (!neverSent && !call.op.retryable()) {
      return false;
    }
    RetryPolicy policy = config.retryPolicy();
    if (call.attempts >= policy.maxAttempts() || call.budget.retriesLeft <= 0) {
      LOG.debug(
          "not retrying {} {}: the call's {} attempt(s) are spent",
          call.info.method(), call.info.path(), policy.maxAttempts());
      return false;
    }
    Duration delay = call.lastRetryAfter != null ? call.lastRetryAfter : jittered(policy, call.attempts);
    if (delay.toNanos() >= call.remainingNanos()) {
      LOG.debug(
          "not retrying {} {}: waiting {} ms would exceed the call timeout",
          call.info.method(), call.info.path(), delay.toMillis());
      return false;
    }
    call.nextDelay = delay;
    call.budget.retriesLeft--;
    LOG.debug(
        "retrying {} {} (request id {}) after attempt {} failed: {}; waiting {} ms",
        call.info.method(), call.info.path(), call.info.requestId(), call.attempts, failure.getMessage(), delay.toMillis());
    listeners.retry(call.info, call.attempts, call.lastStatus, failure, delay);
    return true;
  }

  private static Duration jittered(RetryPolicy policy, int retry) {
    Duration base = policy.backoffBeforeJitter(retry);
    if (policy.jitter() == 0 || base.isZero()) {
      return base;
    }
    double factor = 1 - policy.jitter() * ThreadLocalRandom.current().nextDouble();
    return Duration.ofNanos((long) (base.toNanos() * factor));
  }

  private Exchange attempt(Call call) {
    call.attempts++;
    call.lastStatus = null;
    call.lastRetryAfter = null;
    OperationSpec op = call.op;
    Authenticator auth = authenticator;
    boolean authenticated = !op.anonymous() && auth != null;
    boolean csrfApplies = false;
    boolean authRenewed = false;
    boolean csrfRenewed = false;
    while (true) {
      Map<String, Collection<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      config.defaultHeaders().forEach((name, value) -> headers.put(name, List.of(value)));
      headers.putAll(call.headers);
      headers.put("User-Agent", List.of(config.userAgent()));
      headers.put("X-Request-Id", List.of(call.info.requestId()));
      headers.putIfAbsent("Accept", List.of("application/json"));
      Authenticator.Credential credential = null;
      if (authenticated) {
        credential = auth.current();
        credential.applyTo(headers);
        csrfApplies = op.unsafe() && csrfTokens != null && auth.usesCsrf(credential);
      }
      String csrfToken = null;
      if (csrfApplies && (!op.csrfExempt() || call.forceCsrf)) {
        try {
          csrfToken = csrfTokens.token();
        } catch (PermissionDeniedException refused) {
          throw csrfTokenRefused(refused, op.method(), call.info.path());
        }
        headers.put("X-CSRFToken", List.of(csrfToken));
      }
      if (op.unsafe()) {
        headers.put("Referer", List.of(referer));
      }
      Exchange exchange = send(call, headers);
      call.lastStatus = exchange.status();
      if (exchange.status() < 300) {
        return exchange;
      }
      if (exchange.status() == 401 && credential != null && !authRenewed) {
        authRenewed = true;
        if (auth.renewAfterRejection(credential, ErrorMapper.serverMessage(exchange))) {
          LOG.debug("{} {}: credential rejected (401), renewed it; repeating once", op.method(), call.info.path());
          continue;
        }
      }
      if (csrfApplies && !csrfRenewed && isCsrfFailure(exchange)) {
        csrfRenewed = true;
        call.forceCsrf = true;
        if (csrfToken != null) {
          csrfTokens.invalidate(csrfToken);
        }
        LOG.debug("{} {}: CSRF check failed ({}), renewing the token; repeating once", op.method(), call.info.path(), exchange.status());
        continue;
      }
      int status = exchange.status();
      boolean transientStatus = status == 429 || status == 502 || status == 503 || status == 504;
      String note = status == 401 && credential != null ? auth.rejectionNote(credential) : null;
      SupersetApiException failure = ErrorMapper.toException(
          op.method(), call.info.path(), call.info.requestId(), exchange, transientStatus, note);
      call.lastError = exchange;
      if (failure instanceof RateLimitedException limited) {
        call.lastRetryAfter = limited.retryAfter();
      } else if (status == 503) {
        call.lastRetryAfter = ErrorMapper.retryAfter(exchange);
      }
      throw failure;
    }
  }

  /**
   * The 403 of the CSRF token fetch a write needed, with what it means: Superset hands CSRF tokens
   * only to users whose roles grant {@code can_read} on {@code SecurityRestApi}, so a user who may
   * make the write itself still cannot send it. The exception keeps the fetch's method and path
   * (that is the request Superset refused) and names the write in its message.
   */
  static PermissionDeniedException csrfTokenRefused(PermissionDeniedException refused, String method, String path) {
    String note = "the user may not fetch the CSRF token that " + method + " " + path
        + " needs: grant its role can_read on SecurityRestApi";
    String server = refused.serverMessage();
    return new PermissionDeniedException(new SupersetApiException.ErrorDetails(
        refused.statusCode(), refused.errorType(), server == null ? note : server + " (" + note + ")",
        refused.fieldErrors(), refused.method(), refused.path(), refused.requestId(), false, null));
  }

  /**
   * Whether a response is Superset refusing the CSRF token: a 400 naming CSRF or the referrer (JSON
   * requests), or a redirect to the login page (non-JSON requests such as multipart imports and
   * body-less DELETEs).
   */
  static boolean isCsrfFailure(Exchange exchange) {
    int status = exchange.status();
    if (status == 400) {
      String message = ErrorMapper.serverMessage(exchange);
      String text = (message != null ? message : exchange.bodyText()).toLowerCase(Locale.ROOT);
      return text.contains("csrf") || text.contains("referrer");
    }
    if (status == 302 || status == 303) {
      String location = exchange.header("Location");
      return location != null && location.contains("/login");
    }
    return false;
  }

  private Exchange send(Call call, Map<String, Collection<String>> headers) {
    long remaining = call.remainingNanos();
    if (remaining <= 0) {
      throw callTimeout(call);
    }
    boolean acquired;
    try {
      acquired = inFlight.tryAcquire(remaining, TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw transportFailure(call, Kind.INTERRUPTED, "interrupted while waiting for a slot", e, false);
    }
    if (!acquired) {
      throw transportFailure(
          call,
          Kind.IN_FLIGHT_LIMIT,
          "no free slot among maxRequestsInFlight=" + config.maxRequestsInFlight() + " within the call timeout",
          null,
          false);
    }
    long sentAt = System.nanoTime();
    long readTimeout = Math.min(config.readTimeout().toNanos(), call.remainingNanos());
    boolean limitedByCallTimeout = readTimeout < config.readTimeout().toNanos();
    try {
      Map<String, String> sentCookies = Map.of();
      if (call.cookies) {
        sentCookies = storedCookies();
        addCookies(headers);
      }
      Request request =
          Request.create(
              Request.HttpMethod.valueOf(call.op.method()), call.url, headers, call.body, StandardCharsets.UTF_8, null);
      logRequest(call, headers);
      Request.Options options =
          new Request.Options(config.connectTimeout(), Duration.ofNanos(Math.max(readTimeout, 1_000_000)), false);
      Response response = delegate.execute(request, options);
      byte[] body;
      try (response; InputStream in = response.body() == null ? null : response.body().asInputStream()) {
        body = in == null ? EMPTY : in.readAllBytes();
      }
      if (call.cookies) {
        // The CSRF token belongs to the session its answer sets: that one is always kept.
        storeCookies(call.info.path().startsWith(CSRF_TOKEN_PATH) ? null : sentCookies, response.headers());
      }
      Exchange exchange = new Exchange(response.status(), response.headers(), body);
      logResponse(call, exchange, System.nanoTime() - sentAt);
      return exchange;
    } catch (HttpConnectTimeoutException e) {
      throw transportFailure(
          call,
          Kind.CONNECT,
          "could not connect to " + authority + ": no connection within connectTimeout="
              + config.connectTimeout().toMillis() + " ms",
          e,
          true);
    } catch (HttpTimeoutException e) {
      if (limitedByCallTimeout) {
        throw callTimeout(call);
      }
      throw transportFailure(
          call,
          Kind.READ_TIMEOUT,
          "no response from " + authority + " within readTimeout=" + config.readTimeout().toMillis() + " ms",
          e,
          true);
    } catch (IOException e) {
      if (e.getCause() instanceof InterruptedException || Thread.currentThread().isInterrupted()) {
        Thread.currentThread().interrupt();
        throw transportFailure(call, Kind.INTERRUPTED, "interrupted", e, false);
      }
      FailureDescriptions.Tls tls = FailureDescriptions.tls(e, config.baseUrl());
      if (tls != null && tls.handshake()) {
        // Certificates and protocol versions do not change between attempts: repeating the
        // handshake only delays the answer, so TLS failures are not retried.
        throw transportFailure(
            call, Kind.CONNECT, "TLS handshake with " + authority + " failed: " + tls.description(), e, false);
      }
      if (tls != null) {
        throw transportFailure(call, Kind.IO, "connection to " + authority + " broke: " + tls.description(), e, true);
      }
      if (FailureDescriptions.isConnectFailure(e)) {
        throw transportFailure(
            call, Kind.CONNECT, "could not connect to " + authority + ": " + FailureDescriptions.connectReason(e), e, true);
      }
      throw transportFailure(
          call, Kind.IO, "connection to " + authority + " broke: " + FailureDescriptions.reason(e), e, true);
    } finally {
      inFlight.release();
    }
  }

  private void addCookies(Map<String, Collection<String>> headers) {
    try {
      Map<String, List<String>> cookieHeaders = cookies.get(cookieUri, Map.of());
      List<String> values = cookieHeaders.get("Cookie");
      // A cookie the caller sets itself (e.g. the channel token of an earlier async job) wins over the
      // stored one of the same name.
      List<String> merged = new ArrayList<>();
      Set<String> names = new java.util.HashSet<>();
      Collection<String> own = headers.remove("Cookie");
      if (own != null) {
        for (String header : own) {
          for (String pair : header.split(";")) {
            String p = pair.trim();
            if (!p.isEmpty()) {
              merged.add(p);
              names.add(p.substring(0, Math.max(0, p.indexOf('='))));
            }
          }
        }
      }
      if (values != null) {
        for (String v : values) {
          for (String pair : v.split(";")) {
            String p = pair.trim();
            if (!p.isEmpty() && !names.contains(p.substring(0, Math.max(0, p.indexOf('='))))) {
              merged.add(p);
            }
          }
        }
      }
      if (!merged.isEmpty()) {
        headers.put("Cookie", List.of(String.join("; ", merged)));
      }
    } catch (IOException e) {
      LOG.debug("could not read the cookie store: {}", e.getClass().getSimpleName());
    }
  }

  /** The stored cookies' values by name, as a request sent now carries them. */
  private Map<String, String> storedCookies() {
    Map<String, String> out = new java.util.HashMap<>();
    for (java.net.HttpCookie c : cookies.getCookieStore().get(cookieUri)) {
      out.put(c.getName(), c.getValue());
    }
    return out;
  }

  /**
   * Stores the cookies a response sets, each only if the store still holds the value the request
   * was sent with ({@code sent}; null to store them whatever the store holds). Concurrent requests
   * of a new client each get a fresh session cookie; one that answers after the CSRF fetch would
   * otherwise replace the session holding the CSRF token, and writes would fail ("The CSRF session
   * token is missing").
   */
  private void storeCookies(@Nullable Map<String, String> sent, Map<String, Collection<String>> responseHeaders) {
    Collection<String> setCookie = responseHeaders.get("set-cookie");
    if (setCookie == null) {
      for (Map.Entry<String, Collection<String>> e : responseHeaders.entrySet()) {
        if (e.getKey() != null && e.getKey().equalsIgnoreCase("set-cookie")) {
          setCookie = e.getValue();
        }
      }
    }
    if (setCookie == null || setCookie.isEmpty()) {
      return;
    }
    synchronized (cookieLock) {
      Map<String, String> now = storedCookies();
      List<String> kept = new ArrayList<>();
      for (String header : setCookie) {
        boolean current = true;
        if (sent != null) {
          try {
            for (java.net.HttpCookie c : java.net.HttpCookie.parse(header)) {
              current &= Objects.equals(now.get(c.getName()), sent.get(c.getName()));
            }
          } catch (IllegalArgumentException unreadable) {
            // the cookie manager below decides what to do with it
          }
        }
        if (current) {
          kept.add(header);
        } else {
          LOG.debug("ignored a cookie set in answer to a request sent before another answer replaced it");
        }
      }
      if (kept.isEmpty()) {
        return;
      }
      try {
        cookies.put(cookieUri, Map.of("Set-Cookie", kept));
      } catch (IOException | IllegalArgumentException e) {
        LOG.debug("ignored an unreadable Set-Cookie header: {}", e.getClass().getSimpleName());
      }
    }
  }

  private void logRequest(Call call, Map<String, Collection<String>> headers) {
    if (!LOG.isDebugEnabled()) {
      return;
    }
    LOG.debug(
        "--> {} {} (op {}, attempt {}, request id {}){}",
        call.op.method(), call.info.path(), call.op.id(), call.attempts, call.info.requestId(), loggedHeaders(headers));
    if (LOG.isTraceEnabled() && call.body != null && call.body.length > 0) {
      LOG.trace("--> body {}", loggableBody(call.op, call.body));
    }
  }

  private void logResponse(Call call, Exchange exchange, long nanos) {
    if (!LOG.isDebugEnabled()) {
      return;
    }
    LOG.debug(
        "<-- {} {} {} ({} ms, {} bytes){}",
        exchange.status(), call.op.method(), call.info.path(), TimeUnit.NANOSECONDS.toMillis(nanos),
        exchange.body().length, loggedHeaders(exchange.headers()));
    if (LOG.isTraceEnabled() && exchange.body().length > 0) {
      LOG.trace("<-- body {}", loggableBody(call.op, exchange.body()));
    }
  }

  private static String loggedHeaders(Map<String, Collection<String>> headers) {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, Collection<String>> e : headers.entrySet()) {
      String name = e.getKey();
      if (name != null && LOGGED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
        String value = String.join(",", e.getValue());
        if (name.equalsIgnoreCase("location")) {
          value = pathOf(value);
        }
        sb.append(' ').append(name).append('=').append(value);
      }
    }
    return sb.toString();
  }

  private static String loggableBody(OperationSpec op, byte[] body) {
    if (op.sensitive()) {
      return "(" + body.length + " bytes, not logged: may hold secrets)";
    }
    String text = new String(body, 0, Math.min(body.length, MAX_LOGGED_BODY), StandardCharsets.UTF_8);
    return Redactor.redact(text) + (body.length > MAX_LOGGED_BODY ? "... (" + body.length + " bytes)" : "");
  }

  private SupersetTransportException callTimeout(Call call) {
    return transportFailure(
        call, Kind.CALL_TIMEOUT, "callTimeout=" + config.callTimeout().toMillis() + " ms expired", null, false);
  }

  private static SupersetTransportException transportFailure(
      Call call, Kind kind, String detail, @Nullable Throwable cause, boolean retryable) {
    return new SupersetTransportException(kind, call.info.method(), call.info.path(), detail, cause, retryable);
  }

  /**
   * The path of a URL without scheme, host or query string.
   *
   * @param url an absolute or relative URL
   * @return its path
   */
  static String pathOf(String url) {
    int start = 0;
    int scheme = url.indexOf("://");
    if (scheme >= 0) {
      int slash = url.indexOf('/', scheme + 3);
      if (slash < 0) {
        return "/";
      }
      start = slash;
    }
    int end = url.length();
    int query = url.indexOf('?', start);
    if (query >= 0) {
      end = query;
    }
    int fragment = url.indexOf('#', start);
    if (fragment >= 0 && fragment < end) {
      end = fragment;
    }
    return url.substring(start, end);
  }

  private static String newRequestId() {
    // 16 hex digits; the top bit is set so that the string never loses leading zeros.
    return Long.toHexString(ThreadLocalRandom.current().nextLong() | Long.MIN_VALUE);
  }

  /** What a user call may still spend; confined to the calling thread. */
  private static final class Budget {
    final long startNanos;
    final long budgetNanos;
    int retriesLeft;

    Budget(long startNanos, long budgetNanos, int retriesLeft) {
      this.startNanos = startNanos;
      this.budgetNanos = budgetNanos;
      this.retriesLeft = retriesLeft;
    }
  }

  /** The mutable state of one call; confined to the calling thread. */
  private static final class Call {
    final OperationSpec op;
    final RequestInfo info;
    final String url;
    final Map<String, Collection<String>> headers;
    byte @Nullable [] body;
    final Budget budget;
    final boolean cookies;
    @Nullable Exchange lastError;
    final long startNanos = System.nanoTime();
    int attempts;
    @Nullable Integer lastStatus;
    @Nullable Duration lastRetryAfter;
    Duration nextDelay = Duration.ZERO;
    boolean forceCsrf;

    Call(
        OperationSpec op,
        RequestInfo info,
        String url,
        Map<String, Collection<String>> headers,
        byte @Nullable [] body,
        Budget budget,
        boolean cookies) {
      this.op = op;
      this.cookies = cookies;
      this.info = info;
      this.url = url;
      this.headers = headers;
      this.body = body;
      this.budget = budget;
    }

    long remainingNanos() {
      return budget.budgetNanos - (System.nanoTime() - budget.startNanos);
    }

    Duration elapsed() {
      return Duration.ofNanos(System.nanoTime() - startNanos);
    }
  }
}
