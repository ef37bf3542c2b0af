package io.github.supersetsdk.sync.metrics;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a metric definition is invalid, as opposed to valid but not expressible as one
 * aggregate (which is {@linkplain SkippedMetric skipped}): a measure or input metric that does
 * not exist, a ratio without a denominator, a filter template that does not parse, a derived
 * expression naming an unknown input, a cycle. dbt itself rejects such projects, so the artifact
 * was hand-edited or is corrupt. {@link #artifact()} and {@link #jsonPointer()} say where the
 * metric is: {@code semantic_manifest.json} at {@code /metrics/12}, or {@code manifest.json} at
 * {@code /metrics/metric.shop.revenue}. Immutable and thread-safe.
 */
public final class MetricCompilationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The metric name. */
  private final String metricName;

  /** What is wrong. */
  private final String problem;

  /** The artifact holding the metric, or null. */
  private final @Nullable String artifact;

  /** The metric's JSON pointer in the artifact, or null. */
  private final @Nullable String jsonPointer;

  /**
   * Creates the exception without a location; the message is {@code metric 'NAME': PROBLEM}.
   *
   * @param metricName the metric at fault
   * @param problem what is wrong with it, naming the field
   * @throws NullPointerException if an argument is null
   */
  public MetricCompilationException(String metricName, String problem) {
    this(metricName, problem, null, null);
  }

  /**
   * Creates the exception; the message is {@code metric 'NAME' (ARTIFACT at POINTER): PROBLEM}, or
   * without the parenthesis when the location is unknown.
   *
   * @param metricName the metric at fault
   * @param problem what is wrong with it, naming the field
   * @param artifact the artifact's file name, e.g. {@code semantic_manifest.json}, or null
   * @param jsonPointer the metric's JSON pointer in it, e.g. {@code /metrics/12}, or null
   * @throws NullPointerException if {@code metricName} or {@code problem} is null
   */
  public MetricCompilationException(
      String metricName, String problem, @Nullable String artifact, @Nullable String jsonPointer) {
    super("metric '" + Objects.requireNonNull(metricName, "metricName") + "'"
        + (artifact == null || jsonPointer == null ? "" : " (" + artifact + " at " + jsonPointer + ")")
        + ": " + Objects.requireNonNull(problem, "problem"));
    this.metricName = metricName;
    this.problem = problem;
    this.artifact = artifact;
    this.jsonPointer = jsonPointer;
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

  /**
   * Returns the file name of the artifact holding the metric.
   *
   * @return {@code semantic_manifest.json} or {@code manifest.json}, or null when unknown
   */
  public @Nullable String artifact() {
    return artifact;
  }

  /**
   * Returns the metric's JSON pointer in {@link #artifact()}: {@code /metrics/INDEX} in a semantic
   * manifest, {@code /metrics/UNIQUE_ID} in a manifest. The problem names the field within it.
   *
   * @return the pointer, or null when unknown
   */
  public @Nullable String jsonPointer() {
    return jsonPointer;
  }
}
