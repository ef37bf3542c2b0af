package io.github.supersetsdk.client.internal.api;

import feign.Param;
import feign.RequestLine;
import io.github.supersetsdk.client.internal.api.Envelopes.Result;
import io.github.supersetsdk.client.model.SqlValidationError;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Superset's datasource helpers (tags "Datasources" and "Advanced Data Type"). */
public interface DatasourceApi {

  @RequestLine("GET /api/v1/datasource/{datasource_type}/{datasource_id}/column/{column_name}/values/")
  Result<List<Object>> columnValues(
      @Param("datasource_type") String datasourceType,
      @Param("datasource_id") long datasourceId,
      @Param("column_name") String columnName);

  // Validation only parses and plans the expression; repeating it changes nothing.
  @RetrySafe
  @RequestLine("POST /api/v1/datasource/{datasource_type}/{datasource_id}/validate_expression/")
  Result<List<SqlValidationError>> validateExpression(
      @Param("datasource_type") String datasourceType,
      @Param("datasource_id") long datasourceId,
      ExpressionBody body);

  @RequestLine("GET /api/v1/advanced_data_type/types")
  Result<List<String>> advancedDataTypes();

  @RequestLine("GET /api/v1/advanced_data_type/convert?q={q}")
  Result<ConversionWire> convert(@Param("q") String q);

  /** The body of {@code validate_expression}. */
  record ExpressionBody(String expression, String expressionType, @Nullable String clause) {}

  /** The answer of {@code convert}. */
  record ConversionWire(
      @Nullable String displayValue, @Nullable String errorMessage, @Nullable List<String> validFilterOperators,
      @Nullable List<Object> values) {}
}
