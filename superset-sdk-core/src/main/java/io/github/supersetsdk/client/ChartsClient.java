package io.github.supersetsdk.client;

import io.github.supersetsdk.client.internal.api.ChartApi;
import io.github.supersetsdk.client.internal.transport.FeignApis;
import io.github.supersetsdk.client.model.ChartDataRequest;
import io.github.supersetsdk.client.model.ChartDataResponse;
import io.github.supersetsdk.client.model.ChartId;
import io.github.supersetsdk.client.model.CreateChartRequest;
import java.util.Objects;

/**
 * Charts ({@code /api/v1/chart}): fetch chart data, create and delete charts.
 *
 * <pre>{@code
 * ChartDataResponse data = client.charts().data(ChartDataRequest.builder(ChartDatasource.dataset(orders))
 *     .query(ChartDataQuery.builder().column("tenant_id").sqlMetric("SUM(amount)", "revenue").build())
 *     .build());
 * for (Map<String, Object> row : data.first().data()) { ... }
 * }</pre>
 *
 * <p>Immutable and thread-safe; obtained from {@link SupersetClient#charts()}.
 */
public final class ChartsClient {

  private final ChartApi api;

  ChartsClient(FeignApis apis) {
    this.api = apis.get(ChartApi.class);
  }

  /**
   * Runs a chart-data request and returns its results as JSON rows. Safe to retry: it reads data and
   * changes nothing, so transient failures are retried like a GET. Works for guest clients too, for
   * the charts of the dashboards their token names.
   *
   * @param request the query context
   * @return one result per query
   * @throws NullPointerException if {@code request} is null
   * @throws io.github.supersetsdk.client.exception.BadRequestException if the query is invalid (e.g.
   *     an unknown column or metric)
   * @throws io.github.supersetsdk.client.exception.PermissionDeniedException if the user (or guest)
   *     may not read the datasource
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public ChartDataResponse data(ChartDataRequest request) {
    Objects.requireNonNull(request, "request");
    return api.data(request);
  }

  /**
   * Creates a chart.
   *
   * @param request the chart
   * @return the new chart's id
   * @throws NullPointerException if {@code request} is null
   * @throws io.github.supersetsdk.client.exception.BadRequestException if it is invalid
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public ChartId create(CreateChartRequest request) {
    Objects.requireNonNull(request, "request");
    return ChartId.of(api.create(request).numericId());
  }

  /**
   * Deletes a chart.
   *
   * @param id the chart's id
   * @throws NullPointerException if {@code id} is null
   * @throws io.github.supersetsdk.client.exception.NotFoundException if there is no such chart
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void delete(ChartId id) {
    Objects.requireNonNull(id, "id");
    api.delete(id.value());
  }
}
