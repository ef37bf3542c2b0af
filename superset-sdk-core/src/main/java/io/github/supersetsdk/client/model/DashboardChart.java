package io.github.supersetsdk.client.model;

import io.github.supersetsdk.client.id.ChartId;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A chart of a dashboard with its form data, as {@code GET /api/v1/dashboard/{id_or_slug}/charts}
 * describes it. The form data is Superset's free-form chart configuration, decoded as JSON.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the chart's id
 * @param sliceName the chart's name
 * @param description the description
 * @param formData the chart's form data, with the dashboard's context applied
 * @param cacheTimeout the cache timeout in seconds
 * @param sliceUrl the relative URL of the chart in Explore
 * @param certifiedBy who certified it
 * @param certificationDetails the certification details
 * @param changedOn when it last changed
 */
public record DashboardChart(
    ChartId id,
    @Nullable String sliceName,
    @Nullable String description,
    Map<String, @Nullable Object> formData,
    @Nullable Integer cacheTimeout,
    @Nullable String sliceUrl,
    @Nullable String certifiedBy,
    @Nullable String certificationDetails,
    @Nullable Instant changedOn) {

  /** Copies the map; never null. */
  public DashboardChart {
    formData = Copies.deepMap(formData);
  }
}
