package io.github.supersetsdk.client.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.SignedJWT;
import io.github.supersetsdk.client.Credentials;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.embedding.GuestTokenService;
import io.github.supersetsdk.client.embedding.GuestTokenSigning;
import io.github.supersetsdk.client.exception.SupersetApiException;
import io.github.supersetsdk.client.id.ChartId;
import io.github.supersetsdk.client.id.DashboardId;
import io.github.supersetsdk.client.id.DatasetId;
import io.github.supersetsdk.client.model.ChartDataResult;
import io.github.supersetsdk.client.model.DashboardDetail;
import io.github.supersetsdk.client.model.EmbeddedDashboard;
import io.github.supersetsdk.client.model.GuestToken;
import io.github.supersetsdk.client.model.GuestUser;
import io.github.supersetsdk.client.model.VizType;
import io.github.supersetsdk.client.request.ChartSpec;
import io.github.supersetsdk.client.request.CreateChartRequest;
import io.github.supersetsdk.client.request.CreateDashboardRequest;
import io.github.supersetsdk.client.request.GuestResource;
import io.github.supersetsdk.client.request.GuestTokenRequest;
import io.github.supersetsdk.client.request.Metric;
import io.github.supersetsdk.client.request.RlsClause;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Guest tokens from {@link GuestTokenService} against the real Superset: locally signed tokens carry
 * the claims Superset writes and open the dashboard and its chart data; expired, wrongly signed and
 * wrong-audience ones are refused; quoted RLS values cannot widen the filter, in Superset and on the
 * warehouse itself.
 */
@ExtendWith(NoSecretsInLogs.class)
class EmbeddedGuestTokenIT {

  // What scripts/services.sh starts Superset with (superset_config.py reads the same variables).
  static final String SECRET = System.getenv().getOrDefault("SUPERSET_GUEST_TOKEN_SECRET",
      "superset-sdk-local-guest-token-secret");
  static final String AUDIENCE = System.getenv().getOrDefault("SUPERSET_GUEST_TOKEN_AUDIENCE", "superset-sdk");

  private static SupersetClient admin;
  private static WarehouseConnection warehouse;
  private static DatasetId dataset;
  private static DashboardId dashboard;
  private static ChartId chart;
  private static EmbeddedDashboard embedded;
  private static Map<String, Long> ordersPerTenant;

  @BeforeAll
  static void setUp() throws Exception {
    admin = ItEnv.adminClient().build();
    ordersPerTenant = Warehouse.rowsPerTenant("fct_orders");
    assertThat(ordersPerTenant).hasSizeGreaterThanOrEqualTo(2);
    warehouse = WarehouseConnection.create(admin);
    dataset = warehouse.dataset("fct_orders");
    dashboard = admin.dashboards().create(CreateDashboardRequest.builder(ItEnv.uniqueName("embedded")).published(true).build());
    chart = admin.charts().create(CreateChartRequest.of(ItEnv.uniqueName("orders by tenant"),
            ChartSpec.builder(dataset, VizType.TABLE).metric(Metric.count().as("orders")).groupby("tenant_id")
                .rowLimit(1000).build())
        .dashboards(List.of(dashboard)).build());
    embedded = admin.dashboards().enableEmbedding(dashboard, List.of());
  }

  @AfterAll
  static void tearDown() {
    if (chart != null) {
      admin.charts().delete(chart);
    }
    if (dashboard != null) {
      admin.dashboards().delete(dashboard);
    }
    if (warehouse != null) {
      warehouse.close();
    }
    admin.close();
  }

  private static GuestTokenRequest forTenant(RlsClause clause) {
    return GuestTokenRequest.builder()
        .resource(GuestResource.dashboard(embedded))
        .user(new GuestUser("viewer", "Embedded", "Viewer"))
        .rls(clause.onDataset(dataset))
        .build();
  }

  private static GuestTokenService signer(String secret, String audience, Clock clock) {
    return GuestTokenService.builder().signing(GuestTokenSigning.hs256(secret, audience)).clock(clock).build();
  }

  private static <T> T asGuest(GuestToken token, Function<SupersetClient, T> call) {
    NoSecretsInLogs.register(token.value());
    try (SupersetClient guest = SupersetClient.builder().baseUrl(ItEnv.supersetUrl())
        .credentials(Credentials.guestToken(token)).build()) {
      return call.apply(guest);
    }
  }

