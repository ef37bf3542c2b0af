package io.github.supersetsdk.client.request;

import io.github.supersetsdk.client.model.DashboardDetail;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How to copy a dashboard. Superset requires the copy's {@code json_metadata}; pass the source's
 * (from {@link DashboardDetail#jsonMetadata()}) to keep its filters and colors.
 *
 * <p>Immutable and thread-safe.
 *
 * @param dashboardTitle the copy's title
 * @param jsonMetadata the copy's {@code json_metadata} document as text; required by Superset
 * @param css the copy's custom CSS
 * @param duplicateSlices whether to copy the charts too, instead of sharing them
 */
public record CopyDashboardRequest(
    String dashboardTitle, String jsonMetadata, @Nullable String css, @Nullable Boolean duplicateSlices) {

  /**
   * Validates the components.
   *
   * @throws NullPointerException if {@code dashboardTitle} or {@code jsonMetadata} is null
   */
  public CopyDashboardRequest {
    Objects.requireNonNull(dashboardTitle, "dashboardTitle");
    Objects.requireNonNull(jsonMetadata, "jsonMetadata");
  }

  /**
   * {@return a copy that shares the source's charts}
   *
   * @param dashboardTitle the copy's title
   * @param jsonMetadata the copy's {@code json_metadata} document as text
   * @throws NullPointerException if an argument is null
   */
  public static CopyDashboardRequest of(String dashboardTitle, String jsonMetadata) {
    return new CopyDashboardRequest(dashboardTitle, jsonMetadata, null, null);
  }
}
