package io.github.supersetsdk.client;

import io.github.supersetsdk.client.internal.ListQueries;
import io.github.supersetsdk.client.internal.api.DashboardApi;
import io.github.supersetsdk.client.internal.api.Envelopes;
import io.github.supersetsdk.client.internal.transport.FeignApis;
import io.github.supersetsdk.client.model.CreateDashboardRequest;
import io.github.supersetsdk.client.model.Dashboard;
import io.github.supersetsdk.client.model.DashboardId;
import io.github.supersetsdk.client.model.EmbeddedDashboard;
import io.github.supersetsdk.client.model.ListQuery;
import io.github.supersetsdk.client.model.Page;
import java.util.List;
import java.util.Objects;

/**
 * Dashboards ({@code /api/v1/dashboard}): list, create and delete them, and manage their embedding.
 *
 * <pre>{@code
 * EmbeddedDashboard embedded = client.dashboards().enableEmbedding(dashboard, List.of("https://app.example.com"));
 * }</pre>
 *
 * <p>Immutable and thread-safe; obtained from {@link SupersetClient#dashboards()}.
 */
public final class DashboardsClient {

  private final DashboardApi api;

  DashboardsClient(FeignApis apis) {
    this.api = apis.get(DashboardApi.class);
  }

  /**
   * Lists dashboards lazily, page by page.
   *
   * @param query filters (e.g. on {@code dashboard_title}), ordering and page size
   * @return the dashboards; nothing is fetched until iteration
   * @throws NullPointerException if {@code query} is null
   */
  public PagedIterable<Dashboard> list(ListQuery query) {
    Objects.requireNonNull(query, "query");
    return new PagedIterable<>((page, size) -> listPage(query, page), query.pageSize());
  }

  /**
   * Fetches one page of dashboards.
   *
   * @param query filters, ordering and page size
   * @param pageIndex the zero-based page
   * @return the page
   * @throws NullPointerException if {@code query} is null
   * @throws IllegalArgumentException if {@code pageIndex} is negative
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails
   */
  public Page<Dashboard> listPage(ListQuery query, int pageIndex) {
    Objects.requireNonNull(query, "query");
    if (pageIndex < 0) {
      throw new IllegalArgumentException("pageIndex < 0: " + pageIndex);
    }
    Envelopes.ListPage<Dashboard> page = api.list(ListQueries.rison(query, pageIndex));
    return new Page<>(page.result(), page.count(), pageIndex, query.pageSize());
  }

  /**
   * Creates a dashboard.
   *
   * @param request the dashboard
   * @return the new dashboard's id
   * @throws NullPointerException if {@code request} is null
   * @throws io.github.supersetsdk.client.exception.BadRequestException if it is invalid (e.g. a slug
   *     already used)
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public DashboardId create(CreateDashboardRequest request) {
    Objects.requireNonNull(request, "request");
    return DashboardId.of(api.create(request).numericId());
  }

  /**
   * Deletes a dashboard; its charts remain.
   *
   * @param id the dashboard's id
   * @throws NullPointerException if {@code id} is null
   * @throws io.github.supersetsdk.client.exception.NotFoundException if there is no such dashboard
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void delete(DashboardId id) {
    Objects.requireNonNull(id, "id");
    api.delete(id.value());
  }

  /**
   * Enables embedding of a dashboard, or replaces its allowed domains. Needs {@code
   * EMBEDDED_SUPERSET} on the server.
   *
   * @param id the dashboard's id
   * @param allowedDomains the origins allowed to frame it; empty allows any
   * @return the embedding, whose UUID guest tokens and the embedded SDK refer to
   * @throws NullPointerException if an argument is null
   * @throws io.github.supersetsdk.client.exception.NotFoundException if there is no such dashboard,
   *     or embedding is disabled on the server
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public EmbeddedDashboard enableEmbedding(DashboardId id, List<String> allowedDomains) {
    Objects.requireNonNull(id, "id");
    List<String> domains = List.copyOf(Objects.requireNonNull(allowedDomains, "allowedDomains"));
    return api.enableEmbedding(Long.toString(id.value()), new DashboardApi.EmbeddingConfig(domains)).result();
  }

  /**
   * Reads the embedding of a dashboard.
   *
   * @param id the dashboard's id
   * @return the embedding
   * @throws NullPointerException if {@code id} is null
   * @throws io.github.supersetsdk.client.exception.NotFoundException if the dashboard does not exist
   *     or is not embedded
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public EmbeddedDashboard getEmbedding(DashboardId id) {
    Objects.requireNonNull(id, "id");
    return api.getEmbedded(Long.toString(id.value())).result();
  }

  /**
   * Disables embedding of a dashboard; guest tokens for it stop working.
   *
   * @param id the dashboard's id
   * @throws NullPointerException if {@code id} is null
   * @throws io.github.supersetsdk.client.exception.NotFoundException if there is no such dashboard
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void disableEmbedding(DashboardId id) {
    Objects.requireNonNull(id, "id");
    api.disableEmbedding(Long.toString(id.value()));
  }
}
