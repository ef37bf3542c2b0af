package io.github.supersetsdk.client;

import io.github.supersetsdk.client.exception.NotFoundException;
import io.github.supersetsdk.client.id.DatabaseId;
import io.github.supersetsdk.client.id.DatasetId;
import io.github.supersetsdk.client.internal.Multipart;
import io.github.supersetsdk.client.internal.ResourceCalls;
import io.github.supersetsdk.client.internal.Rison;
import io.github.supersetsdk.client.internal.api.DatasetApi;
import io.github.supersetsdk.client.internal.api.Envelopes;
import io.github.supersetsdk.client.internal.transport.FeignApis;
import io.github.supersetsdk.client.model.Dataset;
import io.github.supersetsdk.client.model.DatasetDrillInfo;
import io.github.supersetsdk.client.model.DependentObjects;
import io.github.supersetsdk.client.model.DistinctValue;
import io.github.supersetsdk.client.model.Page;
import io.github.supersetsdk.client.model.RelatedObject;
import io.github.supersetsdk.client.model.ResourceInfo;
import io.github.supersetsdk.client.model.WarmUpResult;
import io.github.supersetsdk.client.request.CreateDatasetRequest;
import io.github.supersetsdk.client.request.ImportBundleRequest;
import io.github.supersetsdk.client.request.ListQuery;
import io.github.supersetsdk.client.request.UpdateDatasetRequest;
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
 * Datasets ({@code /api/v1/dataset}): list, read, create, update (including columns and metrics),
 * refresh from the database, and delete.
 *
 * {@snippet class=io.github.supersetsdk.client.snippets.ClientSnippets region=DatasetsClient}
 *
 * <p>Immutable and thread-safe; obtained from {@link SupersetClient#datasets()}. Every method throws
 * the SDK's unchecked exceptions: {@link io.github.supersetsdk.client.exception.SupersetApiException}
 * subclasses for error answers and {@link io.github.supersetsdk.client.exception.SupersetTransportException}
 * when no answer arrived.
 */
public final class DatasetsClient {

  private final DatasetApi api;

  DatasetsClient(FeignApis apis) {
    this.api = apis.get(DatasetApi.class);
  }

  /**
   * Lists datasets lazily, page by page. Items carry no columns or metrics.
   *
   * @param query filters (e.g. on {@code table_name}, {@code schema}, or {@code database} with {@code
   *     rel_o_m}), ordering and page size
   * @return the datasets; nothing is fetched until iteration
   * @throws NullPointerException if {@code query} is null
   */
  public PagedIterable<Dataset> list(ListQuery query) {
    return ResourceCalls.list(query, api::list);
  }

  /**
   * Fetches one page of datasets.
   *
   * @param query filters, ordering and page size
   * @param pageIndex the zero-based page
   * @return the page
   * @throws NullPointerException if {@code query} is null
   * @throws IllegalArgumentException if {@code pageIndex} is negative
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails
   */
  public Page<Dataset> listPage(ListQuery query, int pageIndex) {
    return ResourceCalls.page(query, pageIndex, api::list);
  }

  /**
   * Reads a dataset with its columns and metrics.
   *
   * @param id the dataset's id
   * @return the dataset
   * @throws NullPointerException if {@code id} is null
   * @throws NotFoundException if there is no such dataset
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public Dataset get(DatasetId id) {
    Objects.requireNonNull(id, "id");
    // Before 6.1 the detail answer lacks the uuid (and a chart its datasource): read them from the list.
    return ResourceCalls.completeFromList(
        Objects.requireNonNull(api.get(Long.toString(id.value())).result(), "result"), id.value(), "id,uuid",
        idRows());
  }

  /**
   * Reads a dataset by its UUID, which stays the same across export and import.
   *
   * @param uuid the dataset's UUID
   * @return the dataset
   * @throws NullPointerException if {@code uuid} is null
   * @throws NotFoundException if there is no such dataset
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public Dataset get(UUID uuid) {
    Objects.requireNonNull(uuid, "uuid");
    // Before 6.1 the route takes ids only (405 for a UUID): the id is then found in the list.
    return ResourceCalls.getByUuid(uuid, () -> Objects.requireNonNull(api.get(uuid.toString()).result(), "result"),
        idRows(), id -> get(DatasetId.of(id)), "dataset", "/api/v1/dataset/");
  }

  /**
   * Reads a dataset if it exists.
   *
   * @param id the dataset's id
   * @return the dataset, or empty if there is none with this id
   * @throws NullPointerException if {@code id} is null
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public Optional<Dataset> find(DatasetId id) {
    return ResourceCalls.findOrEmpty(() -> get(id));
  }

  /**
   * Reads a dataset if it exists.
   *
   * @param uuid the dataset's UUID
   * @return the dataset, or empty if Superset answers 404
   * @throws NullPointerException if {@code uuid} is null
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise; only a 404 becomes empty
   */
  public Optional<Dataset> find(UUID uuid) {
    Objects.requireNonNull(uuid, "uuid");
    return ResourceCalls.findOrEmpty(() -> get(uuid));
  }

  /**
   * Whether a dataset exists. Superset has no cheaper check than reading it.
   *
   * @param id the dataset's id
   * @return {@code true} if it exists, {@code false} if Superset answers 404
   * @throws NullPointerException if {@code id} is null
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public boolean exists(DatasetId id) {
    return find(id).isPresent();
  }

  /**
   * Creates a dataset. Superset reads the table's columns from the database.
   *
   * @param request the dataset to create
   * @return the new dataset's id
   * @throws NullPointerException if {@code request} is null
   * @throws io.github.supersetsdk.client.exception.BadRequestException if it is invalid, or the table
   *     does not exist or is already a dataset
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public DatasetId create(CreateDatasetRequest request) {
    Objects.requireNonNull(request, "request");
    return DatasetId.of(api.create(request).numericId());
  }

  /**
   * Updates the fields of a dataset that the request sets or clears. Columns and metrics, when set,
   * replace the whole lists (see {@link UpdateDatasetRequest}).
   *
   * @param id the dataset's id
   * @param request the changes
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the request changes nothing
   * @throws NotFoundException if there is no such dataset
   * @throws io.github.supersetsdk.client.exception.BadRequestException if a value is invalid
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void update(DatasetId id, UpdateDatasetRequest request) {
    update(id, request, false);
  }

  /**
   * Updates a dataset; with {@code overrideColumns}, Superset replaces the column list as sent
   * instead of merging it with the stored one.
   *
   * @param id the dataset's id
   * @param request the changes
   * @param overrideColumns whether the sent columns replace the stored ones outright
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the request changes nothing
   * @throws NotFoundException if there is no such dataset
   * @throws io.github.supersetsdk.client.exception.BadRequestException if a value is invalid
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void update(DatasetId id, UpdateDatasetRequest request, boolean overrideColumns) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(request, "request");
    if (request.isEmpty()) {
      throw new IllegalArgumentException("the update changes nothing");
    }
    api.update(id.value(), overrideColumns, request);
  }

  /**
   * Re-reads the dataset's columns from the database, e.g. after a dbt run changed the table. New
   * columns are added and vanished ones removed; metrics are kept.
   *
   * @param id the dataset's id
   * @throws NullPointerException if {@code id} is null
   * @throws NotFoundException if there is no such dataset
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void refresh(DatasetId id) {
    Objects.requireNonNull(id, "id");
    api.refresh(id.value());
  }

  /**
   * Deletes a dataset and the charts' access to it.
   *
   * @param id the dataset's id
   * @throws NullPointerException if {@code id} is null
   * @throws NotFoundException if there is no such dataset
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void delete(DatasetId id) {
    Objects.requireNonNull(id, "id");
    api.delete(id.value());
  }

  /**
   * Deletes several datasets in one call.
   *
   * @param ids the datasets' ids; at least one
   * @throws NullPointerException if {@code ids} or an element is null
   * @throws IllegalArgumentException if {@code ids} is empty
   * @throws NotFoundException if one of them does not exist (then none is deleted)
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void delete(Collection<DatasetId> ids) {
    Objects.requireNonNull(ids, "ids");
    if (ids.isEmpty()) {
      throw new IllegalArgumentException("ids is empty");
    }
    List<Long> values = new ArrayList<>(ids.size());
    for (DatasetId id : ids) {
      values.add(Objects.requireNonNull(id, "id").value());
    }
    api.deleteAll(Rison.encode(values));
  }

  /**
   * Deletes one column of a dataset. Charts using it will fail until edited.
   *
   * @param id the dataset's id
   * @param columnId the column's id ({@link io.github.supersetsdk.client.model.DatasetColumn#id()})
   * @throws NullPointerException if {@code id} is null
   * @throws NotFoundException if there is no such dataset or column
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void deleteColumn(DatasetId id, long columnId) {
    Objects.requireNonNull(id, "id");
    api.deleteColumn(id.value(), columnId);
  }

  /**
   * Deletes one metric of a dataset. Charts using it will fail until edited.
   *
   * @param id the dataset's id
   * @param metricId the metric's id ({@link io.github.supersetsdk.client.model.DatasetMetric#id()})
   * @throws NullPointerException if {@code id} is null
   * @throws NotFoundException if there is no such dataset or metric
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void deleteMetric(DatasetId id, long metricId) {
    Objects.requireNonNull(id, "id");
    api.deleteMetric(id.value(), metricId);
  }

  /**
   * Describes the datasets endpoint: the caller's permissions on it and the filters its list
   * accepts.
   *
   * @return the description
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails
   */
  public ResourceInfo info() {
    return api.info();
  }

  /**
   * Lists the objects a relation of datasets may point to, e.g. the {@code database}s or the users
   * that can be {@code owners}, lazily, page by page.
   *
   * @param column the relation, e.g. {@code database}, {@code owners} or {@code created_by}
   * @param filter text the options' text starts with, case-insensitive (contains, for user and
   *     role columns such as {@code owners}; some columns ignore it), or {@code null} for all
   * @return the related objects; nothing is fetched until iteration
   * @throws NullPointerException if {@code column} is null
   * @throws IllegalArgumentException if {@code column} is blank or contains a slash
   * @throws NotFoundException during iteration if the column is not a relation of datasets
   */
  public PagedIterable<RelatedObject> related(String column, @Nullable String filter) {
    return ResourceCalls.lookup(column, filter, api::related);
  }

  /**
   * Lists the distinct values of a dataset attribute, e.g. every {@code schema} that has datasets,
   * lazily, page by page.
   *
   * @param column the attribute, e.g. {@code schema}
   * @param filter text the values start with, case-insensitive, or {@code null} for all
   * @return the values; nothing is fetched until iteration
   * @throws NullPointerException if {@code column} is null
   * @throws IllegalArgumentException if {@code column} is blank or contains a slash
   * @throws NotFoundException during iteration if the attribute offers no distinct values
   */
  public PagedIterable<DistinctValue> distinct(String column, @Nullable String filter) {
    return ResourceCalls.lookup(column, filter, api::distinct);
  }

  /**
   * Lists the charts and dashboards that use a dataset: what breaks if it is deleted.
   *
   * @param id the dataset's id
   * @return the dependent charts and dashboards
   * @throws NullPointerException if {@code id} is null
   * @throws NotFoundException if there is no such dataset
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public DependentObjects getDependents(DatasetId id) {
    Objects.requireNonNull(id, "id");
    return DatabasesClient.dependents(api.relatedObjects(Long.toString(id.value())));
  }

  /**
   * Reads what a chart's "drill by" menu needs about a dataset: its groupable columns.
   *
   * @param id the dataset's id
   * @return the drill information
   * @throws NullPointerException if {@code id} is null
   * @throws NotFoundException if there is no such dataset
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public DatasetDrillInfo getDrillInfo(DatasetId id) {
    Objects.requireNonNull(id, "id");
    return Objects.requireNonNull(api.drillInfo(id.value()).result(), "result");
  }

  /**
   * Copies a virtual (SQL) dataset, with its columns and metrics, under a new name. Superset
   * refuses to duplicate physical datasets.
   *
   * @param base the dataset to copy
   * @param newTableName the copy's name
   * @return the copy's id
   * @throws NullPointerException if an argument is null
   * @throws NotFoundException if there is no such dataset
   * @throws io.github.supersetsdk.client.exception.BadRequestException if the dataset is physical,
   *     or a dataset by that name exists
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public DatasetId duplicate(DatasetId base, String newTableName) {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(newTableName, "newTableName");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("base_model_id", base.value());
    body.put("table_name", newTableName);
    return DatasetId.of(api.duplicate(body).numericId());
  }

  /**
   * Returns the dataset on a table, creating it if there is none: the idempotent way to make sure a
   * dbt model has its dataset.
   *
   * @param database the table's connection
   * @param schema the table's schema, or {@code null} for the connection's default
   * @param tableName the table
   * @return the dataset's id, existing or new
   * @throws NullPointerException if {@code database} or {@code tableName} is null
   * @throws io.github.supersetsdk.client.exception.BadRequestException if the table does not exist
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public DatasetId getOrCreate(DatabaseId database, @Nullable String schema, String tableName) {
    Objects.requireNonNull(database, "database");
    Objects.requireNonNull(tableName, "tableName");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("database_id", database.value());
    if (schema != null) {
      body.put("schema", schema);
    }
    body.put("table_name", tableName);
    Long id = api.getOrCreate(body).result().tableId();
    if (id == null) {
      throw new IllegalStateException("Superset returned no table_id");
    }
    return DatasetId.of(id);
  }

  /**
   * Runs the queries of every chart on a table's dataset so that their results are cached before
   * users open them, e.g. right after a dbt run.
   *
   * @param databaseName the connection's name ({@code database_name}, not its id)
   * @param tableName the dataset's table name
   * @return each chart's outcome; empty if no chart uses the dataset
   * @throws NullPointerException if an argument is null
   * @throws NotFoundException if there is no such connection or dataset
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public List<WarmUpResult> warmUpCache(String databaseName, String tableName) {
    Objects.requireNonNull(databaseName, "databaseName");
    Objects.requireNonNull(tableName, "tableName");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("db_name", databaseName);
    body.put("table_name", tableName);
    List<WarmUpResult> results = api.warmUpCache(body).result();
    return results == null ? List.of() : List.copyOf(results);
  }

  /**
   * Exports datasets, with their connections, as a ZIP bundle of YAML files, which {@link
   * #importBundle(ImportBundleRequest)} reads. Passwords are not exported.
   *
   * @param ids the datasets' ids; at least one
   * @return the ZIP bundle
   * @throws NullPointerException if {@code ids} or an element is null
   * @throws IllegalArgumentException if {@code ids} is empty
   * @throws NotFoundException if one of them does not exist
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public byte[] export(Collection<DatasetId> ids) {
    return api.export(ResourceCalls.risonIds(ids, DatasetId::value));
  }

  /**
   * Exports datasets as a ZIP bundle into a file, replacing it atomically.
   *
   * @param ids the datasets; at least one
   * @param target the file to write
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code ids} is empty
   * @throws java.io.UncheckedIOException if the file cannot be written
   * @throws NotFoundException if one of them does not exist
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void export(Collection<DatasetId> ids, Path target) {
    Objects.requireNonNull(target, "target");
    ResourceCalls.writeAtomically(target, export(ids));
  }

  /**
   * Imports datasets, and the connections they need, from a ZIP bundle made by {@link
   * #export(Collection)}. Datasets and connections are matched by UUID. Never retried automatically.
   *
   * @param request the bundle, the overwrite flag and the connections' secrets, which exports leave
   *     out (none are needed when the connections exist)
   * @throws NullPointerException if {@code request} is null
   * @throws io.github.supersetsdk.client.exception.BadRequestException if the bundle is invalid
   * @throws io.github.supersetsdk.client.exception.ConflictException if a dataset exists and {@code
   *     overwrite} is off
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void importBundle(ImportBundleRequest request) {
    Objects.requireNonNull(request, "request");
    Multipart form = Multipart.forImport("formData", request, true, false);
    api.importBundle(form.contentType(), form.body());
  }

  /** The list call as id/uuid rows: how UUIDs are looked up and completed before 6.1. */
  private java.util.function.Function<String, Envelopes.ListPage<Envelopes.IdAndUuid>> idRows() {
    return ResourceCalls.idRows(api::list, d -> new Envelopes.IdAndUuid(d.id().value(),
        d.uuid() == null ? null : d.uuid().toString(), null, null));
  }
}
