package io.github.supersetsdk.client.model;

import io.github.supersetsdk.client.request.DatasetMetricUpdate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A saved metric of a dataset: a named SQL aggregate that charts can use by name.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the metric's id
 * @param metricName the name charts refer to
 * @param expression the SQL aggregate, e.g. {@code SUM(amount)}
 * @param metricType the metric type, if any
 * @param verboseName the display name
 * @param description the description
 * @param d3format the D3 number format, e.g. {@code ,.2f}
 * @param warningText a warning shown next to the metric
 * @param extra the {@code extra} JSON document as text
 * @param uuid the metric's UUID
 */
public record DatasetMetric(
    long id,
    String metricName,
    String expression,
    @Nullable String metricType,
    @Nullable String verboseName,
    @Nullable String description,
    @Nullable String d3format,
    @Nullable String warningText,
    @Nullable String extra,
    @Nullable UUID uuid) {

  /**
   * {@return an update entry that keeps this metric as it is, carrying its id} It is for the full metric list
   * a dataset update sends.
   */
  public DatasetMetricUpdate toUpdate() {
    return new DatasetMetricUpdate(
        metricName, expression, id, metricType, verboseName, description, d3format, warningText, extra);
  }
}
