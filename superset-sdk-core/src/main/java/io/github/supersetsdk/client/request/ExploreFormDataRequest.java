package io.github.supersetsdk.client.request;

import io.github.supersetsdk.client.id.ChartId;
import io.github.supersetsdk.client.id.DatasetId;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Form data to keep in Superset's temporary Explore cache, e.g. to open Explore on an unsaved chart
 * with {@code /explore/?form_data_key=<key>}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param datasourceId the id of the datasource it queries
 * @param datasourceType the datasource type, {@code table} for datasets
 * @param formData the form data as JSON text
 * @param chartId the saved chart it belongs to, if any
 */
public record ExploreFormDataRequest(
    long datasourceId, String datasourceType, String formData, @Nullable ChartId chartId) {

  /**
   * Validates the components.
   *
   * @throws NullPointerException if {@code datasourceType} or {@code formData} is null
   */
  public ExploreFormDataRequest {
    Objects.requireNonNull(datasourceType, "datasourceType");
    Objects.requireNonNull(formData, "formData");
  }

  /**
   * Form data on a dataset, not tied to a saved chart.
   *
   * @param dataset the dataset
   * @param formData the form data, written as JSON with the SDK's settings
   * @return the request
   * @throws NullPointerException if an argument is null
   */
  public static ExploreFormDataRequest forDataset(DatasetId dataset, Map<String, @Nullable Object> formData) {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(formData, "formData");
    return new ExploreFormDataRequest(
        dataset.value(), "table", JsonText.write(formData), null);
  }

  /**
   * {@return a copy tied to a saved chart}
   *
   * @param chart the chart
   * @throws NullPointerException if {@code chart} is null
   */
  public ExploreFormDataRequest withChart(ChartId chart) {
    return new ExploreFormDataRequest(datasourceId, datasourceType, formData, Objects.requireNonNull(chart, "chart"));
  }
}
