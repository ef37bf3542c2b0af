package io.github.supersetsdk.cli.ops;

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
import io.github.supersetsdk.client.model.VizType;
import io.github.supersetsdk.client.request.ChartSpec;
import io.github.supersetsdk.client.request.CreateChartRequest;
import io.github.supersetsdk.client.request.CreateDashboardRequest;
import io.github.supersetsdk.client.request.CreateDatasetRequest;
import io.github.supersetsdk.client.request.DashboardLayout;
import io.github.supersetsdk.client.request.Metric;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * {@code dashboard profile --cache --json} against the real Superset and Redis: the documented JSON
 * keys, and who answered each chart in each load (Superset, then the SDK cache's L1; L2 for a second
 * process sharing the key prefix).
 */
class ProfileCommandIT {

  private static List<String> sources(JsonNode load) {
    List<String> out = new ArrayList<>();
    load.get("charts").forEach(c -> out.add(c.get("source").asText()));
    return out;
  }

  @Test
  void profileWithCache_json_saysWhoAnsweredEachChartInEachLoad() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String prefix = "profile-cli-it:" + suffix + ":";
    try (SupersetClient admin = admin()) {
      DatabaseId db = createWarehouseConnection(admin, "profile_cli_it_" + suffix);
      DashboardId dashboard = null;
      try {
        DatasetId orders = admin.datasets().create(CreateDatasetRequest.table(db, "marts", "fct_orders"));
        ChartId revenue = admin.charts().create(CreateChartRequest.of("profile revenue " + suffix,
            ChartSpec.builder(orders, VizType.BIG_NUMBER_TOTAL).metric(Metric.sum("net_revenue")).build()).build());
        ChartId count = admin.charts().create(CreateChartRequest.of("profile orders " + suffix,
            ChartSpec.builder(orders, VizType.BIG_NUMBER_TOTAL).metric(Metric.count()).build()).build());
        dashboard = admin.dashboards().create(CreateDashboardRequest.builder("profile cli " + suffix)
            .layout(DashboardLayout.builder().row(r -> r.chart(revenue, 6, 40).chart(count, 6, 40)).build()).build());

        JsonNode first = runJson(0, "dashboard", "profile", Long.toString(dashboard.value()), "--cache",
            "--key-prefix", prefix, "--json");
        assertThat(keys(first)).containsExactly("dashboard", "title", "slug", "targetMs", "concurrency",
            "loadMs", "charts", "warm", "sdkCacheFirst", "sdkCache");
        assertThat(first.get("dashboard").asLong()).isEqualTo(dashboard.value());
        assertThat(first.get("charts")).hasSize(2);
        for (JsonNode c : first.get("charts")) {
          assertThat(keys(c)).containsExactly("chartId", "name", "latencyMs", "cached", "rows", "error", "source");
          assertThat(c.get("rows").asInt()).isEqualTo(1);
          assertThat(c.get("error").isNull()).isTrue();
          assertThat(c.get("cached").asBoolean()).as("cold load is forced").isFalse();
        }
        assertThat(sources(first)).containsOnly("superset");
        first.get("warm").get("charts").forEach(c -> assertThat(c.get("cached").asBoolean()).isTrue());
        assertThat(sources(first.get("warm"))).containsOnly("superset");
        // The SDK cache starts empty under this prefix: its first load asks Superset, the second is L1.
        assertThat(sources(first.get("sdkCacheFirst"))).containsOnly("superset");
        assertThat(sources(first.get("sdkCache"))).containsOnly("L1");

        // A dead Redis is not a healthy cache served from memory: the report is printed, standard
        // error names the Redis (password masked) and why, and the exit status is 1.
        String[] deadRedis = run("dashboard", "profile", Long.toString(dashboard.value()), "--cache",
            "--redis", "redis://:s3cret-pw@127.0.0.1:1", "--key-prefix", prefix);
        assertThat(deadRedis[0]).as("stderr: " + deadRedis[2]).isEqualTo("1");
        assertThat(deadRedis[1]).contains("SDK cache, warm:");
        assertThat(deadRedis[2]).contains("superset-sdk: Redis at redis://:***@127.0.0.1:1 failed (")
            .contains("Unable to connect to 127.0.0.1").contains("Connection refused").doesNotContain("s3cret-pw");

        // Another process with the same key prefix: its first load is answered by Redis.
        JsonNode second = runJson(0, "dashboard", "profile", Long.toString(dashboard.value()), "--cache",
            "--key-prefix", prefix, "--json");
        assertThat(sources(second.get("sdkCacheFirst"))).containsOnly("L2");
        assertThat(sources(second.get("sdkCache"))).containsOnly("L1");
      } finally {
        if (dashboard != null) {
          admin.dashboards().delete(dashboard);
        }
        deleteDatabaseWithContents(admin, db);
        // The cache's entries under this test's own prefix expire with the cache's Redis TTL.
      }
    }
  }
}
