package io.github.supersetsdk.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.supersetsdk.client.Credentials;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.exception.SupersetException;
import io.github.supersetsdk.client.id.ChartId;
import io.github.supersetsdk.client.id.DashboardId;
import io.github.supersetsdk.client.id.DatabaseId;
import io.github.supersetsdk.client.id.DatasetId;
import io.github.supersetsdk.client.model.VizType;
import io.github.supersetsdk.client.request.ChartSpec;
import io.github.supersetsdk.client.request.CreateChartRequest;
import io.github.supersetsdk.client.request.CreateDashboardRequest;
import io.github.supersetsdk.client.request.CreateDatabaseRequest;
import io.github.supersetsdk.client.request.CreateDatasetRequest;
import io.github.supersetsdk.client.request.DashboardLayout;
import io.github.supersetsdk.client.request.ImportBundleRequest;
import io.github.supersetsdk.client.request.Metric;
import io.github.supersetsdk.client.request.UpdateDashboardRequest;
import io.github.supersetsdk.ops.micrometer.OpsMetrics;
import io.github.supersetsdk.sync.DbtArtifacts;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * The doctor against the local services: the healthy stack, a column dropped under a synced
 * dataset, and a connection whose password is wrong.
 */
class DoctorIT {

  private static Doctor.Builder doctor(SupersetClient client) {
    Path target = Path.of(OpsIt.require("DBT_TARGET_DIR"));
    Path sem = target.resolve("semantic_manifest.json");
    Path cat = target.resolve("catalog.json");
    return Doctor.builder(client)
        .credentials(OpsIt.credentials())
        .dbt(DbtArtifacts.read(target.resolve("manifest.json"), Files.isRegularFile(sem) ? sem : null,
            Files.isRegularFile(cat) ? cat : null), OpsIt.require("SUPERSET_DATABASE"))
        .redis(OpsIt.require("REDIS_URL"));
  }

  @Test
  void run_wrongPassword_failsTheLoginOnce_skipsWhatNeedsIt_stillChecksRedis() {
    Credentials wrong = Credentials.password(OpsIt.require("SUPERSET_USERNAME"), "wrong-" + OpsIt.suffix());
    try (SupersetClient client = SupersetClient.builder().baseUrl(OpsIt.require("SUPERSET_URL"))
        .credentials(wrong).build()) {
      DoctorReport report = Doctor.builder(client).credentials(wrong).redis(OpsIt.require("REDIS_URL")).build().run();

      assertThat(report.find("superset.reachable").get().status()).isEqualTo(CheckStatus.OK);
      assertThat(report.find("auth.login").get().status()).isEqualTo(CheckStatus.FAIL);
      assertThat(report.find("auth.login").get().finding()).contains("401");
      assertThat(report.find("superset.checks").get().finding())
          .isEqualTo("not run: they need the login that failed above");
      assertThat(report.checks()).noneMatch(c -> c.name().startsWith("database") || c.name().startsWith("dataset"));
      // Redis needs no Superset login.
      assertThat(report.find("redis").get().status()).isEqualTo(CheckStatus.OK);
    }
  }

