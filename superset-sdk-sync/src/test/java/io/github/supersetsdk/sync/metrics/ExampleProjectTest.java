package io.github.supersetsdk.sync.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The example project's real artifacts (dbt 1.11.16): 4 semantic models, 21 metrics. */
class ExampleProjectTest {

  private static final MetricCompilation C = MetricCompiler.create().compile(
      Fixtures.semantic("example-semantic_manifest.json"),
      Fixtures.manifest("example-manifest-trimmed.json"));

  private static CompiledMetric metric(String name) {
    return C.allMetrics().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void compile_everyMetricIsCompiledOrSkipped() {
    assertThat(C.allMetrics().size() + C.skipped().size()).isEqualTo(21);
    assertThat(C.models()).extracting(ModelMetrics::modelUniqueId).containsExactly(
        "model.roastwise.fct_orders", "model.roastwise.dim_customers",
        "model.roastwise.fct_subscriptions");
    Map<String, List<String>> names = C.models().stream().collect(Collectors.toMap(
        ModelMetrics::table, m -> m.metrics().stream().map(CompiledMetric::name).toList()));
    assertThat(names).containsOnly(
        Map.entry("fct_orders", List.of("orders", "paid_orders", "revenue",
            "gross_merchandise_value", "discounts", "subscription_orders", "average_order_value",
            "discount_rate", "subscription_order_share")),
        Map.entry("dim_customers", List.of("new_customers")),
        Map.entry("fct_subscriptions", List.of("subscription_starts", "subscription_cancellations",
            "new_mrr", "churned_mrr")));
    assertThat(C.metricsFor("model.roastwise.fct_orders")).hasSize(9);
  }

  @Test
  void compile_skippedMetricsWithReasons() {
    Map<String, String> reasons = C.skipped().stream()
        .collect(Collectors.toMap(SkippedMetric::name, SkippedMetric::reason));
    assertThat(reasons).containsOnlyKeys("revenue_growth_mom", "net_new_mrr",
        "cumulative_revenue", "revenue_trailing_30d", "revenue_mtd", "total_customers",
        "signup_to_order_conversion_30d");
    assertThat(reasons.get("revenue_growth_mom")).contains("'revenue_prev_month'")
        .contains("offset_window 1 month");
    assertThat(reasons.get("net_new_mrr")).contains("different time dimensions")
        .contains("'start_date'").contains("'cancel_date'");
    assertThat(reasons.get("revenue_trailing_30d")).contains("trailing 30 day window");
    assertThat(reasons.get("revenue_mtd")).contains("month-to-date");
    assertThat(reasons.get("signup_to_order_conversion_30d")).contains("entity 'customer'")
        .contains("within 30 days,");
    assertThat(C.skipped()).filteredOn(s -> s.name().equals("total_customers"))
        .extracting(SkippedMetric::modelUniqueId).containsExactly("model.roastwise.dim_customers");
  }

  @Test
  void compile_filteredSimpleAndComposedExpressions() {
    assertThat(metric("orders").expression()).isEqualTo("SUM(1)");
    assertThat(metric("revenue").expression()).isEqualTo(
        "SUM(CASE WHEN order_status not in ('cancelled', 'returned') THEN net_revenue END)");
    assertThat(metric("subscription_orders").expression())
        .isEqualTo("SUM(CASE WHEN is_subscription_order = true THEN 1 END)");
    assertThat(metric("average_order_value").expression()).isEqualTo(
        "CAST(SUM(CASE WHEN order_status not in ('cancelled', 'returned') THEN net_revenue END)"
            + " AS DOUBLE PRECISION) / CAST(NULLIF(SUM(CASE WHEN order_status not in"
            + " ('cancelled', 'returned') THEN 1 END), 0) AS DOUBLE PRECISION)");
    assertThat(metric("subscription_order_share").expression()).isEqualTo(
        "(cast((SUM(CASE WHEN is_subscription_order = true THEN 1 END)) as numeric)"
            + " / nullif((SUM(1)), 0))");
    assertThat(metric("new_customers").expression()).isEqualTo("COUNT(customer_id)");
    assertThat(metric("churned_mrr").expression()).isEqualTo(
        "SUM((case when cancelled_at is not null then monthly_recurring_value else 0 end))");
  }

  @Test
  void compile_presentationFromLabelDescriptionAndMeta() {
    CompiledMetric revenue = metric("revenue");
    assertThat(revenue.uniqueId()).isEqualTo("metric.roastwise.revenue");
    assertThat(revenue.verboseName()).isEqualTo("Net revenue");
    assertThat(revenue.d3format()).isEqualTo(",.2f");
    assertThat(revenue.certifiedBy()).isEqualTo("Analytics Engineering");
    assertThat(revenue.description()).startsWith("Net revenue");
    assertThat(metric("orders").d3format()).isEqualTo(",d");
    assertThat(metric("discount_rate").d3format()).isEqualTo(".1%");
    assertThat(metric("revenue").timeDimension()).isEqualTo("order_date");
    assertThat(metric("subscription_cancellations").timeDimension()).isEqualTo("cancel_date");
    assertThat(metric("subscription_cancellations").warningText()).contains("cancel_date");
    assertThat(metric("new_mrr").warningText()).isNull();
  }

  @Test
  void compile_manifestAlone_sameAsWithSemanticManifest() {
    MetricCompilation fromManifest =
        MetricCompiler.create().compile(Fixtures.manifest("example-manifest-trimmed.json"));
    assertThat(fromManifest.allMetrics()).extracting(CompiledMetric::name, CompiledMetric::expression)
        .containsExactlyElementsOf(C.allMetrics().stream()
            .map(m -> org.assertj.core.groups.Tuple.tuple(m.name(), m.expression())).toList());
    assertThat(fromManifest.skipped()).extracting(SkippedMetric::name)
        .containsExactlyElementsOf(C.skipped().stream().map(SkippedMetric::name).toList());
  }

  @Test
  void compile_otherProjectFixture_mapsSemanticModelToItsModel() {
    MetricCompilation c = MetricCompiler.create().compile(
        Fixtures.semantic("semantic_manifest-dbt-1.11.16.json"),
        Fixtures.manifest("manifest-v12-dbt-1.11.16.json"));
    assertThat(c.models()).singleElement().satisfies(m ->
        assertThat(m.modelUniqueId()).startsWith("model."));
    assertThat(c.allMetrics().size() + c.skipped().size()).isEqualTo(6);
  }

  @Test
  void compile_metricOfATypeNotKnownYet_isSkippedOnItsMeasuresModel_soThePlanNotesIt() throws Exception {
    // A newer dbt may add metric types; the plan must say why such a metric is not synced.
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    com.fasterxml.jackson.databind.JsonNode sm;
    try (java.io.InputStream in = ExampleProjectTest.class.getResourceAsStream("/fixtures/example-semantic_manifest.json")) {
      sm = json.readTree(in);
    }
    for (com.fasterxml.jackson.databind.JsonNode m : sm.get("metrics")) {
      if (m.get("name").asText().equals("revenue")) {
        ((com.fasterxml.jackson.databind.node.ObjectNode) m).put("type", "fancy_new_type");
      }
    }
    MetricCompilation c = MetricCompiler.create().compile(
        Fixtures.semanticJson(json.writeValueAsString(sm)), Fixtures.manifest("example-manifest-trimmed.json"));

    assertThat(c.skipped()).filteredOn(s -> s.name().equals("revenue")).singleElement().satisfies(s -> {
      assertThat(s.reason()).contains("'fancy_new_type' is not known");
      assertThat(s.modelUniqueId()).isEqualTo("model.roastwise.fct_orders");
    });
  }
}
