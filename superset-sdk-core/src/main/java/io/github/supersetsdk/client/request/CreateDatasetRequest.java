package io.github.supersetsdk.client.request;

import io.github.supersetsdk.client.id.DatabaseId;
import io.github.supersetsdk.client.id.UserId;
import io.github.supersetsdk.codegen.GeneratedBuilder;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A new dataset: a physical table or view ({@code tableName} in {@code schema}), or a virtual dataset
 * ({@code tableName} as its name, {@code sql} as its query).
 *
 * {@snippet class=io.github.supersetsdk.client.snippets.RequestSnippets region=CreateDatasetRequest}
 *
 * <p>Immutable and thread-safe.
 *
 * @param database the database connection
 * @param tableName the table name, or the name of a virtual dataset
 * @param schema the schema of the table
 * @param catalog the catalog, for databases with several
 * @param sql the query of a virtual dataset
 * @param owners the owners; the caller when empty
 * @param externalUrl the URL of the external tool that owns the dataset
 * @param isManagedExternally whether an external tool owns the dataset
 * @param templateParams Jinja template parameters as JSON text
 * @param normalizeColumns whether column names are normalized
 * @param alwaysFilterMainDttm whether queries always filter on the main temporal column
 * @param uuid a fixed UUID, e.g. to keep it stable across environments
 */
@GeneratedBuilder
public record CreateDatasetRequest(
    DatabaseId database,
    String tableName,
    @Nullable String schema,
    @Nullable String catalog,
    @Nullable String sql,
    List<UserId> owners,
    @Nullable String externalUrl,
    @Nullable Boolean isManagedExternally,
    @Nullable String templateParams,
    @Nullable Boolean normalizeColumns,
    @Nullable Boolean alwaysFilterMainDttm,
    @Nullable UUID uuid) implements CreateDatasetRequestBuilder.Methods {

  /** Copies the owners; never null. */
  public CreateDatasetRequest {
    owners = Copies.list(owners);
  }

  /**
   * {@return a new builder with the required fields set}
   *
   * @param database the database connection
   * @param tableName the table name, or the name of a virtual dataset
   * @throws NullPointerException if an argument is null
   */
  public static Builder builder(DatabaseId database, String tableName) {
    return CreateDatasetRequestBuilder.create(database, tableName);
  }

  /**
   * {@return a physical dataset for a table}
   *
   * @param database the database connection
   * @param schema the schema
   * @param tableName the table name
   * @throws NullPointerException if an argument is null
   */
  public static CreateDatasetRequest table(DatabaseId database, String schema, String tableName) {
    return builder(database, tableName).schema(schema).build();
  }

  /** Builds a {@link CreateDatasetRequest}. Not thread-safe. */
  public static final class Builder extends CreateDatasetRequestBuilder {
    Builder() {}
  }
}