  private static Map<String, Long> ordersByTenant(SupersetClient guest) {
    ChartDataResult result = guest.charts().data(chart, dashboard).first();
    return result.data().stream().collect(Collectors.toMap(
        r -> String.valueOf(r.get("tenant_id")), r -> ((Number) r.get("orders")).longValue()));
  }

  @Test
  void locallySignedToken_opensTheDashboardAndItsChartData_filteredToTheTenant() {
    String tenant = ordersPerTenant.keySet().iterator().next();
    GuestToken token = signer(SECRET, AUDIENCE, Clock.systemUTC())
        .token(forTenant(RlsClause.equalTo("tenant_id", Long.parseLong(tenant))));

    DashboardDetail seen = asGuest(token, g -> g.dashboards().get(dashboard));
    Map<String, Long> rows = asGuest(token, EmbeddedGuestTokenIT::ordersByTenant);

    assertThat(seen.id()).isEqualTo(dashboard);
    assertThat(rows).containsExactly(Map.entry(tenant, ordersPerTenant.get(tenant)));
  }

  @Test
  void guestChartData_goesToTheDashboardsFormData_withoutReadingTheChart() {
    String tenant = ordersPerTenant.keySet().iterator().next();
    GuestToken token = signer(SECRET, AUDIENCE, Clock.systemUTC())
        .token(forTenant(RlsClause.equalTo("tenant_id", Long.parseLong(tenant))));
    NoSecretsInLogs.register(token.value());
    List<String> calls = new java.util.concurrent.CopyOnWriteArrayList<>();
    try (SupersetClient guest = SupersetClient.builder().baseUrl(ItEnv.supersetUrl())
        .credentials(Credentials.guestToken(token))
        .addEventListener(new io.github.supersetsdk.client.ClientEventListener() {
          @Override
          public void requestStarted(io.github.supersetsdk.client.RequestInfo request) {
            calls.add(request.method() + " " + request.path());
          }
        }).build()) {
      assertThat(ordersByTenant(guest)).containsExactly(Map.entry(tenant, ordersPerTenant.get(tenant)));
    }
    // Superset answers a guest's chart read with 404: no such round trip.
    assertThat(calls).doesNotContain("GET /api/v1/chart/" + chart.value())
        .containsSubsequence("GET /api/v1/dashboard/" + dashboard.value() + "/charts", "POST /api/v1/chart/data");
  }

