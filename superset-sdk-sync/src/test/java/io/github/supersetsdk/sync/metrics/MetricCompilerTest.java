package io.github.supersetsdk.sync.metrics;

import static io.github.supersetsdk.sync.metrics.TestProject.simple;
import static io.github.supersetsdk.sync.metrics.TestProject.where;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.supersetsdk.dbt.semantic.MetricType;
import io.github.supersetsdk.dbt.semantic.SemanticManifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetricCompilerTest {

  private static final MetricCompiler COMPILER = MetricCompiler.create();

  private static CompiledMetric compiled(SemanticManifest sm, String name) {
    MetricCompilation c = COMPILER.compile(sm, null);
    assertThat(c.skipped()).as("skipped").isEmpty();
    return c.allMetrics().stream().filter(m -> m.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError(name + " not compiled: " + c));
  }

  private static SkippedMetric skipped(SemanticManifest sm, String name) {
    MetricCompilation c = COMPILER.compile(sm, null);
    return c.skipped().stream().filter(m -> m.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError(name + " not skipped: " + c));
  }

  private static String expr(String... metrics) {
    SemanticManifest sm = TestProject.with(metrics);
    MetricCompilation c = COMPILER.compile(sm, null);
    assertThat(c.skipped()).as("skipped").isEmpty();
    return c.allMetrics().get(c.allMetrics().size() - 1).expression();
  }

  // ---------------------------------------------------------------------------------------------
  // simple metrics: every aggregation

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "amount        | SUM(amount)",
      "net           | SUM((amount - discount))",
      "gifts         | SUM(CASE WHEN is_gift THEN 1 ELSE 0 END)",
      "order_rows    | COUNT(order_id)",
      "buyers        | COUNT(DISTINCT customer_id)",
      "first_amount  | MIN(amount)",
      "top_amount    | MAX(amount)",
      "avg_amount    | AVG(amount)",
      "median_amount | PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY amount)",
      "p90_amount    | PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY amount)",
      "p90_discrete  | PERCENTILE_DISC(0.9) WITHIN GROUP (ORDER BY amount)",
      "order         | MAX(\"order\")",
  })
  void compile_simpleMetric_aggregatesItsMeasure(String measure, String expected) {
    assertThat(expr(simple("m", measure))).isEqualTo(expected);
  }

  @Test
  void compile_approximatePercentile_exactWithWarning() {
    CompiledMetric m = compiled(TestProject.with(simple("m", "p50_approx")), "m");
    assertThat(m.expression()).isEqualTo("PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY amount)");
    assertThat(m.warningText()).contains("use_approximate_percentile");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "amount       | SUM(CASE WHEN status = 'paid' THEN amount END)",
      "gifts        | SUM(CASE WHEN status = 'paid' THEN CASE WHEN is_gift THEN 1 ELSE 0 END END)",
      "order_rows   | CASE WHEN COUNT(CASE WHEN status = 'paid' THEN 1 END) > 0 THEN COUNT(CASE WHEN status = 'paid' THEN order_id END) END",
      "buyers       | CASE WHEN COUNT(CASE WHEN status = 'paid' THEN 1 END) > 0 THEN COUNT(DISTINCT CASE WHEN status = 'paid' THEN customer_id END) END",
      "avg_amount   | AVG(CASE WHEN status = 'paid' THEN amount END)",
      "p90_discrete | PERCENTILE_DISC(0.9) WITHIN GROUP (ORDER BY CASE WHEN status = 'paid' THEN amount END)",
  })
  void compile_filteredMetric_caseWhenInsideTheAggregate(String measure, String expected) {
    assertThat(expr(simple("m", measure, "{{ Dimension('order__status') }} = 'paid'")))
        .isEqualTo(expected);
  }

  @Test
  void compile_metricAndMeasureFilters_bothApplyWithAnd() {
    String metric = """
        {"name": "m", "type": "simple", "filter": %s,
         "type_params": {"measure": {"name": "amount", "filter": %s}}}
        """.formatted(where("{{ Dimension('order__status') }} = 'paid'"),
        where("{{ Dimension('order__is_gift') }}"));
    assertThat(expr(metric))
        .isEqualTo("SUM(CASE WHEN (status = 'paid') AND ((gift_flag = 1)) THEN amount END)");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "{{ TimeDimension('metric_time', 'month') }} >= '2024-01-01'       | DATE_TRUNC('month', order_date) >= '2024-01-01'",
      "{{ TimeDimension('order__ship_date', 'week') }} >= '2024-01-01'   | DATE_TRUNC('week', ship_date) >= '2024-01-01'",
      "{{ Dimension('order__order_date').grain('year') }} = '2024-01-01' | DATE_TRUNC('year', order_date) = '2024-01-01'",
      "{{ Dimension('order__order_date') }} = '2024-01-01'               | DATE_TRUNC('day', order_date) = '2024-01-01'",
      "{{ Dimension('metric_time__quarter') }} = '2024-01-01'            | DATE_TRUNC('quarter', order_date) = '2024-01-01'",
      "{{ Dimension('order__order_date').date_part('dow') }} = 1         | EXTRACT(isodow FROM order_date) = 1",
      "{{ Entity('order') }} > 10                                        | order_id > 10",
      "{{ Entity('customer') }} is not null                              | customer_id is not null",
      "{{Dimension(\"order__status\")}} in ('a', 'b')                    | status in ('a', 'b')",
      "{{ Dimension('status', entity_path=['order']) }} = 'x'            | status = 'x'",
      "{{ dimension('status') }} = 'x'                                   | status = 'x'",
  })
  void compile_filterTemplates_renderToColumns(String template, String condition) {
    assertThat(expr(simple("m", "amount", template)))
        .isEqualTo("SUM(CASE WHEN " + condition + " THEN amount END)");
  }

  @Test
  void compile_measureWithOwnTimeDimension_warnsAndNamesIt() {
    CompiledMetric m = compiled(TestProject.with(simple("m", "shipped_amount")), "m");
    assertThat(m.timeDimension()).isEqualTo("ship_date");
    assertThat(m.warningText()).contains("'ship_date'").contains("'order_date'");
  }

  @Test
  void compile_fillNullsWith_coalesces_andJoinToTimespineWarns() {
    String metric = """
        {"name": "m", "type": "simple",
         "type_params": {"measure": {"name": "amount", "fill_nulls_with": 0, "join_to_timespine": true}}}
        """;
    CompiledMetric m = compiled(TestProject.with(metric), "m");
    assertThat(m.expression()).isEqualTo("COALESCE(SUM(amount), 0)");
    assertThat(m.warningText()).contains("time spine");
  }

  @Test
  void compile_measurelessMetric_usesItsOwnAggAndExpr() {
    String metric = """
        {"name": "big_amount", "type": "simple",
         "type_params": {"expr": "amount * 100", "metric_aggregation_params":
           {"semantic_model": "orders", "agg": "percentile", "agg_params": {"percentile": 0.25}}}}
        """;
    assertThat(expr(metric))
        .isEqualTo("PERCENTILE_CONT(0.25) WITHIN GROUP (ORDER BY (amount * 100))");
  }

  @Test
  void compile_measurelessMetricWithoutExpr_aggregatesTheColumnOfItsName() {
    String metric = """
        {"name": "amount", "type": "simple",
         "type_params": {"metric_aggregation_params": {"semantic_model": "orders", "agg": "sum_boolean"}}}
        """;
    assertThat(expr(metric)).isEqualTo("SUM(CASE WHEN amount THEN 1 ELSE 0 END)");
  }

  @Test
  void compile_fusionFixture_measurelessSimpleMetric() {
    MetricCompilation c = COMPILER.compile(
        Fixtures.semantic("semantic_manifest-dbt-fusion-2.0.0-handwritten.json"), null);
    assertThat(c.allMetrics()).singleElement().satisfies(m -> {
      assertThat(m.name()).isEqualTo("revenue");
      assertThat(m.expression()).isEqualTo("SUM(amount)");
      assertThat(m.verboseName()).isEqualTo("Revenue");
    });
    assertThat(c.skipped()).singleElement().satisfies(s -> {
      assertThat(s.name()).isEqualTo("trial_conversion");
      assertThat(s.reason()).startsWith("conversion metric");
    });
  }

  @Test
  void compile_prereleaseMeasureProxy_compiledAsSimple() {
    MetricCompilation c = COMPILER.compile(
        Fixtures.semantic("semantic_manifest-dbt-1.6.0b1-prerelease-handwritten.json"), null);
    assertThat(c.skipped()).extracting(SkippedMetric::name).containsExactly("running_total");
    assertThat(c.allMetrics()).extracting(CompiledMetric::name, CompiledMetric::expression)
        .startsWith(org.assertj.core.groups.Tuple.tuple("order_total",
            "SUM(CASE WHEN status = 'completed' THEN amount END)"));
    assertThat(c.allMetrics()).filteredOn(m -> m.name().equals("orders_ratio"))
        .extracting(CompiledMetric::expression).containsExactly(
            // the numerator is the metric order_total (filtered); the denominator only a measure
            "CAST(SUM(CASE WHEN status = 'completed' THEN amount END) AS DOUBLE PRECISION)"
                + " / CAST(NULLIF(COUNT(1), 0) AS DOUBLE PRECISION)");
  }

  // ---------------------------------------------------------------------------------------------
  // ratio and derived

  @Test
  void compile_ratioOnOneModel_floatDivisionWithNullif() {
    String ratio = """
        {"name": "paid_share", "type": "ratio", "type_params": {
          "numerator": {"name": "paid_amount"}, "denominator": {"name": "total_amount"}}}
        """;
    String sql = expr(simple("paid_amount", "amount", "{{ Dimension('order__status') }} = 'paid'"),
        simple("total_amount", "amount"), ratio);
    assertThat(sql).isEqualTo("CAST(SUM(CASE WHEN status = 'paid' THEN amount END) AS DOUBLE PRECISION)"
        + " / CAST(NULLIF(SUM(amount), 0) AS DOUBLE PRECISION)");
  }

  @Test
  void compile_ratioInputFilter_appliesToThatInputOnly() {
    String ratio = """
        {"name": "gift_share", "type": "ratio", "type_params": {
          "numerator": {"name": "total_amount", "filter": %s}, "denominator": {"name": "total_amount"}}}
        """.formatted(where("{{ Dimension('order__is_gift') }}"));
    assertThat(expr(simple("total_amount", "amount"), ratio))
        .isEqualTo("CAST(SUM(CASE WHEN (gift_flag = 1) THEN amount END) AS DOUBLE PRECISION)"
            + " / CAST(NULLIF(SUM(amount), 0) AS DOUBLE PRECISION)");
  }

  @Test
  void compile_ratioAcrossModels_skippedNamingBoth() {
    String ratio = """
        {"name": "amount_per_signup", "type": "ratio", "type_params": {
          "numerator": {"name": "total_amount"}, "denominator": {"name": "signups"}}}
        """;
    SkippedMetric s = skipped(TestProject.with(simple("total_amount", "amount"),
        simple("signups", "signups"), ratio), "amount_per_signup");
    assertThat(s.metricType()).isEqualTo(MetricType.RATIO);
    assertThat(s.reason()).contains("different semantic models").contains("'orders'")
        .contains("'customers'");
  }

  @Test
  void compile_derived_substitutesAliasesNotStringsOrQualifiedNames() {
    String derived = """
        {"name": "d", "type": "derived", "type_params": {
          "expr": "case when a > 0 then (a - b) / a else 'a' end + t.a",
          "metrics": [{"name": "total_amount", "alias": "a"}, {"name": "gift_count", "alias": "b"}]}}
        """;
    assertThat(expr(simple("total_amount", "amount"), simple("gift_count", "gifts"), derived))
        .isEqualTo("(case when (SUM(amount)) > 0 then ((SUM(amount)) - (SUM(CASE WHEN is_gift THEN 1"
            + " ELSE 0 END))) / (SUM(amount)) else 'a' end + t.a)");
  }

  @Test
  void compile_nestedDerivedAndRatio_composedRecursively() {
    String ratio = """
        {"name": "r", "type": "ratio", "type_params": {
          "numerator": {"name": "total_amount"}, "denominator": {"name": "rows"}}}
        """;
    String derived = """
        {"name": "d", "type": "derived", "type_params": {
          "expr": "r * 2", "metrics": [{"name": "r"}]}}
        """;
    assertThat(expr(simple("total_amount", "amount"), simple("rows", "order_rows"), ratio, derived))
        .isEqualTo("((CAST(SUM(amount) AS DOUBLE PRECISION) / CAST(NULLIF(COUNT(order_id), 0) AS"
            + " DOUBLE PRECISION)) * 2)");
  }

  @Test
  void compile_derivedExpressionNamingInputsInAnotherCase_readsThem_asTheDatabaseFoldsNames() {
    // MetricFlow on PostgreSQL: "Total_Amount * 2" reads the input total_amount (mf query agrees).
    String derived = """
        {"name": "doubled", "type": "derived", "type_params": {
          "expr": "Total_Amount * 2 + ROWS", "metrics": [{"name": "total_amount"}, {"name": "rows"}]}}
        """;
    assertThat(expr(simple("total_amount", "amount"), simple("rows", "order_rows"), derived))
        .isEqualTo("((SUM(amount)) * 2 + (COUNT(order_id)))");
  }

  @Test
  void compile_derivedWithOffset_skipped() {
    String derived = """
        {"name": "growth", "type": "derived", "type_params": {
          "expr": "a - prev", "metrics": [{"name": "total_amount", "alias": "a"},
            {"name": "total_amount", "alias": "prev", "offset_window": {"count": 1, "granularity": "month"}}]}}
        """;
    SkippedMetric s = skipped(TestProject.with(simple("total_amount", "amount"), derived), "growth");
    assertThat(s.reason()).contains("'prev'").contains("offset_window 1 month");
    assertThat(s.modelUniqueId()).isNull();
  }

  @Test
  void compile_derivedOverTwoTimeDimensions_skipped() {
    String derived = """
        {"name": "d", "type": "derived", "type_params": {
          "expr": "a - s", "metrics": [{"name": "total_amount", "alias": "a"}, {"name": "shipped", "alias": "s"}]}}
        """;
    SkippedMetric s = skipped(TestProject.with(simple("total_amount", "amount"),
        simple("shipped", "shipped_amount"), derived), "d");
    assertThat(s.reason()).contains("different time dimensions").contains("'ship_date'");
  }

  @Test
  void compile_derivedOnSkippedInput_skippedNamingTheInput() {
    String cumulative = """
        {"name": "running", "type": "cumulative", "type_params": {"measure": {"name": "amount"}}}
        """;
    String derived = """
        {"name": "d", "type": "derived", "type_params": {"expr": "running * 2", "metrics": [{"name": "running"}]}}
        """;
    SkippedMetric s = skipped(TestProject.with(cumulative, derived), "d");
    assertThat(s.reason()).startsWith("input metric 'running': cumulative metric");
  }

  // ---------------------------------------------------------------------------------------------
  // skipped shapes

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "{\"window\": {\"count\": 7, \"granularity\": \"day\"}} | trailing 7 day window",
      "{\"grain_to_date\": \"month\"}                          | month-to-date",
      "{}                                                      | running total since the first row",
  })
  void compile_cumulative_skippedWithItsWindow(String params, String reasonPart) {
    String metric = "{\"name\": \"c\", \"type\": \"cumulative\", \"type_params\": {\"measure\":"
        + " {\"name\": \"amount\"}, \"cumulative_type_params\": " + params + "}}";
    SkippedMetric s = skipped(TestProject.with(metric), "c");
    assertThat(s.reason()).startsWith("cumulative metric").contains(reasonPart);
    assertThat(s.metricType()).isEqualTo(MetricType.CUMULATIVE);
  }

  @Test
  void compile_semiAdditiveMeasure_skipped() {
    SkippedMetric s = skipped(TestProject.with(simple("b", "balance")), "b");
    assertThat(s.reason()).startsWith("semi-additive").contains("'order_date'");
  }

  @Test
  void compile_unknownAggregation_skipped() {
    assertThat(skipped(TestProject.with(simple("w", "weird")), "w").reason())
        .contains("aggregation 'mode'");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "{{ Dimension('customer__country') }} = 'FR'         | dimension 'country' of semantic model 'customers'",
      "{{ Dimension('order__customer__country') }} = 'FR'  | joins through entities order -> customer",
      "{{ Entity('customer__customer') }} = 1               | reads an entity through customer",
      "{{ Metric('total_amount', group_by=['order']) }} > 1 | needs a subquery",
  })
  void compile_filterOutsideTheModel_skipped(String template, String reasonPart) {
    SkippedMetric s = skipped(TestProject.with(simple("total_amount", "amount"),
        simple("m", "amount", template)), "m");
    assertThat(s.reason()).contains(reasonPart);
  }

  @Test
  void compile_filterOnACustomGranularityOfTheTimeSpine_skipped_notTruncatedByDateTrunc() {
    // dbt 1.11 with fiscal_quarter declared as a custom granularity of the time spine in YAML:
    // MetricFlow joins the time spine for it; DATE_TRUNC('fiscal_quarter', ...) fails in the warehouse.
    MetricCompilation c = COMPILER.compile(
        Fixtures.semantic("semantic_manifest-dbt-1.11.16-custom-granularity.json"), null);

    assertThat(c.allMetrics()).extracting(CompiledMetric::name).containsExactly("revenue_month_filter");
    assertThat(c.allMetrics().get(0).expression())
        .isEqualTo("SUM(CASE WHEN DATE_TRUNC('month', order_date) >= '2024-03-01' THEN net_revenue END)");
    assertThat(c.skipped()).extracting(SkippedMetric::name)
        .containsExactly("revenue_fq", "revenue_fq_mt", "revenue_fq_grain", "revenue_fq_suffix");
    assertThat(c.skipped()).allSatisfy(s -> assertThat(s.reason())
        .contains("groups time dimension 'order_date' by 'fiscal_quarter', a custom granularity of the time spine"));
  }

  @Test
  void compile_metricWithADefaultTimeGranularity_warnsThatSupersetDoesNotCarryIt() {
    // dbt 1.11, `time_granularity: month` on revenue_monthly_grain: MetricFlow answers by month
    // unless asked otherwise; a Superset metric has no grain, the chart picks one.
    MetricCompilation c = COMPILER.compile(
        Fixtures.semantic("semantic_manifest-dbt-1.11.16-time-granularity.json"), null);

    CompiledMetric monthly = c.allMetrics().stream()
        .filter(m -> m.name().equals("revenue_monthly_grain")).findFirst().orElseThrow();
    assertThat(monthly.warningText())
        .isEqualTo("MetricFlow groups this metric by month unless a query asks for another grain (its"
            + " time_granularity); Superset does not carry that default, so a chart groups it by the"
            + " time grain the chart chooses: choose month to match.");
    CompiledMetric plain = c.allMetrics().stream()
        .filter(m -> m.name().equals("revenue")).findFirst().orElseThrow();
    assertThat(plain.warningText()).isNull();
  }

  @Test
  void compile_metricWithACustomGranularityAsDefault_saysSupersetHasNoSuchGrain() throws Exception {
    String json;
    try (var in = Fixtures.class.getResourceAsStream("/fixtures/semantic_manifest-dbt-1.11.16-time-granularity.json")) {
      json = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    SemanticManifest sm = Fixtures.semanticJson(
        json.replace("\"time_granularity\": \"month\"", "\"time_granularity\": \"fiscal_quarter\""));

    assertThat(compiled(sm, "revenue_monthly_grain").warningText())
        .contains("groups this metric by fiscal_quarter")
        .endsWith("Superset has no time grain 'fiscal_quarter' (a custom granularity of the time spine).");
  }

  // ---------------------------------------------------------------------------------------------
  // bad input: typed errors naming the metric

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      "{\"name\": \"m\", \"type\": \"simple\", \"type_params\": {\"measure\": {\"name\": \"nope\"}}}"
          + "| measure 'nope' is not a measure of any semantic model",
      "{\"name\": \"m\", \"type\": \"simple\", \"type_params\": {}}"
          + "| neither type_params.measure nor metric_aggregation_params",
      "{\"name\": \"m\", \"type\": \"ratio\", \"type_params\": {\"numerator\": {\"name\": \"x\"}}}"
          + "| ratio metric without type_params.denominator",
      "{\"name\": \"m\", \"type\": \"derived\", \"type_params\": {\"metrics\": [{\"name\": \"x\"}]}}"
          + "| derived metric without type_params.expr",
      "{\"name\": \"m\", \"type\": \"derived\", \"type_params\": {\"expr\": \"x\", \"metrics\": [{\"name\": \"x\"}]}}"
          + "| input metric 'x' does not exist",
      "{\"name\": \"m\", \"type\": \"derived\", \"type_params\": {\"expr\": \"m\", \"metrics\": [{\"name\": \"m\"}]}}"
          + "| metric inputs form a cycle: m -> m",
      "{\"name\": \"m\", \"type\": \"simple\", \"type_params\": {\"measure\": {\"name\": \"p_missing\"}}}"
          + "| agg percentile without agg_params.percentile",
  })
  void compile_invalidMetric_throwsNamingMetricProblemAndWhere(String metric, String problem) {
    assertThatThrownBy(() -> COMPILER.compile(TestProject.with(simple("fine", "amount"), metric), null))
        .isInstanceOfSatisfying(MetricCompilationException.class, e -> {
          assertThat(e.metricName()).isEqualTo("m");
          assertThat(e.problem()).contains(problem);
          assertThat(e.artifact()).isEqualTo("semantic_manifest.json");
          assertThat(e.jsonPointer()).isEqualTo("/metrics/1");
          assertThat(e.getMessage()).startsWith("metric 'm' (semantic_manifest.json at /metrics/1): ");
        });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "{{ Dimension('order__nope') }} = 1      | no semantic model identified by entity 'order' has a dimension 'nope'",
      "{{ Dimension('country') }} = 1          | names no entity",
      "{{ Dimension('order__status' }} = 1     | expected ')'",
      "{{ Frobnicate('x') }} = 1               | unknown template function 'Frobnicate'",
      "{% if true %}1{% endif %}               | Jinja statements",
      "{{ Dimension('order__status') = 1       | unclosed '{{'",
      "{{ Dimension('order__status').grain('month') }} = 1 | is categorical",
      "{{ Dimension('shipment__status') }} = 1 | has no entity 'shipment'",
  })
  void compile_badFilter_throwsNamingMetricAndFilter(String template, String problem) {
    assertThatThrownBy(() -> COMPILER.compile(TestProject.with(simple("m", "amount", template)), null))
        .isInstanceOfSatisfying(MetricCompilationException.class, e -> {
          assertThat(e.metricName()).isEqualTo("m");
          assertThat(e.problem()).contains(template).contains(problem);
        });
  }

  // ---------------------------------------------------------------------------------------------
  // presentation: meta.superset

  @Test
  void compile_metaSuperset_overridesPresentation() {
    String metric = """
        {"name": "m", "label": "Label", "description": "Desc", "type": "simple",
         "type_params": {"measure": {"name": "amount"}},
         "config": {"meta": {"superset": {"d3_format": ",.1f", "verbose_name": "Shown",
           "warning_text": "careful", "certified_by": "Finance", "certification_details": "Q3 audit"}}}}
        """;
    CompiledMetric m = compiled(TestProject.with(metric), "m");
    assertThat(m.d3format()).isEqualTo(",.1f");
    assertThat(m.verboseName()).isEqualTo("Shown");
    assertThat(m.description()).isEqualTo("Desc");
    assertThat(m.warningText()).isEqualTo("careful");
    assertThat(m.certifiedBy()).isEqualTo("Finance");
    assertThat(m.certificationDetails()).isEqualTo("Q3 audit");
  }

  @Test
  void compile_withoutLabelOrMeta_presentationIsNull() {
    CompiledMetric m = compiled(TestProject.with(simple("m", "amount")), "m");
    assertThat(m.verboseName()).isNull();
    assertThat(m.description()).isNull();
    assertThat(m.d3format()).isNull();
    assertThat(m.warningText()).isNull();
    assertThat(m.uniqueId()).isNull();
  }

  @Test
  void compile_withoutManifest_modelsNamedByRelationOnly() {
    MetricCompilation c = COMPILER.compile(TestProject.with(simple("m", "amount"),
        simple("s", "signups")), null);
    assertThat(c.models()).extracting(ModelMetrics::modelUniqueId).containsOnlyNulls();
    assertThat(c.models()).extracting(ModelMetrics::schema, ModelMetrics::table)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("marts", "fct_orders"),
            org.assertj.core.groups.Tuple.tuple("marts", "dim_customers"));
    assertThat(c.metricsFor("model.x.fct_orders")).isEmpty();
  }

  @Test
  void compile_nullArguments_rejected() {
    assertThatThrownBy(() -> COMPILER.compile(null, null))
        .isInstanceOf(NullPointerException.class).hasMessage("semanticManifest");
    assertThatThrownBy(() -> COMPILER.compile(null))
        .isInstanceOf(NullPointerException.class).hasMessage("manifest");
  }
}
