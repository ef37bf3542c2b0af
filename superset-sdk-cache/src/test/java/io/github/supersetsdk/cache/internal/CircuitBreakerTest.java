package io.github.supersetsdk.cache.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.supersetsdk.cache.FakeTicker;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {

  private final FakeTicker ticker = new FakeTicker();
  private final CircuitBreaker breaker = new CircuitBreaker(ticker, 3, Duration.ofSeconds(5));

  @Test
  void tryAcquire_belowThreshold_staysClosed() {
    breaker.onFailure();
    breaker.onFailure();
    assertThat(breaker.tryAcquire()).isTrue();
    breaker.onSuccess();
    breaker.onFailure();
    breaker.onFailure();
    assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);
  }

  @Test
  void tryAcquire_open_refusesUntilDurationThenAllowsOneProbe() {
    for (int i = 0; i < 3; i++) {
      breaker.onFailure();
    }
    assertThat(breaker.tryAcquire()).isFalse();
    ticker.advance(Duration.ofMillis(4_999));
    assertThat(breaker.tryAcquire()).isFalse();
    ticker.advance(Duration.ofMillis(1));
    assertThat(breaker.tryAcquire()).isTrue();
    assertThat(breaker.tryAcquire()).isFalse(); // the probe is in flight
    breaker.onSuccess();
    assertThat(breaker.tryAcquire()).isTrue();
  }

  @Test
  void onFailure_probeFails_reopensForFullDuration() {
    for (int i = 0; i < 3; i++) {
      breaker.onFailure();
    }
    ticker.advance(Duration.ofSeconds(5));
    assertThat(breaker.tryAcquire()).isTrue();
    breaker.onFailure();
    assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.OPEN);
    ticker.advance(Duration.ofSeconds(4));
    assertThat(breaker.tryAcquire()).isFalse();
    ticker.advance(Duration.ofSeconds(1));
    assertThat(breaker.tryAcquire()).isTrue();
  }
}
