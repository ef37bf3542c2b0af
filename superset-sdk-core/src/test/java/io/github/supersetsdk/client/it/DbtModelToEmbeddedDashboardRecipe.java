package io.github.supersetsdk.client.it;

import io.github.supersetsdk.client.Credentials;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.id.ChartId;
import io.github.supersetsdk.client.id.DashboardId;
import io.github.supersetsdk.client.id.DatabaseId;
import io.github.supersetsdk.client.id.DatasetId;
import io.github.supersetsdk.client.model.ChartDataResponse;
import io.github.supersetsdk.client.model.EmbeddedDashboard;
import io.github.supersetsdk.client.model.GuestToken;
import io.github.supersetsdk.client.model.GuestUser;
import io.github.supersetsdk.client.model.TimeGrain;
import io.github.supersetsdk.client.model.VizType;
import io.github.supersetsdk.client.request.ChartSpec;
import io.github.supersetsdk.client.request.CreateChartRequest;
import io.github.supersetsdk.client.request.CreateDashboardRequest;
import io.github.supersetsdk.client.request.DashboardLayout;
import io.github.supersetsdk.client.request.GuestResource;
import io.github.supersetsdk.client.request.GuestTokenRequest;
import io.github.supersetsdk.client.request.Metric;
import io.github.supersetsdk.client.request.QueryFilter;
import io.github.supersetsdk.client.request.RlsClause;
import java.util.List;

/**
 * The code of docs/recipe-dbt-model-to-embedded-dashboard.md. The lines between the {@code recipe}
 * markers are the page's code block, character for character; {@code RecipeIT} checks that and runs
 * them against the real Superset.
 */
final class DbtModelToEmbeddedDashboardRecipe {

  /** What the recipe created, for the test's checks and clean-up. */
  record Created(DatasetId orders, ChartId revenue, ChartId byChannel, ChartId monthly, ChartId table,
      DashboardId dashboard, EmbeddedDashboard embedded, ChartDataResponse guestData) {}

  private DbtModelToEmbeddedDashboardRecipe() {}

  static Created run(SupersetClient admin, String baseUrl, String databaseName, int tenantId) {
    // recipe:start
    // 1. The warehouse connection, by its name in Superset
    DatabaseId warehouse = admin.databases().findByName(databaseName).orElseThrow().id();

    // 2. The dbt model as a dataset: found if it exists, created otherwise
    DatasetId orders = admin.datasets().getOrCreate(warehouse, "marts", "fct_orders");

    // 3. Charts, each described once: Superset's params and query context are derived from it
    Metric revenue = Metric.sum("net_revenue").as("revenue");
    ChartId total = admin.charts().create(CreateChartRequest.of("Net revenue",
        ChartSpec.builder(orders, VizType.BIG_NUMBER_TOTAL).metric(revenue).build()).build());
    ChartId byChannel = admin.charts().create(CreateChartRequest.of("Revenue by channel",
        ChartSpec.builder(orders, VizType.PIE).metric(revenue).groupby("sales_channel").build()).build());
    ChartId monthly = admin.charts().create(CreateChartRequest.of("Revenue by month",
        ChartSpec.builder(orders, VizType.TIMESERIES_BAR).metric(revenue)
            .xAxis("order_date").timeGrain(TimeGrain.MONTH).build()).build());
    ChartId table = admin.charts().create(CreateChartRequest.of("Recognized revenue by channel",
        ChartSpec.builder(orders, VizType.TABLE).metric(revenue).metric(Metric.count().as("orders"))
            .groupby("sales_channel").filter(QueryFilter.eq("is_revenue_recognized", true))
            .rowLimit(100).build()).build());

    // 4. A dashboard, laid out on Superset's 12-column grid
    DashboardId dashboard = admin.dashboards().create(CreateDashboardRequest.builder("Revenue")
        .published(true)
        .layout(DashboardLayout.builder()
            .header("Revenue")
            .row(r -> r.chart(total, 4, 50).chart(byChannel, 8, 50))
            .row(r -> r.chart(monthly, 12, 50))
            .row(r -> r.chart(table, 8, 50).markdown("Net of discounts.", 4, 50))
            .build())
        .build());

    // 5. Embedding, and a guest token that sees one tenant's rows
    EmbeddedDashboard embedded = admin.dashboards().enableEmbedding(dashboard, List.of());
    GuestToken token = admin.security().createGuestToken(GuestTokenRequest.builder()
        .resource(GuestResource.dashboard(embedded))
        .user(GuestUser.of("tenant-" + tenantId + "-viewer"))
        .rls(RlsClause.equalTo("tenant_id", tenantId).onDataset(orders))
        .build());

    // 6. A saved chart's data, as the guest sees it
    try (SupersetClient guest = SupersetClient.builder()
        .baseUrl(baseUrl)
        .credentials(Credentials.guestToken(token))
        .build()) {
      ChartDataResponse rows = guest.charts().data(table, dashboard);
      // recipe:end
      return new Created(orders, total, byChannel, monthly, table, dashboard, embedded, rows);
    }
  }
}
