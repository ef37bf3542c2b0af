package io.github.supersetsdk.sync.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** dbt-metrics metrics of manifests v4 to v9. */
class LegacyMetricsTest {

  private static final MetricCompiler COMPILER = MetricCompiler.create();

  @Test
  void compile_v4TypeAndSql_filteredSum() {
    MetricCompilation c = COMPILER.compile(Fixtures.manifest("manifest-v4-dbt-1.0.9-handwritten.json"));
    assertThat(c.allMetrics()).singleElement().satisfies(m -> {
      assertThat(m.name()).isEqualTo("revenue");
      assertThat(m.uniqueId()).isEqualTo("metric.legacy.revenue");
      assertThat(m.expression()).isEqualTo("SUM(CASE WHEN status = 'done' THEN amount END)");
      assertThat(m.verboseName()).isEqualTo("Revenue");
      assertThat(m.timeDimension()).isEqualTo("created_at");
    });
    assertThat(c.models()).singleElement().satisfies(m -> {
      assertThat(m.modelUniqueId()).isEqualTo("model.legacy.orders");
      assertThat(m.semanticModels()).isEmpty();
    });
  }

  @Test
  void compile_v7CalculationMethodAndExpression() {
    MetricCompilation c = COMPILER.compile(Fixtures.manifest("manifest-v7-dbt-1.3.7-handwritten.json"));
    assertThat(c.allMetrics()).extracting(CompiledMetric::expression)
        .contains("SUM(CASE WHEN status = 'done' THEN amount END)");
  }

  @Test
  void compile_v9RealManifest_everyMetricCompiledOrSkipped() {
    var manifest = Fixtures.manifest("manifest-v9-dbt-1.5.12.json");
    MetricCompilation c = COMPILER.compile(manifest);
    assertThat(c.allMetrics().size() + c.skipped().size()).isEqualTo(manifest.metrics().size());
    assertThat(c.allMetrics()).filteredOn(m -> m.name().equals("order_count"))
        .extracting(CompiledMetric::expression).containsExactly("COUNT(order_id)");
    assertThat(c.allMetrics()).filteredOn(m -> m.name().equals("total_revenue"))
        .extracting(CompiledMetric::expression)
        .containsExactly("SUM(CASE WHEN status = 'completed' THEN amount END)");
  }

  @Test
  void compile_v8DerivedOnItself_cycleError() {
    assertThatThrownBy(() -> COMPILER.compile(Fixtures.manifest("manifest-v8-dbt-1.4.9-handwritten.json")))
        .isInstanceOfSatisfying(MetricCompilationException.class, e -> {
          assertThat(e.metricName()).isEqualTo("revenue");
          assertThat(e.problem()).contains("cycle");
          assertThat(e.artifact()).isEqualTo("manifest.json");
          assertThat(e.jsonPointer()).isEqualTo("/metrics/metric.legacy.revenue");
        });
  }
}
