package io.github.supersetsdk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.id.ChartId;
import io.github.supersetsdk.client.id.DashboardId;
import io.github.supersetsdk.client.id.DatabaseId;
import io.github.supersetsdk.client.model.Dataset;
import io.github.supersetsdk.client.model.VizType;
import io.github.supersetsdk.client.request.CreateChartRequest;
import io.github.supersetsdk.client.request.CreateDashboardRequest;
import io.github.supersetsdk.sync.ExposureChange.Action;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Exposures written from the real Superset into a copy of the example project's hand-written
 * {@code _exposures.yml}, then accepted by real {@code dbt parse} with the right dependencies.
 */
class DbtExposuresIT {

  @Test
  void write_chartAndDashboardOnSyncedDataset_dbtParsesThemWithTheirModel() throws Exception {
    SupersetClient client = SyncServices.client();
    String dbName = SyncServices.uniqueDatabaseName();
    String suffix = dbName.substring(dbName.lastIndexOf('_') + 1);
    DashboardId dash = null;
    ChartId chart = null;
    try (DbtProjectCopy copy = new DbtProjectCopy();
        DbtSync sync = DbtSync.builder(client)
            .database(dbName, SyncServices.env("WAREHOUSE_SQLALCHEMY_URI")).build()) {
      SyncReport report = sync.sync(DbtArtifacts.fromTargetDir(SyncServices.targetDir()));
      assertThat(report.results()).filteredOn(DatasetResult::failed).isEmpty();
      DatabaseId db = Objects.requireNonNull(SyncServices.findDatabase(client, dbName));
      Dataset orders = SyncServices.datasets(client, db).stream()
          .filter(d -> d.tableName().equals("fct_orders")).findFirst().orElseThrow();

      String title = "Exposure IT " + suffix;
      dash = client.dashboards().create(CreateDashboardRequest.builder(title + " dashboard").build());
      chart = client.charts().create(CreateChartRequest.forDataset(title + " orders", VizType.TABLE, orders.id())
          .params("{\"metrics\":[\"count\"]}").dashboards(List.of(dash)).build());

      Path file = copy.project.resolve("models/marts/_exposures.yml");
      String handWritten = Files.readString(file);
      DbtExposures exposures = DbtExposures.builder(client).build();
      ExposuresPlan plan = exposures.plan(report, file);
      String chartName = "exposure_it_" + suffix + "_orders_chart_" + chart.value();
      String dashName = "exposure_it_" + suffix + "_dashboard_dashboard_" + dash.value();
      assertThat(plan.changes()).extracting(ExposureChange::name, ExposureChange::action)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(dashName, Action.ADD),
              org.assertj.core.groups.Tuple.tuple(chartName, Action.ADD));
      assertThat(Files.readString(file)).as("plan writes nothing").isEqualTo(handWritten);
      assertThat(exposures.write(plan)).isTrue();
      String written = Files.readString(file);
      assertThat(written).startsWith(handWritten.stripTrailing());

      ExposuresPlan again = exposures.plan(report, file);
      assertThat(again.changed()).as("a second run changes nothing").isFalse();
      assertThat(again.count(Action.UNCHANGED)).isEqualTo(2);

      Path target = copy.work.resolve("parse-target");
      copy.run(SyncServices.env("DBT_BIN"), List.of("parse", "--project-dir", copy.project.toString(),
          "--target-path", target.toString()), "dbt-parse");
      JsonNode manifest = new ObjectMapper().readTree(target.resolve("manifest.json").toFile());
      JsonNode all = manifest.path("exposures");
      assertThat(all.has("exposure.roastwise.tenant_revenue_overview")).as("hand-written kept").isTrue();
      JsonNode c = all.path("exposure.roastwise." + chartName);
      assertThat(c.path("type").asText()).isEqualTo("analysis");
      assertThat(c.path("depends_on").path("nodes")).extracting(JsonNode::asText)
          .containsExactly("model.roastwise.fct_orders");
      assertThat(c.path("url").asText()).endsWith("/explore/?slice_id=" + chart.value());
      assertThat(c.path("owner").path("name").asText()).isNotBlank();
      JsonNode d = all.path("exposure.roastwise." + dashName);
      assertThat(d.path("type").asText()).isEqualTo("dashboard");
      assertThat(d.path("label").asText()).isEqualTo(title + " dashboard");
      assertThat(d.path("depends_on").path("nodes")).extracting(JsonNode::asText)
          .containsExactly("model.roastwise.fct_orders");
      assertThat(d.path("config").path("meta").path("superset_sdk").path("id").asLong()).isEqualTo(dash.value());

      // The dashboard is deleted in Superset: its entry goes, the rest stays.
      client.dashboards().delete(dash);
      dash = null;
      ExposuresPlan after = exposures.plan(report, file);
      assertThat(after.count(Action.REMOVE)).isEqualTo(1);
      exposures.write(after);
      String text = Files.readString(file);
      assertThat(text).doesNotContain(dashName).contains(chartName).startsWith(handWritten.stripTrailing());

      // The model is removed from the project: its dataset stays (not pruned), skipped, and the
      // chart's entry goes, as a ref() to the gone model would break dbt parse.
      com.fasterxml.jackson.databind.node.ObjectNode root = (com.fasterxml.jackson.databind.node.ObjectNode)
          new ObjectMapper().readTree(SyncServices.targetDir().resolve("manifest.json").toFile());
      ((com.fasterxml.jackson.databind.node.ObjectNode) root.path("nodes")).remove("model.roastwise.fct_orders");
      Path gone = copy.work.resolve("manifest-without-fct_orders.json");
      new ObjectMapper().writeValue(gone.toFile(), root);
      SyncReport withoutModel = sync.sync(DbtArtifacts.read(gone, null, null));
      assertThat(withoutModel.results()).filteredOn(r -> r.uniqueId().equals("model.roastwise.fct_orders"))
          .extracting(DatasetResult::action).containsExactly(SyncAction.SKIPPED);
      ExposuresPlan orphaned = exposures.plan(withoutModel, file);
      assertThat(orphaned.changes()).filteredOn(ch -> ch.name().equals(chartName))
          .extracting(ExposureChange::action).containsExactly(Action.REMOVE);
      assertThat(orphaned.text()).doesNotContain(chartName).startsWith(handWritten.stripTrailing());
    } finally {
      List<RuntimeException> errors = new ArrayList<>();
      try {
        if (chart != null) {
          client.charts().delete(chart);
        }
        if (dash != null) {
          client.dashboards().delete(dash);
        }
      } catch (RuntimeException e) {
        errors.add(e);
      }
      SyncServices.dropDatabase(client, dbName);
      client.close();
      if (!errors.isEmpty()) {
        throw errors.get(0);
      }
    }
  }
}
