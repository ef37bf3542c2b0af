package io.github.supersetsdk.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.id.ChartId;
import io.github.supersetsdk.client.id.DatabaseId;
import io.github.supersetsdk.client.id.DatasetId;
import io.github.supersetsdk.client.model.ChartDataResult;
import io.github.supersetsdk.client.model.ChartDatasource;
import io.github.supersetsdk.client.model.Dataset;
import io.github.supersetsdk.client.model.DatasetColumn;
import io.github.supersetsdk.client.model.DatasetMetric;
import io.github.supersetsdk.client.model.VizType;
import io.github.supersetsdk.client.request.ChartDataQuery;
import io.github.supersetsdk.client.request.ChartDataRequest;
import io.github.supersetsdk.client.request.CreateChartRequest;
import io.github.supersetsdk.client.request.CreateDatasetRequest;
import io.github.supersetsdk.client.request.DatasetColumnUpdate;
import io.github.supersetsdk.client.request.DatasetMetricUpdate;
import io.github.supersetsdk.client.request.UpdateDatasetRequest;
import io.github.supersetsdk.dbt.manifest.DbtColumn;
import io.github.supersetsdk.dbt.manifest.DbtNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sync against the real Superset, warehouse and the example project's dbt artifacts. */
class DbtSyncIT {

  private static final Set<String> MATERIALIZED = Set.of("table", "incremental", "view");

  @TempDir Path tmp;

  private SupersetClient client;
  private String dbName;
  private final List<Runnable> cleanup = new ArrayList<>();

  @BeforeEach
  void setUp() {
    client = SyncServices.client();
    dbName = SyncServices.uniqueDatabaseName();
  }

  @AfterEach
  void tearDown() {
    for (Runnable r : cleanup) {
      r.run();
    }
    SyncServices.dropDatabase(client, dbName);
    client.close();
  }

  // A view of dim_products under a fresh name, for a model moved or re-aliased onto it; dropped after the test.
  private String viewOfProducts(String select) {
    String alias = "dim_products_" + UUID.randomUUID().toString().substring(0, 6);
    SyncServices.sqlAsWriter("create view marts." + alias + " as " + select + "; grant select on marts." + alias
        + " to superset_reader");
    cleanup.add(() -> {
      SyncServices.dropDatabase(client, dbName);
      SyncServices.sqlAsWriter("drop view if exists marts." + alias);
    });
    return alias;
  }

  private DbtSync.Builder sync() {
    return DbtSync.builder(client).database(dbName, SyncServices.env("WAREHOUSE_SQLALCHEMY_URI"));
  }

  private static DbtArtifacts example() {
    return DbtArtifacts.fromTargetDir(SyncServices.targetDir());
  }

  private Dataset dataset(String relation) {
    return SyncServices.dataset(client, dbName, relation);
  }

