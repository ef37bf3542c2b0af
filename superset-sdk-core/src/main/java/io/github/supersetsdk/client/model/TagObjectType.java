package io.github.supersetsdk.client.model;

import java.util.Objects;

/**
 * The kind of object a tag can be attached to: {@link #QUERY saved query}, {@link #CHART chart},
 * {@link #DASHBOARD dashboard} or {@link #DATASET dataset}.
 *
 * <p>An open value class: {@link #of(String)} names kinds a newer Superset may add. Immutable and
 * thread-safe.
 *
 * @param value the kind's name as Superset spells it, e.g. {@code dashboard}
 */
public record TagObjectType(String value) {

  /** A saved query. */
  public static final TagObjectType QUERY = new TagObjectType("query");

  /** A chart. */
  public static final TagObjectType CHART = new TagObjectType("chart");

  /** A dashboard. */
  public static final TagObjectType DASHBOARD = new TagObjectType("dashboard");

  /** A dataset. */
  public static final TagObjectType DATASET = new TagObjectType("dataset");

  /**
   * Validates the name.
   *
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public TagObjectType {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("value is blank");
    }
  }

  /**
   * {@return the kind with the given name}
   *
   * @param value the name, e.g. {@code chart}
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public static TagObjectType of(String value) {
    return new TagObjectType(value);
  }

  /**
   * The number Superset's tagging endpoints use for the kind in their paths.
   *
   * @return 1 for a query, 2 for a chart, 3 for a dashboard, 4 for a dataset
   * @throws IllegalStateException for a kind the SDK does not know the number of
   */
  public int code() {
    return switch (value) {
      case "query" -> 1;
      case "chart" -> 2;
      case "dashboard" -> 3;
      case "dataset" -> 4;
      default -> throw new IllegalStateException("no known type number for tagged objects of kind " + value);
    };
  }
}
