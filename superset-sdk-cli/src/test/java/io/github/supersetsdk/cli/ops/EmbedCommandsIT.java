package io.github.supersetsdk.cli.ops;

import static io.github.supersetsdk.cli.CliTestSupport.admin;
import static io.github.supersetsdk.cli.CliTestSupport.createWarehouseConnection;
import static io.github.supersetsdk.cli.CliTestSupport.deleteDatabaseWithContents;
import static io.github.supersetsdk.cli.CliTestSupport.env;
import static io.github.supersetsdk.cli.CliTestSupport.keys;
import static io.github.supersetsdk.cli.CliTestSupport.run;
import static io.github.supersetsdk.cli.CliTestSupport.runJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.supersetsdk.client.Credentials;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.id.ChartId;
import io.github.supersetsdk.client.id.DashboardId;
import io.github.supersetsdk.client.id.DatabaseId;
import io.github.supersetsdk.client.id.DatasetId;
import io.github.supersetsdk.client.model.GuestToken;
import io.github.supersetsdk.client.model.VizType;
import io.github.supersetsdk.client.request.ChartSpec;
import io.github.supersetsdk.client.request.CreateChartRequest;
import io.github.supersetsdk.client.request.CreateDashboardRequest;
import io.github.supersetsdk.client.request.CreateDatasetRequest;
import io.github.supersetsdk.client.request.DashboardLayout;
import io.github.supersetsdk.client.request.Metric;
import io.github.supersetsdk.client.request.QueryFilter;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * {@code dashboard embed} and {@code dashboard guest-token} against the real Superset: the UUID is
 * the embedding's and stays on a second run; the token lets a guest read the dashboard's chart with
 * the row-level security clause applied (the same number as the admin's query with that filter).
 */
class EmbedCommandsIT {

  @Test
  void embed_thenGuestToken_givesAGuestTheDashboardWithItsRowLevelSecurity() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    try (SupersetClient admin = admin()) {
      DatabaseId db = createWarehouseConnection(admin, "embed_cli_it_" + suffix);
      DashboardId dashboard = null;
      try {
        DatasetId orders = admin.datasets().create(CreateDatasetRequest.table(db, "marts", "fct_orders"));
        ChartSpec revenue = ChartSpec.builder(orders, VizType.BIG_NUMBER_TOTAL).metric(Metric.sum("net_revenue")).build();
        ChartId chart = admin.charts().create(CreateChartRequest.of("embed revenue " + suffix, revenue).build());
        dashboard = admin.dashboards().create(CreateDashboardRequest.builder("embed cli " + suffix)
            .layout(DashboardLayout.builder().row(r -> r.chart(chart, 6, 40)).build()).build());
        String id = Long.toString(dashboard.value());

        String[] notYet = run("dashboard", "guest-token", id);
        assertThat(notYet[0]).isEqualTo("2");
        assertThat(notYet[2]).contains("is not embedded: run `superset-sdk dashboard embed " + id + "` first");

        JsonNode embedded = runJson(0, "dashboard", "embed", id, "--allowed-domain", "https://app.example.com", "--json");
        assertThat(keys(embedded)).containsExactly("uuid", "dashboardId", "allowedDomains");
        UUID uuid = UUID.fromString(embedded.get("uuid").asText());
        assertThat(admin.dashboards().findEmbedding(dashboard)).get()
            .satisfies(e -> assertThat(e.uuid()).isEqualTo(uuid));
        // Run again for the UUID alone: the origins stay.
        String[] again = run("dashboard", "embed", id);
        assertThat(again[0]).isEqualTo("0");
        assertThat(again[1].strip()).isEqualTo(uuid.toString());
        assertThat(again[2]).contains("allowed domains: https://app.example.com");
        assertThat(admin.dashboards().getEmbedding(dashboard).allowedDomains()).containsExactly("https://app.example.com");
        String[] notAnOrigin = run("dashboard", "embed", id, "--allowed-domain", "app.example.com");
        assertThat(notAnOrigin[0]).isEqualTo("2");
        assertThat(notAnOrigin[2]).contains("'app.example.com' is not an origin");
        String[] any = run("dashboard", "embed", id, "--any-origin");
        assertThat(any[0]).isEqualTo("0");
        assertThat(any[1].strip()).isEqualTo(uuid.toString());
        assertThat(any[2]).contains("allowed domains: any");

        JsonNode minted = runJson(0, "dashboard", "guest-token", id, "--rls", "tenant_id = 3", "--guest-user", "cli-it",
            "--json");
        assertThat(keys(minted)).containsExactly("token", "expiresAt", "embeddedUuid");
        assertThat(minted.get("embeddedUuid").asText()).isEqualTo(uuid.toString());
        Object forTenant3;
        try (SupersetClient guest = SupersetClient.builder().baseUrl(env("SUPERSET_URL"))
            .credentials(Credentials.guestToken(GuestToken.of(minted.get("token").asText(), null))).build()) {
          forTenant3 = guest.charts().data(chart, dashboard).first().data().get(0).values().iterator().next();
        }
        ChartSpec filtered = ChartSpec.builder(orders, VizType.BIG_NUMBER_TOTAL).metric(Metric.sum("net_revenue"))
            .filter(QueryFilter.eq("tenant_id", 3)).build();
        Object adminTenant3 = admin.charts().data(filtered.queryContext()).first().data().get(0).values().iterator().next();
        Object adminAll = admin.charts().data(revenue.queryContext()).first().data().get(0).values().iterator().next();
        assertThat(forTenant3).isEqualTo(adminTenant3).isNotEqualTo(adminAll);
      } finally {
        if (dashboard != null) {
          admin.dashboards().delete(dashboard);
        }
        deleteDatabaseWithContents(admin, db);
      }
    }
  }
}
