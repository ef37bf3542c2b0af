package io.github.supersetsdk.client;

import io.github.supersetsdk.client.exception.NotFoundException;
import io.github.supersetsdk.client.exception.SupersetApiException;
import io.github.supersetsdk.client.id.DashboardId;
import io.github.supersetsdk.client.internal.Copies;
import io.github.supersetsdk.client.internal.DashboardLayouts;
import io.github.supersetsdk.client.internal.Multipart;
import io.github.supersetsdk.client.internal.ResourceCalls;
import io.github.supersetsdk.client.internal.api.ChartApi;
import io.github.supersetsdk.client.internal.api.DashboardApi;
import io.github.supersetsdk.client.internal.api.Envelopes;
import io.github.supersetsdk.client.internal.api.FabEnvelopes;
import io.github.supersetsdk.client.internal.transport.FeignApis;
import io.github.supersetsdk.client.model.Chart;
import io.github.supersetsdk.client.model.Dashboard;
import io.github.supersetsdk.client.model.DashboardChart;
import io.github.supersetsdk.client.model.DashboardColors;
import io.github.supersetsdk.client.model.DashboardDataset;
import io.github.supersetsdk.client.model.DashboardDetail;
import io.github.supersetsdk.client.model.DashboardPermalinkState;
import io.github.supersetsdk.client.model.DashboardTabs;
import io.github.supersetsdk.client.model.Database;
import io.github.supersetsdk.client.model.EmbeddedDashboard;
import io.github.supersetsdk.client.model.Page;
import io.github.supersetsdk.client.model.Permalink;
import io.github.supersetsdk.client.model.RelatedObject;
import io.github.supersetsdk.client.model.ResourceInfo;
import io.github.supersetsdk.client.model.ScreenshotTask;
import io.github.supersetsdk.client.request.CopyDashboardRequest;
import io.github.supersetsdk.client.request.CreateDashboardRequest;
import io.github.supersetsdk.client.request.DashboardConfigUpdate;
import io.github.supersetsdk.client.request.Filter;
import io.github.supersetsdk.client.request.FilterOperator;
import io.github.supersetsdk.client.request.ImportBundleRequest;
import io.github.supersetsdk.client.request.ListQuery;
import io.github.supersetsdk.client.request.UpdateDashboardRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Dashboards ({@code /api/v1/dashboard}): list, read, create, update, copy and delete them; their
 * charts, datasets and tabs; embedding; export and import bundles; favorites, colors, native filters,
 * filter state and permanent links; screenshots and thumbnails.
 *
 * {@snippet class=io.github.supersetsdk.client.snippets.ClientSnippets region=DashboardsClient}
 *
 * <p>Immutable and thread-safe; obtained from {@link SupersetClient#dashboards()}.
 */
public final class DashboardsClient {

  private final DashboardApi api;
  private final ChartApi charts;

  DashboardsClient(FeignApis apis) {
    this.api = apis.get(DashboardApi.class);
    this.charts = apis.get(ChartApi.class);
  }

  /**
   * Lists dashboards lazily, page by page.
   *
   * @param query filters (e.g. on {@code dashboard_title}), ordering and page size
   * @return the dashboards; nothing is fetched until iteration
   * @throws NullPointerException if {@code query} is null
   */
  public PagedIterable<Dashboard> list(ListQuery query) {
    return ResourceCalls.list(query, api::list);
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
    return ResourceCalls.page(query, pageIndex, api::list);
  }

  /**
   * Creates a dashboard.
   *
   * <p>When its layout ({@code positionJson}, e.g. from {@link
   * io.github.supersetsdk.client.request.DashboardLayout}) shows charts, the client first checks that
   * they exist, then creates the dashboard and updates it once more with the layout in {@code
   * json_metadata}: Superset records the charts a dashboard holds (which its UI, its charts endpoint
   * and guest tokens rely on) only from that update, as its own editor saves. If that second call
   * fails, the new dashboard is deleted again and the error is thrown.
   *
   * @param request the dashboard
   * @return the new dashboard's id
   * @throws NullPointerException if {@code request} is null
   * @throws IllegalArgumentException if the layout shows a chart that does not exist, naming it, or
   *     the layout or metadata is not JSON
   * @throws io.github.supersetsdk.client.exception.BadRequestException if it is invalid (e.g. a slug
   *     already used)
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public DashboardId create(CreateDashboardRequest request) {
    Objects.requireNonNull(request, "request");
    String layout = request.positionJson();
    String metadata = null;
    if (layout != null && !DashboardLayouts.charts(layout).isEmpty()) {
      metadata = DashboardLayouts.metadataWithPositions(layout, request.jsonMetadata(), this::chart);
    }
    DashboardId id = DashboardId.of(api.create(request).numericId());
    if (metadata != null) {
      try {
        api.update(id.value(), UpdateDashboardRequest.builder().jsonMetadata(metadata).build());
      } catch (RuntimeException e) {
        try {
          api.delete(id.value());
        } catch (RuntimeException cleanup) {
          e.addSuppressed(cleanup);
        }
        throw e;
      }
    }
    return id;
  }

  private Chart chart(long id) {
    return Objects.requireNonNull(charts.get(Long.toString(id)).result(), "result");
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
   * EMBEDDED_SUPERSET} on the server. An embedded dashboard keeps its UUID, so a deploy script may
   * call this every time.
   *
   * @param id the dashboard's id
   * @param allowedDomains the origins allowed to frame it, e.g. {@code https://app.example.com}; empty
   *     allows any
   * @return the embedding, whose UUID guest tokens and the embedded SDK refer to
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if an allowed domain is not an origin ({@code http} or {@code
   *     https}, a host, maybe a port): Superset compares those three with the framing page's, so
   *     {@code app.example.com} would refuse every page
   * @throws io.github.supersetsdk.client.exception.NotFoundException if there is no such dashboard,
   *     or embedding is disabled on the server
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public EmbeddedDashboard enableEmbedding(DashboardId id, List<String> allowedDomains) {
    Objects.requireNonNull(id, "id");
    List<String> domains = origins(allowedDomains);
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
   * Reads the embedding of a dashboard if it is embedded.
   *
   * @param id the dashboard's id
   * @return the embedding, or empty if the dashboard is not embedded (or does not exist: Superset
   *     answers both with 404; {@link #exists(DashboardId)} tells them apart)
   * @throws NullPointerException if {@code id} is null
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public Optional<EmbeddedDashboard> findEmbedding(DashboardId id) {
    Objects.requireNonNull(id, "id");
    return ResourceCalls.findOrEmpty(() -> getEmbedding(id));
  }

  /**
   * Disables embedding of a dashboard; guest tokens for its embedding (by its UUID, as {@link
   * io.github.supersetsdk.client.request.GuestResource} names it) stop working.
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

  /**
   * Reads a dashboard with its layout and metadata.
   *
   * @param id the dashboard's id
   * @return the dashboard
   * @throws NullPointerException if {@code id} is null
   * @throws NotFoundException if there is no such dashboard
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public DashboardDetail get(DashboardId id) {
    Objects.requireNonNull(id, "id");
    // Before 6.0 the detail answer lacks the uuid: read it from the list.
    return ResourceCalls.completeFromList(
        Objects.requireNonNull(api.get(Long.toString(id.value())).result(), "result"), id.value(), "id,uuid",
        idRows());
  }

  /**
   * Reads a dashboard by its UUID, which stays the same across export and import (bundles match
   * dashboards by it).
   *
   * @param uuid the dashboard's UUID
   * @return the dashboard
   * @throws NullPointerException if {@code uuid} is null
   * @throws NotFoundException if there is no such dashboard
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public DashboardDetail get(UUID uuid) {
    Objects.requireNonNull(uuid, "uuid");
    DashboardDetail detail = Objects.requireNonNull(api.get(uuid.toString()).result(), "result");
    // Before 6.0 the detail answer lacks the uuid: read it from the list.
    return ResourceCalls.completeFromList(detail, detail.id().value(), "id,uuid", idRows());
  }

  /**
   * Reads a dashboard by its UUID if it exists.
   *
   * @param uuid the dashboard's UUID
   * @return the dashboard, or empty if there is none with this UUID
   * @throws NullPointerException if {@code uuid} is null
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public Optional<DashboardDetail> find(UUID uuid) {
    return ResourceCalls.findOrEmpty(() -> get(uuid));
  }

  /**
   * Reads a dashboard by its slug as Superset stored it, cleaned ({@code "a-bc"} for a dashboard
   * created with {@code "a b?c"}).
   *
   * @param slug the dashboard's URL slug
   * @return the dashboard
   * @throws NullPointerException if {@code slug} is null
   * @throws IllegalArgumentException if {@code slug} is blank, numeric (it would be read as an id) or
   *     contains a slash
   * @throws NotFoundException if there is no such dashboard
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public DashboardDetail getBySlug(String slug) {
    String checked = slug(slug);
    DashboardDetail d = api.get(checked).result();
    if (checked.equals(d.slug())) {
      return d;
    }
    // Superset reads a path segment that Python's int() or uuid.UUID() accepts as an id or UUID
    // ("1_050", "+1050", a UUID without dashes): what it found is not the dashboard with this slug,
    // which, if it exists, only a filter on the slug reaches.
    for (Dashboard match : list(ListQuery.where(Filter.of("slug", FilterOperator.EQUALS, checked)))) {
      if (checked.equals(match.slug())) {
        return get(match.id());
      }
    }
    throw new NotFoundException(new SupersetApiException.ErrorDetails(404, null, "no dashboard has slug '"
        + checked + "'", Map.of(), "GET", "/api/v1/dashboard/" + checked, null, false, null));
  }

  /**
   * Reads a dashboard if it exists.
   *
   * @param id the dashboard's id
   * @return the dashboard, or empty if there is none with this id
   * @throws NullPointerException if {@code id} is null
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public Optional<DashboardDetail> find(DashboardId id) {
    return ResourceCalls.findOrEmpty(() -> get(id));
  }

  /**
   * Reads a dashboard by its slug if it exists, matched as Superset stored it (see {@link
   * #getBySlug(String)}).
   *
   * @param slug the dashboard's URL slug
   * @return the dashboard, or empty if there is none with this slug
   * @throws NullPointerException if {@code slug} is null
   * @throws IllegalArgumentException if {@code slug} is blank, numeric or contains a slash
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public Optional<DashboardDetail> findBySlug(String slug) {
    slug(slug);
    return ResourceCalls.findOrEmpty(() -> getBySlug(slug));
  }

  /**
   * Reads a dashboard by what a person gives for one on a command line or in a URL: its id (digits
   * only), its UUID, or else its slug.
   *
   * @param reference an id, UUID or slug
   * @return the dashboard
   * @throws NullPointerException if {@code reference} is null
   * @throws IllegalArgumentException if {@code reference} is blank or contains a slash
   * @throws NotFoundException if there is no dashboard so named
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public DashboardDetail getByIdUuidOrSlug(String reference) {
    Objects.requireNonNull(reference, "reference");
    if (!reference.isEmpty() && reference.length() < 19 && reference.chars().allMatch(Character::isDigit)) {
      return get(DashboardId.of(Long.parseLong(reference)));
    }
    if (reference.length() == 36) {
      UUID uuid;
      try {
        uuid = UUID.fromString(reference);
      } catch (IllegalArgumentException e) {
        return getBySlug(reference);
      }
      return get(uuid);
    }
    return getBySlug(reference);
  }

  /**
   * Reads a dashboard by its id, UUID or slug if it exists, as {@link #getByIdUuidOrSlug(String)}.
   *
   * @param reference an id, UUID or slug
   * @return the dashboard, or empty if there is none so named
   * @throws NullPointerException if {@code reference} is null
   * @throws IllegalArgumentException if {@code reference} is blank or contains a slash
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public Optional<DashboardDetail> findByIdUuidOrSlug(String reference) {
    return ResourceCalls.findOrEmpty(() -> getByIdUuidOrSlug(reference));
  }

  /**
   * Whether a dashboard exists.
   *
   * @param id the dashboard's id
   * @return {@code true} if it exists
   * @throws NullPointerException if {@code id} is null
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public boolean exists(DashboardId id) {
    return find(id).isPresent();
  }

  /**
   * Updates the fields of a dashboard that the request sets or clears.
   *
   * <p>When the request sets a layout that shows charts, the client checks that they exist and sends
   * the layout in {@code json_metadata} too (the request's metadata, or else the dashboard's
   * current one, read first): Superset records the charts a dashboard holds only from there, and
   * drops from the dashboard the charts the layout no longer shows, as its own editor does.
   *
   * @param id the dashboard's id
   * @param request the changes
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the request changes nothing, or its layout shows a chart
   *     that does not exist (naming it)
   * @throws NotFoundException if there is no such dashboard
   * @throws io.github.supersetsdk.client.exception.BadRequestException if a value is invalid (e.g. a
   *     slug already used, or JSON text that does not parse)
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void update(DashboardId id, UpdateDashboardRequest request) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(request, "request");
    if (request.isEmpty()) {
      throw new IllegalArgumentException("the update changes nothing");
    }
    String layout = request.positionJson().value();
    if (layout != null) {
      // Superset links the layout's charts only from json_metadata.positions (a layout without charts
      // too: it unlinks them all); keep the rest of the metadata.
      String metadata = request.jsonMetadata().isSet() ? request.jsonMetadata().value() : get(id).jsonMetadata();
      request = request.toBuilder()
          .jsonMetadata(DashboardLayouts.metadataWithPositions(layout, metadata, this::chart))
          .build();
    }
    api.update(id.value(), request);
  }

  /**
   * Deletes several dashboards in one call; their charts remain.
   *
   * @param ids the dashboards' ids; at least one
   * @throws NullPointerException if {@code ids} or an element is null
   * @throws IllegalArgumentException if {@code ids} is empty
   * @throws NotFoundException if one of them does not exist
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void delete(Collection<DashboardId> ids) {
    api.deleteAll(ResourceCalls.risonIds(ids, DashboardId::value));
  }

  /**
   * The charts of a dashboard, with their form data.
   *
   * @param id the dashboard's id
   * @return the charts
   * @throws NullPointerException if {@code id} is null
   * @throws NotFoundException if there is no such dashboard
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public List<DashboardChart> charts(DashboardId id) {
    Objects.requireNonNull(id, "id");
    return Copies.list(api.charts(Long.toString(id.value())).result());
  }

  /**
   * The datasets the charts of a dashboard query.
   *
   * @param id the dashboard's id
   * @return the datasets
   * @throws NullPointerException if {@code id} is null
   * @throws NotFoundException if there is no such dashboard
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public List<DashboardDataset> datasets(DashboardId id) {
    Objects.requireNonNull(id, "id");
    return Copies.list(api.datasets(Long.toString(id.value())).result());
  }

  /**
   * The tabs of a dashboard's layout.
   *
   * @param id the dashboard's id
   * @return the tabs, as a tree and by layout id
   * @throws NullPointerException if {@code id} is null
   * @throws NotFoundException if there is no such dashboard
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public DashboardTabs tabs(DashboardId id) {
    Objects.requireNonNull(id, "id");
    return api.tabs(Long.toString(id.value())).result();
  }

  /**
   * Copies a dashboard, sharing or duplicating its charts.
   *
   * @param id the dashboard to copy
   * @param request the copy's title and metadata
   * @return the copy's id
   * @throws NullPointerException if an argument is null
   * @throws NotFoundException if there is no such dashboard
   * @throws io.github.supersetsdk.client.exception.BadRequestException if the request is invalid
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public DashboardId copy(DashboardId id, CopyDashboardRequest request) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(request, "request");
    FabEnvelopes.IdAndTime answer = api.copy(Long.toString(id.value()), request).result();
    Long copyId = answer == null ? null : answer.id();
    if (copyId == null) {
      throw new IllegalStateException("Superset returned no id for the copy");
    }
    return DashboardId.of(copyId);
  }

  /**
   * Replaces the allowed domains of an embedded dashboard (or enables embedding, like {@link
   * #enableEmbedding(DashboardId, List)}).
   *
   * @param id the dashboard's id
   * @param allowedDomains the origins allowed to frame it; empty allows any
   * @return the embedding
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if an allowed domain is not an origin, as for {@link
   *     #enableEmbedding(DashboardId, List)}
   * @throws NotFoundException if there is no such dashboard, or embedding is disabled on the server
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public EmbeddedDashboard updateEmbedding(DashboardId id, List<String> allowedDomains) {
    Objects.requireNonNull(id, "id");
    List<String> domains = origins(allowedDomains);
    return api.updateEmbedding(Long.toString(id.value()), new DashboardApi.EmbeddingConfig(domains)).result();
  }

  /**
   * Reads an embedding by its UUID, the one guest tokens and the embedded SDK refer to.
   *
   * @param uuid the embedding's UUID
   * @return the embedding, with the id of its dashboard
   * @throws NullPointerException if {@code uuid} is null
   * @throws NotFoundException if there is no such embedding
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public EmbeddedDashboard getEmbedding(UUID uuid) {
    Objects.requireNonNull(uuid, "uuid");
    return api.getEmbeddedByUuid(uuid.toString()).result();
  }

  /**
   * Reads an embedding by its UUID if it exists.
   *
   * @param uuid the embedding's UUID
   * @return the embedding, with the id of its dashboard, or empty if there is no such embedding
   *     (embedding was disabled, or the UUID belongs to another server)
   * @throws NullPointerException if {@code uuid} is null
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public Optional<EmbeddedDashboard> findEmbedding(UUID uuid) {
    Objects.requireNonNull(uuid, "uuid");
    return ResourceCalls.findOrEmpty(() -> getEmbedding(uuid));
  }

  /**
   * Exports dashboards with their charts, datasets and databases as a ZIP bundle of YAML files.
   * Database passwords are not part of the bundle.
   *
   * @param ids the dashboards; at least one
   * @return the ZIP bytes
   * @throws NullPointerException if {@code ids} or an element is null
   * @throws IllegalArgumentException if {@code ids} is empty
   * @throws NotFoundException if one of them does not exist
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public byte[] export(Collection<DashboardId> ids) {
    return api.export(ResourceCalls.risonIds(ids, DashboardId::value));
  }

  /**
   * Exports dashboards as a ZIP bundle into a file, replacing it atomically.
   *
   * @param ids the dashboards; at least one
   * @param target the file to write
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code ids} is empty
   * @throws java.io.UncheckedIOException if the file cannot be written
   * @throws NotFoundException if one of them does not exist
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void export(Collection<DashboardId> ids, Path target) {
    Objects.requireNonNull(target, "target");
    ResourceCalls.writeAtomically(target, export(ids));
  }

  /**
   * Imports a bundle of dashboards with their charts, datasets and databases. Objects are matched by
   * UUID. Never retried automatically.
   *
   * @param request the bundle, the overwrite flag and database passwords
   * @throws NullPointerException if {@code request} is null
   * @throws io.github.supersetsdk.client.exception.BadRequestException if the bundle is invalid, or
   *     holds existing dashboards and {@code overwrite} is off
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void importBundle(ImportBundleRequest request) {
    Objects.requireNonNull(request, "request");
    Multipart body = Multipart.forImport("formData", request, true, false);
    api.importBundle(body.contentType(), body.body());
  }

  /**
   * Exports a dashboard as an example bundle, the format of Superset's bundled examples, optionally
   * with the data of its datasets.
   *
   * @param id the dashboard's id
   * @param exportData whether to include the datasets' data
   * @param sampleRows the most rows per dataset to include, or {@code null} for all
   * @return the ZIP bytes
   * @throws NullPointerException if {@code id} is null
   * @throws IllegalArgumentException if {@code sampleRows} is not positive
   * @throws NotFoundException if there is no such dashboard
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public byte[] exportAsExample(DashboardId id, boolean exportData, @Nullable Integer sampleRows) {
    Objects.requireNonNull(id, "id");
    if (sampleRows != null && sampleRows < 1) {
      throw new IllegalArgumentException("sampleRows < 1: " + sampleRows);
    }
    return api.exportAsExample(id.value(), exportData, sampleRows);
  }

  /**
   * Describes the dashboards endpoint for the caller: their permissions (e.g. {@code can_read}, {@code
   * can_write}, {@code can_export}), the filters its list accepts, and the columns create and update
   * accept.
   *
   * @return the description
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails
   */
  public ResourceInfo info() {
    return api.info(ResourceCalls.infoQuery());
  }

  /**
   * Lists, lazily, the values a related field of dashboards can take, e.g. the users for {@code
   * owners} or the roles for {@code roles}.
   *
   * @param column the related field, e.g. {@code owners}
   * @param filter text the options' text starts with, case-insensitive (contains, for user and
   *     role columns such as {@code owners}; some columns ignore it), or {@code null} for all
   * @return the values; nothing is fetched until iteration
   * @throws NullPointerException if {@code column} is null
   * @throws IllegalArgumentException if {@code column} is blank or contains a slash
   */
  public PagedIterable<RelatedObject> related(String column, @Nullable String filter) {
    return ResourceCalls.lookup(column, filter, api::related);
  }

  /**
   * Marks a dashboard as a favorite of the caller. Marking it again changes nothing.
   *
   * @param id the dashboard's id
   * @throws NullPointerException if {@code id} is null
   * @throws NotFoundException if there is no such dashboard
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void addFavorite(DashboardId id) {
    Objects.requireNonNull(id, "id");
    api.addFavorite(id.value());
  }

  /**
   * Removes a dashboard from the caller's favorites.
   *
   * @param id the dashboard's id
   * @throws NullPointerException if {@code id} is null
   * @throws NotFoundException if there is no such dashboard
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void removeFavorite(DashboardId id) {
    Objects.requireNonNull(id, "id");
    api.removeFavorite(id.value());
  }

  /**
   * Tells which dashboards are favorites of the caller.
   *
   * @param ids the dashboards; at least one
   * @return whether each dashboard is a favorite, in the order Superset answers
   * @throws NullPointerException if {@code ids} or an element is null
   * @throws IllegalArgumentException if {@code ids} is empty
   * @throws NotFoundException if one of them does not exist
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public Map<DashboardId, Boolean> favoriteStatus(Collection<DashboardId> ids) {
    return ResourceCalls.favorites(
        api.favoriteStatus(ResourceCalls.risonIds(ids, DashboardId::value)).result(), DashboardId::of);
  }

  /**
   * Updates the color configuration in a dashboard's {@code json_metadata}.
   *
   * @param id the dashboard's id
   * @param colors the color configuration
   * @param markUpdated whether the change counts as a modification of the dashboard ({@code
   *     changed_on})
   * @throws NullPointerException if an argument is null
   * @throws NotFoundException if there is no such dashboard
   * @throws io.github.supersetsdk.client.exception.BadRequestException if the configuration is invalid
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void updateColors(DashboardId id, DashboardColors colors, boolean markUpdated) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(colors, "colors");
    api.updateColors(id.value(), markUpdated, colors);
  }

  /**
   * Adds, replaces, removes or reorders native filters of a dashboard.
   *
   * @param id the dashboard's id
   * @param update the change
   * @throws NullPointerException if an argument is null
   * @throws NotFoundException if there is no such dashboard
   * @throws io.github.supersetsdk.client.exception.BadRequestException if a filter is invalid
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void updateNativeFilters(DashboardId id, DashboardConfigUpdate update) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(update, "update");
    api.updateFilters(id.value(), update);
  }

  /**
   * Adds, replaces, removes or reorders chart customizations of a dashboard.
   *
   * @param id the dashboard's id
   * @param update the change
   * @throws NullPointerException if an argument is null
   * @throws NotFoundException if there is no such dashboard
   * @throws io.github.supersetsdk.client.exception.BadRequestException if an item is invalid
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void updateChartCustomizations(DashboardId id, DashboardConfigUpdate update) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(update, "update");
    api.updateChartCustomizations(id.value(), update);
  }

  /**
   * Asks Superset to compute a screenshot of a dashboard in the background (needs the {@code
   * THUMBNAILS} feature and a Celery worker). Poll until {@link ScreenshotTask#taskStatus()} is
   * {@code Success}, then fetch it with {@link #screenshot(DashboardId, String, String)}.
   *
   * @param id the dashboard's id
   * @return the task's state, with the cache key to fetch the image by
   * @throws NullPointerException if {@code id} is null
   * @throws NotFoundException if there is no such dashboard, or screenshots are disabled
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public ScreenshotTask cacheScreenshot(DashboardId id) {
    Objects.requireNonNull(id, "id");
    return api.cacheScreenshot(id.value(), Map.of());
  }

  /**
   * Fetches a computed screenshot of a dashboard.
   *
   * @param id the dashboard's id
   * @param digest the cache key {@link #cacheScreenshot(DashboardId)} returned
   * @param format {@code png} or {@code pdf}
   * @return the image or PDF bytes
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code format} is neither {@code png} nor {@code pdf}
   * @throws NotFoundException if there is no such dashboard or screenshot
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public byte[] screenshot(DashboardId id, String digest, String format) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(digest, "digest");
    Objects.requireNonNull(format, "format");
    if (!format.equals("png") && !format.equals("pdf")) {
      throw new IllegalArgumentException("format must be png or pdf: " + format);
    }
    return api.screenshot(id.value(), digest, format);
  }

  /**
   * Fetches the thumbnail of a dashboard (needs the {@code THUMBNAILS} feature).
   *
   * @param id the dashboard's id
   * @param digest the digest at the end of the dashboard's thumbnail URL
   * @return the image bytes (PNG)
   * @throws NullPointerException if an argument is null
   * @throws NotFoundException if there is no such dashboard or no thumbnail was computed yet
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise,
   *     including a redirect when the digest is outdated
   */
  public byte[] thumbnail(DashboardId id, String digest) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(digest, "digest");
    return api.thumbnail(id.value(), digest);
  }

  /**
   * Reads a filter state of a dashboard, e.g. the one a shared URL's {@code native_filters_key}
   * names. Superset 6.1 lets only browser sessions create and update filter states (its POST and
   * PUT are guarded by a session-only check that refuses tokens), so the SDK reads and deletes them
   * but does not write them; use {@link #createPermalink(DashboardId, DashboardPermalinkState)} to
   * share a filtered view instead.
   *
   * @param id the dashboard's id
   * @param key the state's key
   * @return the filter state as JSON text
   * @throws NullPointerException if an argument is null
   * @throws NotFoundException if there is no such dashboard or state (it may have expired)
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public String getFilterState(DashboardId id, String key) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(key, "key");
    Object value = api.getFilterState(id.value(), key).get("value");
    if (!(value instanceof String text)) {
      throw new IllegalStateException("Superset returned no filter state value");
    }
    return text;
  }
  /**
   * Reads a filter state of a dashboard if it is still stored; states expire on the server.
   *
   * @param id the dashboard's id
   * @param key the state's key
   * @return the filter state as JSON text, or empty if there is no such dashboard or state
   * @throws NullPointerException if an argument is null
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public Optional<String> findFilterState(DashboardId id, String key) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(key, "key");
    return ResourceCalls.findOrEmpty(() -> getFilterState(id, key));
  }


  /**
   * Deletes a stored filter state of a dashboard.
   *
   * @param id the dashboard's id
   * @param key the state's key
   * @throws NullPointerException if an argument is null
   * @throws NotFoundException if there is no such dashboard or state
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void deleteFilterState(DashboardId id, String key) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(key, "key");
    api.deleteFilterState(id.value(), key);
  }

  /**
   * Stores a dashboard state (filter values, open tabs, anchor) under a permanent link, e.g. to
   * share a filtered view.
   *
   * @param id the dashboard's id
   * @param state the state
   * @return the link's key and URL
   * @throws NullPointerException if an argument is null
   * @throws NotFoundException if there is no such dashboard
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public Permalink createPermalink(DashboardId id, DashboardPermalinkState state) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(state, "state");
    // Superset's frontend writes this state with camelCase keys; the SDK's snake_case mapping must
    // not rename them, so the body is built by hand.
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("dataMask", state.dataMask());
    body.put("activeTabs", state.activeTabs());
    if (state.anchor() != null) {
      body.put("anchor", state.anchor());
    }
    if (!state.urlParams().isEmpty()) {
      body.put("urlParams", state.urlParams());
    }
    FabEnvelopes.KeyUrl link = api.createPermalink(Long.toString(id.value()), body);
    return new Permalink(key(link.key()), link.url());
  }

  /**
   * Reads the state stored under a dashboard permanent link.
   *
   * @param key the link's key
   * @return the state
   * @throws NullPointerException if {@code key} is null
   * @throws NotFoundException if there is no such link
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  @SuppressWarnings("unchecked")
  public DashboardPermalinkState getPermalink(String key) {
    Objects.requireNonNull(key, "key");
    Map<String, @Nullable Object> state = api.getPermalink(key).state();
    if (state == null) {
      throw new IllegalStateException("Superset returned no permalink state");
    }
    Object dataMask = state.get("dataMask");
    Object activeTabs = state.get("activeTabs");
    Object anchor = state.get("anchor");
    Object urlParams = state.get("urlParams");
    return new DashboardPermalinkState(
        dataMask instanceof Map<?, ?> m ? (Map<String, @Nullable Object>) m : Map.of(),
        activeTabs instanceof List<?> l ? stringList(l) : List.of(),
        anchor instanceof String a ? a : null,
        urlParams instanceof List<?> l ? pairs(l) : List.of());
  }

  static List<String> stringList(List<?> values) {
    List<String> out = new ArrayList<>();
    for (Object v : values) {
      if (v != null) {
        out.add(v.toString());
      }
    }
    return out;
  }

  static List<List<String>> pairs(List<?> values) {
    List<List<String>> out = new ArrayList<>();
    for (Object v : values) {
      if (v instanceof List<?> pair) {
        out.add(stringList(pair));
      }
    }
    return out;
  }

  private static String key(@Nullable String key) {
    if (key == null || key.isEmpty()) {
      throw new IllegalStateException("Superset returned no key");
    }
    return key;
  }

  private static String slug(String slug) {
    Objects.requireNonNull(slug, "slug");
    if (slug.isBlank() || slug.contains("/") || slug.chars().allMatch(Character::isDigit)) {
      throw new IllegalArgumentException("invalid slug: " + slug);
    }
    return slug;
  }

  /** The list call as id/uuid rows: how UUIDs are looked up and completed before 6.1. */
  private java.util.function.Function<String, Envelopes.ListPage<Envelopes.IdAndUuid>> idRows() {
    return ResourceCalls.idRows(api::list, d -> new Envelopes.IdAndUuid(d.id().value(),
        d.uuid() == null ? null : d.uuid().toString(), null, null));
  }

  // Superset lets a page frame an embedded dashboard when its scheme, host and port equal an allowed
  // domain's; a value without them matches no page.
  private static List<String> origins(List<String> allowedDomains) {
    List<String> domains = List.copyOf(Objects.requireNonNull(allowedDomains, "allowedDomains"));
    for (String d : domains) {
      java.net.URI uri;
      try {
        uri = new java.net.URI(d.strip());
      } catch (java.net.URISyntaxException e) {
        uri = null;
      }
      String scheme = uri == null ? null : uri.getScheme();
      // Superset keeps the list comma-joined (a comma would make two origins) and compares only the
      // scheme, host and port (a path would restrict nothing).
      String path = uri == null ? null : uri.getRawPath();
      if (uri == null || uri.getHost() == null || uri.getUserInfo() != null || d.indexOf(',') >= 0
          || !(path == null || path.isEmpty() || path.equals("/")) || uri.getRawQuery() != null
          || uri.getRawFragment() != null
          || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
        throw new IllegalArgumentException("allowed domain '" + Database.redact(d) + "' is not an origin such as"
            + " https://app.example.com: Superset compares the scheme, host and port of the framing page with it");
      }
    }
    return domains;
  }

}
