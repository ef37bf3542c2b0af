package io.github.supersetsdk.client.internal.api;

import feign.Param;
import feign.RequestLine;
import io.github.supersetsdk.client.internal.api.Envelopes.Item;
import io.github.supersetsdk.client.internal.api.Envelopes.ListPage;
import io.github.supersetsdk.client.internal.api.Envelopes.Message;
import io.github.supersetsdk.client.internal.api.Envelopes.Result;
import io.github.supersetsdk.client.model.CreateDashboardRequest;
import io.github.supersetsdk.client.model.Dashboard;
import io.github.supersetsdk.client.model.EmbeddedDashboard;
import java.util.List;
import java.util.Map;

/** Superset's {@code /api/v1/dashboard} endpoints (tag "Dashboards"). */
public interface DashboardApi {

  @RequestLine("GET /api/v1/dashboard/?q={q}")
  ListPage<Dashboard> list(@Param("q") String q);

  @RequestLine("POST /api/v1/dashboard/")
  Item<Map<String, Object>> create(CreateDashboardRequest body);

  @RequestLine("DELETE /api/v1/dashboard/{pk}")
  Message delete(@Param("pk") long pk);

  @RequestLine("GET /api/v1/dashboard/{id_or_slug}/embedded")
  Result<EmbeddedDashboard> getEmbedded(@Param("id_or_slug") String idOrSlug);

  @RequestLine("POST /api/v1/dashboard/{id_or_slug}/embedded")
  @RetrySafe
  Result<EmbeddedDashboard> enableEmbedding(@Param("id_or_slug") String idOrSlug, EmbeddingConfig body);

  @RequestLine("DELETE /api/v1/dashboard/{id_or_slug}/embedded")
  Message disableEmbedding(@Param("id_or_slug") String idOrSlug);

  /**
   * The embedding configuration body.
   *
   * @param allowedDomains the origins allowed to frame the dashboard
   */
  record EmbeddingConfig(List<String> allowedDomains) {}
}
