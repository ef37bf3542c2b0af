package io.github.supersetsdk.sync.metrics;

import java.util.Objects;

/**
 * Thrown when a metric definition is invalid, as opposed to valid but not expressible as one
 * aggregate (which is {@linkplain SkippedMetric skipped}): a measure or input metric that does
 * not exist, a ratio without a denominator, a filter template that does not parse, a derived
 * expression naming an unknown input, a cycle. dbt itself rejects such projects, so the artifact
 * was hand-edited or is corrupt. Immutable and thread-safe.
 */
public final class MetricCompilationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The metric name. */
  private final String metricName;

  /** What is wrong. */
  private final String problem;

  /**
   * Creates the exception; the message is {@code metric 'NAME': PROBLEM}.
   *
   * @param metricName the metric at fault
   * @param problem what is wrong with it, naming the field
   * @throws NullPointerException if an argument is null
   */
  public MetricCompilationException(String metricName, String problem) {
    super("metric '" + Objects.requireNonNull(metricName, "metricName") + "': "
        + Objects.requireNonNull(problem, "problem"));
    this.metricName = metricName;
    this.problem = problem;
  }

  /**
   * Returns the name of the metric at fault.
   *
   * @return the metric name
   */
  public String metricName() {
    return metricName;
  }

  /**
   * Returns what is wrong, without the metric name.
   *
   * @return the problem
   */
  public String problem() {
    return problem;
  }
}
