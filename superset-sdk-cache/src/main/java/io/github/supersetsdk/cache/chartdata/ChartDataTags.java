package io.github.supersetsdk.cache.chartdata;

import io.github.supersetsdk.client.id.ChartId;
import io.github.supersetsdk.client.id.DatasetId;
import java.util.Objects;

/**
 * The tags chart-data entries carry: {@code chart:<id>}, {@code dataset:<id>}, and each dbt model's
 * {@code unique_id} as it is (for example {@code model.roastwise.fct_orders}). Invalidate any of
 * them with {@link ChartDataCache#invalidateTags(java.util.Collection)}.
 */
public final class ChartDataTags {

  private ChartDataTags() {}

  /**
   * The tag of a chart's entries.
   *
   * @param chart the chart
   * @return {@code chart:<id>}
   * @throws NullPointerException if {@code chart} is null
   */
  public static String chart(ChartId chart) {
    return "chart:" + Objects.requireNonNull(chart, "chart").value();
  }

  /**
   * The tag of the entries read from a dataset.
   *
   * @param dataset the dataset
   * @return {@code dataset:<id>}
   * @throws NullPointerException if {@code dataset} is null
   */
  public static String dataset(DatasetId dataset) {
    return "dataset:" + Objects.requireNonNull(dataset, "dataset").value();
  }
}
