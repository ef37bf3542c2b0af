package io.github.supersetsdk.client.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.supersetsdk.client.Credentials;
import io.github.supersetsdk.client.internal.api.Envelopes;
import io.github.supersetsdk.client.internal.api.SecurityAuthApi;
import io.github.supersetsdk.client.internal.transport.Authenticator.Credential;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A slow refresh does not hold up the other callers while the old token still has time left; late
 * in the margin, or with no token, they wait for it.
 */
class TokenManagerRefreshTest {

  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  private final ExecutorService pool = Executors.newCachedThreadPool();
  private final CountDownLatch refreshEntered = new CountDownLatch(1);
  private final CountDownLatch releaseRefresh = new CountDownLatch(1);
  private final AtomicInteger refreshes = new AtomicInteger();
  private final MutableClock clock = new MutableClock(T0);

  @AfterEach
  void release() {
    releaseRefresh.countDown();
    pool.shutdownNow();
  }

  // A one-hour token issued at T0: its refresh margin is 30 s, from T0+3570 s to expiry at T0+3600 s.
  private final SecurityAuthApi api = new SecurityAuthApi() {
    @Override
    public Tokens login(LoginBody body) {
      return new Tokens(jwt(T0, T0.plusSeconds(3600), "first"), "refresh-token");
    }

    @Override
    public Tokens refresh(String refreshToken) {
      refreshes.incrementAndGet();
      refreshEntered.countDown();
      try {
        releaseRefresh.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return new Tokens(jwt(clock.instant(), clock.instant().plusSeconds(3600), "second"), null);
    }

    @Override
    public Envelopes.Result<String> csrfToken() {
      throw new UnsupportedOperationException();
    }
  };

  private final TokenManager tokens = new TokenManager(() -> Credentials.password("admin", "secret"), () -> api, clock);

  @Test
  void earlyInTheMargin_othersGoOnWithTheOldToken_whileOneRefreshes() throws Exception {
    Credential first = tokens.current();
    clock.now = T0.plusSeconds(3575);
    Future<Credential> refreshing = pool.submit(tokens::current);
    assertThat(refreshEntered.await(5, TimeUnit.SECONDS)).isTrue();

    Credential meanwhile = CompletableFuture.supplyAsync(tokens::current, pool).get(5, TimeUnit.SECONDS);

    assertThat(header(meanwhile)).isEqualTo(header(first));
    releaseRefresh.countDown();
    String second = header(refreshing.get(5, TimeUnit.SECONDS));
    assertThat(second).isNotEqualTo(header(first));
    assertThat(header(tokens.current())).isEqualTo(second);
    assertThat(refreshes).hasValue(1);
  }

  @Test
  void lateInTheMargin_othersWaitForTheRefresh() throws Exception {
    Credential first = tokens.current();
    clock.now = T0.plusSeconds(3590);
    Future<Credential> refreshing = pool.submit(tokens::current);
    assertThat(refreshEntered.await(5, TimeUnit.SECONDS)).isTrue();

    Future<Credential> waiting = pool.submit(tokens::current);
    Thread.sleep(300);
    assertThat(waiting).isNotDone();

    releaseRefresh.countDown();
    String second = header(refreshing.get(5, TimeUnit.SECONDS));
    assertThat(second).isNotEqualTo(header(first));
    assertThat(header(waiting.get(5, TimeUnit.SECONDS))).isEqualTo(second);
    assertThat(refreshes).hasValue(1);
  }

  private static String header(Credential c) {
    Map<String, Collection<String>> headers = new HashMap<>();
    c.applyTo(headers);
    return headers.get("Authorization").iterator().next();
  }

  private static String jwt(Instant iat, Instant exp, String marker) {
    String claims = "{\"sub\":\"1\",\"marker\":\"" + marker + "\",\"iat\":" + iat.getEpochSecond()
        + ",\"exp\":" + exp.getEpochSecond() + "}";
    return b64("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + b64(claims) + ".c2ln";
  }

  private static String b64(String s) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }

  private static final class MutableClock extends Clock {
    volatile Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
