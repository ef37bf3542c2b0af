package io.github.supersetsdk.client.internal.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import feign.Headers;
import feign.Param;
import feign.RequestLine;
import io.github.supersetsdk.client.internal.api.Envelopes.Item;
import io.github.supersetsdk.client.internal.api.Envelopes.ListPage;
import io.github.supersetsdk.client.internal.api.Envelopes.Message;
import io.github.supersetsdk.client.internal.api.Envelopes.Result;
import io.github.supersetsdk.client.model.Database;
import io.github.supersetsdk.client.model.DatabaseEngine;
import io.github.supersetsdk.client.model.DatabaseTable;
import io.github.supersetsdk.client.model.DatabaseTableColumn;
import io.github.supersetsdk.client.model.DatabaseTableExtraMetadata;
import io.github.supersetsdk.client.model.DatabaseTableKey;
import io.github.supersetsdk.client.model.DatabaseUploadSheet;
import io.github.supersetsdk.client.model.DependentChart;
import io.github.supersetsdk.client.model.DependentDashboard;
import io.github.supersetsdk.client.model.RelatedObject;
import io.github.supersetsdk.client.model.ResourceInfo;
import io.github.supersetsdk.client.model.SqlValidationError;
import io.github.supersetsdk.client.request.CreateDatabaseRequest;
import io.github.supersetsdk.client.request.TestDatabaseConnectionRequest;
import io.github.supersetsdk.client.request.UpdateDatabaseRequest;
import io.github.supersetsdk.client.request.ValidateSqlRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Superset's {@code /api/v1/database} endpoints (tag "Database"). */
public interface DatabaseApi {

  @RequestLine("GET /api/v1/database/?q={q}")
  ListPage<Database> list(@Param("q") String q);

  @RequestLine("GET /api/v1/database/{pk}")
  Item<Database> get(@Param("pk") long pk);

  @RequestLine("POST /api/v1/database/")
  @Sensitive
  Item<Map<String, Object>> create(CreateDatabaseRequest body);

  @RequestLine("GET /api/v1/database/{pk}/connection")
  @Sensitive
  Item<Database> connection(@Param("pk") long pk);

  @RequestLine("PUT /api/v1/database/{pk}")
  @Sensitive
  Item<Map<String, Object>> update(@Param("pk") long pk, UpdateDatabaseRequest body);

  @RequestLine("DELETE /api/v1/database/{pk}")
  Message delete(@Param("pk") long pk);

  @RequestLine("POST /api/v1/database/test_connection/")
  @RetrySafe
  @Sensitive
  Message testConnection(TestDatabaseConnectionRequest body);

  @RequestLine("GET /api/v1/database/{pk}/schemas/?q={q}")
  Result<List<String>> schemas(@Param("pk") long pk, @Param("q") @Nullable String q);

  @RequestLine("GET /api/v1/database/{pk}/tables/?q={q}")
  ListPage<DatabaseTable> tables(@Param("pk") long pk, @Param("q") String q);

  @RequestLine("GET /api/v1/database/_info?q={q}")
  ResourceInfo info(@Param("q") String q);

  @RequestLine("GET /api/v1/database/related/{column_name}?q={q}")
  ListPage<RelatedObject> related(@Param("column_name") String column, @Param("q") String q);

  @RequestLine("GET /api/v1/database/available/")
  AvailableEngines available();

  @RequestLine("GET /api/v1/database/export/?q={q}")
  byte[] export(@Param("q") String q);

  @RequestLine("POST /api/v1/database/import/")
  @Headers("Content-Type: {contentType}")
  @Sensitive
  Message importBundle(@Param("contentType") String contentType, byte[] body);

  @RequestLine("GET /api/v1/database/{pk}/catalogs/?q={q}")
  Result<List<String>> catalogs(@Param("pk") long pk, @Param("q") @Nullable String q);

  @RequestLine("GET /api/v1/database/{pk}/function_names/")
  FunctionNames functionNames(@Param("pk") long pk);

  @RequestLine("GET /api/v1/database/{pk}/related_objects/")
  RelatedObjects relatedObjects(@Param("pk") long pk);

  @RequestLine("GET /api/v1/database/{pk}/schemas_access_for_file_upload/")
  UploadSchemas schemasAccessForFileUpload(@Param("pk") long pk);

  @RequestLine("GET /api/v1/database/{pk}/select_star/{table_name}/")
  Result<String> selectStar(@Param("pk") long pk, @Param("table_name") String table);

  @RequestLine("GET /api/v1/database/{pk}/select_star/{table_name}/{schema_name}/")
  Result<String> selectStar(
      @Param("pk") long pk, @Param("table_name") String table, @Param("schema_name") String schema);

