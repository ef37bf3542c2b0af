package io.github.supersetsdk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.id.ChartId;
import io.github.supersetsdk.client.id.DatabaseId;
import io.github.supersetsdk.client.id.DatasetId;
import io.github.supersetsdk.client.model.Dataset;
import io.github.supersetsdk.client.model.DatasetColumn;
import io.github.supersetsdk.client.model.VizType;
import io.github.supersetsdk.client.request.CreateChartRequest;
import io.github.supersetsdk.client.request.DatasetColumnUpdate;
import io.github.supersetsdk.client.request.DatasetMetricUpdate;
import io.github.supersetsdk.client.request.UpdateDatasetRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sync when Superset changes under it: a person's edit between plan and apply, a chart made
 * between a pruning plan and its apply, two syncs creating the same connection at once. Everything
 * is on a connection of its own ({@code cc_...}), deleted afterwards.
 */
class ConcurrentSyncIT {

  @TempDir Path tmp;

  private SupersetClient client;
  private String dbName;
  private final List<ChartId> charts = new ArrayList<>();

  @BeforeEach
  void setUp() {
    client = SyncServices.client();
    dbName = "cc_sync_it_" + UUID.randomUUID().toString().substring(0, 8);
  }

  @AfterEach
  void tearDown() {
    charts.forEach(c -> client.charts().find(c).ifPresent(x -> client.charts().delete(c)));
    SyncServices.dropDatabase(client, dbName);
    client.close();
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
  void planAppliedAfterAPersonsEdit_keepsTheirMetricColumnAndFlag_andWritesWhatDbtChanged() {
    try (DbtSync sync = sync().build()) {
      sync.sync(example());
      DbtArtifacts changed = SyncServices.editedArtifacts(tmp, s -> s
          .replace("Primary key of the order.", "Primary key of the order (edited).")
          .replace("Number of orders placed, whatever their status.", "Number of orders placed (edited)."));
      SyncPlan plan = sync.plan(changed);

      // Between plan and apply, a person adds a metric and a calculated column and turns grouping
      // by sales_channel off (merge keeps hand-set flags).
      Dataset orders = dataset("marts.fct_orders");
      List<DatasetMetricUpdate> metrics = new ArrayList<>();
      orders.metrics().forEach(m -> metrics.add(m.toUpdate()));
      metrics.add(DatasetMetricUpdate.builder("cc_hand_metric", "COUNT(*)").build());
      List<DatasetColumnUpdate> cols = new ArrayList<>();
      for (DatasetColumn c : orders.columns()) {
        cols.add(c.columnName().equals("sales_channel")
            ? c.toUpdate().toBuilder().groupby(false).build() : c.toUpdate());
      }
      cols.add(DatasetColumnUpdate.builder("cc_hand_column").expression("order_id * 2").build());
      client.datasets().update(orders.id(), UpdateDatasetRequest.builder().metrics(metrics).columns(cols).build());

      SyncReport report = sync.apply(plan);

      assertThat(report.succeeded()).isTrue();
      Dataset after = dataset("marts.fct_orders");
      assertThat(after.metric("cc_hand_metric")).as("the person's metric").isNotNull();
      assertThat(after.column("cc_hand_column")).as("the person's calculated column").isNotNull();
      assertThat(after.column("sales_channel").groupby()).as("the person's flag").isFalse();
      assertThat(after.column("order_id").description()).isEqualTo("Primary key of the order (edited).");
      assertThat(Objects.requireNonNull(after.metric("orders")).description())
          .isEqualTo("Number of orders placed (edited).");
      DatasetResult r = report.results().stream().filter(x -> x.uniqueId().equals("model.roastwise.fct_orders"))
          .findFirst().orElseThrow();
      assertThat(r.notes()).anySatisfy(n -> assertThat(n).contains("changed in Superset after the plan"));
      assertThat(report.results()).filteredOn(x -> !x.uniqueId().equals("model.roastwise.fct_orders"))
          .allSatisfy(x -> assertThat(x.notes()).noneMatch(n -> n.contains("after the plan")));
      assertThat(sync.plan(changed).datasets()).allSatisfy(p -> assertThat(p.action()).as(p.uniqueId())
          .isIn(SyncAction.UNCHANGED, SyncAction.SKIPPED));
    }
  }

  @Test
  void chartMadeBetweenAPruningPlanAndItsApply_keepsItsDataset() {
    try (DbtSync sync = sync().build()) {
      sync.sync(example());
    }
    // The dataset of a model that is no longer in the manifest (and no longer selected).
    DatasetId orphan = dataset("staging.stg_shop__products").id();
    client.datasets().update(orphan, UpdateDatasetRequest.builder().extra(
        "{\"unique_id\":\"model.roastwise.cc_gone_model\",\"superset_sdk_sync\":{\"v\":\"1\",\"hash\":\"x\"}}")
        .build());
    try (DbtSync prune = sync().exclude("stg_shop__products").prune(true).build()) {
      SyncPlan plan = prune.plan(example());
      assertThat(plan.datasets()).filteredOn(p -> p.uniqueId().equals("model.roastwise.cc_gone_model"))
          .extracting(DatasetPlan::action).containsExactly(SyncAction.DELETE);
      ChartId chart = client.charts().create(CreateChartRequest.forDataset("cc_ chart " + dbName, VizType.TABLE,
          orphan).params("{\"metrics\":[\"count\"]}").build());
      charts.add(chart);

      SyncReport report = prune.apply(plan);

      DatasetResult r = report.results().stream().filter(x -> x.uniqueId().equals("model.roastwise.cc_gone_model"))
          .findFirst().orElseThrow();
      assertThat(r.action()).isEqualTo(SyncAction.SKIPPED);
      assertThat(r.notes()).anySatisfy(n -> assertThat(n).contains("[" + chart.value() + "]"));
      assertThat(client.datasets().find(orphan)).isPresent();
      assertThat(client.charts().get(chart).datasourceId()).isEqualTo(orphan.value());
    }
  }

  @Test
  void twoSyncsCreatingTheConnectionAtOnce_bothSucceed_oneConnection_noDuplicates() throws Exception {
    DbtArtifacts artifacts = example();
    try (DbtSync a = sync().select("tag:core").build(); DbtSync b = sync().select("tag:core").build()) {
      SyncPlan planA = a.plan(artifacts);
      SyncPlan planB = b.plan(artifacts);
      assertThat(planA.databaseId()).isNull();
      CountDownLatch go = new CountDownLatch(1);
      CompletableFuture<SyncReport> ra = CompletableFuture.supplyAsync(() -> {
        await(go);
        return a.apply(planA);
      });
      CompletableFuture<SyncReport> rb = CompletableFuture.supplyAsync(() -> {
        await(go);
        return b.apply(planB);
      });
      go.countDown();
      assertThat(ra.get().failed()).isZero();
      assertThat(rb.get().failed()).isZero();
    }
    long connections = client.databases().list(io.github.supersetsdk.client.request.ListQuery.all()).stream()
        .filter(d -> d.databaseName().equals(dbName)).count();
    assertThat(connections).isEqualTo(1);
    DatabaseId db = Objects.requireNonNull(SyncServices.findDatabase(client, dbName));
    Map<String, Long> perTable = SyncServices.datasets(client, db).stream()
        .collect(Collectors.groupingBy(d -> d.schema() + "." + d.tableName(), Collectors.counting()));
    assertThat(perTable).isNotEmpty();
    assertThat(perTable.values()).allMatch(n -> n == 1);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