  @Test
  void sync_exampleProject_everySelectedModelHasItsDatasetAndNoOpResyncWritesNothing() throws Exception {
    DbtArtifacts artifacts = example();
    List<DbtNode> models = artifacts.manifest().nodes().values().stream()
        .filter(n -> n.resourceType().value().equals("model") && MATERIALIZED.contains(n.materialized()))
        .toList();
    try (DbtSync sync = sync().build()) {
      SyncPlan plan = sync.plan(artifacts);
      assertThat(plan.databaseId()).isNull();
      assertThat(plan.count(SyncAction.CREATE)).isEqualTo(models.size());
      assertThat(SyncServices.findDatabase(client, dbName)).as("plan writes nothing").isNull();

      SyncReport report = sync.apply(plan);
      assertThat(report.results()).allSatisfy(r -> assertThat(r.error()).isNull());
      assertThat(report.count(SyncAction.CREATE)).isEqualTo(models.size());

      for (DbtNode model : models) {
        String table = model.alias() != null ? model.alias() : model.name();
        Dataset ds = dataset(model.schema() + "." + table);
        assertThat(ds.extra()).contains(model.uniqueId());
        if (!model.description().isBlank()) {
          assertThat(ds.description()).isEqualTo(model.description().strip());
        }
        for (DbtColumn c : model.columns().values()) {
          DatasetColumn col = ds.column(c.name().toLowerCase(Locale.ROOT));
          assertThat(col).as(model.name() + "." + c.name()).isNotNull();
          if (!c.description().isBlank()) {
            assertThat(col.description()).isEqualTo(c.description().strip());
          }
        }
      }
      // meta.superset overrides and time columns.
      Dataset tenants = dataset("marts.dim_tenants");
      assertThat(tenants.cacheTimeout()).isEqualTo(3600);
      // Compared as JSON: an imported dataset's extra is Superset's own serialisation.
      assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(tenants.extra())
          .path("certification").path("certified_by").asText()).isEqualTo("Analytics Engineering");
      assertThat(tenants.column("tenant_name").verboseName()).isEqualTo("Tenant");
      assertThat(tenants.column("tenant_slug").verboseName()).as("no label, no raw name").isNull();
      assertThat(tenants.column("tenant_id").groupby()).isFalse();
      assertThat(tenants.column("onboarded_at").isDttm()).isTrue();
      Dataset customers = dataset("marts.dim_customers");
      assertThat(customers.mainDttmCol()).isEqualTo("signed_up_at");
      assertThat(customers.column("email").filterable()).isFalse();
      assertThat(customers.extra()).contains("warning_markdown");
      Dataset products = dataset("marts.dim_products");
      assertThat(products.column("list_price").verboseName()).isEqualTo("List price (EUR)");
      // A dimension defined by SQL is a calculated column named as the dimension.
      DatasetColumn size = dataset("marts.fct_orders").column("order_size");
      assertThat(size).as("calculated column of dimension order_size").isNotNull();
      assertThat(size.expression()).isEqualTo("case when net_revenue < 20 then 'small' else 'large' end");
      assertThat(size.verboseName()).isEqualTo("Order size");
      assertThat(size.groupby()).isTrue();
      assertThat(dataset("marts.fct_orders").column("order_week").isDttm()).isTrue();

      SyncPlan again = sync.plan(artifacts);
      assertThat(again.count(SyncAction.UNCHANGED)).isEqualTo(models.size());
      SyncReport noop = sync.apply(again);
      assertThat(noop.httpWrites()).isZero();
      assertThat(noop.httpReads()).isZero();
      assertThat(again.httpReads()).as("database list + one dataset page").isLessThanOrEqualTo(3);
    }
  }

  @Test
  void sync_descriptionChanged_writesOnlyThatDataset() {
    try (DbtSync sync = sync().build()) {
      sync.sync(example());
      String text = "One row per product in a tenant's catalog, with its list price and units sold to date.";
      DbtArtifacts changed = SyncServices.editedArtifacts(tmp, s -> s.replace(text, text + " Edited."));
      SyncPlan plan = sync.plan(changed);
      assertThat(plan.count(SyncAction.UPDATE)).isEqualTo(1);
      DatasetPlan p = plan.datasets().stream().filter(d -> d.action() == SyncAction.UPDATE)
          .findFirst().orElseThrow();
      assertThat(p.uniqueId()).endsWith("dim_products");
      assertThat(p.changes()).extracting(FieldChange::field)
          .containsExactly("description");
      SyncReport report = sync.apply(plan);
      assertThat(report.httpWrites()).isEqualTo(1);
      assertThat(dataset("marts.dim_products").description()).isEqualTo(text + " Edited.");
      assertThat(sync.apply(sync.plan(changed)).httpWrites()).isZero();
    }
  }

  @Test
  void sync_modelReAliased_updatesTheSameDataset() throws Exception {
    String alias = viewOfProducts("select * from marts.dim_products");
    try (DbtSync sync = sync().build()) {
      sync.sync(example());
      DatasetId before = dataset("marts.dim_products").id();
      DbtArtifacts renamed = SyncServices.editedArtifacts(tmp, s -> s
          .replace("\"alias\": \"dim_products\"", "\"alias\": \"" + alias + "\"")
          .replace("\"relation_name\": \"\\\"warehouse\\\".\\\"marts\\\".\\\"dim_products\\\"\"",
              "\"relation_name\": \"\\\"warehouse\\\".\\\"marts\\\".\\\"" + alias + "\\\"\""));
      SyncPlan plan = sync.plan(renamed);
      assertThat(plan.count(SyncAction.CREATE)).isZero();
      assertThat(plan.count(SyncAction.UPDATE)).isEqualTo(1);
      SyncReport report = sync.apply(plan);
      assertThat(report.succeeded()).isTrue();
      Dataset after = dataset("marts." + alias);
      assertThat(after.id()).isEqualTo(before);
      assertThat(after.column("list_price").verboseName()).isEqualTo("List price (EUR)");
    }
  }

  @Test
  void plan_columnDroppedFromTheTable_listsTheChartsUsingIt_andApplyRemovesIt() throws Exception {
    // The model moves to a view without list_price; catalog.json says so.
    String alias = "dim_products_" + UUID.randomUUID().toString().substring(0, 6);
    SyncServices.sqlAsWriter("create view marts." + alias + " as select product_id, tenant_id, sku,"
        + " product_name, product_category, is_subscribable, created_at, units_sold, gross_sales"
        + " from marts.dim_products; grant select on marts." + alias + " to superset_reader");
    List<ChartId> charts = new ArrayList<>();
    List<io.github.supersetsdk.client.id.DashboardId> dashboards = new ArrayList<>();
    cleanup.add(() -> {
      dashboards.forEach(d -> client.dashboards().delete(d));
      charts.forEach(c -> client.charts().delete(c));
      SyncServices.dropDatabase(client, dbName);
      SyncServices.sqlAsWriter("drop view if exists marts." + alias);
    });
    try (DbtSync sync = sync().build()) {
      sync.sync(example());
      DatasetId products = dataset("marts.dim_products").id();
      // A dashboard showing the chart that breaks, and one showing only a chart that does not.
      dashboards.add(client.dashboards().create(
          io.github.supersetsdk.client.request.CreateDashboardRequest.builder("sync it prices " + dbName).build()));
      dashboards.add(client.dashboards().create(
          io.github.supersetsdk.client.request.CreateDashboardRequest.builder("sync it skus " + dbName).build()));
      charts.add(client.charts().create(CreateChartRequest.forDataset("sync it prices " + dbName,
          VizType.TABLE, products).params("{\"groupby\":[\"list_price\"],\"metrics\":[\"count\"]}")
          .dashboards(List.of(dashboards.get(0))).build()));
      charts.add(client.charts().create(CreateChartRequest.forDataset("sync it skus " + dbName,
          VizType.TABLE, products).params("{\"groupby\":[\"sku\"],\"metrics\":[\"count\"]}")
          .dashboards(List.of(dashboards.get(1))).build()));
      // The column inside a custom SQL metric only.
      charts.add(client.charts().create(CreateChartRequest.forDataset("sync it spread " + dbName,
          VizType.TABLE, products).params("{\"groupby\":[\"sku\"],\"metrics\":[{\"expressionType\":\"SQL\","
              + "\"sqlExpression\":\"MAX(list_price) - MIN(list_price)\",\"label\":\"spread\"}]}").build()));
      Path manifest = tmp.resolve("manifest.json");
      java.nio.file.Files.writeString(manifest, java.nio.file.Files.readString(
          SyncServices.targetDir().resolve("manifest.json"))
          .replace("\"alias\": \"dim_products\"", "\"alias\": \"" + alias + "\""));
      com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
      com.fasterxml.jackson.databind.node.ObjectNode cat = (com.fasterxml.jackson.databind.node.ObjectNode)
          json.readTree(SyncServices.targetDir().resolve("catalog.json").toFile());
      com.fasterxml.jackson.databind.node.ObjectNode node =
          (com.fasterxml.jackson.databind.node.ObjectNode) cat.path("nodes").path("model.roastwise.dim_products");
      ((com.fasterxml.jackson.databind.node.ObjectNode) node.path("columns")).remove("list_price");
      ((com.fasterxml.jackson.databind.node.ObjectNode) node.path("metadata")).put("name", alias);
      Path catalog = tmp.resolve("catalog.json");
      json.writeValue(catalog.toFile(), cat);
      DbtArtifacts moved = DbtArtifacts.read(manifest, null, catalog);

      DatasetPlan p = find(sync.plan(moved), "model.roastwise.dim_products");
      assertThat(p.action()).isEqualTo(SyncAction.UPDATE);
      assertThat(p.changes()).anySatisfy(c -> {
        assertThat(c.field()).isEqualTo("columns.list_price");
        assertThat(c.after()).isNull();
      });
      assertThat(p.impact()).filteredOn(a -> a.kind().equals("chart"))
          .extracting(ImpactedAsset::id, ImpactedAsset::uses)
          .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(charts.get(0).value(), "column list_price"),
              org.assertj.core.groups.Tuple.tuple(charts.get(2).value(), "column list_price"));
      assertThat(p.impact()).filteredOn(a -> a.kind().equals("dashboard"))
          .extracting(ImpactedAsset::id).containsExactly(dashboards.get(0).value());

      assertThat(sync.apply(sync.plan(moved)).succeeded()).isTrue();
      Dataset after = dataset("marts." + alias);
      assertThat(after.id()).isEqualTo(products);
      assertThat(after.column("list_price")).as("the refresh removed it").isNull();
      assertThat(after.column("sku")).isNotNull();
    }
  }

  @Test
  void sync_dimensionRenamed_replacesItsCalculatedColumn_namesTheChartsUsingIt_keepsAPersons() {
    List<ChartId> charts = new ArrayList<>();
    cleanup.add(() -> charts.forEach(c -> client.charts().delete(c)));
    try (DbtSync sync = sync().build()) {
      sync.sync(example());
      Dataset orders = dataset("marts.fct_orders");
      charts.add(client.charts().create(CreateChartRequest.forDataset("sync it sizes " + dbName,
          VizType.TABLE, orders.id()).params("{\"groupby\":[\"order_size\"],\"metrics\":[\"count\"]}")
          .build()));
      // A person's own calculated column.
      List<DatasetColumnUpdate> cols = new ArrayList<>();
      orders.columns().forEach(c -> cols.add(c.toUpdate()));
      cols.add(DatasetColumnUpdate.builder("channel_upper").expression("upper(sales_channel)").build());
      client.datasets().update(orders.id(), UpdateDatasetRequest.builder().columns(cols).build());
      DbtArtifacts renamed = SyncServices.editedArtifacts(tmp,
          s -> s.replace("\"name\": \"order_size\"", "\"name\": \"order_band\""));

      DatasetPlan p = find(sync.plan(renamed), "model.roastwise.fct_orders");
      assertThat(p.changes()).extracting(FieldChange::field, FieldChange::after).contains(
          org.assertj.core.groups.Tuple.tuple("columns.order_band",
              "case when net_revenue < 20 then 'small' else 'large' end"),
          org.assertj.core.groups.Tuple.tuple("columns.order_size", null));
      assertThat(p.impact()).filteredOn(a -> a.kind().equals("chart"))
          .extracting(ImpactedAsset::id, ImpactedAsset::uses)
          .containsExactly(org.assertj.core.groups.Tuple.tuple(charts.get(0).value(), "column order_size"));

      assertThat(sync.apply(sync.plan(renamed)).succeeded()).isTrue();
      Dataset after = dataset("marts.fct_orders");
      assertThat(after.column("order_band").expression()).contains("net_revenue < 20");
      assertThat(after.column("order_size")).isNull();
      assertThat(after.column("channel_upper").expression()).isEqualTo("upper(sales_channel)");
      assertThat(sync.apply(sync.plan(renamed)).httpWrites()).isZero();
    }
  }

  @Test
  void sync_defaultTimeDimensionWithExpression_isTheDatasetsTimeColumn_andSupersetFiltersOnIt()
      throws Exception {
    // fct_orders without its meta.superset.main_dttm_col, and order_week as its semantic model's default.
    DbtArtifacts weekly = SyncServices.editedArtifacts(tmp, s -> s
        .replace("\"main_dttm_col\": \"ordered_at\"", "\"main_dttm_col\": null")
        .replace("\"agg_time_dimension\": \"order_date\"", "\"agg_time_dimension\": \"order_week\""));
    try (DbtSync sync = sync().build()) {
      assertThat(sync.sync(weekly).succeeded()).isTrue();
      Dataset orders = dataset("marts.fct_orders");
      assertThat(orders.mainDttmCol()).isEqualTo("order_week");

      // Superset applies the time range to the calculated column's expression.
      ChartDataResult r = client.charts().data(ChartDataRequest.builder(ChartDatasource.dataset(orders.id()))
          .query(ChartDataQuery.builder().metric("count").granularity("order_week")
              .timeRange("2024-03-04 : 2024-05-06").build()).force(true).build()).first();
      assertThat(r.error()).isNull();
      long expected;
      try (java.sql.Connection c = java.sql.DriverManager.getConnection(SyncServices.env("WAREHOUSE_JDBC_URL"));
          java.sql.ResultSet rs = c.createStatement().executeQuery("select count(*) from marts.fct_orders"
              + " where date_trunc('week', order_date) >= '2024-03-04' and date_trunc('week', order_date) < '2024-05-06'")) {
        rs.next();
        expected = rs.getLong(1);
      }
      assertThat(expected).isPositive();
      assertThat(((Number) r.data().get(0).get("count")).longValue()).isEqualTo(expected);
    }
  }

  @Test
  void sync_merge_keepsSupersetOnlyMetricAndHandSetFlag() {
    try (DbtSync sync = sync().build()) {
      sync.sync(example());
      Dataset orders = dataset("marts.fct_orders");
      List<DatasetMetricUpdate> metrics = new ArrayList<>();
      orders.metrics().forEach(m -> metrics.add(m.toUpdate()));
      metrics.add(DatasetMetricUpdate.builder("hand_made_orders", "COUNT(*)").build());
      List<DatasetColumnUpdate> cols = new ArrayList<>();
      for (DatasetColumn c : orders.columns()) {
        cols.add(c.columnName().equals("sales_channel")
            ? c.toUpdate().toBuilder().groupby(false).build() : c.toUpdate());
      }
      client.datasets().update(orders.id(),
          UpdateDatasetRequest.builder().metrics(metrics).columns(cols).build());

      DbtArtifacts changed = SyncServices.editedArtifacts(tmp,
          s -> s.replace("Primary key of the order.", "Primary key of the order (edited)."));
      SyncReport report = sync.sync(changed);
      assertThat(report.succeeded()).isTrue();
      Dataset after = dataset("marts.fct_orders");
      assertThat(after.metric("hand_made_orders")).isNotNull();
      assertThat(after.column("sales_channel").groupby()).isFalse();
      assertThat(after.column("order_id").description()).isEqualTo("Primary key of the order (edited).");
    }
  }

  @Test
  void sync_merge_handSetFlags_surviveTheRefreshOfTheirDataset() {
    try (DbtSync sync = sync().build()) {
      sync.sync(example());
      Dataset orders = dataset("marts.fct_orders");
      // A person turns grouping by sales_channel (a categorical dimension) and filtering on
      // net_revenue off, and the dataset loses a documented column, which the next sync brings
      // back with a refresh from the warehouse (a refresh turns every groupby and filterable on).
      List<DatasetColumnUpdate> cols = new ArrayList<>();
      for (DatasetColumn c : orders.columns()) {
        if (c.columnName().equals("sales_channel")) {
          cols.add(c.toUpdate().toBuilder().groupby(false).build());
        } else if (c.columnName().equals("net_revenue")) {
          cols.add(c.toUpdate().toBuilder().filterable(false).build());
        } else if (!c.columnName().equals("item_count")) {
          cols.add(c.toUpdate());
        }
      }
      client.datasets().update(orders.id(), UpdateDatasetRequest.builder().columns(cols).build());

      DbtArtifacts changed = SyncServices.editedArtifacts(tmp,
          t -> t.replace("Primary key of the order.", "Primary key of the order (edited)."));
      DatasetPlan p = find(sync.plan(changed), "model.roastwise.fct_orders");
      assertThat(p.changes()).extracting(FieldChange::field).contains("columns.item_count");
      assertThat(sync.apply(sync.plan(changed)).succeeded()).isTrue();

      Dataset after = dataset("marts.fct_orders");
      assertThat(after.column("item_count")).as("refreshed back").isNotNull();
      // The column the refresh brought gets dbt's flags (meta.superset.groupby: false), not Superset's defaults.
      assertThat(after.column("item_count").groupby()).isFalse();
      assertThat(after.column("item_count").verboseName()).isEqualTo("Items");
      assertThat(after.column("sales_channel").groupby()).as("hand-set, merge keeps it").isFalse();
      assertThat(after.column("net_revenue").filterable()).as("hand-set, merge keeps it").isFalse();
      assertThat(after.column("order_status").groupby()).isTrue();
      assertThat(find(sync.plan(changed), "model.roastwise.fct_orders").action())
          .isEqualTo(SyncAction.UNCHANGED);
    }
  }

  @Test
  void sync_replace_removesSupersetOnlyMetric() {
    try (DbtSync sync = sync().build()) {
      sync.sync(example());
      Dataset orders = dataset("marts.fct_orders");
      List<DatasetMetricUpdate> metrics = new ArrayList<>();
      orders.metrics().forEach(m -> metrics.add(m.toUpdate()));
      metrics.add(DatasetMetricUpdate.builder("hand_made_orders", "COUNT(*)").build());
      client.datasets().update(orders.id(), UpdateDatasetRequest.builder().metrics(metrics).build());
    }
    try (DbtSync replace = sync().mode(SyncMode.REPLACE).build()) {
      SyncPlan plan = replace.plan(example());
      DatasetPlan p = plan.datasets().stream().filter(d -> d.uniqueId().endsWith("fct_orders"))
          .findFirst().orElseThrow();
      assertThat(p.changes()).extracting(FieldChange::field).contains("metrics.hand_made_orders");
      replace.apply(plan);
      assertThat(dataset("marts.fct_orders").metric("hand_made_orders")).isNull();
    }
  }

  @Test
  void sync_preserve_keepsHandEditedDescription() {
    try (DbtSync sync = sync().mode(SyncMode.PRESERVE).build()) {
      sync.sync(example());
      Dataset tenants = dataset("marts.dim_tenants");
      List<DatasetColumnUpdate> cols = new ArrayList<>();
      for (DatasetColumn c : tenants.columns()) {
        cols.add(c.columnName().equals("plan_tier")
            ? c.toUpdate().toBuilder().description("Edited by hand in Superset.").build()
            : c.toUpdate());
      }
      client.datasets().update(tenants.id(), UpdateDatasetRequest.builder().columns(cols).build());

      DbtArtifacts changed = SyncServices.editedArtifacts(tmp, s -> s
          .replace("Roastwise plan the tenant pays for (starter, growth or scale).",
              "Plan tier (changed in dbt).")
          .replace("URL-safe unique name of the tenant.", "URL-safe name (changed in dbt)."));
      SyncPlan plan = sync.plan(changed);
      DatasetPlan p = plan.datasets().stream().filter(d -> d.uniqueId().endsWith("dim_tenants"))
          .findFirst().orElseThrow();
      assertThat(p.notes()).anyMatch(n -> n.contains("columns.plan_tier.description"));
      sync.apply(plan);
      Dataset after = dataset("marts.dim_tenants");
      assertThat(after.column("plan_tier").description()).isEqualTo("Edited by hand in Superset.");
      assertThat(after.column("tenant_slug").description()).isEqualTo("URL-safe name (changed in dbt).");
    }
  }

  @Test
  void prune_refusesWhileAChartUsesTheDataset_forceDeletes() {
    try (DbtSync sync = sync().build()) {
      sync.sync(example());
    }
    // The dataset of a model that is no longer in the manifest (and no longer selected).
    DatasetId orphan = dataset("staging.stg_shop__products").id();
    client.datasets().update(orphan, UpdateDatasetRequest.builder().extra(
        "{\"unique_id\":\"model.roastwise.gone_model\",\"superset_sdk_sync\":{\"v\":\"1\",\"hash\":\"x\"}}")
        .build());
    ChartId chart = client.charts().create(
        CreateChartRequest.forDataset("sync it chart " + dbName, VizType.TABLE, orphan)
            .params("{\"metrics\":[\"count\"]}").build());

    try (DbtSync noPrune = sync().exclude("stg_shop__products").build()) {
      DatasetPlan p = find(noPrune.plan(example()), "model.roastwise.gone_model");
      assertThat(p.action()).isEqualTo(SyncAction.SKIPPED);
      assertThat(p.reason()).contains("prune");
    }
    try (DbtSync prune = sync().exclude("stg_shop__products").prune(true).build()) {
      SyncPlan plan = prune.plan(example());
      DatasetPlan p = find(plan, "model.roastwise.gone_model");
      assertThat(p.action()).isEqualTo(SyncAction.SKIPPED);
      assertThat(p.impact()).extracting(ImpactedAsset::id).contains(chart.value());
      prune.apply(plan);
      assertThat(client.datasets().find(orphan)).isPresent();
    }
    try (DbtSync force = sync().exclude("stg_shop__products").prune(true).force(true).build()) {
      SyncPlan plan = force.plan(example());
      assertThat(find(plan, "model.roastwise.gone_model").action()).isEqualTo(SyncAction.DELETE);
      client.charts().delete(chart);
      SyncReport report = force.apply(plan);
      assertThat(report.count(SyncAction.DELETE)).isEqualTo(1);
      assertThat(client.datasets().find(orphan)).isEmpty();
    }
  }

  @Test
  void plan_unknownDatabase_failsClearlyAndWritesNothing() {
    try (DbtSync sync = DbtSync.builder(client).database(dbName).build()) {
      assertThatThrownBy(() -> sync.plan(example()))
          .isInstanceOf(SyncException.class)
          .hasMessageContaining("no Superset database connection named '" + dbName + "'");
    }
    assertThat(SyncServices.findDatabase(client, dbName)).isNull();
  }

  @Test
  void sync_afterInterruptedApply_convergesWithoutDuplicates() {
    DbtArtifacts artifacts = example();
    int models;
    try (DbtSync sync = sync().select("tag:core").build()) {
      // An apply killed after creating datasets but before describing them: datasets exist bare.
      SyncPlan first = sync.plan(artifacts);
      models = first.count(SyncAction.CREATE);
      assertThat(models).isGreaterThan(1);
    }
    try (DbtSync sync = sync().select("dim_tenants").build()) {
      sync.sync(artifacts);
    }
    DatabaseId db = Objects.requireNonNull(SyncServices.findDatabase(client, dbName));
    client.datasets().create(CreateDatasetRequest.table(db, "marts", "dim_customers"));
    try (DbtSync sync = sync().select("tag:core").build()) {
      SyncReport report = sync.sync(artifacts);
      assertThat(report.succeeded()).isTrue();
      List<Dataset> all = SyncServices.datasets(client, db);
      Map<String, Long> perTable = all.stream()
          .collect(Collectors.groupingBy(d -> d.schema() + "." + d.tableName(), Collectors.counting()));
      assertThat(perTable.values()).allMatch(n -> n == 1);
      assertThat(all).hasSize(models);
      assertThat(dataset("marts.dim_customers").extra()).contains("model.roastwise.dim_customers");
      assertThat(sync.sync(artifacts).httpWrites()).isZero();
    }
  }

  @Test
  void sync_refreshOfAMovedModel_keepsTheColumnFlagsDbtSet() throws Exception {
    String alias = viewOfProducts("select * from marts.dim_products");
    try (DbtSync sync = sync().build()) {
      sync.sync(example());
      assertThat(dataset("marts.dim_products").column("list_price").groupby()).as("dbt: groupby false").isFalse();
      Path manifest = tmp.resolve("manifest.json");
      java.nio.file.Files.writeString(manifest, java.nio.file.Files.readString(
          SyncServices.targetDir().resolve("manifest.json"))
          .replace("\"alias\": \"dim_products\"", "\"alias\": \"" + alias + "\""));
      DbtArtifacts moved = DbtArtifacts.read(manifest, null, null);

      // The move refreshes the dataset from the warehouse, which turns every groupby on.
      assertThat(sync.apply(sync.plan(moved)).succeeded()).isTrue();

      assertThat(dataset("marts." + alias).column("list_price").groupby()).isFalse();
      assertThat(find(sync.plan(moved), "model.roastwise.dim_products").action()).isEqualTo(SyncAction.UNCHANGED);
    }
  }

  @Test
  void sync_aliasChangedOnlyInCase_movesTheDatasetToThatTable() throws Exception {
    // PostgreSQL keeps the case of quoted names: nm_products_x and "nm_Products_x" are two tables.
    String lower = "nm_products_" + UUID.randomUUID().toString().substring(0, 6);
    String mixed = lower.replace("nm_products_", "nm_Products_");
    SyncServices.sqlAsWriter("create view marts." + lower + " as select * from marts.dim_products;"
        + " create view marts.\"" + mixed + "\" as select * from marts.dim_products;"
        + " grant select on marts." + lower + ", marts.\"" + mixed + "\" to superset_reader");
    cleanup.add(() -> {
      SyncServices.dropDatabase(client, dbName);
      SyncServices.sqlAsWriter("drop view if exists marts." + lower + "; drop view if exists marts.\"" + mixed + "\"");
    });
    try (DbtSync sync = sync().select("dim_products").build()) {
      assertThat(sync.sync(editedManifest("lower", root -> alias(node(root, "model.roastwise.dim_products"), lower)))
          .succeeded()).isTrue();
      DatasetId before = dataset("marts." + lower).id();

      DbtArtifacts renamed = editedManifest("mixed", root -> alias(node(root, "model.roastwise.dim_products"), mixed));
      DatasetPlan p = find(sync.plan(renamed), "model.roastwise.dim_products");
      assertThat(p.changes()).contains(new FieldChange("table", "marts." + lower, "marts." + mixed));
      assertThat(sync.apply(sync.plan(renamed)).succeeded()).isTrue();

      Dataset after = dataset("marts." + mixed);
      assertThat(after.id()).isEqualTo(before);
      assertThat(after.column("list_price")).isNotNull();
      assertThat(find(sync.plan(renamed), "model.roastwise.dim_products").action()).isEqualTo(SyncAction.UNCHANGED);
    }
  }

  @Test
  void sync_columnsDifferingOnlyInCase_eachGetsItsOwnLabelAndDescription() throws Exception {
    // PostgreSQL keeps the case of quoted names: "Amount" and amount are two columns of the view.
    dbName = "cc2_" + dbName;
    String view = "cc2_amounts_" + UUID.randomUUID().toString().substring(0, 6);
    SyncServices.sqlAsWriter("create view marts." + view + " as select product_id, list_price as \"Amount\","
        + " list_price / 2 as amount from marts.dim_products; grant select on marts." + view + " to superset_reader");
    cleanup.add(() -> {
      SyncServices.dropDatabase(client, dbName);
      SyncServices.sqlAsWriter("drop view if exists marts." + view);
    });
    DbtArtifacts artifacts = editedManifest("amounts", root -> {
      com.fasterxml.jackson.databind.node.ObjectNode node = node(root, "model.roastwise.dim_products");
      alias(node, view);
      com.fasterxml.jackson.databind.node.ObjectNode columns = node.putObject("columns");
      com.fasterxml.jackson.databind.node.ObjectNode gross = columns.putObject("Amount");
      gross.put("name", "Amount").put("quote", true).put("description", "Before refunds.");
      gross.putObject("meta").putObject("superset").put("verbose_name", "Gross amount");
      com.fasterxml.jackson.databind.node.ObjectNode net = columns.putObject("amount");
      net.put("name", "amount").put("description", "After refunds.");
      net.putObject("meta").putObject("superset").put("verbose_name", "Net amount");
    });
    try (DbtSync sync = sync().select("dim_products").verifyAll(true).build()) {
      assertThat(sync.sync(artifacts).succeeded()).isTrue();

      Dataset ds = dataset("marts." + view);
      assertThat(Objects.requireNonNull(ds.column("Amount")).verboseName()).isEqualTo("Gross amount");
      assertThat(Objects.requireNonNull(ds.column("Amount")).description()).isEqualTo("Before refunds.");
      assertThat(Objects.requireNonNull(ds.column("amount")).verboseName()).isEqualTo("Net amount");
      assertThat(Objects.requireNonNull(ds.column("amount")).description()).isEqualTo("After refunds.");
      assertThat(find(sync.plan(artifacts), "model.roastwise.dim_products").action()).isEqualTo(SyncAction.UNCHANGED);
    }
  }

  @Test
  void sync_seedsAndTheSourcesReadingTheirTables_oneDatasetPerTable_theSeeds() {
    try (DbtSync sync = sync().include(true, false, true).build()) {
      SyncPlan plan = sync.plan(example());
      List<DatasetPlan> seeds = plan.datasets().stream().filter(p -> p.uniqueId().startsWith("seed.")).toList();
      assertThat(seeds).isNotEmpty().allSatisfy(p -> assertThat(p.action()).isEqualTo(SyncAction.CREATE));
      // The example's sources read the tables its seeds load.
      assertThat(plan.datasets()).anyMatch(p -> p.uniqueId().startsWith("source.") && p.action() == SyncAction.SKIPPED);
      for (DatasetPlan seed : seeds) {
        assertThat(plan.datasets()).filteredOn(p -> p.uniqueId().startsWith("source.") && p.relation().equals(seed.relation()))
            .as(seed.relation()).allSatisfy(p -> {
              assertThat(p.action()).isEqualTo(SyncAction.SKIPPED);
              assertThat(p.reason()).contains(seed.uniqueId() + " builds " + seed.relation());
            });
      }

      SyncReport result = sync.apply(plan);

      assertThat(result.succeeded()).as(result.toString()).isTrue();
      DatabaseId db = Objects.requireNonNull(SyncServices.findDatabase(client, dbName));
      List<String> relations = SyncServices.datasets(client, db).stream().map(ds -> ds.schema() + "." + ds.tableName()).toList();
      assertThat(relations).doesNotHaveDuplicates();
      assertThat(find(sync.plan(example()), seeds.get(0).uniqueId()).action()).isEqualTo(SyncAction.UNCHANGED);
    }
  }

  @Test
  void sync_undocumentedColumnTheTableGainsThenLoses_isAddedThenRemoved_asCatalogJsonSays() throws Exception {
    String alias = viewOfProducts("select *, 1 as extra_col from marts.dim_products");
    Path manifest = tmp.resolve("manifest.json");
    java.nio.file.Files.writeString(manifest, java.nio.file.Files.readString(
        SyncServices.targetDir().resolve("manifest.json"))
        .replace("\"alias\": \"dim_products\"", "\"alias\": \"" + alias + "\""));
    try (DbtSync sync = sync().select("dim_products").build()) {
      sync.sync(DbtArtifacts.read(manifest, null, catalog(alias, true)));
      assertThat(dataset("marts." + alias).column("extra_col")).isNotNull();

      SyncServices.sqlAsWriter("drop view marts." + alias + "; create view marts." + alias
          + " as select * from marts.dim_products; grant select on marts." + alias + " to superset_reader");
      DbtArtifacts lost = DbtArtifacts.read(manifest, null, catalog(alias, false));
      DatasetPlan p = find(sync.plan(lost), "model.roastwise.dim_products");
      assertThat(p.action()).isEqualTo(SyncAction.UPDATE);
      assertThat(p.changes()).anySatisfy(c -> {
        assertThat(c.field()).isEqualTo("columns.extra_col");
        assertThat(c.after()).isNull();
      });

      assertThat(sync.apply(sync.plan(lost)).succeeded()).isTrue();
      assertThat(dataset("marts." + alias).column("extra_col")).isNull();
      assertThat(find(sync.plan(lost), "model.roastwise.dim_products").action()).isEqualTo(SyncAction.UNCHANGED);
    }
  }

  @Test
  void plan_columnTheTableGains_isNamedAsTheWarehouseSpellsIt() throws Exception {
    String alias = viewOfProducts("select *, 1 as \"Extra Col\" from marts.dim_products");
    Path manifest = java.nio.file.Files.writeString(tmp.resolve("manifest.json"), java.nio.file.Files.readString(
        SyncServices.targetDir().resolve("manifest.json"))
        .replace("\"alias\": \"dim_products\"", "\"alias\": \"" + alias + "\""));
    try (DbtSync sync = sync().select("dim_products").build()) {
      // Created from a catalog.json that predates the column.
      assertThat(sync.sync(DbtArtifacts.read(manifest, null, catalog(alias, (String) null))).succeeded()).isTrue();
      assertThat(dataset("marts." + alias).column("Extra Col")).isNull();

      DbtArtifacts gained = DbtArtifacts.read(manifest, null, catalog(alias, "Extra Col"));
      DatasetPlan p = find(sync.plan(gained), "model.roastwise.dim_products");
      assertThat(p.changes()).anySatisfy(c -> {
        assertThat(c.field()).isEqualTo("columns.Extra Col");
        assertThat(c.after()).isEqualTo("(from the warehouse on refresh)");
      });
      assertThat(sync.apply(sync.plan(gained)).succeeded()).isTrue();
      assertThat(dataset("marts." + alias).column("Extra Col")).isNotNull();
      assertThat(find(sync.plan(gained), "model.roastwise.dim_products").action()).isEqualTo(SyncAction.UNCHANGED);
    }
  }

  // The example's catalog.json with dim_products on the alias, with or without extra_col.
  private Path catalog(String alias, boolean withExtra) throws java.io.IOException {
    return catalog(alias, withExtra ? "extra_col" : null);
  }

  private Path catalog(String alias, @org.jspecify.annotations.Nullable String extra) throws java.io.IOException {
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    com.fasterxml.jackson.databind.node.ObjectNode cat = (com.fasterxml.jackson.databind.node.ObjectNode)
        json.readTree(SyncServices.targetDir().resolve("catalog.json").toFile());
    com.fasterxml.jackson.databind.node.ObjectNode node =
        (com.fasterxml.jackson.databind.node.ObjectNode) cat.path("nodes").path("model.roastwise.dim_products");
    ((com.fasterxml.jackson.databind.node.ObjectNode) node.path("metadata")).put("name", alias);
    if (extra != null) {
      com.fasterxml.jackson.databind.node.ObjectNode col =
          ((com.fasterxml.jackson.databind.node.ObjectNode) node.path("columns")).putObject(extra);
      col.put("type", "integer").put("index", 99).put("name", extra).putNull("comment");
    }
    Path out = tmp.resolve("catalog-" + UUID.randomUUID() + ".json");
    json.writeValue(out.toFile(), cat);
    return out;
  }

  @Test
  void sync_documentedColumnTheTableDoesNotHave_isNoted_notRefreshedOnEveryPlan() {
    try (DbtSync sync = sync().select("dim_products").build()) {
      sync.sync(example());
      DbtArtifacts documented = SyncServices.editedArtifacts(tmp, s -> s.replace(
          "\"product_id\": {\"name\": \"product_id\", \"description\": \"Primary key of the product.\"",
          "\"not_in_table\": {\"name\": \"not_in_table\", \"description\": \"Documented, never built.\"},"
              + " \"product_id\": {\"name\": \"product_id\", \"description\": \"Primary key of the product.\""));

      DatasetPlan p = find(sync.plan(documented), "model.roastwise.dim_products");
      assertThat(p.notes()).anyMatch(n -> n.contains("column not_in_table, which the table does not have"));
      assertThat(p.changes()).noneMatch(c -> c.field().startsWith("columns.not_in_table"));
      assertThat(sync.apply(sync.plan(documented)).succeeded()).isTrue();

      DatasetPlan again = find(sync.plan(documented), "model.roastwise.dim_products");
      assertThat(again.action()).isEqualTo(SyncAction.UNCHANGED);
      assertThat(again.notes()).as("still said by a plan that does not read the dataset")
          .anyMatch(n -> n.contains("column not_in_table, which the table does not have"));
    }
  }

  @Test
  void sync_withoutCatalog_mainDttmColNamingNoColumn_isLeftOut_andTheResultSaysSo() throws Exception {
    String text = java.nio.file.Files.readString(SyncServices.targetDir().resolve("manifest.json"));
    String typo = text.replace("\"main_dttm_col\": \"ordered_at\"", "\"main_dttm_col\": \"orderd_at\"");
    assertThat(typo).isNotEqualTo(text);
    Path manifest = java.nio.file.Files.writeString(tmp.resolve("manifest.json"), typo);
    try (DbtSync sync = sync().select("fct_orders").build()) {
      // Without catalog.json the plan cannot know the new table's columns.
      SyncPlan plan = sync.plan(DbtArtifacts.read(manifest, null, null));
      DatasetPlan p = find(plan, "model.roastwise.fct_orders");
      assertThat(p.action()).isEqualTo(SyncAction.CREATE);
      assertThat(p.notes()).noneMatch(n -> n.contains("orderd_at"));

      SyncReport report = sync.apply(plan);
      assertThat(report.succeeded()).isTrue();
      DatasetResult created = report.results().stream()
          .filter(r -> r.uniqueId().equals("model.roastwise.fct_orders")).findFirst().orElseThrow();
      assertThat(created.notes())
          .containsExactly("main_dttm_col 'orderd_at' is not set: the dataset has no column of that name");
      // Left out, so charts with a time range keep working on the column Superset chose.
      assertThat(dataset("marts.fct_orders").mainDttmCol()).isNotEqualTo("orderd_at");
    }
  }

  @Test
  void sync_withoutCatalog_timeColumnDocumentedButNotBuilt_isLeftOut_saidOnCreate_andOnEveryPlan() throws Exception {
    // fct_orders documents placed_at and makes it its time column; the table has ordered_at (a column
    // renamed in YAML, not in SQL).
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    com.fasterxml.jackson.databind.node.ObjectNode root = (com.fasterxml.jackson.databind.node.ObjectNode)
        json.readTree(SyncServices.targetDir().resolve("manifest.json").toFile());
    com.fasterxml.jackson.databind.node.ObjectNode orders = (com.fasterxml.jackson.databind.node.ObjectNode)
        root.path("nodes").path("model.roastwise.fct_orders");
    com.fasterxml.jackson.databind.node.ObjectNode placed = ((com.fasterxml.jackson.databind.node.ObjectNode)
        orders.path("columns").path("ordered_at")).deepCopy();
    placed.put("name", "placed_at");
    ((com.fasterxml.jackson.databind.node.ObjectNode) orders.path("columns")).set("placed_at", placed);
    for (com.fasterxml.jackson.databind.JsonNode meta : List.of(orders.path("config").path("meta"), orders.path("meta"))) {
      if (meta.path("superset") instanceof com.fasterxml.jackson.databind.node.ObjectNode superset) {
        superset.put("main_dttm_col", "placed_at");
      }
    }
    Path manifest = tmp.resolve("placed.json");
    json.writeValue(manifest.toFile(), root);
    DbtArtifacts artifacts = DbtArtifacts.read(manifest, null, null);
    try (DbtSync sync = sync().select("fct_orders").build();
        DbtSync verifying = sync().select("fct_orders").verifyAll(true).build()) {
      SyncReport report = sync.sync(artifacts);
      assertThat(report.succeeded()).isTrue();
      assertThat(report.results().get(0).notes()).containsExactlyInAnyOrder(
          "main_dttm_col 'placed_at' is not set: the dataset has no column of that name",
          "dbt documents column placed_at, which the table does not have");
      assertThat(dataset("marts.fct_orders").mainDttmCol()).isNotEqualTo("placed_at");

      // Every later plan says it, the one that reads no dataset too; none sets the column or refreshes.
      for (DbtSync s : List.of(sync, verifying)) {
        DatasetPlan p = find(s.plan(artifacts), "model.roastwise.fct_orders");
        assertThat(p.action()).isEqualTo(SyncAction.UNCHANGED);
        assertThat(p.notes()).anyMatch(n -> n.startsWith("dbt documents column placed_at, which the table did not have"));
      }
      assertThat(verifying.sync(artifacts).httpWrites()).isZero();
      assertThat(dataset("marts.fct_orders").mainDttmCol()).isNotEqualTo("placed_at");
    }
  }

  @Test
  void sync_withoutCatalog_documentedColumnTheTableLacks_isRefreshedForOnce_thenOnlyNoted() throws Exception {
    Path original = java.nio.file.Files.copy(SyncServices.targetDir().resolve("manifest.json"),
        tmp.resolve("original.json"));
    String text = java.nio.file.Files.readString(original);
    String documented = text.replace(
        "\"product_id\": {\"name\": \"product_id\", \"description\": \"Primary key of the product.\"",
        "\"not_in_table\": {\"name\": \"not_in_table\", \"description\": \"Documented, never built.\"},"
            + " \"product_id\": {\"name\": \"product_id\", \"description\": \"Primary key of the product.\"");
    assertThat(documented).isNotEqualTo(text);
    DbtArtifacts withColumn = DbtArtifacts.read(
        java.nio.file.Files.writeString(tmp.resolve("documented.json"), documented), null, null);
    try (DbtSync sync = sync().select("dim_products").build();
        DbtSync verifying = sync().select("dim_products").verifyAll(true).build()) {
      assertThat(sync.sync(DbtArtifacts.read(original, null, null)).succeeded()).isTrue();

      // Without catalog.json the plan cannot know the table lacks it: one refresh, which says so.
      DatasetPlan p = find(sync.plan(withColumn), "model.roastwise.dim_products");
      assertThat(p.changes()).anyMatch(c -> c.field().equals("columns.not_in_table"));
      SyncReport report = sync.apply(sync.plan(withColumn));
      assertThat(report.succeeded()).isTrue();
      assertThat(report.results().get(0).notes()).containsExactly("dbt documents column not_in_table,"
          + " which the table does not have: the refresh from the warehouse did not bring it");

      // Plans that read every dataset note it from then on, and have nothing to do.
      DatasetPlan again = find(verifying.plan(withColumn), "model.roastwise.dim_products");
      assertThat(again.action()).isEqualTo(SyncAction.UNCHANGED);
      assertThat(again.notes()).anyMatch(n -> n.startsWith(
          "dbt documents column not_in_table, which the table did not have when the sync last read"));
      assertThat(verifying.sync(withColumn).httpWrites()).isZero();
    }
  }

  @Test
  void sync_labelLongerThanSupersetStores_failsBeforeAnyWrite_andTheLongestItStoresIsWritten() {
    String longest = "é".repeat(1024);
    DbtArtifacts tooLong = SyncServices.editedArtifacts(tmp, s -> s.replace(
        "\"label\": \"Order size\"", "\"label\": \"" + longest + "é\""));
    try (DbtSync sync = sync().select("fct_orders").build()) {
      assertThatThrownBy(() -> sync.plan(tooLong)).isInstanceOf(SyncException.class)
          .hasMessageContaining("model.roastwise.fct_orders (")
          .hasMessageEndingWith("the label of column order_size is 1025 characters long; Superset stores at most 1024");
      assertThat(SyncServices.findDatabase(client, dbName)).as("nothing written, not even the connection").isNull();

      DbtArtifacts longestLabel = SyncServices.editedArtifacts(tmp, s -> s.replace(
          "\"label\": \"Order size\"", "\"label\": \"" + longest + "\""));
      assertThat(sync.sync(longestLabel).succeeded()).isTrue();
      Dataset orders = dataset("marts.fct_orders");
      assertThat(orders.column("order_size").verboseName()).isEqualTo(longest);

      // The limit is the server's: one character more and Superset refuses the dataset's update.
      List<DatasetColumnUpdate> columns = orders.columns().stream().map(c -> c.columnName().equals("order_size")
          ? c.toUpdate().toBuilder().verboseName(longest + "é").build() : c.toUpdate()).toList();
      assertThatThrownBy(() -> client.datasets().update(orders.id(),
          UpdateDatasetRequest.builder().columns(columns).build()))
          .isInstanceOf(io.github.supersetsdk.client.exception.BadRequestException.class);
    }
  }

  @Test
  void plan_selectedEphemeralModel_isSkippedWithItsReason_notDroppedUnsaid() throws Exception {
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    com.fasterxml.jackson.databind.node.ObjectNode root = (com.fasterxml.jackson.databind.node.ObjectNode)
        json.readTree(SyncServices.targetDir().resolve("manifest.json").toFile());
    ((com.fasterxml.jackson.databind.node.ObjectNode) root.path("nodes").path("model.roastwise.int_orders_enriched")
        .path("config")).put("materialized", "ephemeral");
    Path manifest = tmp.resolve("ephemeral.json");
    json.writeValue(manifest.toFile(), root);
    DbtArtifacts artifacts = DbtArtifacts.read(manifest, null, null);
    try (DbtSync sync = sync().select("int_orders_enriched", "dim_products").build()) {
      SyncPlan plan = sync.plan(artifacts);
      DatasetPlan skipped = find(plan, "model.roastwise.int_orders_enriched");
      assertThat(skipped.action()).isEqualTo(SyncAction.SKIPPED);
      assertThat(skipped.reason())
          .isEqualTo("materialized as ephemeral: dbt builds no table or view to make a dataset of");
      assertThat(find(plan, "model.roastwise.dim_products").action()).isEqualTo(SyncAction.CREATE);
      assertThat(sync.apply(plan).count(SyncAction.SKIPPED)).isEqualTo(1);
    }
    // Without --select, the default (models that build a relation) leaves it out unsaid, as documented.
    try (DbtSync sync = sync().build()) {
      assertThat(sync.plan(artifacts).datasets())
          .noneMatch(d -> d.uniqueId().equals("model.roastwise.int_orders_enriched"));
    }
  }

  // The example manifest, edited as a tree; read without catalog.json (the sync refreshes columns).
  private DbtArtifacts editedManifest(String name, java.util.function.Consumer<com.fasterxml.jackson.databind.node.ObjectNode> edit)
      throws java.io.IOException {
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    com.fasterxml.jackson.databind.node.ObjectNode root = (com.fasterxml.jackson.databind.node.ObjectNode)
        json.readTree(SyncServices.targetDir().resolve("manifest.json").toFile());
    edit.accept(root);
    Path manifest = tmp.resolve(name + ".json");
    json.writeValue(manifest.toFile(), root);
    return DbtArtifacts.read(manifest, null, null);
  }

  private static com.fasterxml.jackson.databind.node.ObjectNode node(com.fasterxml.jackson.databind.node.ObjectNode root,
      String id) {
    return (com.fasterxml.jackson.databind.node.ObjectNode) root.path("nodes").path(id);
  }

  // Points a node at another relation of marts, as a new alias does.
  private static void alias(com.fasterxml.jackson.databind.node.ObjectNode node, String alias) {
    node.put("alias", alias);
    ((com.fasterxml.jackson.databind.node.ObjectNode) node.path("config")).put("alias", alias);
    node.put("relation_name", "\"warehouse\".\"marts\".\"" + alias + "\"");
  }

  // A second model as a copy of dim_products (a new version of it), on the given relation.
  private static void addVersion(com.fasterxml.jackson.databind.node.ObjectNode root, String alias) {
    com.fasterxml.jackson.databind.node.ObjectNode copy = node(root, "model.roastwise.dim_products").deepCopy();
    copy.put("unique_id", "model.roastwise.dim_products.v2");
    copy.put("name", "dim_products_v2");
    com.fasterxml.jackson.databind.node.ArrayNode fqn = (com.fasterxml.jackson.databind.node.ArrayNode) copy.path("fqn");
    fqn.set(fqn.size() - 1, com.fasterxml.jackson.databind.node.TextNode.valueOf("dim_products_v2"));
    alias(copy, alias);
    ((com.fasterxml.jackson.databind.node.ObjectNode) root.path("nodes")).set("model.roastwise.dim_products.v2", copy);
  }

  @Test
  void plan_deprecatedAndPrivateModels_areStillPlanned_withNotesSayingSo() throws Exception {
    // dbt 1.11 writes deprecation_date as below; access and group as a grouped private model has them.
    DbtArtifacts artifacts = editedManifest("governance", root -> {
      node(root, "model.roastwise.dim_products").put("deprecation_date", "2024-06-30T00:00:00+00:00");
      node(root, "model.roastwise.dim_tenants").put("access", "private").put("group", "finance");
    });
    try (DbtSync sync = sync().select("dim_products", "dim_tenants").build()) {
      SyncPlan plan = sync.plan(artifacts);

      DatasetPlan products = find(plan, "model.roastwise.dim_products");
      assertThat(products.action()).isEqualTo(SyncAction.CREATE);
      assertThat(products.notes()).contains("dbt deprecated this model on 2024-06-30 (deprecation_date): the"
          + " dataset is still synced, but the model may be removed; move its charts to its replacement");
      DatasetPlan tenants = find(plan, "model.roastwise.dim_tenants");
      assertThat(tenants.action()).isEqualTo(SyncAction.CREATE);
      assertThat(tenants.notes()).anySatisfy(n -> assertThat(n).startsWith("dbt access is private to group finance:"));
    }
  }

  @Test
  void plan_modelBuiltInAnotherDatabase_isSkipped_notBoundToTheSameNamedTableOfTheConnectionsDatabase()
      throws Exception {
    // dbt's database config: the connection (on "warehouse") has a marts.dim_products too, the wrong one.
    DbtArtifacts elsewhere = editedManifest("other-database", root -> node(root, "model.roastwise.dim_products")
        .put("database", "warehouse_eu").put("relation_name", "\"warehouse_eu\".\"marts\".\"dim_products\""));
    try (DbtSync sync = sync().select("dim_products", "dim_customers").build()) {
      SyncPlan plan = sync.plan(elsewhere);
      DatasetPlan p = find(plan, "model.roastwise.dim_products");
      assertThat(p.action()).isEqualTo(SyncAction.SKIPPED);
      assertThat(p.reason()).isEqualTo("dbt builds it in database 'warehouse_eu', but connection '" + dbName
          + "' reads database 'warehouse': sync it to a connection on warehouse_eu (--database), or select it out");
      assertThat(find(plan, "model.roastwise.dim_customers").action()).isEqualTo(SyncAction.CREATE);
      sync.apply(plan);
    }
    DatabaseId db = Objects.requireNonNull(SyncServices.findDatabase(client, dbName));
    assertThat(SyncServices.datasets(client, db)).extracting(Dataset::tableName).containsExactly("dim_customers");
  }

  @Test
  void sync_withoutCatalog_columnDbtStopsDocumenting_isRefreshedOnce_andGoesWhenTheTableDroppedIt() throws Exception {
    String alias = viewOfProducts("select * from marts.dim_products");
    DbtArtifacts documented = editedManifest("documented", root -> alias(node(root, "model.roastwise.dim_products"), alias));
    try (DbtSync sync = sync().select("dim_products").verifyAll(true).build()) {
      assertThat(sync.sync(documented).succeeded()).isTrue();
      assertThat(dataset("marts." + alias).column("list_price")).isNotNull();
      // The model's SQL and YAML drop list_price; without catalog.json only the YAML says so.
      SyncServices.sqlAsWriter("drop view marts." + alias + "; create view marts." + alias + " as select product_id,"
          + " tenant_id, sku, product_name, product_category, is_subscribable, created_at, units_sold, gross_sales"
          + " from marts.dim_products; grant select on marts." + alias + " to superset_reader");
      DbtArtifacts dropped = editedManifest("dropped", root -> {
        alias(node(root, "model.roastwise.dim_products"), alias);
        ((com.fasterxml.jackson.databind.node.ObjectNode) node(root, "model.roastwise.dim_products").path("columns"))
            .remove("list_price");
      });
      SyncPlan plan = sync.plan(dropped);
      DatasetPlan p = find(plan, "model.roastwise.dim_products");
      assertThat(p.action()).isEqualTo(SyncAction.UPDATE);
      assertThat(p.notes()).anyMatch(n -> n.startsWith("dbt no longer documents column list_price"));
      assertThat(sync.apply(plan).succeeded()).isTrue();
      assertThat(dataset("marts." + alias).column("list_price")).as("the refresh dropped it").isNull();
      // Settled: the next plan, verifying everything, changes nothing.
      assertThat(find(sync.plan(dropped), "model.roastwise.dim_products").action()).isEqualTo(SyncAction.UNCHANGED);
    }
  }

  @Test
  void sync_disabledModel_isKeptWithItsReason_alsoWithPruneAndForce() throws Exception {
    String id = "model.roastwise.dim_products";
    try (DbtSync sync = sync().select("dim_products").build()) {
      sync.sync(example());
    }
    DatasetId kept = dataset("marts.dim_products").id();
    // dbt moves a node with enabled: false from "nodes" to "disabled".
    DbtArtifacts disabled = editedManifest("disabled", root -> {
      com.fasterxml.jackson.databind.JsonNode n = ((com.fasterxml.jackson.databind.node.ObjectNode) root.path("nodes")).remove(id);
      root.putObject("disabled").putArray(id).add(n);
    });
    try (DbtSync prune = sync().prune(true).force(true).build()) {
      SyncPlan plan = prune.plan(disabled);
      DatasetPlan p = find(plan, id);
      assertThat(p.action()).isEqualTo(SyncAction.SKIPPED);
      assertThat(p.reason()).contains("disabled (enabled: false)").contains("kept");
      prune.apply(plan);
    }
    assertThat(client.datasets().find(kept)).isPresent();
  }

  @Test
  void sync_modelNowEphemeral_itsDatasetIsNamed_andPrunedAsStale() throws Exception {
    String id = "model.roastwise.dim_products";
    try (DbtSync sync = sync().select("dim_products").build()) {
      sync.sync(example());
    }
    DatasetId stale = dataset("marts.dim_products").id();
    DbtArtifacts ephemeral = editedManifest("ephemeral-now", root ->
        ((com.fasterxml.jackson.databind.node.ObjectNode) node(root, id).path("config")).put("materialized", "ephemeral"));
    try (DbtSync noPrune = sync().select("dim_products").build()) {
      List<DatasetPlan> plans = noPrune.plan(ephemeral).datasets().stream().filter(d -> d.uniqueId().equals(id)).toList();
      // One line for it, naming the dataset dbt no longer updates.
      assertThat(plans).hasSize(1);
      assertThat(plans.get(0).action()).isEqualTo(SyncAction.SKIPPED);
      assertThat(plans.get(0).datasetId()).isEqualTo(stale);
      assertThat(plans.get(0).reason()).isEqualTo(
          "its dbt model is now ephemeral, so dbt builds no relation for it; sync with prune to delete the dataset");
    }
    try (DbtSync prune = sync().prune(true).build()) {
      SyncPlan plan = prune.plan(ephemeral);
      assertThat(find(plan, id).action()).isEqualTo(SyncAction.DELETE);
      assertThat(prune.apply(plan).succeeded()).isTrue();
    }
    assertThat(client.datasets().find(stale)).isEmpty();
  }

  @Test
  void sync_newVersionTakesTheOldNameWhileTheOldMovesAway_inOneRun() throws Exception {
    String oldName = viewOfProducts("select * from marts.dim_products");
    String v2Name = viewOfProducts("select * from marts.dim_products");
    DbtArtifacts before = editedManifest("versions-before", root -> addVersion(root, v2Name));
    try (DbtSync sync = sync().select("dim_products", "dim_products_v2").maxInFlight(1).build()) {
      assertThat(sync.sync(before).succeeded()).isTrue();
      DatasetId v1 = dataset("marts.dim_products").id();
      DatasetId v2 = dataset("marts." + v2Name).id();
      // latest_version moves to 2: v2 takes the unsuffixed name, v1 moves to a suffixed one.
      DbtArtifacts after = editedManifest("versions-after", root -> {
        addVersion(root, "dim_products");
        alias(node(root, "model.roastwise.dim_products"), oldName);
      });
      SyncPlan plan = sync.plan(after);
      assertThat(plan.count(SyncAction.UPDATE)).isEqualTo(2);
      SyncReport report = sync.apply(plan);
      assertThat(report.succeeded()).as(report.toString()).isTrue();
      assertThat(dataset("marts.dim_products").id()).isEqualTo(v2);
      assertThat(dataset("marts." + oldName).id()).isEqualTo(v1);
    }
  }

  @Test
  void sync_twoVersionsSwappingRelations_inOneRun() throws Exception {
    String v2Name = viewOfProducts("select * from marts.dim_products");
    DbtArtifacts before = editedManifest("swap-before", root -> addVersion(root, v2Name));
    try (DbtSync sync = sync().select("dim_products", "dim_products_v2").build()) {
      assertThat(sync.sync(before).succeeded()).isTrue();
      DatasetId v1 = dataset("marts.dim_products").id();
      DatasetId v2 = dataset("marts." + v2Name).id();
      // Each takes the other's relation: neither move can go first without freeing the other's.
      DbtArtifacts swapped = editedManifest("swap-after", root -> {
        addVersion(root, "dim_products");
        alias(node(root, "model.roastwise.dim_products"), v2Name);
      });
      SyncPlan plan = sync.plan(swapped);
      assertThat(plan.count(SyncAction.UPDATE)).isEqualTo(2);
      SyncReport report = sync.apply(plan);
      assertThat(report.succeeded()).as(report.toString()).isTrue();
      // The apply's own park of one of them is not a change made by someone else.
      assertThat(report.results())
          .allSatisfy(r -> assertThat(r.notes()).noneMatch(n -> n.contains("after the plan")));
      assertThat(dataset("marts.dim_products").id()).isEqualTo(v2);
      assertThat(dataset("marts." + v2Name).id()).isEqualTo(v1);
      // Nothing left on a temporary name, and nothing left to do.
      DatabaseId db = Objects.requireNonNull(SyncServices.findDatabase(client, dbName));
      assertThat(SyncServices.datasets(client, db)).extracting(Dataset::tableName)
          .containsExactlyInAnyOrder("dim_products", v2Name);
      assertThat(sync.plan(swapped).count(SyncAction.UPDATE)).isZero();
    }
  }

  @Test
  void plan_moveOntoARelationAnOrphanHolds_isAConflictNamingIt_andPruneDeletesItFirst() throws Exception {
    String v2Name = viewOfProducts("select * from marts.dim_products");
    DbtArtifacts before = editedManifest("orphan-before", root -> addVersion(root, v2Name));
    try (DbtSync sync = sync().select("dim_products", "dim_products_v2").build()) {
      sync.sync(before);
    }
    DatasetId v1 = dataset("marts.dim_products").id();
    DatasetId v2 = dataset("marts." + v2Name).id();
    // Version 1 removed; version 2 takes its name.
    DbtArtifacts after = editedManifest("orphan-after", root -> {
      addVersion(root, "dim_products");
      ((com.fasterxml.jackson.databind.node.ObjectNode) root.path("nodes")).remove("model.roastwise.dim_products");
    });
    try (DbtSync noPrune = sync().select("dim_products_v2").build()) {
      DatasetPlan p = find(noPrune.plan(after), "model.roastwise.dim_products.v2");
      assertThat(p.action()).isEqualTo(SyncAction.SKIPPED);
      assertThat(p.reason()).isEqualTo("conflict: marts.dim_products is held by dataset " + v1.value()
          + " (model.roastwise.dim_products), whose dbt node is gone: sync with prune (and force while charts"
          + " use it) to delete it; this dataset then moves there in the same run");
    }
    try (DbtSync prune = sync().select("dim_products_v2").prune(true).build()) {
      SyncPlan plan = prune.plan(after);
      assertThat(find(plan, "model.roastwise.dim_products").action()).isEqualTo(SyncAction.DELETE);
      assertThat(find(plan, "model.roastwise.dim_products.v2").action()).isEqualTo(SyncAction.UPDATE);
      SyncReport report = prune.apply(plan);
      assertThat(report.succeeded()).as(report.toString()).isTrue();
    }
    assertThat(client.datasets().find(v1)).isEmpty();
    assertThat(dataset("marts.dim_products").id()).isEqualTo(v2);
  }

  @Test
  void sync_withoutMetrics_leavesTheSyncedMetricsAlone() {
    try (DbtSync sync = sync().build()) {
      sync.sync(example());
      int metrics = dataset("marts.fct_orders").metrics().size();
      try (DbtSync noMetrics = sync().metrics(false).build()) {
        SyncPlan plan = noMetrics.plan(example());
        assertThat(plan.datasets()).allSatisfy(p -> assertThat(p.changes()).as(p.uniqueId())
            .noneMatch(c -> c.field().startsWith("metrics.")));
        noMetrics.apply(plan);
      }
      assertThat(dataset("marts.fct_orders").metrics()).hasSize(metrics);
    }
  }

  @Test
  void syncAfterRun_refreshesOnlyModelsRebuiltSuccessfully_orPartiallyByMicrobatches() {
    try (DbtSync sync = sync().build()) {
      sync.sync(example());
      List<SyncEvent> seen = new ArrayList<>();
      try (DbtSync after = sync().listener(new SyncListener() {
        @Override
        public void synced(SyncEvent event) {
          seen.add(event);
        }
      }).build()) {
        io.github.supersetsdk.dbt.run.RunResults run = new io.github.supersetsdk.dbt.run.RunResults(
            example().manifest().metadata(),
            List.of(result("model.roastwise.dim_tenants", "success"),
                result("model.roastwise.dim_customers", "error"),
                // a microbatch model with some batches written and others failed (dbt 1.9+)
                result("model.roastwise.fct_order_items", "partial success"),
                result("test.roastwise.not_null_x", "pass")),
            1.0, Map.of());
        SyncEvent event = after.syncAfterRun(example(), run);
        assertThat(event.uniqueIds())
            .containsExactlyInAnyOrder("model.roastwise.dim_tenants", "model.roastwise.fct_order_items");
        // The refresh turned every groupby on; what dbt set is back, so the next plan has nothing to do.
        assertThat(dataset("marts.dim_tenants").column("tenant_id").groupby()).isFalse();
        assertThat(find(sync.plan(example()), "model.roastwise.dim_tenants").action()).isEqualTo(SyncAction.UNCHANGED);
        assertThat(event.datasetIds()).containsExactlyInAnyOrder(
            dataset("marts.dim_tenants").id(), dataset("marts.fct_order_items").id());
        assertThat(seen).containsExactly(event);
      }
    }
  }

  private static io.github.supersetsdk.dbt.run.RunResult result(String id, String status) {
    return new io.github.supersetsdk.dbt.run.RunResult(id,
        io.github.supersetsdk.dbt.run.RunStatus.of(status), 0.1, null, null, null, null, null, Map.of(), null);
  }

  private static DatasetPlan find(SyncPlan plan, String uniqueId) {
    return plan.datasets().stream().filter(d -> d.uniqueId().equals(uniqueId)).findFirst()
        .orElseThrow(() -> new AssertionError("no plan for " + uniqueId + " in " + plan.datasets()));
  }

  @SuppressWarnings("unused")
  private static List<String> names(List<DatasetMetric> metrics) {
    return metrics.stream().map(DatasetMetric::metricName).toList();
  }
}
