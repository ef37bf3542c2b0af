package io.github.supersetsdk.cache.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.supersetsdk.cache.FakeTicker;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class GenerationTrackerTest {

  private final FakeTicker ticker = new FakeTicker();
  private final GenerationTracker tracker = new GenerationTracker(ticker, Duration.ofSeconds(5));
  private final Map<String, Long> redis = new HashMap<>();
  private final AtomicInteger reads = new AtomicInteger();

  private Map<String, Long> read(List<String> tags) {
    reads.incrementAndGet();
    Map<String, Long> out = new HashMap<>();
    tags.forEach(t -> out.put(t, redis.getOrDefault(t, 0L)));
    return out;
  }

  @Test
  void refreshIfDue_readsRedisAtMostOncePerMaxStaleness() {
    tracker.refreshIfDue(this::read);
    assertThat(reads).hasValue(1);
    ticker.advance(Duration.ofMillis(4_999));
    tracker.refreshIfDue(this::read);
    assertThat(reads).hasValue(1);
    ticker.advance(Duration.ofMillis(1));
    tracker.refreshIfDue(this::read);
    assertThat(reads).hasValue(2);
  }

  @Test
  void current_generationRaisedByRefresh_entryStale() {
    tracker.observe("t", 3);
    Entry<String> e = new Entry<>("v", Set.of("t"), Map.of("t", 3L), 0L);
    tracker.refreshIfDue(this::read);
    assertThat(tracker.current(e)).isTrue();
    redis.put("t", 7L); // invalidated elsewhere, message lost
    tracker.refreshIfDue(this::read);
    assertThat(tracker.current(e)).isTrue();
    ticker.advance(Duration.ofSeconds(5));
    tracker.refreshIfDue(this::read);
    assertThat(tracker.current(e)).isFalse();
  }

  @Test
  void observe_olderMessageAfterNewer_neverLowers() {
    tracker.observe("t", 9);
    tracker.observe("t", 4);
    assertThat(tracker.known("t")).isEqualTo(9);
  }

  @Test
  void refreshIfDue_redisFails_unverifiedAndRetriedOnNextRead() {
    tracker.refreshIfDue(tags -> null);
    assertThat(tracker.verified()).isFalse();
    tracker.refreshIfDue(this::read);
    assertThat(tracker.verified()).isTrue();
    tracker.markUnverified();
    tracker.refreshIfDue(this::read); // not due by time, but a failure forces a re-read
    assertThat(reads).hasValue(2);
  }

  @Test
  void current_unverifiedEntryWithTags_neverCurrent() {
    assertThat(tracker.current(new Entry<>("v", Set.of("t"), null, 0L))).isFalse();
    assertThat(tracker.current(new Entry<>("v", Set.of(), null, 0L))).isTrue();
  }
}
