package io.github.supersetsdk.dbt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.supersetsdk.dbt.manifest.DbtColumn;
import io.github.supersetsdk.dbt.manifest.DbtConstraint;
import io.github.supersetsdk.dbt.manifest.DbtGroup;
import io.github.supersetsdk.dbt.manifest.DbtManifest;
import io.github.supersetsdk.dbt.manifest.DbtNode;
import io.github.supersetsdk.dbt.manifest.DbtUnitTest;
import io.github.supersetsdk.dbt.manifest.DbtUnitTestRows;
import io.github.supersetsdk.dbt.run.BatchResults;
import io.github.supersetsdk.dbt.run.RunResult;
import io.github.supersetsdk.dbt.run.RunResults;
import io.github.supersetsdk.dbt.semantic.Dimension;
import io.github.supersetsdk.dbt.semantic.Entity;
import io.github.supersetsdk.dbt.semantic.Measure;
import io.github.supersetsdk.dbt.semantic.SemanticManifest;
import io.github.supersetsdk.dbt.semantic.SemanticModel;
import io.github.supersetsdk.dbt.semantic.TimeSpine;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What dbt 1.8 to 1.11 write beyond the basics, read from artifacts real dbt 1.11.16 wrote for the
 * example project with groups, model versions, contracts, unit tests, microbatch models and a custom
 * granularity: kept, and empty or absent in files of older versions.
 */
class DbtFieldsTest {

  private final DbtArtifactReader reader = DbtArtifactReader.create();

  private DbtManifest contracts() {
    return reader.readManifest(Fixtures.file("manifest-v12-dbt-1.11.16-contracts.json"));
  }

  @Test
  void readManifest_groups_keepDescriptionOwnerAndConfigMeta() {
    Map<String, DbtGroup> groups = contracts().groups();

    DbtGroup finance = groups.get("group.roastwise.finance");
    assertThat(finance.description()).isEqualTo("Finance analytics owns revenue reporting.");
    assertThat(finance.ownerName()).isEqualTo("Finance Analytics");
    assertThat(finance.ownerEmail()).isEqualTo("finance@roastwise.example");
    assertThat(finance.meta()).containsEntry("cost_center", "4711");
    DbtGroup product = groups.get("group.roastwise.product");
    assertThat(product.description()).isEmpty();
    assertThat(product.ownerName()).isEqualTo("Product Team");
  }

  @Test
  void readManifest_deprecationDate_isTypedAndComparable() {
    DbtManifest m = contracts();
    DbtNode v1 = m.nodes().get("model.roastwise.tenant_kpis.v1");
    DbtNode v2 = m.nodes().get("model.roastwise.tenant_kpis.v2");

    assertThat(v1.deprecationDate()).isEqualTo(OffsetDateTime.parse("2024-06-30T00:00:00+00:00"));
    assertThat(v1.isDeprecatedAt(Instant.parse("2024-06-30T00:00:00Z"))).isTrue();
    assertThat(v1.isDeprecatedAt(Instant.parse("2024-06-29T23:59:59Z"))).isFalse();
    assertThat(v2.deprecationDate()).isNull();
    assertThat(v2.isDeprecatedAt(Instant.now())).isFalse();
    assertThat(m.nodes().get("model.roastwise.tenant_order_internal").access()).isEqualTo("private");
  }

  @Test
  void readManifest_contract_keepsModelAndColumnConstraints() {
    DbtNode v1 = contracts().nodes().get("model.roastwise.tenant_kpis.v1");

    assertThat(v1.constraints())
        .containsExactly(new DbtConstraint("primary_key", null, null, List.of("tenant_id"), null, List.of(), true, true));
    Map<String, DbtColumn> columns = v1.columns();
    assertThat(columns.get("tenant_id").constraints()).extracting(DbtConstraint::type).containsExactly("not_null");
    assertThat(columns.get("order_count").constraints())
        .containsExactly(new DbtConstraint("check", null, "order_count >= 0", List.of(), null, List.of(), true, true));
    assertThat(columns.get("tenant_name").constraints()).isEmpty();
  }

