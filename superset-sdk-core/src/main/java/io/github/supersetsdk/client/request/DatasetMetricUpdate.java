package io.github.supersetsdk.client.request;

import java.util.Objects;
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
public record DatasetMetricUpdate(
    String metricName,
    String expression,
    @Nullable Long id,
    @Nullable String metricType,
    @Nullable String verboseName,
    @Nullable String description,
    @Nullable String d3format,
    @Nullable String warningText,
    @Nullable String extra) {

  /**
   * Validates and copies the components.
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
   * @throws NullPointerException if a required component is null
   */
  public DatasetMetricUpdate {
    Objects.requireNonNull(metricName, "metricName");
    Objects.requireNonNull(expression, "expression");
  }

  /**
   * Returns a builder with the required fields set.
   *
   * @param metricName the name charts refer to
   * @param expression the SQL aggregate, e.g. {@code SUM(amount)}
   * @return a new builder
   * @throws NullPointerException if an argument is null
   */
  public static Builder builder(String metricName, String expression) {
    Builder b = new Builder();
    b.metricName = Objects.requireNonNull(metricName, "metricName");
    b.expression = Objects.requireNonNull(expression, "expression");
    return b;
  }

  /**
   * Returns a builder initialised from this request.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.metricName = metricName;
    b.expression = expression;
    b.id = id;
    b.metricType = metricType;
    b.verboseName = verboseName;
    b.description = description;
    b.d3format = d3format;
    b.warningText = warningText;
    b.extra = extra;
    return b;
  }

  /** Builds a {@link DatasetMetricUpdate}. Not thread-safe. */
  public static final class Builder {
    private @Nullable String metricName;
    private @Nullable String expression;
    private @Nullable Long id;
    private @Nullable String metricType;
    private @Nullable String verboseName;
    private @Nullable String description;
    private @Nullable String d3format;
    private @Nullable String warningText;
    private @Nullable String extra;

    private Builder() {}

    /**
     * Sets the name charts refer to.
     *
     * @param metricName the value
     * @return this builder
     * @throws NullPointerException if {@code metricName} is null
     */
    public Builder metricName(String metricName) {
      this.metricName = Objects.requireNonNull(metricName, "metricName");
      return this;
    }

    /**
     * Sets the SQL aggregate, e.g. {@code SUM(amount)}.
     *
     * @param expression the value
     * @return this builder
     * @throws NullPointerException if {@code expression} is null
     */
    public Builder expression(String expression) {
      this.expression = Objects.requireNonNull(expression, "expression");
      return this;
    }

    /**
     * Sets the id of the existing metric to update; absent for a new metric.
     *
     * @param id the value
     * @return this builder
     * @throws NullPointerException if {@code id} is null
     */
    public Builder id(long id) {
      this.id = id;
      return this;
    }

    /**
     * Sets the metric type.
     *
     * @param metricType the value
     * @return this builder
     * @throws NullPointerException if {@code metricType} is null
     */
    public Builder metricType(String metricType) {
      this.metricType = Objects.requireNonNull(metricType, "metricType");
      return this;
    }

    /**
     * Sets the display name.
     *
     * @param verboseName the value
     * @return this builder
     * @throws NullPointerException if {@code verboseName} is null
     */
    public Builder verboseName(String verboseName) {
      this.verboseName = Objects.requireNonNull(verboseName, "verboseName");
      return this;
    }

    /**
     * Sets the description.
     *
     * @param description the value
     * @return this builder
     * @throws NullPointerException if {@code description} is null
     */
    public Builder description(String description) {
      this.description = Objects.requireNonNull(description, "description");
      return this;
    }

    /**
     * Sets the D3 number format, e.g. {@code ,.2f}.
     *
     * @param d3format the value
     * @return this builder
     * @throws NullPointerException if {@code d3format} is null
     */
    public Builder d3format(String d3format) {
      this.d3format = Objects.requireNonNull(d3format, "d3format");
      return this;
    }

    /**
     * Sets a warning shown next to the metric.
     *
     * @param warningText the value
     * @return this builder
     * @throws NullPointerException if {@code warningText} is null
     */
    public Builder warningText(String warningText) {
      this.warningText = Objects.requireNonNull(warningText, "warningText");
      return this;
    }

    /**
     * Sets the {@code extra} JSON document as text.
     *
     * @param extra the value
     * @return this builder
     * @throws NullPointerException if {@code extra} is null
     */
    public Builder extra(String extra) {
      this.extra = Objects.requireNonNull(extra, "extra");
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws NullPointerException if a required field is missing
     */
    public DatasetMetricUpdate build() {
      return new DatasetMetricUpdate(metricName, expression, id, metricType, verboseName, description, d3format, warningText, extra);
    }
  }
}
