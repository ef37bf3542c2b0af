package io.github.supersetsdk.sync.internal.metrics;

import io.github.supersetsdk.dbt.semantic.MetricType;
import io.github.supersetsdk.sync.metrics.CompiledMetric;
import java.util.Collection;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Reads a metric's {@code meta.superset} overrides. */
final class Meta {

  private Meta() {}

  /** Returns {@code meta.superset}, or an empty map. */
  @SuppressWarnings("unchecked")
  static Map<String, @Nullable Object> superset(Map<String, @Nullable Object> meta) {
    Object v = meta.get("superset");
    return v instanceof Map ? (Map<String, @Nullable Object>) v : Map.of();
  }

  static CompiledMetric compiled(
      String name,
      @Nullable String uniqueId,
      String sql,
      @Nullable String label,
      @Nullable String description,
      MetricType type,
      @Nullable String timeColumn,
      Collection<String> warnings,
      Map<String, @Nullable Object> superset) {
    String verbose = firstText(superset, "verbose_name");
    String desc = firstText(superset, "description");
    String warning = firstText(superset, "warning_text");
    return new CompiledMetric(
        name,
        uniqueId,
        sql,
        verbose != null ? verbose : blankToNull(label),
        desc != null ? desc : blankToNull(description),
        firstText(superset, "d3format", "d3_format"),
        type,
        timeColumn,
        warning != null ? warning : warnings.isEmpty() ? null : String.join(" ", warnings),
        firstText(superset, "certified_by"),
        firstText(superset, "certification_details"));
  }

  private static @Nullable String firstText(Map<String, @Nullable Object> map, String... keys) {
    for (String k : keys) {
      Object v = map.get(k);
      if (v instanceof String s && !s.isBlank()) {
        return s;
      }
    }
    return null;
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
