package io.github.supersetsdk.dbt.lineage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.supersetsdk.dbt.DbtArtifactReader;
import io.github.supersetsdk.dbt.Fixtures;
import io.github.supersetsdk.dbt.manifest.DbtManifest;
import io.github.supersetsdk.dbt.run.RunResults;
import org.junit.jupiter.api.Test;

class DbtLineageTest {

  private static final DbtArtifactReader READER = DbtArtifactReader.create();
  private static final DbtManifest MANIFEST =
      READER.readManifest(Fixtures.file("manifest-v12-dbt-1.11.16.json"));
  private final DbtLineage lineage = DbtLineage.of(MANIFEST);

  @Test
  void upstream_depthOne_returnsDirectParentsOnly() {
    assertThat(lineage.upstream("model.shop.orders", 1))
        .containsExactly("model.shop.stg_orders", "model.shop.stg_payments");
  }

  @Test
  void upstream_allDepths_reachesSources() {
    assertThat(lineage.upstream("model.shop.customers", DbtLineage.ALL))
        .containsExactly(
            "model.shop.orders", "model.shop.stg_customers", "model.shop.stg_orders",
            "model.shop.stg_payments", "source.shop.raw.customers", "source.shop.raw.orders");
  }

  @Test
  void downstream_depthTwo_stopsAfterTwoEdges() {
    assertThat(lineage.downstream("model.shop.stg_payments", 1)).containsExactly("model.shop.orders");
    assertThat(lineage.downstream("model.shop.stg_payments", 2))
        .contains("model.shop.orders", "model.shop.customers", "model.shop.daily_revenue", "exposure.shop.orders_notebook")
        .doesNotContain("exposure.shop.revenue_dashboard");
  }

  @Test
  void exposuresFedBy_model_findsDashboardsThroughIntermediateModels() {
    assertThat(lineage.exposuresFedBy("model.shop.stg_orders"))
        .extracting(e -> e.uniqueId())
        .containsExactly("exposure.shop.orders_notebook", "exposure.shop.revenue_dashboard");
    assertThat(lineage.exposuresFedBy("model.shop.order_items.v1")).isEmpty();
  }

  @Test
  void impactOf_runResults_listsSuccessfulModelsAndTheirDownstream() {
    RunResults run = READER.readRunResults(Fixtures.file("run_results-v6-dbt-1.11.16.json"));

    RunImpact impact = lineage.impactOf(run);

    assertThat(impact.rebuiltModels()).contains("model.shop.orders", "model.shop.stg_orders").doesNotContain("model.shop.stg_payments");
    assertThat(impact.affectedDownstream())
        .contains("exposure.shop.revenue_dashboard", "metric.shop.revenue", "model.shop.stg_payments", "test.shop.unique_orders_order_id.fed79b3a6e")
        .doesNotContainAnyElementsOf(impact.rebuiltModels());
  }

  @Test
  void impactOf_seedAndSnapshotRuns_rebuildTheirRelations() {
    // dbt seed / dbt snapshot write tables as dbt run does; views downstream change at once.
    String json = "{\"metadata\": {\"dbt_schema_version\": \"https://schemas.getdbt.com/dbt/run-results/v6.json\"},"
        + " \"results\": [" + result("seed.shop.raw_orders", "success") + ", "
        + result("snapshot.shop.orders_snapshot", "success") + ", " + result("seed.shop.raw_customers", "error")
        + "], \"elapsed_time\": 1.0, \"args\": {}}";
    RunResults run = READER.readRunResults(
        new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "run_results.json");

    assertThat(lineage.impactOf(run).rebuiltModels())
        .containsExactly("seed.shop.raw_orders", "snapshot.shop.orders_snapshot");
  }

  private static String result(String uniqueId, String status) {
    return "{\"unique_id\": \"" + uniqueId + "\", \"status\": \"" + status + "\", \"timing\": [],"
        + " \"thread_id\": \"Thread-1\", \"execution_time\": 0.1, \"adapter_response\": {}, \"message\": null,"
        + " \"failures\": null}";
  }

  @Test
  void impactOf_reusedAndErroredModels_areNotRebuilt() {
    RunResults run = READER.readRunResults(Fixtures.file("run_results-v6-dbt-1.12.0b1-reused-handwritten.json"));

    RunImpact impact = lineage.impactOf(run);

    assertThat(impact.rebuiltModels()).doesNotContain("model.shop.stg_customers", "model.shop.stg_orders");
  }

  @Test
  void impactOf_microbatchModelPartiallyBuilt_isRebuiltWithItsDownstream() {
    // dbt 1.11: a microbatch model with one batch written and two failed ends in "partial success";
    // the view reading it was skipped, but it shows the written batch at once.
    DbtManifest manifest = READER.readManifest(Fixtures.file("manifest-v12-dbt-1.11.16-microbatch.json"));
    RunResults run = READER.readRunResults(Fixtures.file("run_results-v6-dbt-1.11.16-microbatch-partial.json"));

    RunImpact impact = DbtLineage.of(manifest).impactOf(run);

    assertThat(impact.rebuiltModels()).containsExactly("model.roastwise.fct_orders_mb_partial");
    assertThat(impact.affectedDownstream())
        .containsExactly("exposure.roastwise.daily_orders_dashboard", "model.roastwise.fct_orders_mb_partial_rollup");
  }

  @Test
  void impactOf_functionRebuilt_affectsTheModelsCallingIt() {
    // dbt 1.11: `dbt build -s cents_to_eur` replaces the function; a model calling it computes with
    // the new definition (a view at once), though the run rebuilt no model.
    DbtManifest manifest = READER.readManifest(Fixtures.file("manifest-v12-dbt-1.11.16-function.json"));
    RunResults run = READER.readRunResults(Fixtures.file("run_results-v6-dbt-1.11.16-function.json"));

    RunImpact impact = DbtLineage.of(manifest).impactOf(run);

    assertThat(impact.rebuiltModels()).containsExactly("function.roastwise.cents_to_eur");
    assertThat(impact.affectedDownstream())
        .containsExactly("exposure.roastwise.revenue_notebook", "model.roastwise.tenant_kpis.v2");
  }

  @Test
  void upstream_unknownMemberOrBadDepth_throws() {
    assertThatThrownBy(() -> lineage.upstream("model.shop.nope", 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> lineage.upstream("model.shop.orders", 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