  @Test
  void remoteMinting_burstOfPageViewsForOneTenant_costsOneMint() throws Exception {
    String tenant = ordersPerTenant.keySet().iterator().next();
    GuestTokenService service = GuestTokenService.builder().client(admin).build();
    GuestTokenRequest request = forTenant(RlsClause.equalTo("tenant_id", Long.parseLong(tenant)));
    ExecutorService pool = Executors.newFixedThreadPool(16);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<GuestToken>> views = new ArrayList<>();
    try {
      for (int i = 0; i < 32; i++) {
        views.add(pool.submit(() -> {
          go.await();
          return service.token(request);
        }));
      }
      go.countDown();
      Set<GuestToken> tokens = new HashSet<>();
      for (Future<GuestToken> view : views) {
        tokens.add(view.get(60, TimeUnit.SECONDS));
      }
      assertThat(tokens).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
    assertThat(service.stats().mints()).isEqualTo(1);
    assertThat(service.stats().hits()).isEqualTo(31);
    GuestToken token = service.token(request);
    assertThat(asGuest(token, EmbeddedGuestTokenIT::ordersByTenant))
        .containsExactly(Map.entry(tenant, ordersPerTenant.get(tenant)));
  }

  @Test
  void locallySignedToken_hasTheClaimsSupersetWrites() throws Exception {
    GuestTokenRequest request = forTenant(RlsClause.equalTo("tenant_id", 1));
    GuestToken remote = admin.security().createGuestToken(request);
    GuestToken local = signer(SECRET, AUDIENCE, Clock.systemUTC()).mint(request);
    NoSecretsInLogs.register(remote.value());
    NoSecretsInLogs.register(local.value());

    SignedJWT remoteJwt = SignedJWT.parse(remote.value());
    SignedJWT localJwt = SignedJWT.parse(local.value());
    // The test knows Superset's secret: the remote token verifies with it, so the two are comparable.
    assertThat(remoteJwt.verify(new MACVerifier(SECRET))).isTrue();
    assertThat(localJwt.verify(new MACVerifier(SECRET))).isTrue();
    assertThat(localJwt.getHeader().getAlgorithm()).isEqualTo(remoteJwt.getHeader().getAlgorithm());
    Map<String, Object> r = remoteJwt.getJWTClaimsSet().toJSONObject();
    Map<String, Object> l = localJwt.getJWTClaimsSet().toJSONObject();
    assertThat(l.keySet()).isEqualTo(r.keySet());
    for (String claim : List.of("user", "resources", "rls_rules", "aud", "type")) {
      assertThat(l.get(claim)).as(claim).isEqualTo(r.get(claim));
    }
    long remoteLifetime = ((Number) r.get("exp")).longValue() - ((Number) r.get("iat")).longValue();
    assertThat(Duration.ofSeconds(remoteLifetime)).isEqualTo(GuestTokenSigning.DEFAULT_LIFETIME);
  }

  @Test
  void expiredToken_isRefused() {
    Clock tenMinutesAgo = Clock.fixed(Instant.now().minusSeconds(600), ZoneOffset.UTC);
    GuestToken expired = signer(SECRET, AUDIENCE, tenMinutesAgo).mint(forTenant(RlsClause.equalTo("tenant_id", 1)));
    assertThat(expired.expiresAt()).isBefore(Instant.now());

    assertRefused(expired);
  }

  @Test
  void tokenSignedWithAnotherSecret_isRefused() {
    GuestToken forged = signer("not-the-servers-secret-but-long-enough", AUDIENCE, Clock.systemUTC())
        .mint(forTenant(RlsClause.equalTo("tenant_id", 1)));
    assertRefused(forged);
  }

  @Test
  void tokenForAnotherAudience_isRefused() {
    GuestToken other = signer(SECRET, "another-superset", Clock.systemUTC())
        .mint(forTenant(RlsClause.equalTo("tenant_id", 1)));
    assertRefused(other);
  }

  private static void assertRefused(GuestToken token) {
    assertThatThrownBy(() -> asGuest(token, EmbeddedGuestTokenIT::ordersByTenant))
        .isInstanceOfSatisfying(SupersetApiException.class,
            e -> assertThat(e.statusCode()).isIn(401, 403));
    assertThatThrownBy(() -> asGuest(token, g -> g.dashboards().get(dashboard)))
        .isInstanceOfSatisfying(SupersetApiException.class,
            e -> assertThat(e.statusCode()).isIn(401, 403, 404));
  }

  @Test
  void quotedTenantValue_withSql_cannotWidenTheFilterInSuperset() {
    GuestTokenService service = signer(SECRET, AUDIENCE, Clock.systemUTC());
    for (String hostile : List.of("x' OR '1'='1", "online') OR (1=1", "x' OR tenant_id IS NOT NULL OR 'a'='b")) {
      GuestToken token = service.token(forTenant(RlsClause.equalTo("sales_channel", hostile)));
      assertThat(asGuest(token, EmbeddedGuestTokenIT::ordersByTenant)).as(hostile).isEmpty();
    }
  }

  @Test
  void quotedValues_onTheWarehouse_matchOnlyTheLiteralValue() throws Exception {
    try (Connection c = Warehouse.connect(); Statement s = c.createStatement()) {
      assertThat(count(s, RlsClause.equalTo("tenant_slug", "kaffeekontor"))).isEqualTo(1);
      assertThat(count(s, RlsClause.isIn("tenant_slug", List.of("kaffeekontor", "de-brandpunt")))).isEqualTo(2);
      long all = count(s, RlsClause.of("1 = 1"));
      assertThat(all).isGreaterThanOrEqualTo(2);
      for (String hostile : List.of("x' OR '1'='1", "kaffeekontor' OR 'a'='a", "') OR (1=1", "x'; --",
          "kaffeekontor'--", "'' OR tenant_slug <> '")) {
        assertThat(count(s, RlsClause.equalTo("tenant_slug", hostile))).as(hostile).isZero();
        assertThat(count(s, RlsClause.isIn("tenant_slug", List.of("nobody", hostile)))).as(hostile).isZero();
      }
    }
  }

  // As Superset applies an RLS clause: ANDed, in parentheses.
  private static long count(Statement s, RlsClause clause) throws Exception {
    try (ResultSet rs = s.executeQuery("select count(*) from marts.dim_tenants where (" + clause.clause() + ")")) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
