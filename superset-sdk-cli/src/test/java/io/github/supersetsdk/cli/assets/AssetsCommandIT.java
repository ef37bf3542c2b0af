package io.github.supersetsdk.cli.assets;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.supersetsdk.cli.CliTestSupport;
import io.github.supersetsdk.cli.ConnectionOptions;
import io.github.supersetsdk.client.Credentials;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.id.ChartId;
import io.github.supersetsdk.client.id.DatabaseId;
import io.github.supersetsdk.client.id.DatasetId;
import io.github.supersetsdk.client.model.Chart;
import io.github.supersetsdk.client.model.Dashboard;
import io.github.supersetsdk.client.model.Database;
import io.github.supersetsdk.client.model.Dataset;
import io.github.supersetsdk.client.model.VizType;
import io.github.supersetsdk.client.request.ChartSpec;
import io.github.supersetsdk.client.request.CreateChartRequest;
import io.github.supersetsdk.client.request.CreateDashboardRequest;
import io.github.supersetsdk.client.request.CreateDatabaseRequest;
import io.github.supersetsdk.client.request.DashboardLayout;
import io.github.supersetsdk.client.request.Filter;
import io.github.supersetsdk.client.request.FilterOperator;
import io.github.supersetsdk.client.request.ListQuery;
import io.github.supersetsdk.client.request.Metric;
import io.github.supersetsdk.client.request.UpdateChartRequest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code assets export/plan/apply/provision} against the local Superset, on a dashboard the test builds. */
class AssetsCommandIT {

  private final String suffix = UUID.randomUUID().toString().substring(0, 8);
  private final String dbName = "assets_cli_it_" + suffix;
  private final String slug = "assets-cli-it-" + suffix;
  private final SupersetClient client = SupersetClient.builder().baseUrl(System.getenv("SUPERSET_URL"))
      .credentials(Credentials.password(System.getenv("SUPERSET_USERNAME"), System.getenv("SUPERSET_PASSWORD")))
      .build();
  @TempDir Path dir;
  private StringWriter out = new StringWriter();
  private StringWriter err = new StringWriter();

