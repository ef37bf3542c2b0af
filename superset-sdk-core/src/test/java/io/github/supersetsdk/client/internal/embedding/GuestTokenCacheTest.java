package io.github.supersetsdk.client.internal.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.supersetsdk.client.model.GuestToken;
import io.github.supersetsdk.client.model.GuestUser;
import io.github.supersetsdk.client.request.GuestResource;
import io.github.supersetsdk.client.request.GuestTokenRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class GuestTokenCacheTest {

  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  private static GuestTokenRequest request(String user) {
    return GuestTokenRequest.builder().resource(GuestResource.dashboard(UUID.fromString("00000000-0000-0000-0000-000000000001"))).user(GuestUser.of(user)).build();
  }

  @Test
  void get_burstForOneRequest_mintsOnce() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    CountDownLatch minting = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    GuestTokenCache cache = new GuestTokenCache(r -> {
      calls.incrementAndGet();
      minting.countDown();
      await(release);
      return GuestToken.of("token-" + calls.get(), NOW.plusSeconds(300));
    }, CLOCK, Duration.ofSeconds(30), 100);

    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<GuestToken>> results = new ArrayList<>();
      results.add(pool.submit(() -> cache.get(request("u"))));
      assertThat(minting.await(5, TimeUnit.SECONDS)).isTrue();
      for (int i = 0; i < 31; i++) {
        results.add(pool.submit(() -> cache.get(request("u"))));
      }
      // Let the waiters reach the in-flight mint before it completes.
      Thread.sleep(100);
      release.countDown();
      for (Future<GuestToken> f : results) {
        assertThat(f.get(5, TimeUnit.SECONDS).value()).isEqualTo("token-1");
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(calls).hasValue(1);
    assertThat(cache.mints()).isEqualTo(1);
    assertThat(cache.hits()).isEqualTo(31);
  }

  @Test
  void get_failedMint_isSharedByItsWaitersAndNotCached() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    CountDownLatch minting = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    GuestTokenCache cache = new GuestTokenCache(r -> {
      calls.incrementAndGet();
      minting.countDown();
      await(release);
      throw new IllegalStateException("mint failed");
    }, CLOCK, Duration.ofSeconds(30), 100);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      Future<GuestToken> first = pool.submit(() -> cache.get(request("u")));
      assertThat(minting.await(5, TimeUnit.SECONDS)).isTrue();
      Future<GuestToken> waiter = pool.submit(() -> cache.get(request("u")));
      Thread.sleep(100);
      release.countDown();
      assertThatThrownBy(() -> first.get(5, TimeUnit.SECONDS)).hasRootCauseMessage("mint failed");
      assertThatThrownBy(() -> waiter.get(5, TimeUnit.SECONDS)).hasRootCauseMessage("mint failed");
    } finally {
      pool.shutdownNow();
    }
    assertThat(calls).hasValue(1);
    assertThat(cache.size()).isZero();
    assertThatThrownBy(() -> cache.get(request("u"))).hasMessage("mint failed");
    assertThat(calls).hasValue(2);
  }

  @Test
  void get_tokenWithoutExpiry_isNeverCached() {
    AtomicInteger calls = new AtomicInteger();
    GuestTokenCache cache = new GuestTokenCache(
        r -> GuestToken.of("opaque-" + calls.incrementAndGet(), null), CLOCK, Duration.ofSeconds(30), 100);
    assertThat(cache.get(request("u")).value()).isEqualTo("opaque-1");
    assertThat(cache.get(request("u")).value()).isEqualTo("opaque-2");
    assertThat(cache.size()).isZero();
  }

  @Test
  void get_pastMaximumSize_dropsEntries() {
    GuestTokenCache cache = new GuestTokenCache(
        r -> GuestToken.of("t", NOW.plusSeconds(300)), CLOCK, Duration.ofSeconds(30), 3);
    for (int i = 0; i < 10; i++) {
      cache.get(request("u" + i));
    }
    assertThat(cache.size()).isLessThanOrEqualTo(3);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
