package io.github.supersetsdk.sync.metrics;

import java.util.List;
import java.util.Objects;

/**
 * The result of {@link MetricCompiler#compile}: the compiled metrics per dbt model and the
 * metrics that were skipped, each with its reason. Every metric of the input is in exactly one of
 * the two. Immutable and thread-safe.
 *
 * @param models the compiled metrics per model, in the order the models first appear
 * @param skipped the skipped metrics, in the order the artifact lists them
 */
public record MetricCompilation(List<ModelMetrics> models, List<SkippedMetric> skipped) {

  /** Copies the components. */
  public MetricCompilation {
    models = models == null ? List.of() : List.copyOf(models);
    skipped = skipped == null ? List.of() : List.copyOf(skipped);
  }

  /**
   * Returns the compiled metrics of a dbt model.
   *
   * @param modelUniqueId the model's unique id, such as {@code model.shop.fct_orders}
   * @return the metrics; empty when the model has none
   * @throws NullPointerException if {@code modelUniqueId} is null
   */
  public List<CompiledMetric> metricsFor(String modelUniqueId) {
    Objects.requireNonNull(modelUniqueId, "modelUniqueId");
    for (ModelMetrics m : models) {
      if (modelUniqueId.equals(m.modelUniqueId())) {
        return m.metrics();
      }
    }
    return List.of();
  }

  /**
   * Returns every compiled metric, model by model.
   *
   * @return a new unmodifiable list
   */
  public List<CompiledMetric> allMetrics() {
    return models.stream().flatMap(m -> m.metrics().stream()).toList();
  }
}
