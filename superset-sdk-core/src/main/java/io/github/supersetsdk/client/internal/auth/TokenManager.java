package io.github.supersetsdk.client.internal.auth;

import io.github.supersetsdk.client.Credentials;
import io.github.supersetsdk.client.CredentialsProvider;
import io.github.supersetsdk.client.exception.SupersetApiException;
import io.github.supersetsdk.client.exception.SupersetException;
import io.github.supersetsdk.client.internal.api.SecurityAuthApi;
import io.github.supersetsdk.client.internal.transport.Authenticator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds a client's credential and keeps it valid.
 *
 * <p>The current credential is an immutable snapshot in an {@link AtomicReference}: reading it is a
 * volatile read, so concurrent calls never block while it is fresh. Logging in and refreshing happen
 * under one lock, re-checked after acquiring it, so that under concurrency exactly one login or
 * refresh runs and the other callers reuse its result. While a token due for refresh is still in the
 * first half of its refresh margin, callers that find the refresh running go on with it instead of
 * waiting. A session token is refreshed shortly before
 * its {@code exp} (see {@link #refreshMargin(Duration)}) and after a 401 {@code Token has expired},
 * after which the rejected request is repeated once; when the refresh token no longer works the
 * client logs in again.
 */
public final class TokenManager implements Authenticator {

  private static final Logger LOG = LoggerFactory.getLogger(TokenManager.class);
  private static final Duration MAX_REFRESH_MARGIN = Duration.ofSeconds(30);
  private static final Duration SHORT_LIFETIME_MARGIN = Duration.ofSeconds(5);

  private final CredentialsProvider provider;
  private final Supplier<SecurityAuthApi> api;
  private final Clock clock;
  private final AtomicReference<@Nullable State> state = new AtomicReference<>();
  private final ReentrantLock lock = new ReentrantLock();

  /**
   * Creates the manager.
   *
   * @param provider where credentials come from
   * @param api the login and refresh endpoints, resolved lazily
   * @param clock the clock that decides when a token is due for refresh
   */
  public TokenManager(CredentialsProvider provider, Supplier<SecurityAuthApi> api, Clock clock) {
    this.provider = provider;
    this.api = api;
    this.clock = clock;
  }

  @Override
  public Credential current() {
    State s = state.get();
    Instant before = clock.instant();
    if (s != null && !s.dueForRefresh(before)) {
      return s;
    }
    if (s != null && s.usableDuringRefresh(before)) {
      // Early in the refresh window one caller refreshes; the others keep the token they have,
      // still well within its life, rather than all wait for the refresh's round trip.
      if (!lock.tryLock()) {
        return s;
      }
    } else {
      lock.lock();
    }
    try {
      s = state.get();
      Instant now = clock.instant();
      if (s != null && !s.dueForRefresh(now)) {
        return s;
      }
      State next = s instanceof Session session && session.refreshToken != null ? refreshEarly(session, now) : authenticate();
      state.set(next);
      return next;
    } finally {
      lock.unlock();
    }
  }

  @Override
  public boolean renewAfterRejection(Credential rejected, @Nullable String serverMessage) {
    lock.lock();
    try {
      State s = state.get();
      if (s != rejected) {
        // Another thread renewed it while this request was in flight.
        return s != null;
      }
      State next;
      if (s instanceof Session session) {
        boolean expired = serverMessage != null && serverMessage.toLowerCase(Locale.ROOT).contains("expired");
        next = expired && session.refreshToken != null ? refreshOrLogin(session) : authenticate();
      } else {
        next = authenticate();
        if (next.sameTokenAs(s)) {
          LOG.debug("the credentials provider returned the rejected token again; not repeating the request");
          return false;
        }
      }
      state.set(next);
      return true;
    } finally {
      lock.unlock();
    }
  }

  @Override
  public @Nullable String rejectionNote(Credential rejected) {
    if (!(rejected instanceof StaticToken token && token.guest())) {
      return null;
    }
    java.time.Instant expiresAt = Jwt.claims(token.value).expiresAt();
    if (expiresAt != null && !expiresAt.isAfter(clock.instant())) {
      return "the guest token expired at " + expiresAt;
    }
    return "the guest token was refused: signed with another secret or audience than the server's"
        + " GUEST_TOKEN_JWT_SECRET and GUEST_TOKEN_JWT_AUDIENCE, or expired by the server's clock";
  }

  /**
   * Whether the client acts as a guest: its credential (obtained first if need be) is a guest token.
   *
   * @return true for a guest
   */
  public boolean guest() {
    return current() instanceof StaticToken token && token.guest();
  }

  @Override
  public boolean usesCsrf(Credential credential) {
    return !(credential instanceof StaticToken token && token.guest());
  }

  /**
   * How long before its expiry a token of this lifetime is refreshed: a fifth of the lifetime, at
   * most 30 s, but at least half the lifetime up to 5 s. A fifth alone leaves a 10 s token (a
   * server configured for short sessions) 2 s, less than a request can wait in a busy server's
   * queue before the server checks the token; half of it, 5 s, leaves room for that.
   *
   * @param lifetime the token's lifetime ({@code exp} minus {@code iat})
   * @return the margin, zero for a lifetime that is not positive
   */
  static Duration refreshMargin(Duration lifetime) {
    if (lifetime.isNegative() || lifetime.isZero()) {
      return Duration.ZERO;
    }
    Duration margin = lifetime.dividedBy(5);
    Duration floor = lifetime.dividedBy(2);
    if (floor.compareTo(SHORT_LIFETIME_MARGIN) > 0) {
      floor = SHORT_LIFETIME_MARGIN;
    }
    if (margin.compareTo(floor) < 0) {
      margin = floor;
    }
    return margin.compareTo(MAX_REFRESH_MARGIN) > 0 ? MAX_REFRESH_MARGIN : margin;
  }

  /**
   * The {@code sub} claim of the current bearer token (Superset puts the user's id there), logging
   * in first if needed: {@code null} for guest tokens and for opaque tokens.
   *
   * @return the subject, or {@code null}
   */
  public @Nullable String subject() {
    Credential s = current();
    String header = s instanceof Session session ? session.header
        : s instanceof StaticToken t && t.name.equals("Authorization") ? t.value : null;
    return header != null && header.startsWith("Bearer ") ? Jwt.subject(header.substring("Bearer ".length())) : null;
  }

  /** Forgets the credential so that the next call authenticates again. */
  public void reset() {
    state.set(null);
  }

  private State refreshEarly(Session session, Instant now) {
    try {
      return refresh(session);
    } catch (SupersetApiException e) {
      LOG.debug("token refresh refused ({}); logging in again", e.statusCode());
      return authenticate();
    } catch (SupersetException e) {
      if (session.expiresAt != null && now.isBefore(session.expiresAt)) {
        // The old token is still valid; use it and try refreshing again on the next call.
        LOG.debug("token refresh failed ({}); the current token is still valid", e.getClass().getSimpleName());
        return session;
      }
      throw e;
    }
  }

  private State refreshOrLogin(Session session) {
    try {
      return refresh(session);
    } catch (SupersetApiException e) {
      LOG.debug("token refresh refused ({}); logging in again", e.statusCode());
      return authenticate();
    }
  }

  private State refresh(Session session) {
    LOG.debug("refreshing the access token of {}", session.username);
    SecurityAuthApi.Tokens tokens = api.get().refresh(session.refreshToken);
    return Session.of(session.password, tokens.accessToken(), session.refreshToken, clock.instant());
  }

  private State authenticate() {
    Credentials credentials;
    try {
      credentials = provider.credentials();
    } catch (RuntimeException e) {
      throw new SupersetException("the credentials provider failed: " + e.getClass().getName(), null, false);
    }
    if (credentials == null) {
      throw new SupersetException("the credentials provider returned null", null, false);
    }
    if (credentials instanceof Credentials.Password p) {
      LOG.debug("logging in as {} (provider {})", p.username(), p.provider().value());
      SecurityAuthApi.Tokens tokens;
      try {
        tokens = api.get().login(new SecurityAuthApi.LoginBody(p.username(), p.password(), p.provider().value(), true));
      } catch (SupersetApiException e) {
        if (e.statusCode() == 404 || e.statusCode() == 405) {
          // Superset always serves its login: the base URL does not point at Superset's API. Said
          // here, since to the call that needed the login it would read as "no such object/route".
          throw new SupersetException("no Superset login at the base URL (" + e.getMessage() + "); check the base"
              + " URL: it is the address Superset serves its pages under, such as https://bi.example.com, or"
              + " https://example.com/superset behind a path prefix, without a page's path", e, false);
        }
        throw e;
      }
      if (tokens.accessToken() == null || tokens.accessToken().isBlank()) {
        throw new SupersetException("login answered without an access token", null, false);
      }
      return Session.of(p, tokens.accessToken(), tokens.refreshToken(), clock.instant());
    }
    if (credentials instanceof Credentials.BearerToken b) {
      return new StaticToken("Authorization", "Bearer " + b.token());
    }
    if (credentials instanceof Credentials.Guest g) {
      return new StaticToken("X-GuestToken", g.token().value());
    }
    throw new IllegalStateException("unsupported credentials type " + credentials.getClass().getName());
  }

  /** A credential snapshot. */
  private abstract static class State implements Credential {
    abstract boolean dueForRefresh(Instant now);

    /** Whether, while another caller refreshes it, this credential may still be sent. */
    abstract boolean usableDuringRefresh(Instant now);

    abstract boolean sameTokenAs(State other);
  }

  /** Tokens from a login: refreshable. */
  private static final class Session extends State {
    final String username;
    final Credentials.Password password;
    final String header;
    final @Nullable String refreshToken;
    final @Nullable Instant expiresAt;
    final @Nullable Instant refreshAt;

    private Session(
        Credentials.Password password,
        String accessToken,
        @Nullable String refreshToken,
        @Nullable Instant expiresAt,
        @Nullable Instant refreshAt) {
      this.username = password.username();
      this.password = password;
      this.header = "Bearer " + accessToken;
      this.refreshToken = refreshToken;
      this.expiresAt = expiresAt;
      this.refreshAt = refreshAt;
    }

    static Session of(Credentials.Password password, String accessToken, @Nullable String refreshToken, Instant now) {
      Jwt.Claims claims = Jwt.claims(accessToken);
      Instant exp = claims.expiresAt();
      Instant refreshAt = null;
      if (exp != null) {
        Instant issued = claims.issuedAt() != null ? claims.issuedAt() : now;
        refreshAt = exp.minus(refreshMargin(Duration.between(issued, exp)));
      }
      return new Session(password, accessToken, refreshToken, exp, refreshAt);
    }

    @Override
    boolean dueForRefresh(Instant now) {
      return refreshAt != null && !now.isBefore(refreshAt);
    }

    // The first half of the refresh margin: the second half stays the room the margin keeps for a
    // request's wait in a busy server's queue.
    @Override
    boolean usableDuringRefresh(Instant now) {
      if (refreshAt == null || expiresAt == null) {
        return false;
      }
      Instant until = refreshAt.plus(Duration.between(refreshAt, expiresAt).dividedBy(2));
      return now.isBefore(until);
    }

    @Override
    boolean sameTokenAs(State other) {
      return other instanceof Session s && s.header.equals(header);
    }

    @Override
    public void applyTo(Map<String, Collection<String>> headers) {
      headers.put("Authorization", List.of(header));
    }

    @Override
    public String toString() {
      return "Session[username=" + username + ", expiresAt=" + expiresAt + ", token=***]";
    }
  }

  /** A bearer or guest token from the provider: not refreshable, replaced on rejection. */
  private static final class StaticToken extends State {
    final String name;
    final String value;

    StaticToken(String name, String value) {
      this.name = name;
      this.value = value;
    }

    boolean guest() {
      return name.equals("X-GuestToken");
    }

    @Override
    boolean dueForRefresh(Instant now) {
      return false;
    }

    @Override
    boolean usableDuringRefresh(Instant now) {
      return true;
    }

    @Override
    boolean sameTokenAs(State other) {
      return other instanceof StaticToken t && t.name.equals(name) && t.value.equals(value);
    }

    @Override
    public void applyTo(Map<String, Collection<String>> headers) {
      headers.put(name, List.of(value));
    }

    @Override
    public String toString() {
      return "StaticToken[" + name + ": ***]";
    }
  }
}
