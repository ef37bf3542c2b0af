package io.github.supersetsdk.sync.metrics;

import org.junit.jupiter.api.Test;

class ExampleProjectTest {

  @Test
  void print() {
    MetricCompilation c = MetricCompiler.create().compile(
        Fixtures.semantic("example-semantic_manifest.json"),
        Fixtures.manifest("example-manifest-trimmed.json"));
    for (ModelMetrics m : c.models()) {
      System.out.println(m.modelUniqueId() + " " + m.schema() + "." + m.table() + " " + m.semanticModels());
      for (CompiledMetric cm : m.metrics()) {
        System.out.println("  " + cm);
      }
    }
    for (SkippedMetric s : c.skipped()) {
      System.out.println("SKIP " + s);
    }
  }
}
