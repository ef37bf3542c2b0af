package io.github.supersetsdk.cache.chartdata;

import io.github.supersetsdk.cache.CacheException;
import org.jspecify.annotations.Nullable;

/**
 * Superset answered a chart-data request with a failed query (HTTP 200 with an error in a result).
 * Nothing is cached then.
 */
public final class ChartDataException extends CacheException {

  /** Serialization version. */
  private static final long serialVersionUID = 1L;

  /** The id of the dataset queried. */
  private final long datasourceId;

  /**
   * Creates the exception.
   *
   * @param datasourceId the dataset queried
   * @param status Superset's status of the result, or null
   * @param error Superset's error message, or null
   */
  public ChartDataException(long datasourceId, @Nullable String status, @Nullable String error) {
    super("chart data from dataset " + datasourceId + " failed (status " + status + "): " + error, null);
    this.datasourceId = datasourceId;
  }

  /**
   * The dataset the failed query read.
   *
   * @return its id
   */
  public long datasourceId() {
    return datasourceId;
  }
}