  @RequestLine("GET /api/v1/database/{pk}/table/{table_name}/{schema_name}/")
  TableMetadata table(@Param("pk") long pk, @Param("table_name") String table, @Param("schema_name") String schema);

  @RequestLine("GET /api/v1/database/{pk}/table_extra/{table_name}/{schema_name}/")
  DatabaseTableExtraMetadata tableExtra(
      @Param("pk") long pk, @Param("table_name") String table, @Param("schema_name") String schema);

  @RequestLine("GET /api/v1/database/{pk}/table_metadata/?name={name}&schema={schema}&catalog={catalog}")
  TableMetadata tableMetadata(
      @Param("pk") long pk,
      @Param("name") String name,
      @Param("schema") @Nullable String schema,
      @Param("catalog") @Nullable String catalog);

  @RequestLine("GET /api/v1/database/{pk}/table_metadata/extra/?name={name}&schema={schema}&catalog={catalog}")
  DatabaseTableExtraMetadata tableMetadataExtra(
      @Param("pk") long pk,
      @Param("name") String name,
      @Param("schema") @Nullable String schema,
      @Param("catalog") @Nullable String catalog);

  @RequestLine("POST /api/v1/database/validate_parameters/")
  @RetrySafe
  @Sensitive
  Message validateParameters(Map<String, Object> body);

  @RequestLine("POST /api/v1/database/{pk}/validate_sql/")
  @RetrySafe
  Result<List<SqlValidationError>> validateSql(@Param("pk") long pk, ValidateSqlRequest body);

  @RequestLine("POST /api/v1/database/{pk}/sync_permissions/")
  @RetrySafe
  Message syncPermissions(@Param("pk") long pk);

  @RequestLine("POST /api/v1/database/{pk}/upload/")
  @Headers("Content-Type: {contentType}")
  Message upload(@Param("pk") long pk, @Param("contentType") String contentType, byte[] body);

  @RequestLine("POST /api/v1/database/upload_metadata/")
  @Headers("Content-Type: {contentType}")
  @RetrySafe
  Result<UploadMetadata> uploadMetadata(@Param("contentType") String contentType, byte[] body);

  /**
   * The {@code result} of {@code upload_metadata/}.
   *
   * @param items one per file or sheet
   */
  record UploadMetadata(@Nullable List<DatabaseUploadSheet> items) {}

  /**
   * The answer of {@code available/}.
   *
   * @param databases the engines
   */
  record AvailableEngines(@Nullable List<DatabaseEngine> databases) {}

  /**
   * The answer of {@code function_names/}.
   *
   * @param functionNames the names
   */
  record FunctionNames(@Nullable List<String> functionNames) {}

  /**
   * The answer of {@code schemas_access_for_file_upload/}.
   *
   * @param schemas the schemas
   */
  record UploadSchemas(@Nullable List<String> schemas) {}

  /**
   * A counted list inside {@code related_objects/}.
   *
   * @param count the number of items
   * @param result the items
   * @param <T> the item type
   */
  record Counted<T>(long count, @Nullable List<T> result) {}

  /**
   * The answer of {@code related_objects/}, of databases and datasets alike.
   *
   * @param charts the charts
   * @param dashboards the dashboards
   */
  record RelatedObjects(@Nullable Counted<DependentChart> charts, @Nullable Counted<DependentDashboard> dashboards) {}

  /**
   * The answer of {@code table_metadata/} and {@code table/}, whose keys are camelCase.
   *
   * @param name the table name
   * @param columns the columns
   * @param selectStar the select-star statement
   * @param primaryKey the primary key
   * @param foreignKeys the foreign keys
   * @param indexes the indexes
   * @param comment the comment
   */
  record TableMetadata(
      String name,
      @Nullable List<TableColumn> columns,
      @JsonProperty("selectStar") @Nullable String selectStar,
      @JsonProperty("primaryKey") @Nullable DatabaseTableKey primaryKey,
      @JsonProperty("foreignKeys") @Nullable List<DatabaseTableKey> foreignKeys,
      @Nullable List<DatabaseTableKey> indexes,
      @Nullable String comment) {}

  /**
   * A column of {@link TableMetadata}.
   *
   * @param name the name
   * @param type the type
   * @param longType the full type
   * @param comment the comment
   */
  record TableColumn(
      String name, @Nullable String type, @JsonProperty("longType") @Nullable String longType, @Nullable String comment) {

    /**
     * As the public model.
     *
     * @return the column
     */
    public DatabaseTableColumn toModel() {
      return new DatabaseTableColumn(name, type, longType, comment);
    }
  }
}
