package io.github.supersetsdk.sync.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.supersetsdk.dbt.DbtArtifactReader;
import io.github.supersetsdk.sync.DbtArtifacts;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sync writes metrics in the SQL of the warehouse dbt built the models in. */
class CompilerMetricSourceTest {

  private static DbtArtifacts example(String adapterType) throws IOException {
    String json;
    try (InputStream in = CompilerMetricSourceTest.class.getResourceAsStream("/fixtures/example-manifest-trimmed.json")) {
      json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String replaced = json.replace("\"adapter_type\": \"postgres\"", "\"adapter_type\": \"" + adapterType + "\"");
    assertThat(replaced).contains("\"adapter_type\": \"" + adapterType + "\"");
    return DbtArtifacts.of(DbtArtifactReader.create().readManifest(
        new ByteArrayInputStream(replaced.getBytes(StandardCharsets.UTF_8)), "manifest.json"));
  }

  private static List<String> expressions(MetricSource.Compiled c) {
    return c.metrics().values().stream().flatMap(List::stream).map(DesiredMetric::expression).toList();
  }

  @Test
  void compile_bigQueryProject_writesBigQuerySql() throws IOException {
    MetricSource.Compiled pg = new CompilerMetricSource().compile(example("postgres"));
    MetricSource.Compiled bq = new CompilerMetricSource().compile(example("bigquery"));
    assertThat(expressions(pg)).anyMatch(e -> e.contains("AS DOUBLE PRECISION"));
    assertThat(expressions(bq)).isNotEmpty()
        .noneMatch(e -> e.contains("DOUBLE PRECISION") || e.contains("WITHIN GROUP"))
        .anyMatch(e -> e.contains("AS FLOAT64"));
  }

  @Test
  void compile_adapterWithoutDialect_writesNoMetric_andNotesEachOnItsModel() throws IOException {
    MetricSource.Compiled pg = new CompilerMetricSource().compile(example("postgres"));
    MetricSource.Compiled fabric = new CompilerMetricSource().compile(example("fabric"));
    assertThat(fabric.metrics().values()).allMatch(List::isEmpty);
    long written = pg.metrics().values().stream().mapToLong(List::size).sum();
    List<String> notes = fabric.notes().values().stream().flatMap(List::stream)
        .filter(n -> n.contains("no SQL for dbt adapter 'fabric'")).toList();
    assertThat(written).isPositive();
    assertThat(notes).hasSize((int) written)
        .allMatch(n -> n.contains("(it writes for postgres, redshift, duckdb, snowflake, bigquery,"
            + " databricks, trino)"));
  }
}
