package io.github.supersetsdk.client;

import io.github.supersetsdk.client.internal.ListQueries;
import io.github.supersetsdk.client.internal.Rison;
import io.github.supersetsdk.client.internal.api.DatabaseApi;
import io.github.supersetsdk.client.internal.api.Envelopes;
import io.github.supersetsdk.client.internal.transport.FeignApis;
import io.github.supersetsdk.client.model.CreateDatabaseRequest;
import io.github.supersetsdk.client.model.Database;
import io.github.supersetsdk.client.model.DatabaseId;
import io.github.supersetsdk.client.model.DatabaseTable;
import io.github.supersetsdk.client.model.ListQuery;
import io.github.supersetsdk.client.model.Page;
import io.github.supersetsdk.client.model.TestDatabaseConnectionRequest;
import io.github.supersetsdk.client.model.UpdateDatabaseRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Database connections ({@code /api/v1/database}): list, read, create, test, update and delete them,
 * and browse their schemas and tables.
 *
 * <pre>{@code
 * DatabaseId warehouse = client.databases().create(
 *     CreateDatabaseRequest.builder("warehouse", sqlalchemyUri).exposeInSqllab(true).build());
 * List<String> schemas = client.databases().listSchemas(warehouse);
 * List<DatabaseTable> marts = client.databases().listTables(warehouse, "marts");
 * }</pre>
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
    Objects.requireNonNull(query, "query");
    return new PagedIterable<>((page, size) -> listPage(query, page), query.pageSize());
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
    Objects.requireNonNull(query, "query");
    if (pageIndex < 0) {
      throw new IllegalArgumentException("pageIndex < 0: " + pageIndex);
    }
    Envelopes.ListPage<Database> page = api.list(ListQueries.rison(query, pageIndex));
    return new Page<>(page.result(), page.count(), pageIndex, query.pageSize());
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
}
