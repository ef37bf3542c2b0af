package io.github.supersetsdk.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.supersetsdk.cache.internal.RedisUris;
import io.lettuce.core.RedisURI;
import org.junit.jupiter.api.Test;

class RedisConfigTest {

  @Test
  void toString_masksThePasswordOfEveryUriShape() {
    for (String uri : new String[] {
        "redis://:S3cret@127.0.0.1:6379/0", "redis://default:S3cret@my_redis:6379/0",
        "redis://S3cret@host_x", "rediss://user:S3cret@cache.example.com:6380", "redis://:S3cret@redis_cache:6379"}) {
      assertThat(RedisConfig.of(uri).toString()).as(uri).doesNotContain("S3cret").contains("***@");
    }
    String cluster = RedisConfig.cluster("redis://:S3cret@node_1:7001", "redis://:S3cret@node2:7001").toString();
    assertThat(cluster).doesNotContain("S3cret").contains("redis://:***@node_1:7001,redis://:***@node2:7001");
    assertThat(RedisConfig.of("redis://127.0.0.1:6379/0").toString()).contains("uri=redis://127.0.0.1:6379/0,");
  }

  @Test
  void hostWithAnUnderscore_isReadAsHostAndPort() {
    // java.net.URI reads no host from "redis_cache:6379"; Lettuce took the whole text for the host.
    RedisURI uri = RedisUris.parse("redis://:pw@redis_cache:6380/2");
    assertThat(uri.getHost()).isEqualTo("redis_cache");
    assertThat(uri.getPort()).isEqualTo(6380);
    assertThat(uri.getDatabase()).isEqualTo(2);
    assertThat(new String(uri.getPassword())).isEqualTo("pw");
    RedisURI plain = RedisUris.parse("redis://127.0.0.1:7001");
    assertThat(plain.getHost()).isEqualTo("127.0.0.1");
    assertThat(plain.getPort()).isEqualTo(7001);
    RedisURI v6 = RedisUris.parse("redis://[::1]:6379");
    assertThat(v6.getPort()).isEqualTo(6379);
    assertThat(v6.getHost()).contains("::1");
  }

  @Test
  void malformedParts_areRefusedNamingThePartWithoutThePassword() {
    assertThatThrownBy(() -> RedisConfig.of("redis://:S3cret@127.0.0.1:abc"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("port 'abc' of host '")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("S3cret"));
    assertThatThrownBy(() -> RedisConfig.of("redis://:S3cret@127.0.0.1:6379/notadb"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("database")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("S3cret"));
    assertThatThrownBy(() -> RedisConfig.of("http://x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got scheme http");
    assertThatThrownBy(() -> RedisConfig.of("localhost:6379"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("redis://");
    assertThatThrownBy(() -> RedisConfig.cluster("redis://n1:7001", "redis://n2:x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("port 'x'");
  }

  @Test
  void cachesPrintTheirPrefixAndRedis_withoutThePassword() {
    try (TieredCache<String, String> cache = TieredCache.<String, String>builder()
        .redis(RedisConfig.of("redis://:S3cret@127.0.0.1:1"))
        .keyPrefix("reports:").codec(CacheCodec.utf8()).loader(k -> Tagged.of(k)).build()) {
      assertThat(cache.toString()).startsWith("TieredCache[keyPrefix=reports:, redis=RedisConfig[uri=redis://:***@127.0.0.1:1")
          .doesNotContain("S3cret");
    }
  }
}
