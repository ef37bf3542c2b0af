package io.github.supersetsdk.client.model;

import java.util.List;

/**
 * The answer to a chart-data request: one result per query, in request order.
 *
 * <p>Immutable and thread-safe.
 *
 * @param result the results
 */
public record ChartDataResponse(List<ChartDataResult> result) {

  /** Copies the list; never null. */
  public ChartDataResponse {
    result = Copies.list(result);
  }

  /**
   * {@return the result of the first (often only) query}
   *
   * @throws IllegalStateException if there is no result
   */
  public ChartDataResult first() {
    if (result.isEmpty()) {
      throw new IllegalStateException("the response has no result");
    }
    return result.get(0);
  }
}