  @Test
  void readManifest_unitTests_keepGivenExpectAndOverrides() {
    DbtManifest m = contracts();

    DbtUnitTest joins = m.unitTests().get("unit_test.roastwise.finance_tenant_report.test_finance_report_joins").unitTest();
    assertThat(joins.given()).extracting(DbtUnitTestRows::input)
        .containsExactly("ref('tenant_kpis')", "ref('tenant_order_internal')");
    assertThat(joins.given().get(0).format()).isEqualTo("dict");
    assertThat(joins.given().get(0).rows()).containsExactly(Map.of("tenant_id", 1, "tenant_name", "A"));
    DbtUnitTestRows sql = joins.given().get(1);
    assertThat(sql.format()).isEqualTo("sql");
    assertThat(sql.sql()).isEqualTo("select 1 as tenant_id, 7 as orders");
    assertThat(sql.rows()).isEmpty();
    assertThat(joins.expect().input()).isNull();
    assertThat(joins.expect().rows()).containsExactly(Map.of("tenant_id", 1, "tenant_name", "A", "orders", 7));
    assertThat(joins.overrides()).isNull();

    DbtUnitTest microbatch = m.unitTests().get("unit_test.roastwise.fct_orders_daily_mb.test_orders_daily_mb").unitTest();
    assertThat(microbatch.overrides().macros()).containsExactly(Map.entry("is_incremental", false));
    assertThat(microbatch.overrides().vars()).isEmpty();
    assertThat(microbatch.given().get(0).rows()).hasSize(2);

    // dbt parses inline CSV into objects whose values are all strings
    DbtUnitTest csv = m.unitTests().get("unit_test.roastwise.tenant_kpis.test_tenant_kpis_v2_passthrough_v2").unitTest();
    assertThat(csv.given().get(0).format()).isEqualTo("csv");
    assertThat(csv.expect().rows().get(0)).containsEntry("lifetime_net_revenue_roundtrip", "10.50");

    assertThat(m.nodes().values()).allSatisfy(n -> assertThat(n.unitTest()).isNull());
  }

  @Test
  void readManifest_olderVersions_haveNoneOfTheNewFields() {
    DbtManifest v9 = reader.readManifest(Fixtures.file("manifest-v9-dbt-1.5.12.json"));
    assertThat(v9.nodes().values()).allSatisfy(n -> {
      assertThat(n.deprecationDate()).isNull();
      assertThat(n.constraints()).isEmpty();
      assertThat(n.columns().values()).allSatisfy(c -> assertThat(c.constraints()).isEmpty());
    });
    assertThat(v9.groups().values()).allSatisfy(g -> assertThat(g.meta()).isEmpty());
    DbtManifest v1 = reader.readManifest(Fixtures.file("manifest-v1-dbt-0.19.2-handwritten.json"));
    assertThat(v1.nodes().values()).allSatisfy(n -> assertThat(n.unitTest()).isNull());
    // a unit test of dbt 1.8 has its inputs
    DbtManifest v12 = reader.readManifest(Fixtures.file("manifest-v12-dbt-1.8.10.json"));
    assertThat(v12.unitTests().values()).allSatisfy(u -> assertThat(u.unitTest().given()).isNotEmpty());
  }

  @Test
  void readManifest_deprecationDateNotADate_namesFieldAndPlace() {
    String json = "{\"metadata\": {\"dbt_schema_version\": \"https://schemas.getdbt.com/dbt/manifest/v12.json\"},"
        + " \"nodes\": {\"model.a.b\": {\"name\": \"b\", \"deprecation_date\": \"next spring\"}}}";

    assertThatThrownBy(() -> reader.readManifest(
            new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "manifest.json"))
        .isInstanceOf(DbtArtifactParseException.class)
        .hasMessageContaining("deprecation_date is not an ISO date or date-time: 'next spring'")
        .hasMessageContaining("$.nodes['model.a.b'].deprecation_date");
  }

  @Test
  void readManifest_deprecationDateWithoutOffset_isUtc() {
    String json = "{\"metadata\": {\"dbt_schema_version\": \"https://schemas.getdbt.com/dbt/manifest/v12.json\"},"
        + " \"nodes\": {\"model.a.b\": {\"name\": \"b\", \"deprecation_date\": \"2025-01-31\"},"
        + " \"model.a.c\": {\"name\": \"c\", \"deprecation_date\": \"2025-01-31 12:30:00\"}}}";

    DbtManifest m = reader.readManifest(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "manifest.json");

    assertThat(m.nodes().get("model.a.b").deprecationDate()).isEqualTo(OffsetDateTime.parse("2025-01-31T00:00:00Z"));
    assertThat(m.nodes().get("model.a.c").deprecationDate()).isEqualTo(OffsetDateTime.parse("2025-01-31T12:30:00Z"));
  }

