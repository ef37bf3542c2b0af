package io.github.supersetsdk.dbt;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.supersetsdk.dbt.lineage.DbtLineage;
import io.github.supersetsdk.dbt.lineage.RunImpact;
import io.github.supersetsdk.dbt.manifest.DbtExposure;
import io.github.supersetsdk.dbt.manifest.DbtManifest;
import io.github.supersetsdk.dbt.manifest.ResourceType;
import io.github.supersetsdk.dbt.select.IndirectSelection;
import io.github.supersetsdk.dbt.select.NodeSelector;
import io.github.supersetsdk.dbt.select.SelectionRequest;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The code of docs/dbt-artifacts.md, run against a dbt-written fixture so the page stays true. */
class DocsSnippetsTest {

  private final DbtManifest manifest =
      DbtArtifactReader.create().readManifest(Fixtures.file("manifest-v12-dbt-1.11.16.json"));

  @Test
  void readingSection_optionsBuilder_keepsOnlyCompiledCode() {
    DbtArtifactReader reader = DbtArtifactReader.create(
        ReadOptions.builder()
            .includeCompiledCode(true)
            .includeRawCode(false)
            .includeMacroBodies(false)
            .includeDocBlocks(false)
            .build());

    DbtManifest m = reader.readManifest(Fixtures.file("manifest-v12-dbt-1.11.16.json"));

    assertThat(m.findNode("model.shop.orders").orElseThrow().compiledCode()).contains("select");
    assertThat(m.findNode("model.shop.orders").orElseThrow().rawCode()).isNull();
  }

  @Test
  void selectingSection_examples_runAsWritten() {
    NodeSelector selector = NodeSelector.of(manifest);
    List<String> nightly = selector.select("tag:nightly");
    List<String> feeding = selector.select("+exposure:revenue_dashboard", "resource_type:test");
    List<String> custom = selector.select(SelectionRequest.builder()
        .select("config.materialized:table,tag:finance", "@stg_orders")
        .exclude("package:dbt_utils")
        .resourceTypes(Set.of(ResourceType.MODEL))
        .indirectSelection(IndirectSelection.CAUTIOUS)
        .build());

    assertThat(nightly).contains("model.shop.orders");
    assertThat(feeding).contains("exposure.shop.revenue_dashboard", "model.shop.daily_revenue", "source.shop.raw.orders");
    assertThat(custom).contains("model.shop.stg_orders").allMatch(id -> id.startsWith("model."));
  }

  @Test
  void lineageSection_examples_runAsWritten() {
    DbtLineage lineage = DbtLineage.of(manifest);
    List<String> parents = lineage.upstream("model.shop.orders", 1);
    List<String> all = lineage.downstream("model.shop.stg_orders", DbtLineage.ALL);
    List<DbtExposure> exposures = lineage.exposuresFedBy("model.shop.orders");
    RunImpact impact =
        lineage.impactOf(DbtArtifactReader.create().readRunResults(Fixtures.file("run_results-v6-dbt-1.11.16.json")));

    assertThat(parents).containsExactly("model.shop.stg_orders", "model.shop.stg_payments");
    assertThat(all).contains("model.shop.orders", "exposure.shop.revenue_dashboard");
    assertThat(exposures).isNotEmpty();
    assertThat(impact.rebuiltModels()).isNotEmpty();
  }
}