  private int run(String... args) {
    out = new StringWriter();
    err = new StringWriter();
    CommandLine cli = CliTestSupport.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @AfterEach
  void cleanUp() {
    for (Dashboard d : client.dashboards().list(ListQuery.where(Filter.of("dashboard_title", FilterOperator.CONTAINS, suffix)))) {
      client.dashboards().delete(d.id());
    }
    for (Chart c : client.charts().list(ListQuery.where(Filter.of("slice_name", FilterOperator.CONTAINS, suffix)))) {
      client.charts().delete(c.id());
    }
    for (Database db : client.databases().list(ListQuery.all())) {
      if (db.databaseName().equals(dbName)) {
        for (Dataset ds : client.datasets().list(ListQuery.where(
            Filter.of("database", FilterOperator.RELATION_ONE_TO_MANY, db.id().value())))) {
          client.datasets().delete(ds.id());
        }
        client.databases().delete(db.id());
      }
    }
    client.close();
  }

  private ChartId build() {
    DatabaseId db = client.databases().create(CreateDatabaseRequest.builder(dbName,
        System.getenv("WAREHOUSE_SQLALCHEMY_URI")).build());
    DatasetId orders = client.datasets().getOrCreate(db, "marts", "fct_orders");
    ChartId chart = client.charts().create(CreateChartRequest.of("Orders " + suffix,
        ChartSpec.builder(orders, VizType.TABLE).metric(Metric.count().as("orders")).groupby("sales_channel")
            .build()).build());
    client.dashboards().create(CreateDashboardRequest.builder("CLI " + suffix).slug(slug)
        .layout(DashboardLayout.builder().row(r -> r.chart(chart, 12, 50)).build()).build());
    return chart;
  }

  @Test
  void exportPlanApply_detailedExitcode_0then3then0_provisionTwiceCreatesOnce() throws Exception {
    ChartId chart = build();
    assertThat(run("assets", "export", dir.toString(), "--dashboard", slug)).as(err.toString()).isZero();
    assertThat(out.toString()).contains("Exported 4 assets");
    Path again = dir.resolveSibling(dir.getFileName() + "-json");
    assertThat(run("assets", "export", again.toString(), "--dashboard", slug, "--json")).as(err.toString()).isZero();
    JsonNode exported = ConnectionOptions.JSON.readTree(out.toString());
    assertThat(exported.get("exported").asInt()).isEqualTo(4);
    assertThat(exported.get("assets")).extracting(a -> a.get("type").asText())
        .containsExactlyInAnyOrder("database", "dataset", "chart", "dashboard");
    assertThat(again.resolve(exported.get("assets").get(0).get("path").asText())).isRegularFile();
    assertThat(run("assets", "plan", dir.toString(), "--detailed-exitcode")).as(err.toString()).isZero();
    assertThat(out.toString()).contains("Plan: 0 to create, 0 to update, 4 unchanged.");

    client.charts().update(chart, UpdateChartRequest.builder().sliceName("Orders edited " + suffix).build());
    assertThat(run("assets", "plan", dir.toString(), "--detailed-exitcode")).as(err.toString()).isEqualTo(3);
    assertThat(out.toString()).contains("~ update chart \"Orders " + suffix + "\"")
        .contains("slice_name: \"Orders edited " + suffix + "\" -> \"Orders " + suffix + "\"")
        .contains("Plan: 0 to create, 1 to update, 3 unchanged.");
    assertThat(run("assets", "plan", dir.toString())).isZero();
    // The same plan as one JSON object, for a CI step to read.
    assertThat(run("assets", "plan", dir.toString(), "--json", "--detailed-exitcode")).isEqualTo(3);
    JsonNode plan = ConnectionOptions.JSON.readTree(out.toString());
    assertThat(plan.get("updated").asInt()).isEqualTo(1);
    assertThat(plan.get("unchanged").asInt()).isEqualTo(3);
    JsonNode edited = null;
    for (JsonNode a : plan.get("assets")) {
      if (a.get("action").asText().equals("update")) {
        edited = a;
      }
    }
    assertThat(edited).isNotNull();
    assertThat(edited.get("type").asText()).isEqualTo("chart");
    assertThat(edited.get("fields").get(0).get("path").asText()).isEqualTo("slice_name");
    assertThat(edited.get("fields").get(0).get("before").asText()).isEqualTo("Orders edited " + suffix);
    assertThat(edited.get("fields").get(0).get("after").asText()).isEqualTo("Orders " + suffix);

    assertThat(run("assets", "apply", dir.toString(), "--json")).as(err.toString()).isZero();
    JsonNode applied = ConnectionOptions.JSON.readTree(out.toString());
    assertThat(applied.get("verified").asBoolean()).isTrue();
    assertThat(applied.get("drift")).isEmpty();
    assertThat(applied.get("written")).extracting(w -> w.get("uuid").asText()).contains(edited.get("uuid").asText());
    assertThat(client.charts().get(chart).sliceName()).isEqualTo("Orders " + suffix);
    assertThat(run("assets", "plan", dir.toString(), "--detailed-exitcode")).isZero();

    assertThat(run("assets", "apply", dir.toString(), "--database-map", "nope=" + dbName)).isEqualTo(2);
    assertThat(err.toString()).contains("database map nope=" + dbName + ": the folder has no database");
    // So is a schema mapping of a schema no dataset of the folder is in.
    assertThat(run("assets", "plan", dir.toString(), "--schema-map", "typo_schema=marts")).isEqualTo(2);
    assertThat(err.toString()).contains("schema map typo_schema=marts: the folder has no dataset in that schema");
    // A new connection needs its password: the message gives the CLI's ways only.
    String newDb = "assets_cli_new_" + suffix;
    Path lone = dir.resolveSibling(dir.getFileName() + "-new-db");
    Path dbFile;
    try (var files = Files.walk(dir.resolve("databases"))) {
      dbFile = files.filter(Files::isRegularFile).findFirst().orElseThrow();
    }
    String dbYaml = Files.readString(dbFile);
    String oldUuid = dbYaml.replaceAll("(?s).*\\buuid: \"?([0-9a-f-]{36}).*", "$1");
    Files.createDirectories(lone.resolve("databases"));
    Files.writeString(lone.resolve("databases/" + newDb + ".yaml"), dbYaml.replace(oldUuid, UUID.randomUUID().toString())
        .replace(dbName, newDb));
    assertThat(run("assets", "apply", lone.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("database '" + newDb + "' is new on this server and needs its password;"
        + " give it with --database-password '" + newDb + "=PASSWORD' or set SUPERSET_DATABASE_PASSWORD_"
        + newDb.toUpperCase(java.util.Locale.ROOT)).doesNotContain("SupersetAssets");

    // A copy of the physical dataset would be the template's own to Superset's import: refused.
    assertThat(run("assets", "provision", dir.toString(), "--tenant", "north")).isEqualTo(2);
    assertThat(err.toString()).contains("already has dataset marts.fct_orders");
    // As a template, the dataset reads one tenant's rows under its own name.
    Path orders;
    try (var files = Files.walk(dir.resolve("datasets"))) {
      orders = files.filter(p -> p.getFileName().toString().startsWith("fct_orders")).findFirst().orElseThrow();
    }
    Files.writeString(orders, Files.readString(orders)
        .replace("sql: null", "sql: select * from marts.fct_orders where tenant_id = {{ tenant_id }}")
        .replace("table_name: fct_orders", "table_name: fct_orders_{{ tenant }}_" + suffix));
    Path values = dir.resolveSibling(dir.getFileName() + "-values.yaml");
    Files.writeString(values, "tenant_id: 1\n");
    assertThat(run("assets", "provision", dir.toString(), "--tenant", "north", "--values", values.toString()))
        .as(err.toString()).isZero();
    assertThat(out.toString()).contains("Plan: 3 to create, 0 to update, 1 unchanged.").contains("Verified");
    assertThat(client.dashboards().findBySlug(slug + "-north")).isPresent();
    assertThat(run("assets", "provision", dir.toString(), "--tenant", "north", "--values", values.toString()))
        .as(err.toString()).isZero();
    assertThat(out.toString()).contains("Nothing to apply");
    assertThat(client.dashboards().list(ListQuery.where(Filter.of("dashboard_title", FilterOperator.CONTAINS, suffix))))
        .hasSize(2);
  }
}