  @Test
  void record_failedLoginThenAWorkingOne_leavesNoFailingDoctorGauge() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    OpsMetrics metrics = OpsMetrics.create(registry);
    Credentials wrong = Credentials.password(OpsIt.require("SUPERSET_USERNAME"), "wrong-" + OpsIt.suffix());
    try (SupersetClient refused = SupersetClient.builder().baseUrl(OpsIt.require("SUPERSET_URL"))
        .credentials(wrong).build(); SupersetClient client = OpsIt.client()) {
      metrics.record(Doctor.builder(refused).credentials(wrong).build().run());
      assertThat(registry.find(OpsMetrics.DOCTOR_CHECK)
          .tag("check", "superset.checks").tag("status", "fail").gauge().value()).isEqualTo(1);

      // Superset takes the login again: the alert on a failing check must clear.
      DoctorReport healthy = Doctor.builder(client).credentials(OpsIt.credentials()).virtualDatasets(false).build().run();
      assertThat(healthy.find("superset.checks")).isEmpty();
      metrics.record(healthy);

      assertThat(registry.find(OpsMetrics.DOCTOR_CHECK)
          .tag("check", "auth.login").tag("status", "ok").gauge().value()).isEqualTo(1);
      assertThat(registry.find(OpsMetrics.DOCTOR_CHECK)
          .tag("check", "superset.checks").gauges()).isEmpty();
    }
  }

  @Test
  void run_healthyStack_allOkButTheTestStacksShortTokens() {
    try (SupersetClient client = OpsIt.client()) {
      OpsIt.warehouse(client);
      DoctorReport report = doctor(client).build().run();
      report.checks().forEach(c -> System.out.println(c.status() + " " + c.name() + ": " + c.finding()));

      for (String name : List.of("superset.reachable", "auth.login", "auth.refresh", "auth.csrf", "dbt.sync", "redis",
          "database[" + OpsIt.require("SUPERSET_DATABASE") + "]")) {
        assertThat(report.find(name)).as(name).isPresent();
        assertThat(report.find(name).get().status()).as(name + ": " + report.find(name).get().finding())
            .isEqualTo(CheckStatus.OK);
      }
      assertThat(report.find("superset.reachable").get().finding()).contains("version " + OpsIt.require("SUPERSET_VERSION"));
      // The local Superset issues 10 s access tokens on purpose (the SDK's refresh is tested with them).
      assertThat(report.find("auth.token_lifetime").get().status()).isEqualTo(CheckStatus.WARN);
      assertThat(report.find("auth.token_lifetime").get().finding()).contains("10 s");
      // The example sync makes datasets of the staging models too, on a connection whose role reads
      // the marts alone: each of their queries is refused, which the datasets' metadata cannot show.
      String staging = "schema[" + OpsIt.require("SUPERSET_DATABASE") + ".staging]";
      assertThat(report.find(staging)).as(staging).isPresent();
      assertThat(report.find(staging).get().status()).isEqualTo(CheckStatus.WARN);
      assertThat(report.find(staging).get().finding()).contains("cannot read schema staging")
          .containsIgnoringCase("permission denied");
      assertThat(report.find("schema[" + OpsIt.require("SUPERSET_DATABASE") + ".marts]")).isEmpty();
      // Other engineers' tests create and drop objects on the shared Superset; none of the example
      // project's datasets may have drifted.
      assertThat(report.checks()).noneMatch(c -> c.name().startsWith("dataset[") && c.status() == CheckStatus.FAIL
          && c.finding().contains("in " + OpsIt.require("SUPERSET_DATABASE") + ")"));
    }
  }

  @Test
  void run_droppedColumnAndWrongPassword_namesDatasetColumnChartsAndConnection() throws Exception {
    String sfx = OpsIt.suffix();
    String table = "ops_drift_" + sfx;
    String badDb = "ops-it-badpw-" + sfx;
    String wrongPassword = "wrong-" + sfx;
    try (SupersetClient client = OpsIt.client(); Connection owner = OpsIt.warehouseOwner()) {
      // Cleanup runs inside the try, while the client and the connection are still open.
      List<Runnable> cleanup = new ArrayList<>();
      try {
        exec(owner, "CREATE TABLE marts." + table
            + " AS SELECT order_id, sales_channel, ordered_at FROM marts.fct_orders LIMIT 50");
        cleanup.add(() -> exec(owner, "DROP TABLE IF EXISTS marts." + table));
        exec(owner, "GRANT SELECT ON marts." + table + " TO superset_reader");
        DatabaseId warehouse = OpsIt.warehouse(client);
        DatasetId dataset = client.datasets().create(CreateDatasetRequest.table(warehouse, "marts", table));
        cleanup.add(0, () -> client.datasets().delete(dataset));
        DashboardId dashboard = client.dashboards().create(CreateDashboardRequest.builder("ops-it drift " + sfx).build());
        cleanup.add(0, () -> client.dashboards().delete(dashboard));
        ChartId byChannel = client.charts().create(CreateChartRequest.of("ops-it orders by channel " + sfx,
            ChartSpec.builder(dataset, VizType.TABLE).groupby("sales_channel").metric(Metric.count().as("orders")).build())
            .dashboards(List.of(dashboard)).build());
        cleanup.add(0, () -> client.charts().delete(byChannel));
        ChartId total = client.charts().create(CreateChartRequest.of("ops-it order count " + sfx,
            ChartSpec.builder(dataset, VizType.BIG_NUMBER_TOTAL).metric(Metric.count().as("orders")).build())
            .dashboards(List.of(dashboard)).build());
        cleanup.add(0, () -> client.charts().delete(total));
        DashboardLayout layout = DashboardLayout.builder().row(r -> r.chart(byChannel, 6, 50).chart(total, 6, 50)).build();
        client.dashboards().update(dashboard, UpdateDashboardRequest.builder().positionJson(layout.positionJson()).build());

        // A connection that worked when it was made, then got a wrong password. Superset tests a
        // connection on create and update, but not on import: re-import it with another password.
        DatabaseId bad = client.databases().create(
            CreateDatabaseRequest.builder(badDb, OpsIt.require("WAREHOUSE_SQLALCHEMY_URI")).build());
        cleanup.add(0, () -> client.databases().delete(bad));
        byte[] bundle = client.databases().export(List.of(bad));
        client.databases().importBundle(ImportBundleRequest.builder(bundle).overwrite(true)
            .password(databaseYaml(bundle), wrongPassword).build());

        // The warehouse changes under Superset: the column the first chart groups by disappears.
        exec(owner, "ALTER TABLE marts." + table + " DROP COLUMN sales_channel");

        DoctorReport report = doctor(client).build().run();
        report.checks().forEach(c -> System.out.println(c.status() + " " + c.name() + ": " + c.finding()));

        CheckResult drift = report.find("dataset[marts." + table + "]").orElseThrow();
        assertThat(drift.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(drift.finding())
            .contains("column sales_channel of marts." + table + " (dataset #" + dataset.value())
            .contains("no longer exist")
            .contains("'ops-it orders by channel " + sfx + "' (#" + byChannel.value() + ")")
            .doesNotContain("ops-it order count " + sfx)
            .contains("'ops-it drift " + sfx + "'");
        assertThat(drift.hint()).contains("sync");

        CheckResult connection = report.find("database[" + badDb + "]").orElseThrow();
        assertThat(connection.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(connection.finding()).contains("connection test failed").containsIgnoringCase("password")
            .doesNotContain(wrongPassword);
        assertThat(report.checks()).allSatisfy(c -> assertThat(c.finding() + c.hint()).doesNotContain(wrongPassword));
        assertThat(report.find("database[" + OpsIt.require("SUPERSET_DATABASE") + "]").get().status())
            .isEqualTo(CheckStatus.OK);
        assertThat(report.hasFailures()).isTrue();
      } finally {
        runAll(cleanup);
      }
    }
  }

  @Test
  void embedding_ofADashboardWhoseChartHasNoSavedQueryContext_loadsItFromItsFormData() throws Exception {
    String sfx = OpsIt.suffix();
    try (SupersetClient client = OpsIt.client()) {
      List<Runnable> cleanup = new ArrayList<>();
      try {
        DatasetId orders = client.datasets().create(CreateDatasetRequest.table(OpsIt.warehouse(client), "marts",
            "fct_orders").toBuilder().sql("select * from marts.fct_orders").tableName("ops_it_orders_" + sfx).build());
        cleanup.add(0, () -> client.datasets().delete(orders));
        DashboardId dashboard = client.dashboards().create(CreateDashboardRequest.builder("ops-it embed " + sfx).build());
        cleanup.add(0, () -> client.dashboards().delete(dashboard));
        // Saved as older clients and hand-made charts are: form data only.
        ChartSpec spec = ChartSpec.builder(orders, VizType.BIG_NUMBER_TOTAL).metric(Metric.count().as("orders")).build();
        ChartId chart = client.charts().create(CreateChartRequest.forDataset("ops-it no context " + sfx,
            VizType.BIG_NUMBER_TOTAL, orders).params(JSON.writeValueAsString(spec.params()))
            .dashboards(List.of(dashboard)).build());
        cleanup.add(0, () -> client.charts().delete(chart));
        assertThat(client.charts().get(chart).queryContext()).isNull();
        client.dashboards().update(dashboard, UpdateDashboardRequest.builder()
            .layout(DashboardLayout.builder().row(r -> r.chart(chart, 4, 50)).build()).build());
        client.dashboards().enableEmbedding(dashboard, List.of("https://app.example.com"));

        DoctorReport report = Doctor.builder(client).credentials(OpsIt.credentials()).embedding(dashboard).build().run();

        CheckResult embedding = report.find("embedding[ops-it embed " + sfx + "]").orElseThrow();
        assertThat(embedding.status()).as(embedding.finding()).isEqualTo(CheckStatus.OK);
        assertThat(embedding.finding()).contains("a guest token loads chart 'ops-it no context " + sfx + "' (1 rows)");
      } finally {
        runAll(cleanup);
      }
    }
  }

  private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

  @Test
  void run_columnNoLongerComingOutOfAVirtualDataset_namesDatasetColumnAndChart() throws Exception {
    String sfx = OpsIt.suffix();
    String table = "ops_vdrift_" + sfx;
    String name = "ops_it_virtual_" + sfx;
    try (SupersetClient client = OpsIt.client(); Connection owner = OpsIt.warehouseOwner()) {
      List<Runnable> cleanup = new ArrayList<>();
      try {
        exec(owner, "CREATE TABLE marts." + table
            + " AS SELECT order_id, sales_channel, ordered_at FROM marts.fct_orders LIMIT 50");
        cleanup.add(() -> exec(owner, "DROP TABLE IF EXISTS marts." + table));
        exec(owner, "GRANT SELECT ON marts." + table + " TO superset_reader");
        DatabaseId warehouse = OpsIt.warehouse(client);
        // SELECT *: when the table loses a column, the SQL still runs but the column no longer comes out.
        DatasetId dataset = client.datasets().create(CreateDatasetRequest.builder(warehouse, name).schema("marts")
            .sql("SELECT * FROM marts." + table).build());
        cleanup.add(0, () -> client.datasets().delete(dataset));
        assertThat(client.datasets().get(dataset).columns()).extracting(c -> c.columnName())
            .as("Superset read the virtual dataset's columns from its SQL").contains("sales_channel", "order_id");
        ChartId byChannel = client.charts().create(CreateChartRequest.of("ops-it virtual by channel " + sfx,
            ChartSpec.builder(dataset, VizType.TABLE).groupby("sales_channel").metric(Metric.count().as("orders")).build())
            .build());
        cleanup.add(0, () -> client.charts().delete(byChannel));

        DoctorReport healthy = Doctor.builder(client).build().run();
        assertThat(healthy.find("dataset[marts." + name + "]")).as("not drifted yet").isEmpty();

        exec(owner, "ALTER TABLE marts." + table + " DROP COLUMN sales_channel");
        exec(owner, "ALTER TABLE marts." + table + " DROP COLUMN ordered_at");

        DoctorReport report = Doctor.builder(client).build().run();
        report.checks().stream().filter(c -> c.name().startsWith("dataset")).forEach(c ->
            System.out.println(c.status() + " " + c.name() + ": " + c.finding()));
        CheckResult drift = report.find("dataset[marts." + name + "]").orElseThrow();
        assertThat(drift.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(drift.finding())
            .contains("virtual dataset marts." + name + " (dataset #" + dataset.value())
            .contains("no longer come out of its SQL")
            .contains("sales_channel").contains("ordered_at").doesNotContain("order_id")
            .contains("'ops-it virtual by channel " + sfx + "' (#" + byChannel.value() + ")");
        assertThat(drift.hint()).contains("SQL");
        // With the virtual-dataset check off, the drift goes unseen: the doctor runs no dataset's SQL.
        assertThat(Doctor.builder(client).virtualDatasets(false).build().run().find("dataset[marts." + name + "]"))
            .isEmpty();
        // Read-only: the dataset's stored columns are untouched.
        assertThat(client.datasets().get(dataset).columns()).extracting(c -> c.columnName())
            .contains("sales_channel", "ordered_at");
      } finally {
        runAll(cleanup);
      }
    }
  }

  /** The path of the database's YAML inside an export bundle, the key of its password. */
  private static String databaseYaml(byte[] bundle) throws java.io.IOException {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bundle))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        int i = e.getName().indexOf("/databases/");
        if (i >= 0 && e.getName().endsWith(".yaml")) {
          return e.getName().substring(i + 1);
        }
      }
    }
    throw new IllegalStateException("no databases/*.yaml in the export bundle");
  }

  // Cleanup runs every step, reporting (not throwing) what failed, so that one failure leaves no debris.
  private static void runAll(List<Runnable> cleanup) {
    for (Runnable r : cleanup) {
      try {
        r.run();
      } catch (SupersetException | IllegalStateException e) {
        System.err.println("cleanup: " + e.getMessage());
      }
    }
  }

  private static void exec(Connection c, String sql) {
    try (Statement st = c.createStatement()) {
      st.execute(sql);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }
}
