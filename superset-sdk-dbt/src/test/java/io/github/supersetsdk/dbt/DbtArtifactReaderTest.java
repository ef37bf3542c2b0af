package io.github.supersetsdk.dbt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.supersetsdk.dbt.catalog.DbtCatalog;
import io.github.supersetsdk.dbt.manifest.DbtManifest;
import io.github.supersetsdk.dbt.manifest.DbtMetric;
import io.github.supersetsdk.dbt.manifest.DbtNode;
import io.github.supersetsdk.dbt.manifest.DbtRef;
import io.github.supersetsdk.dbt.manifest.DbtSource;
import io.github.supersetsdk.dbt.manifest.DbtSourceRef;
import io.github.supersetsdk.dbt.manifest.ResourceType;
import io.github.supersetsdk.dbt.run.RunResults;
import io.github.supersetsdk.dbt.run.RunStatus;
import io.github.supersetsdk.dbt.run.SourceFreshnessResults;
import io.github.supersetsdk.dbt.semantic.MetricType;
import io.github.supersetsdk.dbt.semantic.SemanticManifest;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DbtArtifactReaderTest {

  private final DbtArtifactReader reader = DbtArtifactReader.create();

  static Stream<Path> manifests() {
    return Fixtures.all("manifest-").stream();
  }

  static Stream<Path> allFixtures() {
    return Fixtures.all("").stream();
  }

  @ParameterizedTest
  @MethodSource("allFixtures")
  void read_everyFixture_detectsKindFromFileNameAndParses(Path file) {
    String name = file.getFileName().toString();
    ArtifactKind expected =
        name.startsWith("manifest-") ? ArtifactKind.MANIFEST
            : name.startsWith("semantic_manifest-") ? ArtifactKind.SEMANTIC_MANIFEST
            : name.startsWith("run_results-") ? ArtifactKind.RUN_RESULTS
            : name.startsWith("catalog-") ? ArtifactKind.CATALOG
            : ArtifactKind.SOURCES;

    DbtArtifact artifact = reader.read(file);

    assertThat(reader.detect(file)).isEqualTo(expected);
    assertThat(artifact.kind()).isEqualTo(expected);
  }

  @ParameterizedTest
  @MethodSource("manifests")
  void readManifest_everyVersion_schemaVersionMatchesFileNameAndGraphIsConsistent(Path file) {
    String name = file.getFileName().toString();
    int version = Integer.parseInt(name.substring("manifest-v".length(), name.indexOf("-dbt")));

    DbtManifest m = reader.readManifest(file);

    assertThat(m.metadata().schemaVersion()).isEqualTo(version);
    assertThat(m.nodes()).isNotEmpty();
    assertThat(m.sources()).isNotEmpty();
    assertThat(m.exposures()).isNotEmpty();
    // parent and child maps are consistent whether read or computed
    m.parentMap().forEach(
        (child, parents) ->
            parents.forEach(p -> assertThat(m.childMap().get(p)).as(p).contains(child)));
    for (DbtNode n : m.nodes().values()) {
      assertThat(n.uniqueId()).startsWith(n.resourceType().value() + ".");
      assertThat(n.rawCode()).isNull();
      assertThat(n.compiledCode()).isNull();
    }
    m.macros().values().forEach(mac -> assertThat(mac.macroSql()).isNull());
  }

  @Test
  void readManifest_dbt111_readsModelsColumnsConfigAndRefs() {
    DbtManifest m = reader.readManifest(Fixtures.file("manifest-v12-dbt-1.11.16.json"));

    assertThat(m.metadata().dbtVersion()).isEqualTo("1.11.16");
    assertThat(m.metadata().adapterType()).isEqualTo("postgres");
    assertThat(m.metadata().projectName()).isEqualTo("shop");
    DbtNode orders = m.findNode("model.shop.orders").orElseThrow();
    assertThat(orders.resourceType()).isEqualTo(ResourceType.MODEL);
    assertThat(orders.materialized()).isEqualTo("table");
    assertThat(orders.tags()).contains("marts", "nightly", "core");
    assertThat(orders.meta()).containsKey("superset");
    assertThat(orders.schema()).isEqualTo("fixture_dbt111");
    assertThat(orders.alias()).isEqualTo("orders");
    assertThat(orders.relationName()).isEqualTo("\"warehouse\".\"fixture_dbt111\".\"orders\"");
    assertThat(orders.refs()).containsExactly(new DbtRef("stg_orders", null, null), new DbtRef("stg_payments", null, null));
    assertThat(orders.dependsOn().nodes()).containsExactly("model.shop.stg_orders", "model.shop.stg_payments");
    assertThat(orders.columns()).containsKeys("order_id", "amount");
    assertThat(orders.columns().get("order_id").dataType()).isEqualTo("integer");
    assertThat(orders.columns().get("order_id").tags()).contains("pk");
    assertThat(orders.columns().get("order_id").meta()).containsKey("dimension");
    assertThat(orders.description()).contains("Orders with payments");
    assertThat(orders.language()).isEqualTo("sql");

    DbtNode v2 = m.findNode("model.shop.order_items.v2").orElseThrow();
    assertThat(v2.isVersioned()).isTrue();
    assertThat(v2.isLatestVersion()).isTrue();
    assertThat(m.findNode("model.shop.order_items.v1").orElseThrow().isLatestVersion()).isFalse();

    DbtNode stg = m.findNode("model.shop.stg_orders").orElseThrow();
    assertThat(stg.sources()).containsExactly(new DbtSourceRef("raw", "orders"));
    assertThat(m.unitTests().get("unit_test.shop.daily_revenue.test_daily_revenue_sums").testedModel())
        .isEqualTo("daily_revenue");

    DbtNode accepted =
        m.nodes().values().stream()
            .filter(n -> n.testMetadata() != null && n.testMetadata().name().equals("accepted_values"))
            .findFirst()
            .orElseThrow();
    assertThat(accepted.columnName()).isEqualTo("status");
    assertThat(accepted.attachedNode()).isEqualTo("model.shop.stg_orders");
    assertThat(accepted.testMetadata().kwargs()).containsKey("values");

    DbtSource raw = m.sources().get("source.shop.raw.customers");
    assertThat(raw.sourceName()).isEqualTo("raw");
    assertThat(raw.identifier()).isEqualTo("raw_customers");
    assertThat(raw.meta()).containsEntry("owner", "data-eng");
    assertThat(raw.tags()).contains("landing");

    assertThat(m.exposures().get("exposure.shop.revenue_dashboard").ownerEmail())
        .isEqualTo("analytics@example.com");
    assertThat(m.semanticModels().get("semantic_model.shop.orders").definition().measures())
        .extracting(x -> x.name())
        .containsExactly("revenue", "order_total", "completed_revenue");
    DbtMetric share = m.metrics().get("metric.shop.completed_share");
    assertThat(share.type()).isEqualTo(MetricType.RATIO);
    assertThat(share.typeParams().numerator().name()).isEqualTo("completed_revenue");
    assertThat(share.legacy()).isNull();
    assertThat(m.metrics().get("metric.shop.revenue_7d").typeParams().window()).isEqualTo("7 day");
    assertThat(m.metrics().get("metric.shop.completed_orders").filters())
        .containsExactly("{{ Dimension('order_id__status') }} = 'completed'");
    assertThat(m.savedQueries().get("saved_query.shop.revenue_by_status").definition().metrics())
        .containsExactly("revenue");
    assertThat(m.docs()).containsKey("doc.shop.orders_doc");
    assertThat(m.groups().get("group.shop.finance").ownerEmail()).isEqualTo("finance@example.com");
    assertThat(m.selectors().get("nightly_marts").description()).isEqualTo("Nightly marts and their tests.");
    assertThat(m.disabled()).containsExactly("model.shop.stg_legacy");
    DbtNode daily = m.findNode("model.shop.daily_revenue").orElseThrow();
    assertThat(daily.group()).isEqualTo("finance");
    assertThat(daily.access()).isEqualTo("public");
  }

  @Test
  void readManifest_withOptions_keepsCodeMacroBodiesAndDocs() {
    DbtArtifactReader everything = DbtArtifactReader.create(ReadOptions.everything());

    DbtManifest m = everything.readManifest(Fixtures.file("manifest-v12-dbt-1.11.16.json"));

    assertThat(m.findNode("model.shop.orders").orElseThrow().rawCode()).contains("ref('stg_orders')");
    assertThat(m.macros().get("macro.shop.to_cents").macroSql()).contains("macro to_cents");
    assertThat(m.docs().get("doc.shop.orders_doc").blockContents()).contains("All orders placed");
    DbtManifest legacy = everything.readManifest(Fixtures.file("manifest-v1-dbt-0.19.2-handwritten.json"));
    DbtNode stg = legacy.findNode("model.legacy.stg_orders").orElseThrow();
    assertThat(stg.rawCode()).startsWith("select * from {{ source(");
    assertThat(stg.compiledCode()).isEqualTo("select * from \"raw\".\"orders\"");
  }

  @Test
  void readOptions_parallelism_defaultsToAutomaticAndRejectsNegatives() {
    assertThat(ReadOptions.defaults().parallelism()).isZero();
    assertThat(ReadOptions.builder().parallelism(3).build().toBuilder().build().parallelism()).isEqualTo(3);
    assertThatThrownBy(() -> ReadOptions.builder().parallelism(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("parallelism");
  }

  @Test
  void readManifest_v1_readsListRefsAndGivenMaps() {
    DbtManifest m = reader.readManifest(Fixtures.file("manifest-v1-dbt-0.19.2-handwritten.json"));

    DbtNode orders = m.findNode("model.legacy.orders").orElseThrow();
    assertThat(orders.refs())
        .containsExactly(new DbtRef("stg_orders", null, null), new DbtRef("stg_orders", "legacy", null));
    assertThat(m.findNode("model.legacy.stg_orders").orElseThrow().meta()).containsEntry("owner", "finance");
    assertThat(m.childMap().get("model.legacy.orders"))
        .containsExactly("exposure.legacy.weekly", "test.legacy.not_null_orders_id");
    assertThat(m.metadata().dbtVersion()).isEqualTo("0.19.2");
  }

  @Test
  void readManifest_v4WithoutMaps_computesParentAndChildMapsAndReadsLegacyMetric() {
    DbtManifest m = reader.readManifest(Fixtures.file("manifest-v4-dbt-1.0.9-handwritten.json"));

    assertThat(m.parentMap().get("model.legacy.orders")).containsExactly("model.legacy.stg_orders");
    assertThat(m.childMap().get("model.legacy.orders"))
        .containsExactlyInAnyOrder("test.legacy.not_null_orders_id", "exposure.legacy.weekly", "metric.legacy.revenue");
    assertThat(m.childMap().get("source.legacy.raw.orders")).containsExactly("model.legacy.stg_orders");
    assertThat(m.disabled()).containsExactly("model.legacy.old");
    DbtMetric revenue = m.metrics().get("metric.legacy.revenue");
    assertThat(revenue.type()).isEqualTo(MetricType.SUM);
    assertThat(revenue.legacy().calculationMethod()).isEqualTo("sum");
    assertThat(revenue.legacy().expression()).isEqualTo("amount");
    assertThat(revenue.legacy().timeGrains()).containsExactly("day", "month");
    assertThat(revenue.legacy().filters()).hasSize(1);
  }

  @Test
  void readManifest_v2_readsDisabledAsList() {
    DbtManifest m = reader.readManifest(Fixtures.file("manifest-v2-dbt-0.20.2-handwritten.json"));

    assertThat(m.disabled()).containsExactly("model.legacy.old_orders");
    assertThat(m.nodes()).doesNotContainKey("model.legacy.old_orders");
  }

  @Test
  void readManifest_v6AndV8_readLegacyMetricsInBothSpellings() {
    DbtMetric v6 = reader.readManifest(Fixtures.file("manifest-v6-dbt-1.2.5-handwritten.json"))
        .metrics().get("metric.legacy.revenue");
    DbtMetric v8 = reader.readManifest(Fixtures.file("manifest-v8-dbt-1.4.9-handwritten.json"))
        .metrics().get("metric.legacy.revenue");

    assertThat(v6.type()).isEqualTo(MetricType.EXPRESSION);
    assertThat(v6.legacy().expression()).isEqualTo("sum(amount) - sum(refunds)");
    assertThat(v8.type().value()).isEqualTo("derived");
    assertThat(v8.legacy().expression()).isEqualTo("revenue - refunds");
  }

  @Test
  void readManifest_v7_readsRenamedCalculationMethodAndExpression() {
    DbtManifest m = reader.readManifest(Fixtures.file("manifest-v7-dbt-1.3.7-handwritten.json"));

    DbtMetric revenue = m.metrics().get("metric.legacy.revenue");
    assertThat(revenue.legacy().calculationMethod()).isEqualTo("sum");
    assertThat(revenue.legacy().expression()).isEqualTo("amount");
    assertThat(revenue.type()).isEqualTo(MetricType.SUM);
  }

  @Test
  void readManifest_v9_dbt15_readsLegacyMetricsWrittenByDbt() {
    DbtManifest m = reader.readManifest(Fixtures.file("manifest-v9-dbt-1.5.12.json"));

    DbtMetric total = m.metrics().get("metric.shop.total_revenue");
    assertThat(total.legacy()).isNotNull();
    assertThat(total.legacy().calculationMethod()).isEqualTo("sum");
    assertThat(total.legacy().dimensions()).containsExactly("status");
    assertThat(total.dependsOn().nodes()).containsExactly("model.shop.orders");
  }

  @Test
  void readManifest_platformVersion_keepsCalendarVersionAndIgnoresUnknownFields() {
    DbtManifest m =
        reader.readManifest(Fixtures.file("manifest-v12-dbt-platform-2026.1.29-handwritten.json"));

    assertThat(m.metadata().dbtVersion()).isEqualTo("2026.1.29+7e71201");
    assertThat(m.findNode("model.shop.orders").orElseThrow().config().values())
        .containsEntry("static_analysis", "on");
    // maps absent from the file are computed
    assertThat(m.childMap().get("model.shop.daily_revenue")).contains("exposure.shop.revenue_dashboard");
  }

  @Test
  void everyFixtureVersion_isKnown_soThatANewDbtsFixtureMakesTheKnownVersionsBeUpdated() {
    // The fixtures hold every version real dbt writes that this library was tested on; a fixture of a
    // version the kinds do not list fails here, so the list and the tests cannot drift apart.
    for (String prefix : List.of("manifest-", "run_results-", "catalog-")) {
      for (Path f : Fixtures.all(prefix)) {
        DbtArtifact a = reader.read(f);
        ArtifactMetadata metadata = a instanceof DbtManifest m ? m.metadata()
            : a instanceof RunResults r ? r.metadata() : ((DbtCatalog) a).metadata();
        assertThat(metadata.isKnownVersion()).as(f.getFileName().toString()).isTrue();
      }
    }
    assertThat(ArtifactKind.MANIFEST.knowsVersion(13)).isFalse();
    assertThat(ArtifactKind.MANIFEST.knowsVersion(19)).isFalse();
    assertThat(ArtifactKind.MANIFEST.knowsVersion(21)).isFalse();
    assertThat(ArtifactKind.RUN_RESULTS.knowsVersion(7)).isFalse();
    assertThat(ArtifactKind.CATALOG.knowsVersion(2)).isFalse();
    assertThat(ArtifactKind.SOURCES.knowsVersion(3)).isTrue();
    assertThat(ArtifactKind.SOURCES.knowsVersion(4)).isFalse();
  }

  @Test
  void readManifest_fusion_reconcilesNullMetaWithConfigMetaAndKeepsUnknownTypes() {
    DbtManifest m = reader.readManifest(Fixtures.file("manifest-v20-dbt-fusion-2.0.0-handwritten.json"));

    assertThat(m.metadata().schemaVersion()).isEqualTo(20);
    DbtNode orders = m.findNode("model.shop.orders").orElseThrow();
    assertThat(orders.meta()).containsEntry("owner", "fusion").containsKey("superset");
    assertThat(orders.tags()).contains("marts");
    assertThat(orders.description()).contains("Orders with payments");
    assertThat(m.findNode("semantic_view.shop.sales").orElseThrow().resourceType().value())
        .isEqualTo("semantic_view");
    assertThat(m.findNode("function.shop.cents").orElseThrow().resourceType()).isEqualTo(ResourceType.FUNCTION);
  }

  @Test
  void readSemanticManifest_allShapes_readsModelsMetricsAndConfiguration() {
    SemanticManifest dbt = reader.readSemanticManifest(Fixtures.file("semantic_manifest-dbt-1.11.16.json"));
    assertThat(dbt.semanticModels()).hasSize(1);
    assertThat(dbt.semanticModels().get(0).dimensions().get(0).timeGranularity()).isEqualTo("day");
    assertThat(dbt.metrics()).extracting(x -> x.type().value()).contains("simple", "ratio", "cumulative", "derived");
    assertThat(dbt.projectConfiguration().dsiPackageVersion()).isEqualTo("0.9.0");
    assertThat(dbt.projectConfiguration().timeSpines()).isNotEmpty();

    SemanticManifest pre =
        reader.readSemanticManifest(Fixtures.file("semantic_manifest-dbt-1.6.0b1-prerelease-handwritten.json"));
    assertThat(pre.projectConfiguration()).isNull();
    assertThat(pre.metrics().get(0).type()).isEqualTo(MetricType.MEASURE_PROXY);
    assertThat(pre.metrics().get(0).typeParams().measures()).extracting(x -> x.name()).containsExactly("order_total");
    assertThat(pre.metrics().get(0).filters()).containsExactly("{{ dimension('status') }} = 'completed'");
    assertThat(pre.metrics().get(2).typeParams().window()).isEqualTo("7 day");

    SemanticManifest fusion =
        reader.readSemanticManifest(Fixtures.file("semantic_manifest-dbt-fusion-2.0.0-handwritten.json"));
    assertThat(fusion.metrics().get(0).type()).isEqualTo(MetricType.SIMPLE);
    assertThat(fusion.metrics().get(0).typeParams().measure()).isNull();
    assertThat(fusion.metrics().get(0).typeParams().metricAggregationParams().agg()).isEqualTo("sum");
    assertThat(fusion.metrics().get(0).meta()).containsEntry("certified", true);
    assertThat(fusion.metrics().get(1).typeParams().conversionTypeParams().calculation()).isEqualTo("conversion_rate");
    assertThat(fusion.semanticModels().get(0).entities().get(0).type()).isEqualTo("primary");
    assertThat(fusion.semanticModels().get(0).measures()).isEmpty();
    assertThat(fusion.projectConfiguration().timeSpines().get(0).relation()).isEqualTo("time_spine");
  }

  @Test
  void readRunResults_allVersions_keepsEveryStatusIncludingReused() {
    for (Path file : Fixtures.all("run_results-")) {
      RunResults r = reader.readRunResults(file);
      assertThat(r.results()).as(file.toString()).isNotEmpty();
      assertThat(r.metadata().kind()).isEqualTo(ArtifactKind.RUN_RESULTS);
    }
    RunResults reused = reader.readRunResults(Fixtures.file("run_results-v6-dbt-1.12.0b1-reused-handwritten.json"));
    assertThat(reused.statusCounts()).containsKeys(RunStatus.REUSED, RunStatus.NO_OP, RunStatus.SUCCESS);
    RunResults v1 = reader.readRunResults(Fixtures.file("run_results-v1-dbt-0.19.2-handwritten.json"));
    assertThat(v1.statusCounts())
        .containsExactly(Map.entry(RunStatus.SUCCESS, 1), Map.entry(RunStatus.ERROR, 1), Map.entry(RunStatus.SKIPPED, 1));
    assertThat(v1.results().get(0).adapterResponse()).containsEntry("rows_affected", 3);
    assertThat(v1.elapsedTime()).isEqualTo(2.75);
    RunResults dbt = reader.readRunResults(Fixtures.file("run_results-v6-dbt-1.11.16.json"));
    assertThat(dbt.results()).extracting(x -> x.uniqueId()).contains("model.shop.orders");
    assertThat(dbt.results().get(0).relationName()).isNotNull();
  }

  @Test
  void readSourceFreshness_allVersions_readsPassAndRuntimeErrors() {
    SourceFreshnessResults v1 = reader.readSourceFreshness(Fixtures.file("sources-v1-dbt-0.19.2-handwritten.json"));
    assertThat(v1.results()).hasSize(2);
    assertThat(v1.results().get(1).status()).isEqualTo(RunStatus.RUNTIME_ERROR);
    assertThat(v1.results().get(1).error()).contains("does not exist");
    assertThat(v1.results().get(0).maxLoadedAtTimeAgoInS()).isEqualTo(7200.0);
    SourceFreshnessResults dbt = reader.readSourceFreshness(Fixtures.file("sources-v3-dbt-1.11.16.json"));
    assertThat(dbt.results()).extracting(x -> x.uniqueId()).containsExactly("source.shop.raw.orders");
    assertThat(dbt.statusCounts()).containsKey(RunStatus.WARN);
  }

  @Test
  void readCatalog_dbtWritten_readsTablesAndColumns() {
    DbtCatalog c = reader.readCatalog(Fixtures.file("catalog-v1-dbt-1.11.16.json"));

    assertThat(c.nodes()).containsKey("model.shop.orders");
    assertThat(c.nodes().get("model.shop.orders").columns()).containsKeys("order_id", "amount");
    assertThat(c.nodes().get("model.shop.orders").columns().get("order_id").index()).isEqualTo(1);
    assertThat(c.nodes().get("model.shop.orders").type()).isEqualTo("BASE TABLE");
    assertThat(c.sources()).containsKey("source.shop.raw.orders");
    assertThat(c.errors()).isEmpty();
  }

  @Test
  void models_areImmutable() {
    DbtManifest m = reader.readManifest(Fixtures.file("manifest-v12-dbt-1.11.16.json"));
    List<String> tags = m.findNode("model.shop.orders").orElseThrow().tags();

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> m.nodes().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> tags.add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