  @Test
  void readSemanticManifest_keepsConfigMetaLabelsAndCustomGranularities() {
    SemanticManifest s = reader.readSemanticManifest(Fixtures.file("semantic_manifest-dbt-1.11.16-meta.json"));

    SemanticModel subscriptions = s.semanticModels().get(0);
    assertThat(subscriptions.meta()).containsEntry("owner", "billing")
        .containsEntry("superset", Map.of("certified_by", "Billing"));
    Entity subscription = subscriptions.entities().get(0);
    assertThat(subscription.label()).isEqualTo("Subscription");
    // dbt merges the semantic model's meta into each element's
    assertThat(subscription.meta()).containsEntry("pii", false).containsEntry("owner", "billing");
    Dimension interval = subscriptions.dimensions().stream()
        .filter(d -> d.name().equals("billing_interval")).findFirst().orElseThrow();
    assertThat(interval.label()).isEqualTo("Billing interval");
    assertThat(interval.meta()).containsEntry("pii", false);
    Measure latest = subscriptions.measures().stream()
        .filter(x -> x.name().equals("latest_start_mrr")).findFirst().orElseThrow();
    assertThat(latest.label()).isEqualTo("MRR of the latest start");
    assertThat(latest.meta()).containsEntry("unit", "EUR");

    TimeSpine spine = s.projectConfiguration().timeSpines().get(0);
    assertThat(spine.relation()).isEqualTo("metricflow_time_spine");
    assertThat(spine.customGranularities()).singleElement()
        .satisfies(g -> {
          assertThat(g.name()).isEqualTo("fiscal_quarter");
          assertThat(g.columnName()).isEqualTo("fiscal_quarter");
        });
    assertThat(s.metrics()).filteredOn(x -> x.name().equals("revenue_monthly_grain"))
        .singleElement().satisfies(x -> assertThat(x.timeGranularity()).isEqualTo("month"));
  }

  @Test
  void readSemanticManifest_olderVersions_haveEmptyMetaAndNoCustomGranularities() {
    SemanticManifest s = reader.readSemanticManifest(Fixtures.file("semantic_manifest-dbt-1.8.10.json"));

    assertThat(s.semanticModels()).allSatisfy(sm -> {
      assertThat(sm.meta()).isEmpty();
      assertThat(sm.entities()).allSatisfy(e -> assertThat(e.meta()).isEmpty());
      assertThat(sm.dimensions()).allSatisfy(d -> assertThat(d.meta()).isEmpty());
      assertThat(sm.measures()).allSatisfy(x -> assertThat(x.meta()).isEmpty());
    });
    assertThat(s.projectConfiguration().timeSpines()).allSatisfy(t -> assertThat(t.customGranularities()).isEmpty());
  }

  @Test
  void readRunResults_microbatchPartialSuccess_listsWrittenAndFailedBatches() {
    RunResults r = reader.readRunResults(Fixtures.file("run_results-v6-dbt-1.11.16-microbatch-partial.json"));

    RunResult partial = r.results().stream()
        .filter(x -> x.uniqueId().equals("model.roastwise.fct_orders_mb_partial")).findFirst().orElseThrow();
    BatchResults batches = partial.batchResults();
    assertThat(batches.successful()).containsExactly(batch("2024-04-01", "2024-05-01"));
    assertThat(batches.failed()).containsExactly(batch("2024-05-01", "2024-06-01"), batch("2024-06-01", "2024-07-01"));
    RunResult skipped = r.results().stream()
        .filter(x -> x.uniqueId().equals("model.roastwise.fct_orders_mb_partial_rollup")).findFirst().orElseThrow();
    assertThat(skipped.batchResults()).isNull();
    assertThat(reader.readRunResults(Fixtures.file("run_results-v4-dbt-1.5.12.json")).results())
        .allSatisfy(x -> assertThat(x.batchResults()).isNull());
  }

  private static BatchResults.Batch batch(String start, String end) {
    return new BatchResults.Batch(
        OffsetDateTime.parse(start + "T00:00:00+00:00"), OffsetDateTime.parse(end + "T00:00:00+00:00"));
  }
}
