package io.github.supersetsdk.client.request;

import io.github.supersetsdk.codegen.GeneratedBuilder;
import io.github.supersetsdk.codegen.Sensitive;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A new database connection.
 *
 * {@snippet class=io.github.supersetsdk.client.snippets.RequestSnippets region=CreateDatabaseRequest}
 *
 * <p>{@code toString()} masks secrets in the URI and extra, and hides the encrypted extra and parameters.
 *
 * <p>Immutable and thread-safe.
 *
 * @param databaseName the display name, unique per Superset
 * @param sqlalchemyUri the SQLAlchemy URI, password included, e.g. {@code postgresql+psycopg2://user:pass@host:5432/db}
 * @param exposeInSqllab whether SQL Lab offers the database
 * @param allowCtas whether SQL Lab may run CREATE TABLE AS
 * @param allowCvas whether SQL Lab may run CREATE VIEW AS
 * @param allowDml whether SQL Lab may run statements other than SELECT
 * @param allowRunAsync whether queries run asynchronously on Celery workers
 * @param allowFileUpload whether CSV and Excel uploads may target the database
 * @param cacheTimeout the chart cache timeout in seconds; 0 never expires
 * @param extra the {@code extra} JSON document as text (engine and metadata parameters)
 * @param impersonateUser whether queries run as the logged-in Superset user
 * @param forceCtasSchema the schema CTAS tables are forced into
 * @param externalUrl the URL of the external tool that manages the database
 * @param isManagedExternally whether an external tool manages the database (locks UI edits)
 * @param maskedEncryptedExtra the encrypted extra JSON (secrets such as service-account keys)
 * @param serverCert the PEM certificate of the database server, for TLS
 * @param engine the SQLAlchemy engine, for connections configured by parameters
 * @param driver the SQLAlchemy driver
 * @param parameters engine parameters, for connections configured by parameters instead of a URI
 * @param uuid a fixed UUID, e.g. to keep it stable across environments
 */
@GeneratedBuilder
public record CreateDatabaseRequest(
    String databaseName,
    @Sensitive(mask = "io.github.supersetsdk.client.model.Database.redact") String sqlalchemyUri,
    @Nullable Boolean exposeInSqllab,
    @Nullable Boolean allowCtas,
    @Nullable Boolean allowCvas,
    @Nullable Boolean allowDml,
    @Nullable Boolean allowRunAsync,
    @Nullable Boolean allowFileUpload,
    @Nullable Integer cacheTimeout,
    @Sensitive(mask = "io.github.supersetsdk.client.model.Database.redact") @Nullable String extra,
    @Nullable Boolean impersonateUser,
    @Nullable String forceCtasSchema,
    @Nullable String externalUrl,
    @Nullable Boolean isManagedExternally,
    @Sensitive @Nullable String maskedEncryptedExtra,
    @Nullable String serverCert,
    @Nullable String engine,
    @Nullable String driver,
    @Sensitive Map<String, Object> parameters,
    @Nullable UUID uuid) implements CreateDatabaseRequestBuilder.Methods {

  /** Copies the parameters; never null. */
  public CreateDatabaseRequest {
    parameters = Copies.deepMap(parameters);
  }

  /**
   * {@return a new builder with the required fields set}
   *
   * @param databaseName the display name, unique per Superset
   * @param sqlalchemyUri the SQLAlchemy URI, password included, e.g. {@code postgresql+psycopg2://user:pass@host:5432/db}
   * @throws NullPointerException if an argument is null
   */
  public static Builder builder(String databaseName, String sqlalchemyUri) {
    return CreateDatabaseRequestBuilder.create(databaseName, sqlalchemyUri);
  }

  @Override
  public String toString() {
    return CreateDatabaseRequestBuilder.toString(this);
  }

  /** Builds a {@link CreateDatabaseRequest}. Not thread-safe. */
  public static final class Builder extends CreateDatabaseRequestBuilder {
    Builder() {}
  }
}
