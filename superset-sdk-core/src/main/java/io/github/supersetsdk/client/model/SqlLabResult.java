package io.github.supersetsdk.client.model;

import io.github.supersetsdk.client.id.QueryId;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The answer of a SQL Lab query: its columns, its rows and the query's record.
 *
 * {@snippet class=io.github.supersetsdk.client.snippets.ModelSnippets region=SqlLabResult}
 *
 * <p>Rows are maps from column name to value, in column order, because their shape is whatever the
 * SQL selects: values are JSON scalars as Superset sends them ({@code Long}, {@code Double}, {@code
 * String}, {@code Boolean} or {@code null}; dates as strings or epoch milliseconds depending on the
 * engine). Immutable and thread-safe.
 *
 * @param status {@link QueryState#SUCCESS}, or the state of a query still running or failed
 * @param queryId the server-side id of the query
 * @param columns the columns of the result
 * @param rows the rows, each a map from column name to value; copied
 * @param query SQL Lab's record of the run
 */
public record SqlLabResult(
    QueryState status,
    @Nullable QueryId queryId,
    List<SqlLabColumn> columns,
    List<Map<String, @Nullable Object>> rows,
    @Nullable SqlQuery query) {

  /** Copies the lists, rows and the lists or maps in them included; never null. */
  public SqlLabResult {
    columns = Copies.list(columns);
    rows = Copies.deepList(rows);
  }

  /** {@return whether the query finished successfully (status {@code success})} */
  public boolean isSuccess() {
    return QueryState.SUCCESS.equals(status);
  }
}
