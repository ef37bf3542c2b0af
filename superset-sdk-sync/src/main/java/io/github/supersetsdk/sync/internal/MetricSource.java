package io.github.supersetsdk.sync.internal;

import io.github.supersetsdk.sync.DbtArtifacts;
import java.util.List;
import java.util.Map;

/** Supplies the metrics of each dbt model. Implementations are stateless and thread-safe. */
public interface MetricSource {

  /**
   * Metrics per dbt model, and what could not be compiled.
   *
   * @param metrics per model unique_id, the metrics to put on its dataset
   * @param notes per model unique_id, the metrics skipped and why
   */
  record Compiled(Map<String, List<DesiredMetric>> metrics, Map<String, List<String>> notes) {}

  /**
   * Compiles the metrics of the artifacts.
   *
   * @param artifacts the artifacts
   * @return the metrics per model
   */
  Compiled compile(DbtArtifacts artifacts);

  /** A source without metrics. */
  MetricSource NONE = a -> new Compiled(Map.of(), Map.of());
}
