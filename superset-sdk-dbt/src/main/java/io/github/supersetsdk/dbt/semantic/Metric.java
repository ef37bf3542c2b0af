package io.github.supersetsdk.dbt.semantic;

import io.github.supersetsdk.dbt.internal.Immutables;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A MetricFlow metric as {@code semantic_manifest.json} holds it. Immutable and thread-safe.
 *
 * @param name the name
 * @param description the description, or {@code null}
 * @param label the label, or {@code null}
 * @param type the metric type
 * @param typeParams the type parameters
 * @param filters the {@code where} templates of the metric's filter
 * @param timeGranularity the default time granularity, or {@code null}
 * @param meta the metric's meta ({@code config.meta})
 */
public record Metric(
    String name,
    @Nullable String description,
    @Nullable String label,
    MetricType type,
    MetricTypeParams typeParams,
    List<String> filters,
    @Nullable String timeGranularity,
    Map<String, @Nullable Object> meta) {

  /**
   * Validates and copies the components.
   *
   * @throws NullPointerException if {@code name} or {@code type} is null
   */
  public Metric {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    typeParams = typeParams == null ? MetricTypeParams.EMPTY : typeParams;
    filters = filters == null ? List.of() : List.copyOf(filters);
    meta = Immutables.orderedMap(meta);
  }
}
