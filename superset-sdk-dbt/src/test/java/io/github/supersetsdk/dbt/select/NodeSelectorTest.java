package io.github.supersetsdk.dbt.select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.supersetsdk.dbt.DbtArtifactReader;
import io.github.supersetsdk.dbt.Fixtures;
import io.github.supersetsdk.dbt.manifest.DbtManifest;
import io.github.supersetsdk.dbt.manifest.ResourceType;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Expected lists are what dbt 1.11 `dbt ls` printed for the fixture project. */
class NodeSelectorTest {

  private static final DbtManifest MANIFEST =
      DbtArtifactReader.create().readManifest(Fixtures.file("manifest-v12-dbt-1.11.16.json"));
  private final NodeSelector selector = NodeSelector.of(MANIFEST);

  private static List<String> ids(String spaceSeparated) {
    return spaceSeparated.isEmpty() ? List.of() : List.of(spaceSeparated.split(" "));
  }

  @Test
  void select_parentsOperator_includesAncestorsAndEagerTests() {
    assertThat(selector.select("+orders"))
        .containsExactlyElementsOf(ids(
            "model.shop.orders model.shop.stg_orders model.shop.stg_payments semantic_model.shop.orders source.shop.raw.orders test.shop.accepted_values_stg_orders_status__completed__returned__placed.c57ae7a7ef test.shop.assert_positive_amount test.shop.not_null_orders_order_id.cf6c17daed test.shop.not_null_stg_orders_order_id.81cfe2fe64 test.shop.relationships_stg_orders_customer_id__customer_id__ref_stg_customers_.430bf21500 test.shop.source_unique_raw_orders_id.56401af608 test.shop.unique_orders_order_id.fed79b3a6e test.shop.unique_stg_orders_order_id.e3b841c71a"));
  }

  @Test
  void select_childrenWithDepthAndExclusion_matchesDbtLs() {
    assertThat(selector.select("stg_orders+1", "resource_type:test"))
        .containsExactly("model.shop.orders", "model.shop.stg_orders", "model.shop.stg_payments");
  }

  @Test
  void select_atOperator_selectsChildrenAndTheirParents() {
    assertThat(selector.select("@stg_customers", "resource_type:test"))
        .containsExactlyElementsOf(ids(
            "exposure.shop.revenue_dashboard model.shop.customers model.shop.daily_revenue model.shop.orders model.shop.stg_customers model.shop.stg_orders model.shop.stg_payments source.shop.raw.customers source.shop.raw.orders unit_test.shop.daily_revenue.test_daily_revenue_sums"));
  }

  @Test
  void select_intersectionOfTagAndConfig_matchesDbtLs() {
    assertThat(selector.select("tag:staging,config.materialized:view"))
        .containsExactlyElementsOf(ids(
            "model.shop.stg_customers model.shop.stg_orders test.shop.accepted_values_stg_orders_status__completed__returned__placed.c57ae7a7ef test.shop.not_null_stg_customers_customer_id.e2cfb1f9aa test.shop.not_null_stg_orders_order_id.81cfe2fe64 test.shop.relationships_stg_orders_customer_id__customer_id__ref_stg_customers_.430bf21500 test.shop.unique_stg_customers_customer_id.c7614daada test.shop.unique_stg_orders_order_id.e3b841c71a"));
  }

  @Test
  void select_versionedModelName_selectsEveryVersion() {
    assertThat(selector.select("order_items"))
        .containsExactly("model.shop.order_items.v1", "model.shop.order_items.v2");
    assertThat(selector.select("version:latest")).containsExactly("model.shop.order_items.v2");
    assertThat(selector.select("version:old")).containsExactly("model.shop.order_items.v1");
  }

  @Test
  void select_pathRelativeToProjectRoot_onlyMatchesFromTheRoot() {
    assertThat(selector.select("marts/", "tag:finance")).isEmpty();
    assertThat(selector.select("path:models/staging", "resource_type:test"))
        .containsExactly(
            "model.shop.stg_customers", "model.shop.stg_orders", "model.shop.stg_payments",
            "source.shop.raw.customers", "source.shop.raw.orders");
  }

  @Test
  void select_semanticModelChildren_reachesMetricsAndSavedQueries() {
    assertThat(selector.select("semantic_model:orders+"))
        .containsExactlyElementsOf(ids(
            "metric.shop.completed_orders metric.shop.completed_revenue metric.shop.completed_share metric.shop.revenue metric.shop.revenue_7d metric.shop.revenue_per_order saved_query.shop.revenue_by_status semantic_model.shop.orders"));
  }

  @Test
  void select_cautiousIndirectSelection_dropsTestsWithUnselectedParents() {
    SelectionRequest eager = SelectionRequest.builder().select("stg_orders").build();
    SelectionRequest cautious =
        SelectionRequest.builder().select("stg_orders").indirectSelection(IndirectSelection.CAUTIOUS).build();

    assertThat(selector.select(eager))
        .contains("test.shop.relationships_stg_orders_customer_id__customer_id__ref_stg_customers_.430bf21500");
    assertThat(selector.select(cautious))
        .doesNotContain("test.shop.relationships_stg_orders_customer_id__customer_id__ref_stg_customers_.430bf21500")
        .contains("test.shop.unique_stg_orders_order_id.e3b841c71a");
    assertThat(selector.select(SelectionRequest.builder().select("stg_orders").indirectSelection(IndirectSelection.EMPTY).build()))
        .containsExactly("model.shop.stg_orders");
  }

