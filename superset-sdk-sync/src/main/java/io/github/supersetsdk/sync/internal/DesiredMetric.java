package io.github.supersetsdk.sync.internal;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A metric the sync writes on a dataset.
 *
 * @param name the metric name
 * @param expression the SQL aggregate expression
 * @param verboseName the label, or null
 * @param description the description, or null
 * @param d3format the number format, or null
 * @param certifiedBy who certified it, or null
 * @param certificationDetails the certification's details, or null
 * @param warningText the warning Superset shows beside the metric, or null
 */
public record DesiredMetric(
    String name,
    String expression,
    @Nullable String verboseName,
    @Nullable String description,
    @Nullable String d3format,
    @Nullable String certifiedBy,
    @Nullable String certificationDetails,
    @Nullable String warningText) {

  /** Checks the name and expression. */
  public DesiredMetric {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(expression, "expression");
  }
}
