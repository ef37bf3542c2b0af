package io.github.supersetsdk.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.supersetsdk.spring.boot.autoconfigure.internal.SecretKeys;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

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

  @Test
  void secretValues_areFoundUnderOtherKeys_placeholdersResolved() {
    MockEnvironment env = new MockEnvironment()
        .withProperty("GUEST_TOKEN_JWT_SECRET", "s1gning-secret-value")
        .withProperty("superset.guest-token.signing-secret", "${GUEST_TOKEN_JWT_SECRET}")
        .withProperty("superset.password", "pw-9f3c")
        .withProperty("superset.default-headers.X-Key", "hdr-77aa")
        .withProperty("superset.cache.redis-url", "${NOT_SET_ANYWHERE}");
    List<String> secrets = SecretKeys.secretValues(env);

    assertThat(secrets).contains("s1gning-secret-value", "pw-9f3c", "hdr-77aa");
    assertThat(SecretKeys.holdsSecret("s1gning-secret-value", secrets)).isTrue();
    assertThat(SecretKeys.holdsSecret("{\"superset\":{\"password\":\"pw-9f3c\"}}", secrets)).isTrue();
    assertThat(SecretKeys.holdsSecret("app.jar --superset.password=pw-9f3c", secrets)).isTrue();
    assertThat(SecretKeys.holdsSecret("http://127.0.0.1:8088", secrets)).isFalse();
    assertThat(SecretKeys.holdsSecret(null, secrets)).isFalse();
    // A secret of a few characters masks only a value that is exactly it, not every word holding it.
    List<String> shortOne = List.of("ab");
    assertThat(SecretKeys.holdsSecret("ab", shortOne)).isTrue();
    assertThat(SecretKeys.holdsSecret("table", shortOne)).isFalse();
  }
}
