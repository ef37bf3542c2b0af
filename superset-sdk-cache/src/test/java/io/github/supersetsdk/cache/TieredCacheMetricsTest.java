package io.github.supersetsdk.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.supersetsdk.cache.micrometer.TieredCacheMetrics;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The Micrometer binder reads the cache's stats under the documented names and tags. */
class TieredCacheMetricsTest {

  private final FakeTicker ticker = new FakeTicker();
  private final InMemoryL2Store server = new InMemoryL2Store(ticker);

  private TieredCache<String, String> cache() {
    return TieredCache.<String, String>builder()
        .keyPrefix("m:")
        .codec(CacheCodec.utf8())
        .ticker(ticker)
        .maximumSize(2)
        .loader(key -> {
          ticker.advance(Duration.ofMillis(30)); // the load "takes" 30 ms on the fake clock
          if (key.equals("bad")) {
            throw new IllegalStateException("no");
          }
          return Tagged.of(key, "t");
        })
        .build(server::connect);
  }

  private static double count(SimpleMeterRegistry r, String name, String... tags) {
    return r.get(name).tags(tags).functionCounter().count();
  }

  @Test
  void bindTo_publishesStatsPerTierAndResult() {
    TieredCache<String, String> a = cache();
    TieredCache<String, String> b = cache();
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    TieredCacheMetrics.of(b, "chart-data", Tags.of("replica", "b")).bindTo(registry);

    a.get("x");          // in L2 now
    b.get("x");          // b: L1 miss, L2 hit
    b.get("x");          // b: L1 hit
    b.get("y");          // b: L1 miss, L2 miss, load
    b.get("z");          // load; L1 holds at most 2
    try {
      b.get("bad");
    } catch (IllegalStateException expected) {
      // counted as a failed load
    }
    b.invalidateTag("t");
    server.down = true;
    b.get("w");          // Redis errors, load anyway
    b.core().cleanUp();

    assertThat(count(registry, "superset.sdk.cache.gets", "cache", "chart-data", "replica", "b", "tier", "l1", "result", "hit"))
        .isEqualTo(1);
    assertThat(count(registry, "superset.sdk.cache.gets", "tier", "l1", "result", "miss")).isEqualTo(5);
    assertThat(count(registry, "superset.sdk.cache.gets", "tier", "l2", "result", "hit")).isEqualTo(1);
    assertThat(count(registry, "superset.sdk.cache.gets", "tier", "l2", "result", "miss")).isEqualTo(3);
    assertThat(count(registry, "superset.sdk.cache.loads", "result", "success")).isEqualTo(3);
    assertThat(count(registry, "superset.sdk.cache.loads", "result", "failure")).isEqualTo(1);
    assertThat(count(registry, "superset.sdk.cache.invalidations", "tier", "l2")).isEqualTo(1);
    assertThat(count(registry, "superset.sdk.cache.evictions", "tier", "l1")).isPositive();
    assertThat(count(registry, "superset.sdk.cache.l2.errors")).isPositive();
    assertThat(count(registry, "superset.sdk.cache.lease.waits", "result", "timeout")).isZero();
    FunctionTimer timer = registry.get("superset.sdk.cache.load.duration").functionTimer();
    assertThat(timer.count()).isEqualTo(4);
    assertThat(timer.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(120);
    assertThat(registry.get("superset.sdk.cache.size").tags("tier", "l1").gauge().value()).isBetween(1.0, 2.0);
  }

  @Test
  void bindTo_eachNameHasOneDescription_coveringEveryTagValue() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    TieredCacheMetrics.of(cache(), "reports").bindTo(registry);

    // Prometheus shows a name's first description as the HELP of all its series: it must not speak
    // of one result only ("Loader calls that threw" over the successful loads too).
    for (String name : List.of(TieredCacheMetrics.GETS, TieredCacheMetrics.LOADS, TieredCacheMetrics.LEASE_WAITS)) {
      Set<String> descriptions = registry.find(name).meters().stream()
          .map(m -> m.getId().getDescription()).collect(Collectors.toSet());
      assertThat(descriptions).as(name).hasSize(1);
      String description = descriptions.iterator().next();
      for (String result : registry.find(name).meters().stream().map(m -> m.getId().getTag("result")).toList()) {
        assertThat(description).as(name).contains("(" + result + ")");
      }
    }
  }
}
