package io.github.supersetsdk.client.model;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The state of Explore a permanent link restores: the chart's form data (free-form, as Superset's
 * frontend writes it, e.g. {@code {"datasource": "7__table", "viz_type": "table", ...}}), extra URL
 * parameters and the chart's client-side state.
 *
 * <p>Immutable and thread-safe.
 *
 * @param formData the form data
 * @param urlParams extra URL parameters, as name/value pairs
 * @param chartState the chart's client-side state (e.g. table column widths), if any
 */
public record ExplorePermalinkState(
    Map<String, @Nullable Object> formData, List<List<String>> urlParams, Map<String, @Nullable Object> chartState) {

  /** Copies the collections; never null. */
  public ExplorePermalinkState {
    formData = Copies.deepMap(formData);
    urlParams = Copies.deepList(urlParams);
    chartState = Copies.deepMap(chartState);
  }

  /**
   * {@return a state with only form data}
   *
   * @param formData the form data
   */
  public static ExplorePermalinkState of(Map<String, @Nullable Object> formData) {
    return new ExplorePermalinkState(formData, List.of(), Map.of());
  }
}
