package io.github.supersetsdk.client;

import io.github.supersetsdk.client.exception.NotFoundException;
import io.github.supersetsdk.client.internal.ListQueries;
import io.github.supersetsdk.client.internal.Rison;
import io.github.supersetsdk.client.internal.api.DatasetApi;
import io.github.supersetsdk.client.internal.api.Envelopes;
import io.github.supersetsdk.client.internal.transport.FeignApis;
import io.github.supersetsdk.client.model.CreateDatasetRequest;
import io.github.supersetsdk.client.model.Dataset;
import io.github.supersetsdk.client.model.DatasetId;
import io.github.supersetsdk.client.model.ListQuery;
import io.github.supersetsdk.client.model.Page;
import io.github.supersetsdk.client.model.UpdateDatasetRequest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Datasets ({@code /api/v1/dataset}): list, read, create, update (including columns and metrics),
 * refresh from the database, and delete.
 *
 * <pre>{@code
 * DatasetId orders = client.datasets().create(CreateDatasetRequest.table(warehouse, "marts", "fct_orders"));
 * client.datasets().refresh(orders);   // re-read the table's columns after a dbt run
 * Dataset dataset = client.datasets().get(orders);
 * }</pre>
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
    Objects.requireNonNull(query, "query");
    return new PagedIterable<>((page, size) -> listPage(query, page), query.pageSize());
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
    Objects.requireNonNull(query, "query");
    if (pageIndex < 0) {
      throw new IllegalArgumentException("pageIndex < 0: " + pageIndex);
    }
    Envelopes.ListPage<Dataset> page = api.list(ListQueries.rison(query, pageIndex));
    return new Page<>(page.result(), page.count(), pageIndex, query.pageSize());
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
    return Objects.requireNonNull(api.get(Long.toString(id.value())).result(), "result");
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
    return Objects.requireNonNull(api.get(uuid.toString()).result(), "result");
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
    try {
      return Optional.of(get(id));
    } catch (NotFoundException e) {
      return Optional.empty();
    }
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
}
