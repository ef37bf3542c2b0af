package io.github.supersetsdk.client.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The refresh margin grows with the token's lifetime: half of a short one, a fifth, then at most 30 s. */
class TokenManagerMarginTest {

  private static Duration margin(long lifetimeSeconds) {
    return TokenManager.refreshMargin(Duration.ofSeconds(lifetimeSeconds));
  }

  @Test
  void shortLifetimes_refreshWithHalfTheLifetimeLeft() {
    assertThat(margin(10)).isEqualTo(Duration.ofSeconds(5));
    assertThat(margin(4)).isEqualTo(Duration.ofSeconds(2));
    assertThat(TokenManager.refreshMargin(Duration.ofMillis(1))).isEqualTo(Duration.ofNanos(500_000));
  }

  @Test
  void mediumLifetimes_atLeastFiveSeconds_thenAFifth() {
    assertThat(margin(20)).isEqualTo(Duration.ofSeconds(5));
    assertThat(margin(60)).isEqualTo(Duration.ofSeconds(12));
    assertThat(margin(100)).isEqualTo(Duration.ofSeconds(20));
  }

  @Test
  void longLifetimes_capAtThirtySeconds() {
    assertThat(margin(150)).isEqualTo(Duration.ofSeconds(30));
    assertThat(margin(3600)).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void nonPositiveLifetime_hasNoMargin() {
    assertThat(margin(0)).isEqualTo(Duration.ZERO);
    assertThat(margin(-5)).isEqualTo(Duration.ZERO);
  }
}
