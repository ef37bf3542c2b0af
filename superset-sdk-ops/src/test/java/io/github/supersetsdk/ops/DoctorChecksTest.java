package io.github.supersetsdk.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.supersetsdk.cache.TierStats;
import io.github.supersetsdk.cache.TieredCacheStats;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class DoctorChecksTest {

  private static TieredCacheStats stats(long l1Hits, long l1Misses, long l2Hits, long l2Misses, long l2Errors) {
    return TieredCacheStats.of(new TierStats(l1Hits, l1Misses, 0, 0, 0), new TierStats(l2Hits, l2Misses, 0, 0, l2Errors),
        0, 0, 0, 0);
  }

  @Test
  void reachable_namesTheCommonCausesOfNoAnswer() {
    CheckResult tls = Doctor.unreachable("https://localhost:18443", new java.io.IOException("handshake",
        new javax.net.ssl.SSLHandshakeException("PKIX path building failed: unable to find valid certification path")));
    assertThat(tls.finding()).contains("TLS certificate this JVM does not trust");
    assertThat(tls.hint()).contains("javax.net.ssl.trustStore");
    assertThat(Doctor.unreachable("http://127.0.0.1:1", new java.net.ConnectException()).finding())
        .isEqualTo("nothing answers at http://127.0.0.1:1 (connection refused)");
    assertThat(Doctor.unhealthy("http://h/superset/welcome", 404).finding()).contains("not Superset's root");
    assertThat(Doctor.unhealthy("http://h", 503).hint()).contains("metadata database or cache");
  }

  @Test
  void reachable_unresolvedHost_saysUnknownHostNotRefused() {
    // What java.net.http throws for a host that does not resolve: a ConnectException over the cause.
    java.net.ConnectException unresolved = new java.net.ConnectException();
    unresolved.initCause(new java.nio.channels.UnresolvedAddressException());
    CheckResult r = Doctor.unreachable("http://nonexistent.invalid:8088", unresolved);
    assertThat(r.status()).isEqualTo(CheckStatus.FAIL);
    assertThat(r.finding()).isEqualTo("unknown host in http://nonexistent.invalid:8088");
    assertThat(r.hint()).doesNotContain("start Superset");

    java.net.ConnectException unknown = new java.net.ConnectException("nonexistent.invalid");
    unknown.initCause(new java.net.UnknownHostException("nonexistent.invalid"));
    assertThat(Doctor.unreachable("http://nonexistent.invalid:8088", new java.io.IOException(unknown)).finding())
        .isEqualTo("unknown host in http://nonexistent.invalid:8088");
  }

  @Test
  void tokenLifetime_tenSeconds_warnsAboutRefreshes() {
    CheckResult r = Doctor.tokenLifetime(Duration.ofSeconds(10));
    assertThat(r.status()).isEqualTo(CheckStatus.WARN);
    assertThat(r.finding()).contains("10 s");
    assertThat(r.hint()).contains("JWT_ACCESS_TOKEN_EXPIRES");
  }

  @Test
  void tokenLifetime_fifteenMinutes_isOk() {
    assertThat(Doctor.tokenLifetime(Duration.ofMinutes(15)))
        .isEqualTo(CheckResult.ok("auth.token_lifetime", "access tokens live 15 min"));
  }

  @Test
  void tokenLifetime_twoDays_warnsAboutLeaks() {
    CheckResult r = Doctor.tokenLifetime(Duration.ofDays(2));
    assertThat(r.status()).isEqualTo(CheckStatus.WARN);
    assertThat(r.finding()).contains("48 h").contains("leaked");
  }

  @Test
  void cache_overallHitRateCountsL2HitsOverL1Reads() {
    // 60 L1 hits + 20 L2 hits over 100 reads: 80%, above the 70% target although L1 alone is 60%.
    CheckResult r = Doctor.cache("charts", stats(60, 40, 20, 20, 0));
    assertThat(r.status()).isEqualTo(CheckStatus.OK);
    assertThat(r.finding()).startsWith("hit rate 80.0% over 100 reads (L1 60.0%, L2 50.0%)");
  }

  @Test
  void cache_belowSeventyPercent_warns() {
    CheckResult r = Doctor.cache("charts", stats(50, 50, 10, 40, 0));
    assertThat(r.status()).isEqualTo(CheckStatus.WARN);
    assertThat(r.name()).isEqualTo("cache[charts]");
    assertThat(r.finding()).startsWith("hit rate 60.0%");
  }

  @Test
  void cache_manyRedisErrors_warnsAboutRedis() {
    CheckResult r = Doctor.cache("charts", stats(90, 10, 5, 0, 5));
    assertThat(r.status()).isEqualTo(CheckStatus.WARN);
    assertThat(r.hint()).contains("Redis");
  }

  @Test
  void cache_noReads_isOk() {
    assertThat(Doctor.cache("charts", TieredCacheStats.empty()).finding()).isEqualTo("no reads yet");
  }

  @Test
  void report_worstStatusAndLookups() {
    DoctorReport report = new DoctorReport(List.of(CheckResult.ok("a", "fine"), CheckResult.warn("b", "meh", "fix b"),
        CheckResult.fail("c", "broken", "fix c")));
    assertThat(report.worst()).isEqualTo(CheckStatus.FAIL);
    assertThat(report.hasFailures()).isTrue();
    assertThat(report.withStatus(CheckStatus.WARN)).extracting(CheckResult::name).containsExactly("b");
    assertThat(report.find("c")).map(CheckResult::finding).contains("broken");
    assertThat(new DoctorReport(List.of()).worst()).isEqualTo(CheckStatus.OK);
  }

  @Test
  void dashboardLoad_sortsSlowestFirstAndAddsUp() {
    ChartLoad fast = new ChartLoad(io.github.supersetsdk.client.id.ChartId.of(1), "fast", Duration.ofMillis(100), true, 3, null, ChartSource.SDK_CACHE_L1);
    ChartLoad slow = new ChartLoad(io.github.supersetsdk.client.id.ChartId.of(2), "slow", Duration.ofMillis(900), false, 5, null, ChartSource.SUPERSET);
    ChartLoad failed = new ChartLoad(io.github.supersetsdk.client.id.ChartId.of(3), "failed", Duration.ofMillis(50), null, 0, "boom", ChartSource.SUPERSET);
    DashboardLoad load = new DashboardLoad(true, false, Duration.ofMillis(950), List.of(fast, slow, failed));
    assertThat(load.charts()).extracting(ChartLoad::name).containsExactly("slow", "fast", "failed");
    assertThat(load.totalChartLatency()).isEqualTo(Duration.ofMillis(1050));
    assertThat(load.errors()).isEqualTo(1);
    assertThat(load.servedBySdkCache()).isEqualTo(1);
    assertThat(load.meets(Duration.ofSeconds(5))).isTrue();
    assertThat(load.meets(Duration.ofMillis(900))).isFalse();
  }
}
