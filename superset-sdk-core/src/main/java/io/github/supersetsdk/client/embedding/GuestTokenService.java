package io.github.supersetsdk.client.embedding;

import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.internal.embedding.GuestTokenCache;
import io.github.supersetsdk.client.internal.embedding.GuestTokenSigner;
import io.github.supersetsdk.client.model.GuestToken;
import io.github.supersetsdk.client.request.GuestTokenRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Guest tokens for embedded dashboards at page-view rates. Each {@link GuestTokenRequest} (who the
 * viewer is, which dashboards, which row-level security clauses: so, per tenant and user) gets one
 * token that is handed out until shortly before it expires; while one is being minted, other callers
 * asking for the same request wait for it instead of minting their own, so a burst of page views for
 * one tenant costs one mint.
 *
 * <p>Tokens come from Superset's API by default ({@link Builder#client(SupersetClient)}: {@code POST
 * /api/v1/security/guest_token/}, one round trip per mint, with the client's login and CSRF). Given
 * Superset's guest-token secret ({@link Builder#signing(GuestTokenSigning)}), the service signs them
 * itself in microseconds, writing the claims Superset writes; see {@link GuestTokenSigning} for what
 * holding that secret implies.
 *
 * {@snippet class=io.github.supersetsdk.client.snippets.EmbeddingSnippets region=GuestTokenService}
 *
 * <p>Tokens are secrets: the service never logs them, and {@link #toString()} shows only its mode and
 * size. Build one per application and share it. Thread-safe.
 */
public final class GuestTokenService {

  /** How long before a token's expiry the service stops handing it out, unless set: 30 seconds. */
  public static final Duration DEFAULT_REFRESH_MARGIN = Duration.ofSeconds(30);

  /** How many requests the cache holds at most, unless set. */
  public static final int DEFAULT_MAXIMUM_SIZE = 10_000;

  private final Function<GuestTokenRequest, GuestToken> minter;
  private final GuestTokenCache cache;
  private final String mode;

  private GuestTokenService(Builder b) {
    Clock clock = b.clock;
    if (b.signing != null) {
      GuestTokenSigning s = b.signing;
      GuestTokenSigner signer = new GuestTokenSigner(s.algorithm().name(), s.secret(), s.audience(), s.lifetime());
      this.minter = request -> signer.sign(request, clock.instant());
      this.mode = "local " + s.algorithm() + ", aud=" + s.audience();
    } else {
      SupersetClient client = Objects.requireNonNull(b.client, "client");
      this.minter = request -> client.security().createGuestToken(request);
      this.mode = "remote " + client.baseUrl();
    }
    this.cache = new GuestTokenCache(minter, clock, b.refreshMargin, b.maximumSize);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A token for the request: the cached one while it has more than the refresh margin left, else a
   * fresh one (minted once, however many callers ask at the same time).
   *
   * @param request what the token grants; also the cache key
   * @return the token; a secret, never log it
   * @throws NullPointerException if {@code request} is null
   * @throws io.github.supersetsdk.client.exception.SupersetException if minting through Superset
   *     fails (every caller waiting on that mint gets the same exception; nothing is cached)
   * @throws IllegalStateException if signing locally fails
   */
  public GuestToken token(GuestTokenRequest request) {
    return cache.get(Objects.requireNonNull(request, "request"));
  }

  /**
   * A new token for the request, bypassing the cache (neither read nor written).
   *
   * @param request what the token grants
   * @return the token; a secret, never log it
   * @throws NullPointerException if {@code request} is null
   * @throws io.github.supersetsdk.client.exception.SupersetException if minting through Superset fails
   * @throws IllegalStateException if signing locally fails
   */
  public GuestToken mint(GuestTokenRequest request) {
    return minter.apply(Objects.requireNonNull(request, "request"));
  }

  /**
   * Forgets the cached token of one request, e.g. after the tenant's access changed; the next {@link
   * #token} mints anew. Tokens already handed out stay valid until they expire.
   *
   * @param request the request
   * @throws NullPointerException if {@code request} is null
   */
  public void invalidate(GuestTokenRequest request) {
    cache.invalidate(Objects.requireNonNull(request, "request"));
  }

  /** Forgets every cached token. Tokens already handed out stay valid until they expire. */
  public void invalidateAll() {
    cache.invalidateAll();
  }

  /**
   * The counters since the service was built.
   *
   * @return a snapshot
   */
  public GuestTokenStats stats() {
    return new GuestTokenStats(cache.hits(), cache.mints(), cache.failures(), cache.size());
  }

  /**
   * Whether tokens are signed locally rather than minted through Superset's API.
   *
   * @return true with {@link Builder#signing(GuestTokenSigning)}
   */
  public boolean signsLocally() {
    return mode.startsWith("local");
  }

  @Override
  public String toString() {
    return "GuestTokenService[" + mode + ", cached=" + cache.size() + "]";
  }

  /**
   * Builds a {@link GuestTokenService}: exactly one of {@link #client(SupersetClient)} and {@link
   * #signing(GuestTokenSigning)}. Not thread-safe.
   */
  public static final class Builder {
    private @Nullable SupersetClient client;
    private @Nullable GuestTokenSigning signing;
    private Duration refreshMargin = DEFAULT_REFRESH_MARGIN;
    private int maximumSize = DEFAULT_MAXIMUM_SIZE;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * Mints tokens through Superset's API with this client (the default way). Its user needs the
     * {@code can_grant_guest_token} permission. The service does not close the client.
     *
     * @param client the client
     * @return this builder
     * @throws NullPointerException if {@code client} is null
     */
    public Builder client(SupersetClient client) {
      this.client = Objects.requireNonNull(client, "client");
      return this;
    }

    /**
     * Signs tokens locally with Superset's guest-token secret instead of calling Superset. Needs
     * {@code com.nimbusds:nimbus-jose-jwt} on the class path (an optional dependency of the SDK).
     *
     * @param signing the secret, audience, algorithm and token lifetime
     * @return this builder
     * @throws NullPointerException if {@code signing} is null
     */
    public Builder signing(GuestTokenSigning signing) {
      this.signing = Objects.requireNonNull(signing, "signing");
      return this;
    }

    /**
     * How long before its expiry a cached token stops being handed out, so a page that receives it
     * has time to load; capped at half the token's lifetime. Default {@link #DEFAULT_REFRESH_MARGIN}.
     *
     * @param refreshMargin the margin; zero or more
     * @return this builder
     * @throws NullPointerException if {@code refreshMargin} is null
     * @throws IllegalArgumentException if {@code refreshMargin} is negative
     */
    public Builder refreshMargin(Duration refreshMargin) {
      Objects.requireNonNull(refreshMargin, "refreshMargin");
      if (refreshMargin.isNegative()) {
        throw new IllegalArgumentException("refreshMargin is negative: " + refreshMargin);
      }
      this.refreshMargin = refreshMargin;
      return this;
    }

    /**
     * How many requests (tenant, user, dashboards, clauses) the cache holds at most; past it,
     * expired tokens and then arbitrary ones are dropped. Default {@link #DEFAULT_MAXIMUM_SIZE}.
     *
     * @param maximumSize at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code maximumSize} is under 1
     */
    public Builder maximumSize(int maximumSize) {
      if (maximumSize < 1) {
        throw new IllegalArgumentException("maximumSize must be at least 1: " + maximumSize);
      }
      this.maximumSize = maximumSize;
      return this;
    }

    /**
     * Advanced: the clock that decides freshness and, when signing locally, {@code iat} and {@code
     * exp}. Default: the system clock in UTC. For tests.
     *
     * @param clock the clock
     * @return this builder
     * @throws NullPointerException if {@code clock} is null
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Builds the service.
     *
     * @return the service
     * @throws IllegalStateException if neither or both of {@code client} and {@code signing} are set,
     *     or local signing is asked for without nimbus-jose-jwt on the class path
     */
    public GuestTokenService build() {
      if ((client == null) == (signing == null)) {
        throw new IllegalStateException(client == null
            ? "set client(...) to mint through Superset, or signing(...) to sign locally"
            : "set either client(...) or signing(...), not both");
      }
      if (signing != null && !nimbusPresent()) {
        throw new IllegalStateException("signing guest tokens locally needs com.nimbusds:nimbus-jose-jwt on the"
            + " class path (an optional dependency of superset-sdk-core); add it, or mint through client(...)");
      }
      return new GuestTokenService(this);
    }

    private static boolean nimbusPresent() {
      try {
        Class.forName("com.nimbusds.jose.crypto.MACSigner", false, GuestTokenService.class.getClassLoader());
        return true;
      } catch (ClassNotFoundException | LinkageError e) {
        return false;
      }
    }
  }
}
