package io.github.supersetsdk.sync.metrics;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The compiled metrics of one dbt model: the dataset they belong on. The model is named by its
 * unique id when a manifest was given (found through the semantic model's {@code depends_on}, else
 * through its relation), and always by its relation. Immutable and thread-safe.
 *
 * @param modelUniqueId the dbt unique id of the model, such as {@code model.shop.fct_orders}, or
 *     {@code null} when no manifest was given or none of its nodes has this relation
 * @param database the relation's database, or {@code null}
 * @param schema the relation's schema, or {@code null}
 * @param table the relation's table or view name (the model's alias)
 * @param semanticModels the semantic models on this model, in file order; empty for legacy metrics
 * @param metrics the compiled metrics, in the order the artifact lists them
 */
public record ModelMetrics(
    @Nullable String modelUniqueId,
    @Nullable String database,
    @Nullable String schema,
    String table,
    List<String> semanticModels,
    List<CompiledMetric> metrics) {

  /**
   * Validates and copies the components.
   *
   * @throws NullPointerException if {@code table} is null
   */
  public ModelMetrics {
    Objects.requireNonNull(table, "table");
    semanticModels = semanticModels == null ? List.of() : List.copyOf(semanticModels);
    metrics = metrics == null ? List.of() : List.copyOf(metrics);
  }
}
