package io.github.supersetsdk.sync.metrics;

import static io.github.supersetsdk.sync.metrics.TestProject.simple;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.supersetsdk.dbt.semantic.SemanticManifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each warehouse's SQL, as MetricFlow renders it for that engine. */
class WarehouseDialectsTest {

  private static MetricCompilation compile(String adapter, String... metrics) {
    SemanticManifest sm = TestProject.with(metrics);
    return MetricCompiler.forAdapter(adapter).orElseThrow().compile(sm, null);
  }

  private static String expr(String adapter, String... metrics) {
    MetricCompilation c = compile(adapter, metrics);
    assertThat(c.skipped()).as("skipped").isEmpty();
    return c.allMetrics().get(c.allMetrics().size() - 1).expression();
  }

  @Test
  void forAdapter_knownAdaptersInAnyCase_aliases_andNothingForOthers() {
    assertThat(MetricCompiler.supportedAdapters())
        .containsExactly("postgres", "redshift", "duckdb", "snowflake", "bigquery", "databricks", "trino");
    for (String a : MetricCompiler.supportedAdapters()) {
      assertThat(MetricCompiler.forAdapter(a.toUpperCase())).as(a).isPresent();
    }
    assertThat(expr("spark", simple("m", "order"))).isEqualTo("MAX(`order`)");
    assertThat(expr("starburst", simple("m", "order"))).isEqualTo("MAX(\"order\")");
    assertThat(MetricCompiler.forAdapter("fabric")).isEmpty();
    assertThatThrownBy(() -> MetricCompiler.supportedAdapters().add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "postgres   | MAX(\"order\")  | DOUBLE PRECISION",
      "redshift   | MAX(\"order\")  | DOUBLE PRECISION",
      "duckdb     | MAX(\"order\")  | DOUBLE PRECISION",
      "snowflake  | MAX(\"ORDER\")  | DOUBLE",
      "bigquery   | MAX(`order`)    | FLOAT64",
      "databricks | MAX(`order`)    | DOUBLE",
      "trino      | MAX(\"order\")  | DOUBLE",
  })
  void identifiersAndRatios_inTheWarehousesQuotesAndFloatType(String adapter, String reserved,
      String floatType) {
    assertThat(expr(adapter, simple("m", "order"))).isEqualTo(reserved);
    assertThat(expr(adapter, simple("m", "amount"))).isEqualTo("SUM(amount)");
    String ratio = """
        {"name": "share", "type": "ratio", "type_params": {
          "numerator": {"name": "a"}, "denominator": {"name": "b"}}}
        """;
    assertThat(expr(adapter, simple("a", "amount"), simple("b", "order_rows"), ratio))
        .isEqualTo("CAST(SUM(amount) AS " + floatType + ") / CAST(NULLIF(COUNT(order_id), 0) AS "
            + floatType + ")");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "postgres   | DATE_TRUNC('month', order_date)       | DATE_TRUNC('week', order_date)      | EXTRACT(isodow FROM order_date)",
      "duckdb     | DATE_TRUNC('month', order_date)       | DATE_TRUNC('week', order_date)      | EXTRACT(isodow FROM order_date)",
      "snowflake  | DATE_TRUNC('month', order_date)       | DATE_TRUNC('week', order_date)      | EXTRACT(dayofweekiso FROM order_date)",
      "databricks | DATE_TRUNC('month', order_date)       | DATE_TRUNC('week', order_date)      | EXTRACT(DAYOFWEEK_ISO FROM order_date)",
      "trino      | DATE_TRUNC('month', order_date)       | DATE_TRUNC('week', order_date)      | EXTRACT(DAY_OF_WEEK FROM order_date)",
      "redshift   | DATE_TRUNC('month', order_date)       | DATE_TRUNC('week', order_date)      | CASE WHEN EXTRACT(dow FROM order_date) = 0 THEN 7 ELSE EXTRACT(dow FROM order_date) END",
      "bigquery   | DATETIME_TRUNC(order_date, month)     | DATETIME_TRUNC(order_date, isoweek) | IF(EXTRACT(dayofweek FROM order_date) = 1, 7, EXTRACT(dayofweek FROM order_date) - 1)",
  })
  void timeFilters_truncateAndTakeTheIsoDayOfWeek(String adapter, String month, String week, String dow) {
    assertThat(expr(adapter, simple("m", "amount", "{{ TimeDimension('metric_time', 'month') }} >= '2024-01-01'")))
        .isEqualTo("SUM(CASE WHEN " + month + " >= '2024-01-01' THEN amount END)");
    assertThat(expr(adapter, simple("m", "amount", "{{ TimeDimension('order__order_date', 'week') }} >= '2024-01-01'")))
        .isEqualTo("SUM(CASE WHEN " + week + " >= '2024-01-01' THEN amount END)");
    assertThat(expr(adapter, simple("m", "amount", "{{ Dimension('order__order_date').date_part('dow') }} = 1")))
        .isEqualTo("SUM(CASE WHEN " + dow + " = 1 THEN amount END)");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // adapter | median | p90 discrete | p50 with use_approximate_percentile
      "postgres   | PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY amount) | PERCENTILE_DISC(0.9) WITHIN GROUP (ORDER BY amount) | PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY amount)",
      "duckdb     | PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY amount) | PERCENTILE_DISC(0.9) WITHIN GROUP (ORDER BY amount) | approx_quantile(amount, 0.5)",
      "snowflake  | PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY amount) | PERCENTILE_DISC(0.9) WITHIN GROUP (ORDER BY amount) | APPROX_PERCENTILE(amount, 0.5)",
      "redshift   | PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY amount) | (skipped)                                           | PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY amount)",
      "databricks | PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY amount) | (skipped)                                           | PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY amount)",
      "bigquery   | (skipped)                                           | (skipped)                                           | APPROX_QUANTILES(amount, 2)[OFFSET(1)]",
      "trino      | (skipped)                                           | (skipped)                                           | approx_percentile(amount, 0.5)",
  })
  void percentiles_whatTheWarehouseHas_elseSkippedWithTheReason(String adapter, String median,
      String p90Discrete, String p50Approx) {
    assertPercentile(adapter, "median_amount", median);
    assertPercentile(adapter, "p90_discrete", p90Discrete);
    assertPercentile(adapter, "p50_approx", p50Approx);
  }

  private static void assertPercentile(String adapter, String measure, String expected) {
    MetricCompilation c = compile(adapter, simple("m", measure));
    if (expected.equals("(skipped)")) {
      assertThat(c.allMetrics()).isEmpty();
      assertThat(c.skipped()).singleElement().satisfies(s ->
          assertThat(s.reason()).contains("has no exact").contains("percentile aggregate"));
    } else {
      assertThat(c.skipped()).as("skipped").isEmpty();
      assertThat(c.allMetrics()).singleElement().satisfies(m ->
          assertThat(m.expression()).isEqualTo(expected));
    }
  }

  @Test
  void percentiles_theReasonSaysWhatMetricFlowWouldRunThere() {
    assertThat(compile("bigquery", simple("m", "median_amount")).skipped().get(0).reason())
        .isEqualTo("aggregation 'median': BigQuery has no exact continuous percentile aggregate;"
            + " MetricFlow computes it there with use_approximate_percentile");
    assertThat(compile("redshift", simple("m", "p90_discrete")).skipped().get(0).reason())
        .endsWith("Redshift has no exact discrete percentile aggregate;"
            + " MetricFlow computes it there with use_approximate_percentile");
    assertThat(compile("trino", simple("m", "p90_discrete")).skipped().get(0).reason())
        .endsWith("Trino has no exact discrete percentile aggregate; MetricFlow computes it there"
            + " with use_approximate_percentile and without use_discrete_percentile");
  }

  @Test
  void approximatePercentile_computedExactlyOnlyWhereTheWarehouseHasNoApproximation_withAWarning() {
    CompiledMetric pg = compile("postgres", simple("m", "p50_approx")).allMetrics().get(0);
    assertThat(pg.warningText()).contains("use_approximate_percentile");
    CompiledMetric sf = compile("snowflake", simple("m", "p50_approx")).allMetrics().get(0);
    assertThat(sf.warningText()).isNull();
  }
}
