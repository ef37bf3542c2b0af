package io.github.supersetsdk.client.model;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What Explore needs to show a chart: the resolved form data, the saved chart (if any) and its
 * dataset. Form data is Superset's free-form chart configuration, decoded as JSON.
 *
 * <p>Immutable and thread-safe.
 *
 * @param formData the resolved form data
 * @param slice the saved chart, when Explore opened one
 * @param dataset the dataset it queries
 * @param message a warning, e.g. that the dataset of the form data no longer exists
 */
public record ExploreContext(
    Map<String, @Nullable Object> formData,
    @Nullable ExploreSlice slice,
    @Nullable ExploreDataset dataset,
    @Nullable String message) {

  /** Copies the map; never null. */
  public ExploreContext {
    formData = Copies.deepMap(formData);
  }
}