  @Test
  void select_resourceTypes_filtersLikeDbtLsResourceType() {
    SelectionRequest request =
        SelectionRequest.builder().select("+orders").resourceTypes(Set.of(ResourceType.SOURCE)).build();

    assertThat(selector.select(request)).containsExactly("source.shop.raw.orders");
  }

  @Test
  void select_analysis_isExcludedByDefaultResourceTypes() {
    assertThat(selector.select("resource_type:analysis")).isEmpty();
    assertThat(selector.select(SelectionRequest.builder().select("resource_type:analysis")
            .resourceTypes(Set.of(ResourceType.ANALYSIS)).build()))
        .containsExactly("analysis.shop.order_summary");
  }

  @Test
  void select_tagOnMetricWithOnlyConfigTags_isNotSelectedAsInDbt() {
    String json =
        "{\"metadata\": {\"dbt_schema_version\": \"https://schemas.getdbt.com/dbt/manifest/v12.json\"},"
            + " \"nodes\": {\"model.p.m\": {\"resource_type\": \"model\", \"name\": \"m\", \"fqn\": [\"p\", \"m\"],"
            + "   \"tags\": [\"finance\"], \"config\": {\"tags\": [\"finance\"]}}},"
            + " \"metrics\": {\"metric.p.revenue\": {\"name\": \"revenue\", \"type\": \"simple\", \"fqn\": [\"p\", \"revenue\"],"
            + "   \"tags\": [], \"config\": {\"tags\": [\"finance\"]}}}}";
    DbtManifest manifest =
        DbtArtifactReader.create().readManifest(new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "m.json");

    assertThat(NodeSelector.of(manifest).select("tag:finance")).containsExactly("model.p.m");
  }

  @Test
  void select_groupAndAccess_selectTheGroupedPublicModel() {
    assertThat(selector.select("group:finance", "resource_type:test unit_test:*"))
        .containsExactly("model.shop.daily_revenue");
    // dbt ls adds the model's unit test through eager indirect selection
    assertThat(selector.select("access:public"))
        .containsExactly("model.shop.daily_revenue", "unit_test.shop.daily_revenue.test_daily_revenue_sums");
    assertThat(selector.select("stg_legacy")).isEmpty();
  }

  @Test
  void select_invalidMethodOrStateMethod_throwsInvalidSelector() {
    assertThatThrownBy(() -> selector.select("nope:x"))
        .isInstanceOf(InvalidSelectorException.class)
        .hasMessageContaining("nope");
    assertThatThrownBy(() -> selector.select("state:modified"))
        .isInstanceOf(InvalidSelectorException.class);
    assertThatThrownBy(() -> selector.select("source:a.b.c.d"))
        .isInstanceOf(InvalidSelectorException.class);
  }

  @Test
  void select_atPrefixWithChildrenSuffix_isRefused_asDbtRefusesIt() {
    // dbt ls: Invalid node spec @stg_orders+ - "@" prefix and "+" suffix are incompatible
    for (String spec : List.of("@stg_orders+", "@stg_orders+2")) {
      assertThatThrownBy(() -> selector.select(spec)).as(spec)
          .isInstanceOf(InvalidSelectorException.class).hasMessageContaining("incompatible");
    }
  }

  @Test
  void select_depthBeyondAnyGraph_walksTheWholeGraph() {
    assertThat(selector.select("99999999999+orders")).containsExactlyElementsOf(selector.select("+orders"));
    assertThat(selector.select("stg_orders+99999999999")).containsExactlyElementsOf(selector.select("stg_orders+"));
  }

  @Test
  void select_pathOfAPackagesFile_matchesOnlyWhereTheRootProjectHasThatPath() {
    // dbt globs the root project's directory: models/ exists there, models/pkg_model.sql does not.
    String node = "\"model.%s.%s\": {\"resource_type\": \"model\", \"name\": \"%s\", \"package_name\": \"%s\","
        + " \"original_file_path\": \"models/%s.sql\", \"path\": \"%s.sql\", \"fqn\": [\"%s\", \"%s\"],"
        + " \"config\": {\"materialized\": \"view\"}}";
    String json = "{\"metadata\": {\"dbt_schema_version\": \"https://schemas.getdbt.com/dbt/manifest/v12.json\","
        + " \"project_name\": \"p\"}, \"nodes\": {"
        + String.format(node, "p", "mine", "mine", "p", "mine", "mine", "p", "mine") + ", "
        + String.format(node, "pkg", "pkg_model", "pkg_model", "pkg", "pkg_model", "pkg_model", "pkg", "pkg_model")
        + "}, \"sources\": {}, \"macros\": {}, \"docs\": {}, \"exposures\": {}, \"metrics\": {},"
        + " \"parent_map\": {}, \"child_map\": {}}";
    NodeSelector packaged = NodeSelector.of(DbtArtifactReader.create().readManifest(
        new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "manifest.json"));

    assertThat(packaged.select("path:models")).containsExactly("model.p.mine", "model.pkg.pkg_model");
    assertThat(packaged.select("path:models/pkg_model.sql")).isEmpty();
    assertThat(packaged.select("path:models/*.sql")).containsExactly("model.p.mine");
    assertThat(packaged.select("path:models/mine.sql")).containsExactly("model.p.mine");
  }
}
