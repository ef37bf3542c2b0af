package io.github.supersetsdk.client.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.supersetsdk.client.Credentials;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.exception.PermissionDeniedException;
import io.github.supersetsdk.client.id.ChartId;
import io.github.supersetsdk.client.id.DashboardId;
import io.github.supersetsdk.client.id.DatasetId;
import io.github.supersetsdk.client.model.ChartDataResult;
import io.github.supersetsdk.client.model.ChartDatasource;
import io.github.supersetsdk.client.model.EmbeddedDashboard;
import io.github.supersetsdk.client.model.GuestToken;
import io.github.supersetsdk.client.model.GuestUser;
import io.github.supersetsdk.client.model.VizType;
import io.github.supersetsdk.client.request.ChartDataQuery;
import io.github.supersetsdk.client.request.ChartDataRequest;
import io.github.supersetsdk.client.request.CreateChartRequest;
import io.github.supersetsdk.client.request.CreateDashboardRequest;
import io.github.supersetsdk.client.request.GuestResource;
import io.github.supersetsdk.client.request.GuestTokenRequest;
import io.github.supersetsdk.client.request.RlsClause;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The embedded-analytics path end to end: a chart on a dashboard, embedding enabled, a guest token
 * with a row-level security clause, and chart data fetched as that guest.
 */
@ExtendWith(NoSecretsInLogs.class)
class GuestTokenIT {

  private static SupersetClient admin;
  private static WarehouseConnection warehouse;
  private static String mart;
  private static Map<String, Long> rowsPerTenant;
  private static DatasetId dataset;
  private static DashboardId dashboard;
  private static ChartId chart;
  private static EmbeddedDashboard embedded;
  private static final ChartDataQuery QUERY =
      ChartDataQuery.builder().column("tenant_id").metric("count").rowLimit(10_000).build();

  @BeforeAll
  static void setUp() throws Exception {
    admin = ItEnv.adminClient().build();
    for (String table : Warehouse.tenantMarts()) {
      Map<String, Long> counts = Warehouse.rowsPerTenant(table);
      if (counts.size() >= 2) {
        mart = table;
        rowsPerTenant = counts;
        break;
      }
    }
    assertThat(mart).as("a mart with rows of at least two tenants").isNotNull();
    warehouse = WarehouseConnection.create(admin);
    dataset = warehouse.dataset(mart);
    dashboard = admin.dashboards().create(CreateDashboardRequest.builder(ItEnv.uniqueName("dashboard")).published(true).build());
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("viz_type", "table");
    params.put("datasource", dataset.value() + "__table");
    params.put("groupby", List.of("tenant_id"));
    params.put("metrics", List.of("count"));
    params.put("row_limit", 10_000);
    chart = admin.charts().create(CreateChartRequest.forDataset(ItEnv.uniqueName("chart"), VizType.TABLE, dataset)
        .params(params)
        .queryContext(ChartDataRequest.builder(ChartDatasource.dataset(dataset)).query(QUERY).build())
        .dashboards(List.of(dashboard))
        .build());
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

  @Test
  void guestWithRlsClause_seesOnlyItsTenantsRows() {
    String tenant = rowsPerTenant.keySet().iterator().next();
    GuestToken token = admin.security().createGuestToken(GuestTokenRequest.builder()
        .resource(GuestResource.dashboard(embedded))
        .user(new GuestUser("tenant-" + tenant + "-viewer", "Tenant", tenant))
        .rls(RlsClause.of(dataset, "tenant_id = " + Integer.parseInt(tenant)))
        .build());
    NoSecretsInLogs.register(token.value());
    assertThat(token.expiresAt()).isAfter(Instant.now());

    ChartDataResult asAdmin = admin.charts().data(guestRequest()).first();
    assertThat(tenantsIn(asAdmin)).hasSizeGreaterThanOrEqualTo(2);

    try (SupersetClient guest = SupersetClient.builder().baseUrl(ItEnv.supersetUrl())
        .credentials(Credentials.guestToken(token)).build()) {
      ChartDataResult asGuest = guest.charts().data(guestRequest()).first();

      assertThat(tenantsIn(asGuest)).containsExactly(tenant);
      assertThat(((Number) asGuest.data().get(0).get("count")).longValue()).isEqualTo(rowsPerTenant.get(tenant));
    }
  }

  @Test
  void anonymousGuest_withoutAUser_getsAWorkingToken() {
    // The user is optional in the SDK; Superset 6.1 answers 500 to a request without one.
    GuestToken token = admin.security().createGuestToken(GuestTokenRequest.builder()
        .resource(GuestResource.dashboard(embedded)).build());
    NoSecretsInLogs.register(token.value());

    try (SupersetClient guest = SupersetClient.builder().baseUrl(ItEnv.supersetUrl())
        .credentials(Credentials.guestToken(token)).build()) {
      assertThat(tenantsIn(guest.charts().data(guestRequest()).first())).hasSizeGreaterThanOrEqualTo(2);
    }
  }

  @Test
  void guest_askingOutsideItsDashboard_isRefusedWithPermissionDenied() {
    GuestToken token = admin.security().createGuestToken(GuestTokenRequest.builder()
        .resource(GuestResource.dashboard(embedded)).user(GuestUser.of("curious-guest")).build());
    NoSecretsInLogs.register(token.value());
    // No dashboardId or slice_id: the guest asks for the dataset directly, which its token does not grant.
    ChartDataRequest direct = ChartDataRequest.builder(ChartDatasource.dataset(dataset)).query(QUERY).build();

    try (SupersetClient guest = SupersetClient.builder().baseUrl(ItEnv.supersetUrl())
        .credentials(Credentials.guestToken(token)).build()) {
      assertThatThrownBy(() -> guest.charts().data(direct))
          .isInstanceOfSatisfying(PermissionDeniedException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(403);
            assertThat(e.path()).isEqualTo("/api/v1/chart/data");
          });
    }
  }

  private static ChartDataRequest guestRequest() {
    return ChartDataRequest.builder(ChartDatasource.dataset(dataset))
        .query(QUERY)
        .formData(Map.of("slice_id", chart.value(), "dashboardId", dashboard.value()))
        .force(true)
        .build();
  }

  private static Set<String> tenantsIn(ChartDataResult result) {
    return result.data().stream().map(r -> String.valueOf(r.get("tenant_id"))).collect(Collectors.toSet());
  }
}
