package io.github.supersetsdk.cli.cache;

import static io.github.supersetsdk.cli.CliTestSupport.admin;
import static io.github.supersetsdk.cli.CliTestSupport.createWarehouseConnection;
import static io.github.supersetsdk.cli.CliTestSupport.deleteDatabaseWithContents;
import static io.github.supersetsdk.cli.CliTestSupport.keys;
import static io.github.supersetsdk.cli.CliTestSupport.run;
import static io.github.supersetsdk.cli.CliTestSupport.runJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.id.ChartId;
import io.github.supersetsdk.client.id.DashboardId;
import io.github.supersetsdk.client.id.DatabaseId;
import io.github.supersetsdk.client.id.DatasetId;
import io.github.supersetsdk.client.id.PermissionResourceId;
import io.github.supersetsdk.client.id.RoleId;
import io.github.supersetsdk.client.id.UserId;
import io.github.supersetsdk.client.model.PermissionResource;
import io.github.supersetsdk.client.model.VizType;
import io.github.supersetsdk.client.request.ChartSpec;
import io.github.supersetsdk.client.request.CreateChartRequest;
import io.github.supersetsdk.client.request.CreateDashboardRequest;
import io.github.supersetsdk.client.request.CreateDatasetRequest;
import io.github.supersetsdk.client.request.CreateUserRequest;
import io.github.supersetsdk.client.request.DashboardLayout;
import io.github.supersetsdk.client.request.ListQuery;
import io.github.supersetsdk.client.request.Metric;
import io.github.supersetsdk.client.request.UpdateDatasetRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cache warm} and {@code cache invalidate} against the real services: the documented JSON shapes. */
class CacheCommandIT {

  @TempDir Path tmp;

