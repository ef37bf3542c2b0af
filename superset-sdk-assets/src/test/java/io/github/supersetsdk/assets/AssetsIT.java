package io.github.supersetsdk.assets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.supersetsdk.client.id.ChartId;
import io.github.supersetsdk.client.model.Chart;
import io.github.supersetsdk.client.request.UpdateChartRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** The folder round trip against the real Superset, on a dashboard the test builds over the marts. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AssetsIT {

  private static Fixture fx;
  private static SupersetAssets assets;
  /** The net revenue chart's UUID, which export, delete and apply keep. */
  private static UUID revenueChartUuid;
  @TempDir static Path tmp;

  @BeforeAll
  static void build() {
    fx = new Fixture();
    assets = SupersetAssets.builder(fx.client).build();
    revenueChartUuid = fx.client.charts().get(fx.revenue).uuid();
  }

  @AfterAll
  static void cleanUp() {
    if (fx != null) {
      fx.close();
    }
  }

  @Test
  @Order(1)
  void export_twice_byteIdentical_withoutSecrets_jinjaKept() throws Exception {
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    assets.export(List.of(fx.slug)).write(a);
    assets.export(List.of(fx.dashboard.value() + "")).write(b);
    Map<String, String> first = files(a);
    assertThat(first).isEqualTo(files(b));
    // And by UUID, as documented.
    Path c = tmp.resolve("c");
    assets.export(List.of(String.valueOf(fx.client.dashboards().get(fx.dashboard).uuid()))).write(c);
    assertThat(files(c)).isEqualTo(first);
    assertThat(first.keySet()).hasSize(1 + 2 + 3 + 1)
        .anyMatch(p -> p.startsWith("dashboards/" + fx.slug.replace('-', '_') + "-"))
        .anyMatch(p -> p.startsWith("datasets/" + fx.databaseName + "/fct_orders-"));
    String all = String.join("\n", first.values());
    assertThat(all).doesNotContain("superset_reader:superset_reader").contains("XXXXXXXXXX")
        .doesNotContain("encrypted_extra").doesNotContain("chartId: " + fx.revenue.value() + "\n");
    // Superset's own Jinja is kept inside a raw block, and reads back unchanged.
    assertThat(all).contains("{% raw %}");
    AssetsFolder read = AssetsFolder.read(a, TemplateValues.empty());
    assertThat(assets.plan(read).hasChanges()).as("%s", assets.plan(read).pending()).isFalse();
    assertThat(fx.client.datasets().get(fx.virtual).sql()).isEqualTo(Fixture.VIRTUAL_SQL);
  }

  @Test
  @Order(2)
  void deleteDashboardAndCharts_apply_restoresSameUuidsAndData() throws Exception {
    Path dir = tmp.resolve("restore");
    assets.export(List.of(fx.slug)).write(dir);
    Map<UUID, List<Map<String, Object>>> before = new TreeMap<>();
    List<ChartId> ids = List.of(fx.revenue, fx.monthly, fx.byChannel);
    for (ChartId id : ids) {
      Chart c = fx.client.charts().get(id);
      before.put(c.uuid(), fx.client.charts().data(id).first().data());
    }
    UUID dashboardUuid = fx.client.dashboards().get(fx.dashboard).uuid();
    fx.client.dashboards().delete(fx.dashboard);
    fx.client.charts().delete(ids);

    AssetsFolder folder = AssetsFolder.read(dir, TemplateValues.empty());
    AssetPlan plan = assets.plan(folder);
    assertThat(plan.pending()).extracting(c -> c.action()).containsOnly(AssetChange.Action.CREATE).hasSize(4);
    ApplyReport report = assets.apply(folder);
    assertThat(report.verified()).as("drift %s", report.drift()).isTrue();

    assertThat(fx.client.dashboards().findBySlug(fx.slug).orElseThrow().uuid()).isEqualTo(dashboardUuid);
    // The native filter's charts in scope are the restored charts' new ids, not the folder's numbers.
    List<Long> restoredIds = new java.util.ArrayList<>();
    for (UUID u : before.keySet()) {
      restoredIds.add(fx.client.charts().get(u).id().value());
    }
    com.fasterxml.jackson.databind.JsonNode metadata = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
        fx.client.dashboards().findBySlug(fx.slug).orElseThrow().jsonMetadata());
    assertThat(metadata.path("native_filter_configuration").get(0).path("chartsInScope"))
        .extracting(com.fasterxml.jackson.databind.JsonNode::asLong).containsExactlyInAnyOrderElementsOf(restoredIds);
    for (Map.Entry<UUID, List<Map<String, Object>>> e : before.entrySet()) {
      Chart restored = fx.client.charts().get(e.getKey());
      assertThat(fx.client.charts().data(restored.id()).first().data()).isEqualTo(e.getValue());
    }
    assertThat(fx.client.dashboards().charts(fx.client.dashboards().getBySlug(fx.slug).id())).hasSize(3);
    assertThat(assets.apply(folder).written()).as("re-applying writes nothing").isEmpty();
  }

  @Test
  @Order(3)
  void editChartTitleInYaml_planShowsThatField_applyThenPlanEmpty_apiEditDrifts() throws Exception {
    Path dir = tmp.resolve("edit");
    assets.export(List.of(fx.slug)).write(dir);
    Path chart = chartFile(dir, "Net revenue " + fx.suffix);
    Files.writeString(chart, Files.readString(chart).replace("slice_name: Net revenue " + fx.suffix,
        "slice_name: Net revenue (EUR) " + fx.suffix));
    AssetsFolder folder = AssetsFolder.read(dir, TemplateValues.empty());
    AssetPlan plan = assets.plan(folder);
    assertThat(plan.pending()).hasSize(1);
    AssetChange change = plan.pending().get(0);
    assertThat(change.action()).isEqualTo(AssetChange.Action.UPDATE);
    assertThat(change.fields()).containsExactly(new FieldChange("slice_name",
        "\"Net revenue " + fx.suffix + "\"", "\"Net revenue (EUR) " + fx.suffix + "\""));
    assertThat(assets.apply(folder).verified()).isTrue();
    assertThat(assets.plan(folder).hasChanges()).isFalse();

    Chart c = fx.client.charts().find(change.asset().uuid()).orElseThrow();
    fx.client.charts().update(c.id(), UpdateChartRequest.builder().sliceName("Hand edit " + fx.suffix).build());
    AssetPlan drifted = assets.plan(folder);
    assertThat(drifted.pending()).singleElement().satisfies(x ->
        assertThat(x.fields()).extracting(FieldChange::path).containsExactly("slice_name"));
    assets.apply(folder);
  }

  @Test
  @Order(4)
  void malformedYaml_missingDependency_missingVariable_clearErrorsNothingWritten() throws Exception {
    Path dir = tmp.resolve("bad");
    assets.export(List.of(fx.slug)).write(dir);
    Path chart = chartFile(dir, "Net revenue");
    String good = Files.readString(chart);

    Files.writeString(chart, good.replace("viz_type: big_number_total", "viz_type: [big_number_total"));
    assertThatThrownBy(() -> AssetsFolder.read(dir, TemplateValues.empty()))
        .isInstanceOf(AssetsFormatException.class)
        .hasMessageStartingWith(dir.relativize(chart).toString().replace('\\', '/') + ":")
        .hasMessageContaining("malformed YAML")
        .satisfies(e -> assertThat(((AssetsFormatException) e).line()).isPositive());

    UUID ghost = UUID.randomUUID();
    String datasetUuid = good.lines().filter(l -> l.startsWith("dataset_uuid: ")).findFirst().orElseThrow()
        .substring("dataset_uuid: ".length());
    UUID newChart = UUID.randomUUID();
    String chartUuid = good.lines().filter(l -> l.startsWith("uuid: ")).findFirst().orElseThrow().substring(6);
    Files.writeString(chart, good.replace(datasetUuid, ghost.toString()).replace(chartUuid, newChart.toString())
        .replace("slice_name: Net revenue", "slice_name: Ghost chart"));
    AssetsFolder missing = AssetsFolder.read(dir, TemplateValues.empty());
    assertThatThrownBy(() -> assets.apply(missing))
        .isInstanceOf(MissingDependencyException.class)
        .hasMessageContaining(dir.relativize(chart).toString().replace('\\', '/'))
        .hasMessageContaining(ghost.toString());
    assertThat(fx.client.charts().find(newChart)).isEmpty();

    Files.writeString(chart, good.replace("slice_name: Net revenue", "slice_name: Net revenue {{ region_name }}"));
    assertThatThrownBy(() -> AssetsFolder.read(dir, TemplateValues.empty()))
        .isInstanceOf(TemplateException.class)
        .hasMessageContaining("region_name")
        .satisfies(e -> assertThat(((TemplateException) e).variable()).isEqualTo("region_name"))
        .satisfies(e -> assertThat(((TemplateException) e).line()).isPositive());
    AssetsFolder withValue = AssetsFolder.read(dir, TemplateValues.empty().with("region_name", "EU"));
    assertThat(assets.plan(withValue).pending()).singleElement()
        .satisfies(c -> assertThat(c.fields()).containsExactly(new FieldChange("slice_name",
            "\"Net revenue (EUR) " + fx.suffix + "\"", "\"Net revenue EU (EUR) " + fx.suffix + "\"")));
  }

  @Test
  @Order(5)
  void promote_withDatabaseMap_intoAnotherConnection_sameUuidsAndData() throws Exception {
    Path dir = tmp.resolve("promote");
    assets.export(List.of(fx.slug)).write(dir);
    String prod = "assets_it_prod_" + fx.suffix;
    fx.extraDatabases.add(prod);
    fx.client.databases().create(io.github.supersetsdk.client.request.CreateDatabaseRequest.builder(prod,
        Fixture.env("WAREHOUSE_SQLALCHEMY_URI")).build());
    SupersetAssets toProd = SupersetAssets.builder(fx.client).mapDatabase(fx.databaseName, prod).build();
    AssetsFolder folder = AssetsFolder.read(dir, TemplateValues.empty());
    // While the server has the datasets in the first connection, the import could not move them.
    assertThatThrownBy(() -> toProd.plan(folder)).isInstanceOf(UuidConflictException.class)
        .hasMessageContaining("cannot move a dataset to another database");

    // Production as a separate Superset would be: its own connection, none of dev's assets.
    var dashboard = fx.client.dashboards().getBySlug(fx.slug);
    UUID orderUuid = fx.client.datasets().get(fx.orders).uuid();
    fx.client.dashboards().delete(dashboard.id());
    for (var c : fx.client.charts().list(io.github.supersetsdk.client.request.ListQuery.where(
        io.github.supersetsdk.client.request.Filter.of("slice_name",
            io.github.supersetsdk.client.request.FilterOperator.CONTAINS, fx.suffix)))) {
      fx.client.charts().delete(c.id());
    }
    fx.client.datasets().delete(List.of(fx.orders, fx.virtual));

    AssetPlan plan = toProd.plan(folder);
    assertThat(plan.changes()).filteredOn(c -> c.asset().type() == AssetType.DATABASE)
        .singleElement().satisfies(c -> {
          assertThat(c.action()).isEqualTo(AssetChange.Action.UNCHANGED);
          assertThat(c.asset().name()).isEqualTo(prod);
        });
    ApplyReport report = toProd.apply(folder);
    assertThat(report.verified()).as("%s", report.drift()).isTrue();
    var prodDb = fx.client.databases().findByName(prod).orElseThrow();
    var promoted = fx.client.datasets().get(orderUuid);
    assertThat(promoted.database().id()).isEqualTo(prodDb.id());
    Chart big = fx.client.charts().get(revenueChartUuid);
    double total = Fixture.sql("select coalesce(sum(net_revenue), 0) from marts.fct_orders");
    assertThat(((Number) fx.client.charts().data(big.id()).first().data().get(0).get("revenue")).doubleValue())
        .isCloseTo(total, within(0.01));
    assertThat(toProd.plan(folder).hasChanges()).isFalse();
  }

  @Test
  @Order(6)
  void provision_twoTenants_eachReadsItsRows_reprovisionCreatesNothing() throws Exception {
    Path dir = tmp.resolve("template");
    assets.export(List.of(fx.slug)).write(dir);
    // Make the export a template: the virtual dataset reads one tenant's rows, names carry the tenant.
    Path ds = datasetFile(dir, "orders_sql");
    String text = Files.readString(ds);
    text = text.replace("from marts.fct_orders", "from marts.fct_orders where tenant_id = {{ tenant_id }}")
        .replace("{% raw %}{% if", "{% endraw %}{% raw %}{% if")
        .replace("table_name: orders_sql_" + fx.suffix, "table_name: orders_{{ tenant }}_" + fx.suffix);
    // The tenant filter sits outside the raw block, so it is rendered; Superset's Jinja stays raw.
    text = text.replace("from marts.fct_orders where tenant_id = {{ tenant_id }}",
        "from marts.fct_orders where tenant_id = {% endraw %}{{ tenant_id }}{% raw %}");
    Files.writeString(ds, text);
    // The physical dataset becomes a virtual one over the tenant's rows: a copy of the same table in
    // the same schema would be the original dataset to Superset's import.
    Path orders = datasetFile(dir, "fct_orders");
    Files.writeString(orders, Files.readString(orders)
        .replace("sql: null", "sql: select * from marts.fct_orders where tenant_id = {{ tenant_id }}")
        .replace("table_name: fct_orders", "table_name: fct_orders_{{ tenant }}_" + fx.suffix));
    Path chart = chartFile(dir, "Revenue by channel");
    Files.writeString(chart, Files.readString(chart).replace("slice_name: Revenue by channel " + fx.suffix,
        "slice_name: '{{ tenant }}: Revenue by channel " + fx.suffix + "'"));
    Path dash = Files.list(dir.resolve("dashboards")).findFirst().orElseThrow();
    Files.writeString(dash, Files.readString(dash).replace("dashboard_title: Assets IT " + fx.suffix,
        "dashboard_title: '{{ tenant }}: Assets IT " + fx.suffix + "'"));

    List<Long> tenants = Fixture.tenants(2);
    List<String> slugs = new ArrayList<>();
    for (Long t : tenants) {
      String tenant = "t" + t;
      AssetsFolder copy = AssetsFolder.read(dir, TemplateValues.empty().with("tenant", tenant).with("tenant_id", t))
          .forTenant(tenant);
      ApplyReport r = assets.apply(copy);
      assertThat(r.verified()).as("%s", r.drift()).isTrue();
      assertThat(r.plan().pending()).extracting(c -> c.action()).contains(AssetChange.Action.CREATE);
      slugs.add(fx.slug + "-" + tenant);
      var dashboard = fx.client.dashboards().getBySlug(fx.slug + "-" + tenant);
      assertThat(dashboard.dashboardTitle()).startsWith(tenant + ": ");
      Chart table = fx.client.charts().list(io.github.supersetsdk.client.request.ListQuery.where(
          io.github.supersetsdk.client.request.Filter.eq("slice_name", tenant + ": Revenue by channel " + fx.suffix)))
          .iterator().next();
      double got = fx.client.charts().data(table.id()).first().data().stream()
          .mapToDouble(row -> ((Number) row.get("revenue")).doubleValue()).sum();
      double expected = Fixture.sql("select coalesce(sum(net_revenue), 0) from marts.fct_orders where tenant_id = " + t);
      assertThat(got).isCloseTo(expected, within(0.01));
      Chart big = fx.client.charts().find(io.github.supersetsdk.assets.internal.Uuids.v5(revenueChartUuid, tenant))
          .orElseThrow();
      assertThat(((Number) fx.client.charts().data(big.id()).first().data().get(0).get("revenue")).doubleValue())
          .isCloseTo(expected, within(0.01));
      // Provisioning again updates nothing and creates nothing.
      assertThat(assets.apply(AssetsFolder.read(dir, TemplateValues.empty().with("tenant", tenant).with("tenant_id", t))
          .forTenant(tenant)).written()).isEmpty();
    }
    assertThat(slugs).doesNotHaveDuplicates();
    assertThat(fx.client.dashboards().list(io.github.supersetsdk.client.request.ListQuery.where(
        io.github.supersetsdk.client.request.Filter.of("dashboard_title",
            io.github.supersetsdk.client.request.FilterOperator.CONTAINS, fx.suffix)))).hasSize(3);
  }


  private static Path datasetFile(Path dir, String prefix) throws Exception {
    try (Stream<Path> s = Files.walk(dir.resolve("datasets"))) {
      return s.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
    }
  }

  private static Path chartFile(Path dir, String titlePrefix) throws Exception {
    try (Stream<Path> s = Files.list(dir.resolve("charts"))) {
      for (Path p : s.toList()) {
        if (Files.readString(p).contains("slice_name: " + titlePrefix)) {
          return p;
        }
      }
    }
    throw new AssertionError("no chart " + titlePrefix);
  }

  private static Map<String, String> files(Path dir) throws Exception {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        out.put(dir.relativize(p).toString().replace('\\', '/'), Files.readString(p));
      }
    }
    return out;
  }
}
