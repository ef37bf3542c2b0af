package io.github.supersetsdk.client.request;

import io.github.supersetsdk.client.id.ChartId;
import io.github.supersetsdk.client.id.DatasetId;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What to open in Explore: a saved chart, a dataset, cached form data, or a permanent link. Use the
 * factories; they set exactly the parameters Superset expects for each case.
 *
 * <p>Immutable and thread-safe.
 *
 * @param sliceId a saved chart
 * @param datasourceId a datasource, with {@code datasourceType}
 * @param datasourceType the datasource's type, {@code table} for datasets
 * @param formDataKey a key of cached form data
 * @param permalinkKey a key of an Explore permanent link
 */
public record ExploreRequest(
    @Nullable ChartId sliceId,
    @Nullable Long datasourceId,
    @Nullable String datasourceType,
    @Nullable String formDataKey,
    @Nullable String permalinkKey) {

  /**
   * Opens a saved chart.
   *
   * @param chart the chart
   * @return the request
   * @throws NullPointerException if {@code chart} is null
   */
  public static ExploreRequest chart(ChartId chart) {
    return new ExploreRequest(Objects.requireNonNull(chart, "chart"), null, null, null, null);
  }

  /**
   * Opens a dataset with default form data.
   *
   * @param dataset the dataset
   * @return the request
   * @throws NullPointerException if {@code dataset} is null
   */
  public static ExploreRequest dataset(DatasetId dataset) {
    return new ExploreRequest(null, Objects.requireNonNull(dataset, "dataset").value(), "table", null, null);
  }

  /**
   * Opens form data kept in the temporary Explore cache.
   *
   * @param key the key {@code explore().createFormData} returned
   * @return the request
   * @throws NullPointerException if {@code key} is null
   */
  public static ExploreRequest formDataKey(String key) {
    return new ExploreRequest(null, null, null, Objects.requireNonNull(key, "key"), null);
  }

  /**
   * Opens an Explore permanent link.
   *
   * @param key the permanent link's key
   * @return the request
   * @throws NullPointerException if {@code key} is null
   */
  public static ExploreRequest permalink(String key) {
    return new ExploreRequest(null, null, null, null, Objects.requireNonNull(key, "key"));
  }
}
