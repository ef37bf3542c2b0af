package io.github.supersetsdk.client.embedding;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.SignedJWT;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.exception.ServerException;
import io.github.supersetsdk.client.id.DatasetId;
import io.github.supersetsdk.client.model.GuestToken;
import io.github.supersetsdk.client.model.GuestUser;
import io.github.supersetsdk.client.request.GuestResource;
import io.github.supersetsdk.client.request.GuestTokenRequest;
import io.github.supersetsdk.client.request.RlsClause;
import io.github.supersetsdk.client.testing.FakeSuperset;
import io.github.supersetsdk.client.testing.Jwts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class GuestTokenServiceTest {

  @RegisterExtension
  static final FakeSuperset superset = FakeSuperset.withoutRetries();

  private static final String SECRET = "a-guest-token-secret-of-at-least-32-bytes";
  private static final UUID EMBED = UUID.fromString("3f1c7a2e-5d7b-4c61-9a52-2d1b8e0f6a11");
  private static final Instant T0 = Instant.parse("2026-01-02T03:04:05Z");

  private static GuestTokenRequest request(String tenant) {
    return GuestTokenRequest.builder()
        .resource(GuestResource.dashboard(EMBED))
        .user(new GuestUser("viewer-" + tenant, "Ada", null))
        .rls(RlsClause.equalTo("tenant_slug", tenant))
        .rls(RlsClause.equalTo("tenant_id", 7).onDataset(DatasetId.of(12)))
        .build();
  }

  /** A clock the test moves by hand. */
  static final class MutableClock extends Clock {
    volatile Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void signing_writesSupersetsClaims_verifiableWithTheSecret() throws Exception {
    GuestTokenService service = GuestTokenService.builder()
        .signing(GuestTokenSigning.hs256(SECRET, "superset-sdk").withLifetime(Duration.ofSeconds(120)))
        .clock(Clock.fixed(T0.plusMillis(700), ZoneOffset.UTC))
        .build();

    GuestToken token = service.mint(request("kaffeekontor"));

    SignedJWT jwt = SignedJWT.parse(token.value());
    assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.HS256);
    assertThat(jwt.verify(new MACVerifier(SECRET))).isTrue();
    Map<String, Object> claims = jwt.getJWTClaimsSet().toJSONObject();
    assertThat(claims).containsOnlyKeys("user", "resources", "rls_rules", "iat", "exp", "aud", "type");
    assertThat(claims.get("user")).isEqualTo(Map.of("username", "viewer-kaffeekontor", "first_name", "Ada"));
    assertThat(claims.get("resources")).isEqualTo(List.of(Map.of("type", "dashboard", "id", EMBED.toString())));
    assertThat(claims.get("rls_rules")).isEqualTo(List.of(
        Map.of("clause", "tenant_slug = 'kaffeekontor'"),
        Map.of("dataset", 12L, "clause", "tenant_id = 7")));
    assertThat(claims.get("aud")).isEqualTo("superset-sdk");
    assertThat(claims.get("type")).isEqualTo("guest");
    assertThat(claims.get("iat")).isEqualTo(T0.getEpochSecond());
    assertThat(claims.get("exp")).isEqualTo(T0.getEpochSecond() + 120);
    assertThat(token.expiresAt()).isEqualTo(T0.plusSeconds(120));
    assertThat(jwt.verify(new MACVerifier("another-secret-that-is-32-bytes-long!"))).isFalse();
  }

  @Test
  void token_sameRequest_isCachedUntilTheRefreshMargin_thenMintedAnew() {
    MutableClock clock = new MutableClock(T0);
    GuestTokenService service = GuestTokenService.builder()
        .signing(GuestTokenSigning.hs256(SECRET, "aud").withLifetime(Duration.ofSeconds(300)))
        .refreshMargin(Duration.ofSeconds(30))
        .clock(clock)
        .build();

    GuestToken first = service.token(request("a"));
    clock.now = T0.plusSeconds(269);
    assertThat(service.token(request("a"))).isSameAs(first);
    assertThat(service.token(request("b"))).isNotEqualTo(first);

    clock.now = T0.plusSeconds(270); // exp - 30 s: no longer handed out
    GuestToken second = service.token(request("a"));
    assertThat(second).isNotEqualTo(first);
    assertThat(second.expiresAt()).isEqualTo(T0.plusSeconds(570));
    assertThat(service.stats()).isEqualTo(new GuestTokenStats(1, 3, 0, 2));
  }

  @Test
  void token_shortLifetime_marginCappedAtHalfTheLifetime() {
    MutableClock clock = new MutableClock(T0);
    GuestTokenService service = GuestTokenService.builder()
        .signing(GuestTokenSigning.hs256(SECRET, "aud").withLifetime(Duration.ofSeconds(20)))
        .clock(clock)
        .build();
    GuestToken first = service.token(request("a"));
    clock.now = T0.plusSeconds(9);
    assertThat(service.token(request("a"))).isSameAs(first);
    clock.now = T0.plusSeconds(10);
    assertThat(service.token(request("a"))).isNotEqualTo(first);
  }

  @Test
  void invalidate_forgetsTheToken() {
    MutableClock clock = new MutableClock(T0);
    GuestTokenService service = GuestTokenService.builder().signing(GuestTokenSigning.hs256(SECRET, "aud"))
        .clock(clock).build();
    GuestToken first = service.token(request("a"));
    clock.now = T0.plusSeconds(1); // a new iat, so a new token is visibly different
    service.invalidate(request("a"));
    assertThat(service.token(request("a"))).isNotEqualTo(first);
    service.invalidateAll();
    assertThat(service.stats().size()).isZero();
  }

  @Test
  void token_remote_mintsOnceThroughTheApiAndCaches() {
    superset.stubAuth();
    String jwt = Jwts.token(Instant.now(), Instant.now().plusSeconds(300));
    superset.stubFor(post(urlPathEqualTo("/api/v1/security/guest_token/")).willReturn(okJson("{\"token\":\"" + jwt + "\"}")));
    try (SupersetClient client = superset.client()) {
      GuestTokenService service = GuestTokenService.builder().client(client).build();
      assertThat(service.signsLocally()).isFalse();
      for (int i = 0; i < 5; i++) {
        assertThat(service.token(request("a")).value()).isEqualTo(jwt);
      }
      superset.verify(1, postRequestedFor(urlPathEqualTo("/api/v1/security/guest_token/")));
      assertThat(service.stats().hits()).isEqualTo(4);
      assertThat(service.toString()).doesNotContain(jwt);
    }
  }

  @Test
  void token_remoteFailure_isThrownAndNotCached() {
    superset.stubAuth();
    superset.stubFor(post(urlPathEqualTo("/api/v1/security/guest_token/"))
        .willReturn(aResponse().withStatus(500).withHeader("Content-Type", "application/json")
            .withBody("{\"message\":\"boom\"}")));
    try (SupersetClient client = superset.client()) {
      GuestTokenService service = GuestTokenService.builder().client(client).build();
      assertThatThrownBy(() -> service.token(request("a"))).isInstanceOf(ServerException.class);
      assertThatThrownBy(() -> service.token(request("a"))).isInstanceOf(ServerException.class);
      assertThat(service.stats()).isEqualTo(new GuestTokenStats(0, 2, 2, 0));
    }
  }

  @Test
  void builder_neitherOrBoth_isRefused() {
    assertThatThrownBy(() -> GuestTokenService.builder().build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("client(...)");
    try (SupersetClient client = superset.client()) {
      assertThatThrownBy(() -> GuestTokenService.builder().client(client)
          .signing(GuestTokenSigning.hs256(SECRET, "aud")).build())
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("not both");
    }
  }

  @Test
  void signing_shortSecretOrBlankAudience_isRefusedWithoutEchoingTheSecret() {
    assertThatThrownBy(() -> GuestTokenSigning.hs256("short-secret-xyz", "aud"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("16 bytes").hasMessageContaining("at least 32")
        .hasMessageNotContaining("short-secret-xyz");
    assertThatThrownBy(() -> GuestTokenSigning.of(GuestTokenAlgorithm.HS512, SECRET, "aud"))
        .hasMessageContaining("at least 64");
    assertThatThrownBy(() -> GuestTokenSigning.hs256(SECRET, " ")).hasMessageContaining("audience");
    assertThatThrownBy(() -> GuestTokenSigning.hs256(SECRET, "a").withLifetime(Duration.ofMillis(1500)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void toString_neverShowsTheSecret() {
    GuestTokenSigning signing = GuestTokenSigning.hs256(SECRET, "aud");
    GuestTokenService service = GuestTokenService.builder().signing(signing).build();
    assertThat(signing.toString()).doesNotContain(SECRET).contains("***");
    assertThat(service.toString()).doesNotContain(SECRET);
    GuestToken token = service.token(request("a"));
    assertThat(service.toString()).doesNotContain(token.value());
    assertThat(token.toString()).doesNotContain(token.value());
  }
}
