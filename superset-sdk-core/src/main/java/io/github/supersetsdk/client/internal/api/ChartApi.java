package io.github.supersetsdk.client.internal.api;

import feign.Param;
import feign.RequestLine;
import io.github.supersetsdk.client.internal.api.Envelopes.Item;
import io.github.supersetsdk.client.internal.api.Envelopes.Message;
import io.github.supersetsdk.client.model.ChartDataRequest;
import io.github.supersetsdk.client.model.ChartDataResponse;
import io.github.supersetsdk.client.model.CreateChartRequest;
import java.util.Map;

/** Superset's {@code /api/v1/chart} endpoints (tag "Charts"). */
public interface ChartApi {

  @RequestLine("POST /api/v1/chart/data")
  @RetrySafe
  @CsrfExempt
  ChartDataResponse data(ChartDataRequest body);

  @RequestLine("POST /api/v1/chart/")
  Item<Map<String, Object>> create(CreateChartRequest body);

  @RequestLine("DELETE /api/v1/chart/{pk}")
  Message delete(@Param("pk") long pk);
}
