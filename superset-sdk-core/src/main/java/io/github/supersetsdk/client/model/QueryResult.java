package io.github.supersetsdk.client.model;

import io.github.supersetsdk.client.id.QueryId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The rows of a finished SQL Lab query, as read from Superset's results backend (or from the answer
 * itself when the connection runs queries synchronously).
 *
 * <p>Rows are lists in column order, one value per column: JSON scalars as Superset sends them
 * ({@code Long}, {@code Double}, {@code String}, {@code Boolean} or {@code null}). {@link #truncated()}
 * is true when Superset cut the rows at its row limit (the request's limit, {@code SQL_MAX_ROW} or
 * the display limit), so that the query had more rows than these. Immutable and thread-safe.
 *
 * @param queryId the server-side id of the query
 * @param columns the columns, in order
 * @param rows the rows, each a list of values in column order; copied
 * @param truncated whether Superset's row limit cut the result
 * @param query SQL Lab's record of the run, or {@code null} if the answer had none
 */
public record QueryResult(
    QueryId queryId,
    List<SqlLabColumn> columns,
    List<List<@Nullable Object>> rows,
    boolean truncated,
    @Nullable SqlQuery query) {

  /**
   * Copies the lists; values may be null.
   *
   * @throws NullPointerException if {@code queryId}, {@code columns} or {@code rows} is null
   */
  @SuppressWarnings("doclint:missing") // the components are documented on the record
  public QueryResult {
    Objects.requireNonNull(queryId, "queryId");
    columns = List.copyOf(columns);
    // Values may be null, which List.copyOf rejects; a value that is a list or map is copied too.
    rows = Copies.deepList(Objects.requireNonNull(rows, "rows"));
  }

  /**
   * The column names, in order.
   *
   * @return the names
   */
  public List<String> columnNames() {
    List<String> names = new ArrayList<>(columns.size());
    for (SqlLabColumn c : columns) {
      names.add(c.name());
    }
    return List.copyOf(names);
  }
}
