package io.github.supersetsdk.client;

import io.github.supersetsdk.client.id.DatasetId;
import io.github.supersetsdk.client.internal.Rison;
import io.github.supersetsdk.client.internal.api.DatasourceApi;
import io.github.supersetsdk.client.internal.transport.FeignApis;
import io.github.supersetsdk.client.model.AdvancedDataTypeConversion;
import io.github.supersetsdk.client.model.SqlExpressionType;
import io.github.supersetsdk.client.model.SqlValidationError;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Helpers for building filters and expressions on datasets ({@code /api/v1/datasource} and {@code
 * /api/v1/advanced_data_type}): the distinct values of a column, validation of a SQL expression
 * against the dataset, and conversion of values with advanced data types.
 *
 * {@snippet class=io.github.supersetsdk.client.snippets.ClientSnippets region=DatasourcesClient}
 *
 * <p>Immutable and thread-safe; obtained from {@link SupersetClient#datasources()}.
 */
public final class DatasourcesClient {

  private static final String TABLE = "table";

  private final DatasourceApi api;

  DatasourcesClient(FeignApis apis) {
    this.api = apis.get(DatasourceApi.class);
  }

  /**
   * The distinct values of a column of a dataset, as filter boxes offer them (the server caps their
   * number with {@code FILTER_SELECT_ROW_LIMIT}).
   *
   * @param dataset the dataset
   * @param column the column's name
   * @return the values: JSON scalars ({@code Long}, {@code Double}, {@code String}, {@code Boolean})
   *     or {@code null}
   * @throws NullPointerException if an argument is null
   * @throws io.github.supersetsdk.client.exception.NotFoundException if there is no such dataset
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public List<@Nullable Object> columnValues(DatasetId dataset, String column) {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(column, "column");
    List<Object> result = api.columnValues(TABLE, dataset.value(), column).result();
    return result == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(result));
  }

  /**
   * Checks a SQL expression against a dataset by letting the database plan a query that uses it.
   *
   * @param dataset the dataset
   * @param expression the SQL expression, e.g. {@code SUM(amount)} or {@code tenant_id = 3}
   * @param type what the expression is used as
   * @return the problems found; empty if the expression is valid
   * @throws NullPointerException if an argument is null
   * @throws io.github.supersetsdk.client.exception.NotFoundException if there is no such dataset
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public List<SqlValidationError> validateExpression(DatasetId dataset, String expression, SqlExpressionType type) {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(expression, "expression");
    Objects.requireNonNull(type, "type");
    List<SqlValidationError> result = api.validateExpression(TABLE, dataset.value(),
        new DatasourceApi.ExpressionBody(expression, type.value(), null)).result();
    return result == null ? List.of() : List.copyOf(result);
  }

  /**
   * The advanced data types the server offers (see {@code ADVANCED_DATA_TYPES}).
   *
   * @return the type names, e.g. {@code internet_address} and {@code port}
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails
   */
  public List<String> advancedDataTypes() {
    List<String> result = api.advancedDataTypes().result();
    return result == null ? List.of() : List.copyOf(result);
  }

  /**
   * Converts filter values with an advanced data type, e.g. {@code http} to port 80. Needs the
   * {@code ENABLE_ADVANCED_DATA_TYPES} feature flag on the server.
   *
   * @param type the type's name
   * @param values the values to convert, as strings or numbers
   * @return the converted values, or the reason they are invalid
   * @throws NullPointerException if an argument or element is null
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails, e.g. for an
   *     unknown type
   */
  public AdvancedDataTypeConversion convertAdvancedDataType(String type, List<?> values) {
    Objects.requireNonNull(type, "type");
    List<Object> copy = new ArrayList<>();
    for (Object v : Objects.requireNonNull(values, "values")) {
      copy.add(Objects.requireNonNull(v, "value"));
    }
    Map<String, Object> q = new LinkedHashMap<>();
    q.put("type", type);
    q.put("values", copy);
    DatasourceApi.ConversionWire w = api.convert(Rison.encode(q)).result();
    if (w == null) {
      return new AdvancedDataTypeConversion(null, null, List.of(), List.of());
    }
    return new AdvancedDataTypeConversion(w.displayValue(), w.errorMessage(), w.validFilterOperators(), w.values());
  }
}
