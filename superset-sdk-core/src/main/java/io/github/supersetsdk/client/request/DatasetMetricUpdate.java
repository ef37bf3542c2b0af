package io.github.supersetsdk.client.request;

import io.github.supersetsdk.codegen.GeneratedBuilder;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the metric list of an {@link UpdateDatasetRequest}. Fields left {@code null} are not
 * sent.
 *
 * <p>Immutable and thread-safe.
 *
 * @param metricName the name charts refer to
 * @param expression the SQL aggregate, e.g. {@code SUM(amount)}
 * @param id the id of the existing metric to update; absent for a new metric
 * @param metricType the metric type
 * @param verboseName the display name
 * @param description the description
 * @param d3format the D3 number format, e.g. {@code ,.2f}
 * @param warningText a warning shown next to the metric
 * @param extra the {@code extra} JSON document as text
 */
@GeneratedBuilder
public record DatasetMetricUpdate(
    String metricName,
    String expression,
    @Nullable Long id,
    @Nullable String metricType,
    @Nullable String verboseName,
    @Nullable String description,
    @Nullable String d3format,
    @Nullable String warningText,
    @Nullable String extra) implements DatasetMetricUpdateBuilder.Methods {

  /**
   * {@return a new builder with the required fields set}
   *
   * @param metricName the name charts refer to
   * @param expression the SQL aggregate, e.g. {@code SUM(amount)}
   * @throws NullPointerException if an argument is null
   */
  public static Builder builder(String metricName, String expression) {
    return DatasetMetricUpdateBuilder.create(metricName, expression);
  }

  /** Builds a {@link DatasetMetricUpdate}. Not thread-safe. */
  public static final class Builder extends DatasetMetricUpdateBuilder {
    Builder() {}
  }
}
