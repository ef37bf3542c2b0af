package io.github.supersetsdk.sync.metrics;

import io.github.supersetsdk.dbt.manifest.DbtManifest;
import io.github.supersetsdk.dbt.semantic.SemanticManifest;
import io.github.supersetsdk.sync.internal.metrics.Compiler;
import io.github.supersetsdk.sync.internal.metrics.Dialect;
import io.github.supersetsdk.sync.internal.metrics.PostgresDialect;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Compiles dbt metrics into SQL aggregate expressions, one per metric, each over the table of the
 * dbt model its semantic model reads, in PostgreSQL (ANSI) SQL. No subprocess and no warehouse
 * access: the expressions are built from the artifact alone. Immutable and thread-safe; create one
 * and reuse it.
 *
 * <p>What is compiled (details in {@code docs/sync.md}):
 *
 * <ul>
 *   <li>simple metrics: the aggregate of their measure ({@code sum}, {@code sum_boolean},
 *       {@code count}, {@code count_distinct}, {@code min}, {@code max}, {@code average},
 *       {@code median}, {@code percentile}) or, for measure-less metrics, of their own
 *       {@code agg}/{@code expr}; metric and measure filters become {@code CASE WHEN} inside the
 *       aggregate; {@code fill_nulls_with} becomes {@code COALESCE};
 *   <li>ratio and derived metrics whose inputs all live on one semantic model and aggregate over
 *       one time dimension, composed into one expression;
 *   <li>legacy (manifest v4 to v9) metrics with their calculation method, expression and filters.
 * </ul>
 *
 * Skipped, with the reason: cumulative and conversion metrics (their value depends on the query's
 * time grain or on a join within a window), derived inputs with an offset, inputs or filters on
 * another semantic model, semi-additive measures. An invalid definition throws
 * {@link MetricCompilationException}.
 */
public final class MetricCompiler {

  private final Dialect dialect;

  private MetricCompiler(Dialect dialect) {
    this.dialect = dialect;
  }

  /**
   * Returns a compiler that writes PostgreSQL SQL, which is ANSI SQL except for
   * {@code DATE_TRUNC} in time filters and {@code percentile_cont}/{@code percentile_disc}
   * ordered-set aggregates. Identifiers that the compiler writes (measure and dimension names
   * without an {@code expr}) are quoted only when they are not plain lower-case SQL identifiers
   * or are reserved words; expressions written in dbt are copied as written.
   *
   * @return the compiler
   */
  public static MetricCompiler create() {
    return new MetricCompiler(PostgresDialect.INSTANCE);
  }

  /**
   * Compiles the metrics of a semantic manifest, plus the legacy metrics of the manifest.
   *
   * @param semanticManifest the {@code semantic_manifest.json}
   * @param manifest the {@code manifest.json} of the same project, or {@code null}: it names each
   *     semantic model's dbt model (without it {@link ModelMetrics#modelUniqueId()} is null) and
   *     gives metric unique ids; its legacy (v4 to v9) metrics are compiled too
   * @return the compiled and skipped metrics
   * @throws MetricCompilationException if a metric definition is invalid
   * @throws NullPointerException if {@code semanticManifest} is null
   */
  public MetricCompilation compile(SemanticManifest semanticManifest, @Nullable DbtManifest manifest) {
    Objects.requireNonNull(semanticManifest, "semanticManifest");
    return new Compiler(dialect).compile(semanticManifest, manifest);
  }

  /**
   * Compiles the metrics a manifest holds: the semantic models and MetricFlow metrics that
   * manifests v10 and later embed, or the legacy metrics of manifests v4 to v9.
   *
   * @param manifest the {@code manifest.json}
   * @return the compiled and skipped metrics
   * @throws MetricCompilationException if a metric definition is invalid
   * @throws NullPointerException if {@code manifest} is null
   */
  public MetricCompilation compile(DbtManifest manifest) {
    Objects.requireNonNull(manifest, "manifest");
    return new Compiler(dialect).compile(null, manifest);
  }
}
