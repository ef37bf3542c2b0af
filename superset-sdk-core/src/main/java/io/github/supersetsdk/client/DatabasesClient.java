package io.github.supersetsdk.client;

import io.github.supersetsdk.client.id.DatabaseId;
import io.github.supersetsdk.client.internal.Multipart;
import io.github.supersetsdk.client.internal.ResourceCalls;
import io.github.supersetsdk.client.internal.Rison;
import io.github.supersetsdk.client.internal.api.DatabaseApi;
import io.github.supersetsdk.client.internal.transport.FeignApis;
import io.github.supersetsdk.client.model.Database;
import io.github.supersetsdk.client.model.DatabaseEngine;
import io.github.supersetsdk.client.model.DatabaseTable;
import io.github.supersetsdk.client.model.DatabaseTableExtraMetadata;
import io.github.supersetsdk.client.model.DatabaseTableMetadata;
import io.github.supersetsdk.client.model.DatabaseUploadSheet;
import io.github.supersetsdk.client.model.DependentObjects;
import io.github.supersetsdk.client.model.Page;
import io.github.supersetsdk.client.model.RelatedObject;
import io.github.supersetsdk.client.model.ResourceInfo;
import io.github.supersetsdk.client.model.SqlValidationError;
import io.github.supersetsdk.client.request.CreateDatabaseRequest;
import io.github.supersetsdk.client.request.DatabaseUpload;
import io.github.supersetsdk.client.request.Filter;
import io.github.supersetsdk.client.request.ImportBundleRequest;
import io.github.supersetsdk.client.request.ListQuery;
import io.github.supersetsdk.client.request.TestDatabaseConnectionRequest;
import io.github.supersetsdk.client.request.UpdateDatabaseRequest;
import io.github.supersetsdk.client.request.ValidateDatabaseParametersRequest;
import io.github.supersetsdk.client.request.ValidateSqlRequest;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Database connections ({@code /api/v1/database}): list, read, create, test, update and delete them,
 * and browse their schemas and tables.
 *
 * {@snippet class=io.github.supersetsdk.client.snippets.ClientSnippets region=DatabasesClient}
 *
 * <p>Immutable and thread-safe; obtained from {@link SupersetClient#databases()}. Every method throws
 * the SDK's unchecked exceptions: {@link io.github.supersetsdk.client.exception.SupersetApiException}
 * subclasses for error answers and {@link io.github.supersetsdk.client.exception.SupersetTransportException}
 * when no answer arrived.
 */
public final class DatabasesClient {

  private final DatabaseApi api;

  DatabasesClient(FeignApis apis) {
    this.api = apis.get(DatabaseApi.class);
  }

  /**
   * Lists database connections lazily, page by page.
   *
   * @param query filters (e.g. on {@code database_name}), ordering and page size
   * @return the connections; nothing is fetched until iteration
   * @throws NullPointerException if {@code query} is null
   */
  public PagedIterable<Database> list(ListQuery query) {
    return ResourceCalls.list(query, api::list);
  }

  /**
   * Fetches one page of database connections.
   *
   * @param query filters, ordering and page size
   * @param pageIndex the zero-based page
   * @return the page
   * @throws NullPointerException if {@code query} is null
   * @throws IllegalArgumentException if {@code pageIndex} is negative
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails
   */
  public Page<Database> listPage(ListQuery query, int pageIndex) {
    return ResourceCalls.page(query, pageIndex, api::list);
  }

  /**
   * Reads a database connection.
   *
   * @param id the connection's id
   * @return the connection, its URI's password masked
   * @throws NullPointerException if {@code id} is null
   * @throws io.github.supersetsdk.client.exception.NotFoundException if there is no such connection
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public Database get(DatabaseId id) {
    Objects.requireNonNull(id, "id");
    return Objects.requireNonNull(api.get(id.value()).result(), "result");
  }

  /**
   * Reads a database connection with its connection settings: the SQLAlchemy URI (password masked by
   * Superset) and the settings {@link #get(DatabaseId)} leaves out.
   *
   * @param id the connection's id
   * @return the connection, {@link Database#sqlalchemyUri()} filled
   * @throws NullPointerException if {@code id} is null
   * @throws io.github.supersetsdk.client.exception.NotFoundException if there is no such connection
   * @throws io.github.supersetsdk.client.exception.PermissionDeniedException if the user may not
   *     read connection settings
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public Database getConnection(DatabaseId id) {
    Objects.requireNonNull(id, "id");
    return Objects.requireNonNull(api.connection(id.value()).result(), "result");
  }

  /**
   * Reads a database connection if it exists.
   *
   * @param id the connection's id
   * @return the connection, or empty if there is none with this id
   * @throws NullPointerException if {@code id} is null
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public Optional<Database> find(DatabaseId id) {
    try {
      return Optional.of(get(id));
    } catch (io.github.supersetsdk.client.exception.NotFoundException e) {
      return Optional.empty();
    }
  }

  /**
   * Whether a database connection exists. Superset has no cheaper check than reading it.
   *
   * @param id the database connection's id
   * @return {@code true} if it exists, {@code false} if Superset answers 404
   * @throws NullPointerException if {@code id} is null
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public boolean exists(DatabaseId id) {
    return find(id).isPresent();
  }

  /**
   * Finds a database connection by its exact name ({@code database_name}). Superset keeps names
   * unique, so there is at most one.
   *
   * @param name the connection's name, compared exactly (case included)
   * @return the connection as the list shows it (no connection settings), or empty if none has
   *     this name
   * @throws NullPointerException if {@code name} is null
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails
   */
  public Optional<Database> findByName(String name) {
    Objects.requireNonNull(name, "name");
    // The server filters; the exact comparison here guards against a case-insensitive collation.
    ListQuery query = ListQuery.builder().filter(Filter.eq("database_name", name)).pageSize(10).build();
    for (Database database : listPage(query, 0).items()) {
      if (name.equals(database.databaseName())) {
        return Optional.of(database);
      }
    }
    return Optional.empty();
  }

  /**
   * Creates a database connection. Superset tests the connection first and refuses one it cannot
   * open.
   *
   * @param request the connection settings
   * @return the new connection's id
   * @throws NullPointerException if {@code request} is null
   * @throws io.github.supersetsdk.client.exception.BadRequestException if the settings are invalid or
   *     the connection cannot be opened (see {@code fieldErrors()} and {@code errorType()})
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public DatabaseId create(CreateDatabaseRequest request) {
    Objects.requireNonNull(request, "request");
    return DatabaseId.of(api.create(request).numericId());
  }

  /**
   * Updates the fields of a connection that the request sets or clears.
   *
   * @param id the connection's id
   * @param request the changes
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the request changes nothing
   * @throws io.github.supersetsdk.client.exception.NotFoundException if there is no such connection
   * @throws io.github.supersetsdk.client.exception.BadRequestException if a value is invalid
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void update(DatabaseId id, UpdateDatabaseRequest request) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(request, "request");
    if (request.isEmpty()) {
      throw new IllegalArgumentException("the update changes nothing");
    }
    api.update(id.value(), request);
  }

  /**
   * Deletes a database connection. Superset refuses while datasets still use it.
   *
   * @param id the connection's id
   * @throws NullPointerException if {@code id} is null
   * @throws io.github.supersetsdk.client.exception.NotFoundException if there is no such connection
   * @throws io.github.supersetsdk.client.exception.BadRequestException if datasets still use it
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void delete(DatabaseId id) {
    Objects.requireNonNull(id, "id");
    api.delete(id.value());
  }

  /**
   * Tests connection settings without saving them.
   *
   * @param request the settings to test
   * @throws NullPointerException if {@code request} is null
   * @throws io.github.supersetsdk.client.exception.BadRequestException if the connection cannot be
   *     opened; {@code errorType()} tells why (e.g. {@code CONNECTION_ACCESS_DENIED_ERROR})
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void testConnection(TestDatabaseConnectionRequest request) {
    Objects.requireNonNull(request, "request");
    api.testConnection(request);
  }

  /**
   * Lists the schemas of a connection, from Superset's metadata cache when it has them.
   *
   * @param id the connection's id
   * @return the schema names
   * @throws NullPointerException if {@code id} is null
   * @throws io.github.supersetsdk.client.exception.NotFoundException if there is no such connection
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public List<String> listSchemas(DatabaseId id) {
    return listSchemas(id, false);
  }

  /**
   * Lists the schemas of a connection.
   *
   * @param id the connection's id
   * @param forceRefresh whether to bypass Superset's metadata cache and ask the database
   * @return the schema names
   * @throws NullPointerException if {@code id} is null
   * @throws io.github.supersetsdk.client.exception.NotFoundException if there is no such connection
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public List<String> listSchemas(DatabaseId id, boolean forceRefresh) {
    Objects.requireNonNull(id, "id");
    String q = forceRefresh ? Rison.encode(Map.of("force", true)) : null;
    return List.copyOf(api.schemas(id.value(), q).result());
  }

  /**
   * Lists the tables and views of one schema.
   *
   * @param id the connection's id
   * @param schema the schema name
   * @return the tables and views
   * @throws NullPointerException if an argument is null
   * @throws io.github.supersetsdk.client.exception.NotFoundException if there is no such connection
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public List<DatabaseTable> listTables(DatabaseId id, String schema) {
    return listTables(id, schema, false);
  }

  /**
   * Lists the tables and views of one schema.
   *
   * @param id the connection's id
   * @param schema the schema name
   * @param forceRefresh whether to bypass Superset's metadata cache and ask the database
   * @return the tables and views
   * @throws NullPointerException if an argument is null
   * @throws io.github.supersetsdk.client.exception.NotFoundException if there is no such connection
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public List<DatabaseTable> listTables(DatabaseId id, String schema, boolean forceRefresh) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(schema, "schema");
    Map<String, Object> q = new LinkedHashMap<>();
    q.put("schema_name", schema);
    if (forceRefresh) {
      q.put("force", true);
    }
    return api.tables(id.value(), Rison.encode(q)).result();
  }

  /**
   * Describes the databases endpoint: the caller's permissions on it and the filters its list
   * accepts. {@link ResourceInfo#addColumns()} and {@link ResourceInfo#editColumns()} are
   * empty: Superset 6.1.0 fails (500, {@code 'encrypted_extra'}) when asked to describe them, so
   * only permissions and filters are requested.
   *
   * @return the description
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails
   */
  public ResourceInfo info() {
    return api.info(ResourceCalls.infoQueryWithoutColumns());
  }

  /**
   * Lists the objects a relation of database connections may point to, e.g. the users that can be
   * their {@code created_by}, lazily, page by page.
   *
   * @param column the relation, e.g. {@code created_by} or {@code changed_by}
   * @param filter text the options' text starts with, case-insensitive (contains, for user and
   *     role columns such as {@code owners}; some columns ignore it), or {@code null} for all
   * @return the related objects; nothing is fetched until iteration
   * @throws NullPointerException if {@code column} is null
   * @throws IllegalArgumentException if {@code column} is blank or contains a slash
   * @throws io.github.supersetsdk.client.exception.NotFoundException during iteration if the column
   *     is not a relation of database connections
   */
  public PagedIterable<RelatedObject> related(String column, @Nullable String filter) {
    return ResourceCalls.lookup(column, filter, api::related);
  }

  /**
   * Lists the database engines the server has drivers for, with the parameters each engine's
   * connection form takes.
   *
   * @return the engines
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails
   */
  public List<DatabaseEngine> listAvailableEngines() {
    List<DatabaseEngine> engines = api.available().databases();
    return engines == null ? List.of() : List.copyOf(engines);
  }

  /**
   * Exports connections as a ZIP bundle of YAML files, which {@link
   * #importBundle(ImportBundleRequest)} reads. Passwords are not exported.
   *
   * @param ids the connections' ids; at least one
   * @return the ZIP bundle
   * @throws NullPointerException if {@code ids} or an element is null
   * @throws IllegalArgumentException if {@code ids} is empty
   * @throws io.github.supersetsdk.client.exception.NotFoundException if one of them does not exist
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public byte[] export(Collection<DatabaseId> ids) {
    return api.export(ResourceCalls.risonIds(ids, DatabaseId::value));
  }

  /**
   * Exports database connections as a ZIP bundle into a file, replacing it atomically.
   *
   * @param ids the database connections; at least one
   * @param target the file to write
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code ids} is empty
   * @throws java.io.UncheckedIOException if the file cannot be written
   * @throws io.github.supersetsdk.client.exception.NotFoundException if one of them does not exist
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void export(Collection<DatabaseId> ids, Path target) {
    Objects.requireNonNull(target, "target");
    ResourceCalls.writeAtomically(target, export(ids));
  }

  /**
   * Imports connections (and any datasets, charts and dashboards in the bundle) from a ZIP bundle
   * made by an export. Connections are matched by UUID. Never retried automatically.
   *
   * @param request the bundle, the overwrite flag and the connections' secrets (passwords, SSH
   *     tunnel credentials), which exports leave out
   * @throws NullPointerException if {@code request} is null
   * @throws io.github.supersetsdk.client.exception.BadRequestException if the bundle is invalid, or
   *     a password is missing
   * @throws io.github.supersetsdk.client.exception.ConflictException if a connection exists and
   *     {@code overwrite} is off
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void importBundle(ImportBundleRequest request) {
    Objects.requireNonNull(request, "request");
    Multipart form = Multipart.forImport("formData", request, true, false);
    api.importBundle(form.contentType(), form.body());
  }

  /**
   * Lists the catalogs of a connection, from Superset's metadata cache when it has them; see {@link
   * #listCatalogs(DatabaseId, boolean)}.
   *
   * @param id the connection's id
   * @return the catalog names
   * @throws NullPointerException if {@code id} is null
   * @throws io.github.supersetsdk.client.exception.NotFoundException if there is no such connection
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public List<String> listCatalogs(DatabaseId id) {
    return listCatalogs(id, false);
  }

  /**
   * Lists the catalogs of a connection, for engines with several catalogs per connection (e.g.
   * BigQuery projects, Trino catalogs); others answer with their one catalog or none.
   *
   * @param id the connection's id
   * @param forceRefresh whether to bypass Superset's metadata cache and ask the database
   * @return the catalog names
   * @throws NullPointerException if {@code id} is null
   * @throws io.github.supersetsdk.client.exception.NotFoundException if there is no such connection
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public List<String> listCatalogs(DatabaseId id, boolean forceRefresh) {
    Objects.requireNonNull(id, "id");
    String q = forceRefresh ? Rison.encode(Map.of("force", true)) : null;
    List<String> catalogs = api.catalogs(id.value(), q).result();
    return catalogs == null ? List.of() : List.copyOf(catalogs);
  }

  /**
   * Lists the SQL functions the connection's database offers, as SQL Lab's autocompletion does.
   *
   * @param id the connection's id
   * @return the function names
   * @throws NullPointerException if {@code id} is null
   * @throws io.github.supersetsdk.client.exception.NotFoundException if there is no such connection
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public List<String> listFunctionNames(DatabaseId id) {
    Objects.requireNonNull(id, "id");
    List<String> names = api.functionNames(id.value()).functionNames();
    return names == null ? List.of() : List.copyOf(names);
  }

  /**
   * Lists the charts and dashboards built on a connection's datasets: what breaks if it is deleted.
   *
   * @param id the connection's id
   * @return the dependent charts and dashboards
   * @throws NullPointerException if {@code id} is null
   * @throws io.github.supersetsdk.client.exception.NotFoundException if there is no such connection
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public DependentObjects getDependents(DatabaseId id) {
    Objects.requireNonNull(id, "id");
    return dependents(api.relatedObjects(id.value()));
  }

  static DependentObjects dependents(DatabaseApi.RelatedObjects related) {
    return new DependentObjects(
        related.charts() == null ? null : related.charts().result(),
        related.dashboards() == null ? null : related.dashboards().result());
  }

  /**
   * Lists the schemas of a connection into which users may upload files (CSV, Excel, columnar).
   *
   * @param id the connection's id
   * @return the schema names; empty if uploads are not allowed on the connection
   * @throws NullPointerException if {@code id} is null
   * @throws io.github.supersetsdk.client.exception.NotFoundException if there is no such connection
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public List<String> listUploadSchemas(DatabaseId id) {
    Objects.requireNonNull(id, "id");
    List<String> schemas = api.schemasAccessForFileUpload(id.value()).schemas();
    return schemas == null ? List.of() : List.copyOf(schemas);
  }

  /**
   * Returns the {@code SELECT *} statement Superset would run on a table of the connection's default
   * schema, with the engine's quoting and row limit.
   *
   * @param id the connection's id
   * @param table the table name
   * @return the statement
   * @throws NullPointerException if an argument is null
   * @throws io.github.supersetsdk.client.exception.NotFoundException if there is no such connection
   *     or table
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public String selectStar(DatabaseId id, String table) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(table, "table");
    return Objects.requireNonNull(api.selectStar(id.value(), table).result(), "result");
  }

  /**
   * Returns the {@code SELECT *} statement Superset would run on a table, with the engine's quoting
   * and row limit.
   *
   * @param id the connection's id
   * @param schema the schema
   * @param table the table name
   * @return the statement
   * @throws NullPointerException if an argument is null
   * @throws io.github.supersetsdk.client.exception.NotFoundException if there is no such connection
   *     or table
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public String selectStar(DatabaseId id, String schema, String table) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(table, "table");
    return Objects.requireNonNull(api.selectStar(id.value(), table, schema).result(), "result");
  }

  /**
   * Reads what the database reports about a table: columns with their types, keys and indexes.
   *
   * @param id the connection's id
   * @param schema the schema, or {@code null} for the connection's default
   * @param table the table name
   * @return the table's metadata
   * @throws NullPointerException if {@code id} or {@code table} is null
   * @throws io.github.supersetsdk.client.exception.NotFoundException if there is no such connection
   *     or table
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public DatabaseTableMetadata getTableMetadata(DatabaseId id, @Nullable String schema, String table) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(table, "table");
    return tableMetadata(api.tableMetadata(id.value(), table, schema, null));
  }

  /**
   * Reads a table's metadata through Superset's older, path-based endpoint, which needs the schema.
   * Prefer {@link #getTableMetadata(DatabaseId, String, String)}; this one remains for servers
   * that restrict the newer endpoint.
   *
   * @param id the connection's id
   * @param schema the schema
   * @param table the table name
   * @return the table's metadata
   * @throws NullPointerException if an argument is null
   * @throws io.github.supersetsdk.client.exception.NotFoundException if there is no such connection
   *     or table
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public DatabaseTableMetadata getTableMetadataByPath(DatabaseId id, String schema, String table) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(table, "table");
    return tableMetadata(api.table(id.value(), table, schema));
  }

  private static DatabaseTableMetadata tableMetadata(DatabaseApi.TableMetadata wire) {
    List<DatabaseApi.TableColumn> columns = wire.columns() == null ? List.of() : wire.columns();
    return new DatabaseTableMetadata(
        wire.name(),
        columns.stream().map(DatabaseApi.TableColumn::toModel).toList(),
        wire.selectStar(),
        wire.primaryKey(),
        wire.foreignKeys(),
        wire.indexes(),
        wire.comment());
  }

  /**
   * Reads a table's engine-specific metadata, e.g. partitions; empty on most engines.
   *
   * @param id the connection's id
   * @param schema the schema, or {@code null} for the connection's default
   * @param table the table name
   * @return the metadata
   * @throws NullPointerException if {@code id} or {@code table} is null
   * @throws io.github.supersetsdk.client.exception.NotFoundException if there is no such connection
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public DatabaseTableExtraMetadata getTableExtraMetadata(DatabaseId id, @Nullable String schema, String table) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(table, "table");
    return api.tableMetadataExtra(id.value(), table, schema, null);
  }

  /**
   * Reads a table's engine-specific metadata through Superset's older, path-based endpoint.
   *
   * @param id the connection's id
   * @param schema the schema
   * @param table the table name
   * @return the metadata
   * @throws NullPointerException if an argument is null
   * @throws io.github.supersetsdk.client.exception.NotFoundException if there is no such connection
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public DatabaseTableExtraMetadata getTableExtraMetadataByPath(DatabaseId id, String schema, String table) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(table, "table");
    return api.tableExtra(id.value(), table, schema);
  }

  /**
   * Checks connection parameters field by field, without saving them, as Superset's connection form
   * does.
   *
   * @param request the engine and its parameters
   * @throws NullPointerException if {@code request} is null
   * @throws io.github.supersetsdk.client.exception.BadRequestException if a parameter is missing or
   *     wrong, or the database cannot be reached; {@code errorType()} tells which (e.g. {@code
   *     CONNECTION_INVALID_HOSTNAME_ERROR})
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void validateParameters(ValidateDatabaseParametersRequest request) {
    Objects.requireNonNull(request, "request");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("engine", request.engine());
    body.put("configuration_method", "dynamic_form");
    body.put("parameters", request.parameters());
    if (request.driver() != null) {
      body.put("driver", request.driver());
    }
    if (request.databaseName() != null) {
      body.put("database_name", request.databaseName());
    }
    api.validateParameters(body);
  }

  /**
   * Validates a SQL statement with the engine's validator, without running it. Only engines with a
   * configured validator ({@code SQL_VALIDATORS_BY_ENGINE}, e.g. PostgreSQL's) support it.
   *
   * @param id the connection's id
   * @param request the statement
   * @return the errors found; empty if the statement is valid
   * @throws NullPointerException if an argument is null
   * @throws io.github.supersetsdk.client.exception.NotFoundException if there is no such connection
   * @throws io.github.supersetsdk.client.exception.BadRequestException (422) if the engine has no
   *     validator configured; {@code errorType()} is {@code GENERIC_DB_ENGINE_ERROR}
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public List<SqlValidationError> validateSql(DatabaseId id, ValidateSqlRequest request) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(request, "request");
    List<SqlValidationError> errors = api.validateSql(id.value(), request).result();
    return errors == null ? List.of() : List.copyOf(errors);
  }

  /**
   * Re-creates the permissions of a connection's catalogs and schemas, e.g. after schemas were added
   * in the database, so that roles can be granted access to them.
   *
   * @param id the connection's id
   * @throws NullPointerException if {@code id} is null
   * @throws io.github.supersetsdk.client.exception.NotFoundException if there is no such connection
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void syncPermissions(DatabaseId id) {
    Objects.requireNonNull(id, "id");
    api.syncPermissions(id.value());
  }

  /**
   * Uploads a file (CSV, Excel or columnar) into a new or existing table of the connection's
   * database. The connection must allow file uploads into the target schema (see {@link
   * #listUploadSchemas(DatabaseId)}).
   *
   * @param id the connection's id
   * @param upload the file and how to load it
   * @throws NullPointerException if an argument is null
   * @throws io.github.supersetsdk.client.exception.NotFoundException if there is no such connection
   * @throws io.github.supersetsdk.client.exception.BadRequestException if the file cannot be read,
   *     the table exists and {@code alreadyExists} is {@code fail}, or uploads are not allowed
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void upload(DatabaseId id, DatabaseUpload upload) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(upload, "upload");
    Multipart.Builder form = new Multipart.Builder()
        .field("type", upload.type().value())
        .field("table_name", upload.tableName())
        .field("already_exists", upload.alreadyExists().value());
    if (upload.schema() != null) {
      form.field("schema", upload.schema());
    }
    if (upload.delimiter() != null) {
      form.field("delimiter", upload.delimiter());
    }
    if (upload.headerRow() != null) {
      form.field("header_row", Integer.toString(upload.headerRow()));
    }
    if (!upload.columnDates().isEmpty()) {
      form.field("column_dates", String.join(",", upload.columnDates()));
    }
    Multipart body = form.file("file", upload.fileName(), "application/octet-stream", upload.content()).build();
    api.upload(id.value(), body.contentType(), body.body());
  }

  /**
   * Reads the column names of a file (or of each sheet of an Excel workbook) the way {@link
   * #upload(DatabaseId, DatabaseUpload)} would, without loading it anywhere: to check a file before
   * uploading it. Only the upload's file, type, delimiter and header row matter here.
   *
   * @param upload the file and how to read it
   * @return the columns, one entry per file or sheet
   * @throws NullPointerException if {@code upload} is null
   * @throws io.github.supersetsdk.client.exception.BadRequestException if the file cannot be read
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public List<DatabaseUploadSheet> readUploadColumns(DatabaseUpload upload) {
    Objects.requireNonNull(upload, "upload");
    Multipart.Builder form = new Multipart.Builder()
        .field("type", upload.type().value());
    if (upload.delimiter() != null) {
      form.field("delimiter", upload.delimiter());
    }
    if (upload.headerRow() != null) {
      form.field("header_row", Integer.toString(upload.headerRow()));
    }
    Multipart body = form.file("file", upload.fileName(), "application/octet-stream", upload.content()).build();
    List<DatabaseUploadSheet> items = api.uploadMetadata(body.contentType(), body.body()).result().items();
    return items == null ? List.of() : List.copyOf(items);
  }
}
