package io.github.supersetsdk.client;

import io.github.supersetsdk.client.id.DatasetId;
import io.github.supersetsdk.client.internal.api.CacheApi;
import io.github.supersetsdk.client.internal.transport.FeignApis;
import io.github.supersetsdk.client.model.CacheDatasource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Superset's chart-data cache ({@code /api/v1/cachekey}): invalidate the cached results of
 * datasets, e.g. after a dbt run rebuilt their tables, so that charts query the warehouse again.
 *
 * {@snippet class=io.github.supersetsdk.client.snippets.ClientSnippets region=ServerCacheClient}
 *
 * <p>Invalidation removes the cache keys Superset recorded for the datasources and deletes those
 * keys from a cache. Superset records keys only with {@code STORE_CACHE_KEYS_IN_METADATA_DB = True}
 * (off by default); without it the call succeeds and evicts nothing. Even with it, Superset 6.1.0
 * deletes the keys from its metadata cache ({@code CACHE_CONFIG}), not from the chart-data cache
 * ({@code DATA_CACHE_CONFIG}), so when the two are separate, as in a production setup, cached chart
 * data survives (checked against the real server). To be sure of fresh data, send the chart-data
 * request with {@code force(true)}. Warming the cache
 * again is done by fetching chart data. Immutable and thread-safe; obtained from {@link
 * SupersetClient#serverCache()}.
 */
public final class ServerCacheClient {

  private final CacheApi api;

  ServerCacheClient(FeignApis apis) {
    this.api = apis.get(CacheApi.class);
  }

  /**
   * Invalidates the cached chart data of datasets.
   *
   * @param datasets the datasets; at least one
   * @throws NullPointerException if {@code datasets} or an element is null
   * @throws IllegalArgumentException if {@code datasets} is empty
   * @throws io.github.supersetsdk.client.exception.BadRequestException if the server rejects the
   *     request
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void invalidate(Collection<DatasetId> datasets) {
    Objects.requireNonNull(datasets, "datasets");
    if (datasets.isEmpty()) {
      throw new IllegalArgumentException("datasets is empty");
    }
    List<String> uids = new ArrayList<>();
    for (DatasetId id : datasets) {
      // A datasource uid is "<id>__<type>"; datasets are of type "table".
      uids.add(Objects.requireNonNull(id, "dataset").value() + "__table");
    }
    api.invalidate(new CacheApi.InvalidateBody(uids, List.of()));
  }

  /**
   * Invalidates the cached chart data of datasources named by database, schema and table.
   * Datasources that do not exist are ignored.
   *
   * @param datasources the datasources; at least one
   * @throws NullPointerException if {@code datasources} or an element is null
   * @throws IllegalArgumentException if {@code datasources} is empty
   * @throws io.github.supersetsdk.client.exception.BadRequestException if the server rejects the
   *     request
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void invalidateDatasources(Collection<CacheDatasource> datasources) {
    Objects.requireNonNull(datasources, "datasources");
    if (datasources.isEmpty()) {
      throw new IllegalArgumentException("datasources is empty");
    }
    List<CacheDatasource> copy = new ArrayList<>();
    for (CacheDatasource d : datasources) {
      copy.add(Objects.requireNonNull(d, "datasource"));
    }
    api.invalidate(new CacheApi.InvalidateBody(List.of(), copy));
  }
}
