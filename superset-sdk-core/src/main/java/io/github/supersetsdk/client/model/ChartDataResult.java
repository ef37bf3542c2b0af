package io.github.supersetsdk.client.model;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The result of one query of a chart-data request.
 *
 * <p>Row values are JSON values: {@code Long} for integers, {@code Double} for other numbers, {@code
 * String}, {@code Boolean} or {@code null}; timestamps arrive as epoch milliseconds. Immutable and
 * thread-safe.
 *
 * @param colnames the column names, in order
 * @param coltypes Superset's generic type per column (0 numeric, 1 string, 2 temporal, 3 boolean)
 * @param data the rows, each mapping column name to value (for {@link ChartResultType#POST_PROCESSED},
 *     which Superset sends by column, the same rows in the result's order)
 * @param rowcount the number of rows
 * @param query the SQL that ran
 * @param cacheKey the key of the cached result
 * @param isCached whether the result came from Superset's cache
 * @param cacheTimeout the cache timeout that applied, in seconds
 * @param status the query status, e.g. {@code success}
 * @param error an error message, when the query failed
 * @param appliedFilters the filters that applied
 * @param rejectedFilters the filters that were rejected
 */
public record ChartDataResult(
    List<String> colnames,
    List<Integer> coltypes,
    List<Map<String, @Nullable Object>> data,
    long rowcount,
    @Nullable String query,
    @Nullable String cacheKey,
    @Nullable Boolean isCached,
    @Nullable Integer cacheTimeout,
    @Nullable String status,
    @Nullable String error,
    List<Map<String, Object>> appliedFilters,
    List<Map<String, Object>> rejectedFilters) {

  /** Copies the collections, rows and the lists or maps in them included; never null. */
  public ChartDataResult {
    colnames = Copies.list(colnames);
    coltypes = Copies.list(coltypes);
    data = Copies.deepList(data);
    appliedFilters = Copies.deepList(appliedFilters);
    rejectedFilters = Copies.deepList(rejectedFilters);
  }
}
