package io.github.supersetsdk.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.supersetsdk.spring.boot.autoconfigure.internal.SecretKeys;
import org.junit.jupiter.api.Test;

class SecretKeysTest {

  @Test
  void isSecret_relaxedSpellingsOfTheSecrets_true() {
    assertThat(SecretKeys.isSecret("superset.password", "x")).isTrue();
    assertThat(SecretKeys.isSecret("SUPERSET_PASSWORD", "x")).isTrue();
    assertThat(SecretKeys.isSecret("superset.guest-token.signing-secret", "x")).isTrue();
    assertThat(SecretKeys.isSecret("superset.guestToken.signingSecret", "x")).isTrue();
    assertThat(SecretKeys.isSecret("SUPERSET_GUESTTOKEN_SIGNINGSECRET", "x")).isTrue();
    assertThat(SecretKeys.isSecret("SUPERSET_GUEST_TOKEN_SIGNING_SECRET", "x")).isTrue();
    assertThat(SecretKeys.isSecret("SUPERSET_CACHE_REDIS_URL", "x")).isTrue();
    assertThat(SecretKeys.isSecret("SPRING_DATA_REDIS_PASSWORD", "x")).isTrue();
    assertThat(SecretKeys.isSecret("superset.cache.redisUrl", "x")).isTrue();
    assertThat(SecretKeys.isSecret("spring.data.redis.password", "x")).isTrue();
  }

  @Test
  void isSecret_everyDefaultHeaderValue_inAnySpelling() {
    assertThat(SecretKeys.isSecret("superset.default-headers.CF-Access-Client-Secret", "x")).isTrue();
    assertThat(SecretKeys.isSecret("superset.default-headers[X-Gateway-Key]", "x")).isTrue();
    assertThat(SecretKeys.isSecret("superset.defaultHeaders.X-Gateway-Key", "x")).isTrue();
    assertThat(SecretKeys.isSecret("SUPERSET_DEFAULTHEADERS_XGATEWAYKEY", "x")).isTrue();
    assertThat(SecretKeys.isSecret("SUPERSET_DEFAULT_HEADERS", "x")).isTrue();
  }

  @Test
  void isSecret_baseUrl_onlyWithAUserPart() {
    assertThat(SecretKeys.isSecret("superset.base-url", "https://u:p@bi.example.org")).isTrue();
    assertThat(SecretKeys.isSecret("superset.baseUrl", "https://bi.example.org/x@y")).isFalse();
  }

  @Test
  void isSecret_otherKeys_false() {
    assertThat(SecretKeys.isSecret("superset.username", "admin")).isFalse();
    assertThat(SecretKeys.isSecret("superset.guest-token.audience", "aud")).isFalse();
  }
}
