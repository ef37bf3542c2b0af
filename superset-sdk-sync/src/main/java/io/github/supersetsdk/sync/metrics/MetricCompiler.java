package io.github.supersetsdk.sync.metrics;

import io.github.supersetsdk.dbt.manifest.DbtManifest;
import io.github.supersetsdk.dbt.semantic.SemanticManifest;
import io.github.supersetsdk.sync.internal.metrics.Compiler;
import io.github.supersetsdk.sync.internal.metrics.Dialect;
import io.github.supersetsdk.sync.internal.metrics.WarehouseDialect;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Compiles dbt metrics into SQL aggregate expressions, one per metric, each over the table of the
 * dbt model its semantic model reads, in the SQL of one warehouse ({@link #create()} for
 * PostgreSQL, {@link #forAdapter(String)} for the others). No subprocess and no warehouse access:
 * the expressions are built from the artifact alone. Immutable and thread-safe; create one and
 * reuse it.
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
   * without an {@code expr}) are quoted only when they are not plain SQL identifiers
   * or are reserved words; expressions written in dbt are copied as written.
   *
   * @return the compiler
   */
  public static MetricCompiler create() {
    return new MetricCompiler(WarehouseDialect.POSTGRES);
  }

  /**
   * Returns a compiler that writes the SQL of the warehouse of a dbt adapter, as MetricFlow renders
   * it for that engine: its identifier quotes, the float type of a ratio, {@code DATE_TRUNC} and
   * the ISO day of week. Percentiles follow the engine's aggregates: BigQuery and Trino have only
   * approximate ones (a measure needs {@code use_approximate_percentile}, else the metric is
   * skipped with the reason), Redshift and Databricks no exact discrete one.
   *
   * @param adapterType dbt's {@code adapter_type} (the manifest's {@code metadata.adapter_type}),
   *     any case; one of {@link #supportedAdapters()}, or {@code spark} and {@code starburst}
   * @return the compiler, or empty if it writes no SQL for that adapter
   * @throws NullPointerException if {@code adapterType} is null
   */
  public static Optional<MetricCompiler> forAdapter(String adapterType) {
    Objects.requireNonNull(adapterType, "adapterType");
    return WarehouseDialect.forAdapter(adapterType).map(MetricCompiler::new);
  }

  /** {@return the dbt adapter types {@link #forAdapter(String)} writes SQL for, in a stable order} */
  public static Set<String> supportedAdapters() {
    Set<String> adapters = new LinkedHashSet<>();
    Arrays.stream(WarehouseDialect.values()).forEach(d -> adapters.add(d.adapterType()));
    return Collections.unmodifiableSet(adapters);
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
