package io.github.supersetsdk.cache.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import org.junit.jupiter.api.Test;

/** The one line an operator reads about the latest Redis failure. */
class FailureDescriptionTest {

  @Test
  void describe_givesEachDistinctReasonDownTheCauseChain_onOneLine() {
    RuntimeException e = new RuntimeException("Unable to connect to 127.0.0.1/<unresolved>:6390",
        new ConnectException("Connection refused:\n /127.0.0.1:6390"));
    assertThat(TieredCacheCore.describeFailure("get", e))
        .isEqualTo("Redis get failed: Unable to connect to 127.0.0.1/<unresolved>:6390: Connection refused: /127.0.0.1:6390");
    // A cause that only repeats its wrapper's message is said once.
    RuntimeException wrapped = new RuntimeException("timed out", new RuntimeException("timed out"));
    assertThat(TieredCacheCore.describeFailure("set", wrapped)).isEqualTo("Redis set failed: timed out");
    assertThat(TieredCacheCore.describeFailure("set", new IllegalStateException()))
        .isEqualTo("Redis set failed: IllegalStateException");
  }

  @Test
  void describe_masksThePasswordOfAnyRedisUriInTheMessage() {
    RuntimeException e = new RuntimeException("cannot reach rediss://app:s3cret@cache.internal:6380/0");
    assertThat(TieredCacheCore.describeFailure("get", e))
        .isEqualTo("Redis get failed: cannot reach rediss://***@cache.internal:6380/0")
        .doesNotContain("s3cret");
    // A password holding '@', and a sentinel URI.
    assertThat(TieredCacheCore.describeFailure("get",
        new RuntimeException("at redis-sentinel://:p@ss@w0rd@sentinel:26379/0#mymaster")))
        .isEqualTo("Redis get failed: at redis-sentinel://***@sentinel:26379/0#mymaster");
  }

  @Test
  void describe_endsOnACycleOfCauses() {
    RuntimeException a = new RuntimeException("a");
    RuntimeException b = new RuntimeException("b", a);
    a.initCause(b);
    assertThat(TieredCacheCore.describeFailure("get", a)).startsWith("Redis get failed: a: b");
  }
}
