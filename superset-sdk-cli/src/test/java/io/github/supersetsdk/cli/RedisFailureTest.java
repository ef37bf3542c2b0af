package io.github.supersetsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The line naming a failed Redis: its URI without the password, how many calls failed, and why. */
class RedisFailureTest {

  @Test
  void describe_masksThePassword_andGivesTheCachesReason() {
    String line = RedisFailure.describe("redis://:pw-Secret@127.0.0.1:6390/0", 9,
        "Redis get failed: Unable to connect to 127.0.0.1/<unresolved>:6390: Connection refused");
    assertThat(line).isEqualTo("Redis at redis://:***@127.0.0.1:6390/0 failed (9 calls): Redis get failed:"
        + " Unable to connect to 127.0.0.1/<unresolved>:6390: Connection refused; the SDK cache ran on its"
        + " in-process tier only");
    assertThat(RedisFailure.describe("redis://127.0.0.1:6390", 1, null))
        .isEqualTo("Redis at redis://127.0.0.1:6390 failed (1 call); the SDK cache ran on its in-process tier only");
  }
}