  @Test
  void warmAndInvalidate_json_nameWhatTheyDid() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String uid = "model.cache_cli.orders_" + suffix;
    String prefix = "cache-cli-it:" + suffix + ":";
    try (SupersetClient admin = admin()) {
      DatabaseId db = createWarehouseConnection(admin, "cache_cli_it_" + suffix);
      DashboardId dashboard = null;
      try {
        DatasetId orders = admin.datasets().create(CreateDatasetRequest.table(db, "marts", "fct_orders"));
        admin.datasets().update(orders, UpdateDatasetRequest.builder()
            .extra("{\"unique_id\":\"" + uid + "\"}").build());
        ChartId chart = admin.charts().create(CreateChartRequest.of("cache cli " + suffix,
            ChartSpec.builder(orders, VizType.BIG_NUMBER_TOTAL).metric(Metric.sum("net_revenue")).build()).build());
        dashboard = admin.dashboards().create(CreateDashboardRequest.builder("cache cli " + suffix).published(true).slug("cache-cli-" + suffix)
            .layout(DashboardLayout.builder().row(r -> r.chart(chart, 6, 40)).build()).build());

        JsonNode warm = runJson(0, "cache", "warm", "--dashboard", Long.toString(dashboard.value()),
            "--key-prefix", prefix, "--max-in-flight", "2", "--json");
        assertThat(keys(warm)).containsExactly("command", "dashboards", "requests", "warmed", "failures",
            "maxInFlight", "peakInFlight", "elapsedMs", "redisErrors", "complete");
        assertThat(warm.get("command").asText()).isEqualTo("cache warm");
        assertThat(warm.get("dashboards").get(0).asLong()).isEqualTo(dashboard.value());
        JsonNode bySlug = runJson(0, "cache", "warm", "--dashboard", "cache-cli-" + suffix, "--key-prefix", prefix, "--json");
        assertThat(bySlug.get("dashboards").get(0).asLong()).isEqualTo(dashboard.value());
        String[] unknown = run("cache", "warm", "--dashboard", "999999999", "--key-prefix", prefix);
        assertThat(unknown[0]).isEqualTo("2");
        assertThat(unknown[2]).contains("no dashboard with id 999999999 that this user can see");
        assertThat(warm.get("requests").asInt()).isEqualTo(1);
        assertThat(warm.get("warmed").asInt()).isEqualTo(1);
        assertThat(warm.get("maxInFlight").asInt()).isEqualTo(2);
        assertThat(warm.get("redisErrors").asLong()).isZero();
        assertThat(warm.get("complete").asBoolean()).isTrue();
        // Redis down: the chart loads into this process's memory alone, so the warm-up is not done.
        JsonNode noRedis = runJson(1, "cache", "warm", "--dashboard", Long.toString(dashboard.value()),
            "--redis", "redis://127.0.0.1:1", "--key-prefix", prefix, "--json");
        assertThat(noRedis.get("warmed").asInt()).isEqualTo(1);
        assertThat(noRedis.get("redisErrors").asLong()).isPositive();
        assertThat(noRedis.get("complete").asBoolean()).isFalse();
        // ... and standard error says once which Redis (its password masked) and why.
        String[] deadRedis = run("cache", "warm", "--dashboard", Long.toString(dashboard.value()),
            "--redis", "redis://:s3cret-pw@127.0.0.1:1", "--key-prefix", prefix);
        assertThat(deadRedis[0]).isEqualTo("1");
        assertThat(deadRedis[2]).contains("superset-sdk: Redis at redis://:***@127.0.0.1:1 failed (")
            .contains("Unable to connect to 127.0.0.1").contains("Connection refused").doesNotContain("s3cret-pw");
        assertThat(deadRedis[2].split("Redis at ", -1)).as("said once, not per chart").hasSize(2);

        // A manifest holding only this model (in a schema no dataset uses), and a run that rebuilt it.
        Files.writeString(tmp.resolve("manifest.json"), "{\"metadata\": {\"dbt_schema_version\":"
            + " \"https://schemas.getdbt.com/dbt/manifest/v12.json\", \"dbt_version\": \"1.11.16\"},"
            + " \"nodes\": {\"" + uid + "\": {\"resource_type\": \"model\", \"name\": \"orders_" + suffix + "\","
            + " \"package_name\": \"cache_cli\", \"schema\": \"cache_cli_nowhere\", \"config\": {\"materialized\": \"table\"}}},"
            + " \"sources\": {}, \"macros\": {}, \"docs\": {}, \"exposures\": {}, \"metrics\": {},"
            + " \"parent_map\": {\"" + uid + "\": []}, \"child_map\": {\"" + uid + "\": []}}");
        Path runResults = Files.writeString(tmp.resolve("run_results.json"), "{\"metadata\": {\"dbt_schema_version\":"
            + " \"https://schemas.getdbt.com/dbt/run-results/v6.json\", \"dbt_version\": \"1.11.16\"},"
            + " \"results\": [{\"status\": \"success\", \"unique_id\": \"" + uid + "\", \"execution_time\": 0.1,"
            + " \"timing\": [], \"thread_id\": \"Thread-1\", \"adapter_response\": {}, \"message\": \"SELECT 1\","
            + " \"failures\": null}], \"elapsed_time\": 0.2, \"args\": {}}");

        JsonNode inv = runJson(0, "cache", "invalidate", "--run-results", runResults.toString(),
            "--key-prefix", prefix, "--json");
        assertThat(keys(inv)).containsExactly("command", "runResults", "rebuiltModels", "downstreamModels",
            "datasets", "tagsInvalidated", "tagsNotInvalidated", "supersetRefresh", "warm", "complete");
        assertThat(inv.get("command").asText()).isEqualTo("cache invalidate");
        assertThat(inv.get("rebuiltModels").get(0).asText()).isEqualTo(uid);
        assertThat(inv.get("datasets")).hasSize(1);
        assertThat(inv.get("datasets").get(0).asLong()).isEqualTo(orders.value());
        assertThat(inv.get("tagsInvalidated").toString()).contains(uid, "dataset:" + orders.value());
        assertThat(inv.get("supersetRefresh").get(0).get("chart").asLong()).isEqualTo(chart.value());
        assertThat(inv.get("supersetRefresh").get(0).get("status").asText()).isEqualTo("VERIFIED");
        assertThat(keys(inv.get("warm"))).containsExactly("dashboards", "requests", "warmed", "failures",
            "maxInFlight", "peakInFlight", "elapsedMs", "redisErrors");
        assertThat(inv.get("warm").get("dashboards").get(0).asLong()).isEqualTo(dashboard.value());
        assertThat(inv.get("complete").asBoolean()).isTrue();
      } finally {
        if (dashboard != null) {
          admin.dashboards().delete(dashboard);
        }
        deleteDatabaseWithContents(admin, db);
      }
    }
  }

  @Test
  void warmPublished_forAUserWhoSeesNoDashboard_warnsThatNothingWasWarmed() {
    String name = "cache_cli_it_" + UUID.randomUUID().toString().substring(0, 8);
    String password = "pw-" + UUID.randomUUID();
    try (SupersetClient admin = admin()) {
      // May read dashboards and charts, but no dataset: Superset then lists no dashboard.
      RoleId role = admin.security().roles().create(name);
      List<PermissionResourceId> grants = new java.util.ArrayList<>();
      for (PermissionResource p : admin.security().permissionResources().list(ListQuery.all())) {
        if (p.permissionName().equals("can_read")
            && List.of("Dashboard", "Chart", "CurrentUserRestApi").contains(p.resourceName())) {
          grants.add(p.id());
        }
      }
      assertThat(grants).hasSize(3);
      admin.security().roles().setPermissions(role, grants);
      UserId user = null;
      try {
        user = admin.security().users().create(CreateUserRequest.builder(
            name, "cache", "cli", name + "@example.invalid", password).roles(List.of(role)).build());
        String[] warm = run("cache", "warm", "--published", "--username", name, "--password", password,
            "--key-prefix", "cache-cli-it:" + name + ":");
        assertThat(warm[0]).as(warm[2]).isEqualTo("0");
        assertThat(warm[2]).contains("superset-sdk: warning: no published dashboard is visible to this user,"
            + " so nothing was warmed");
      } finally {
        if (user != null) {
          admin.security().users().delete(user);
        }
        admin.security().roles().delete(role);
      }
    }
  }
}
