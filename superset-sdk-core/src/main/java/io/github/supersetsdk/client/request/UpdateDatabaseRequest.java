package io.github.supersetsdk.client.request;

import io.github.supersetsdk.codegen.Clearable;
import io.github.supersetsdk.codegen.GeneratedBuilder;
import io.github.supersetsdk.codegen.Sensitive;
import java.util.Map;

/**
 * A partial update of a database connection: only fields that are set or cleared are sent.
 *
 * {@snippet class=io.github.supersetsdk.client.snippets.RequestSnippets region=UpdateDatabaseRequest}
 *
 * <p>{@code toString()} masks the password in the URI and hides secrets.
 *
 * <p>Immutable and thread-safe.
 *
 * @param databaseName the display name
 * @param sqlalchemyUri the SQLAlchemy URI, password included
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
 * @param parameters engine parameters
 */
@GeneratedBuilder
public record UpdateDatabaseRequest(
    Change<String> databaseName,
    @Sensitive(mask = "io.github.supersetsdk.client.model.Database.redact") Change<String> sqlalchemyUri,
    Change<Boolean> exposeInSqllab,
    Change<Boolean> allowCtas,
    Change<Boolean> allowCvas,
    Change<Boolean> allowDml,
    Change<Boolean> allowRunAsync,
    Change<Boolean> allowFileUpload,
    @Clearable Change<Integer> cacheTimeout,
    @Sensitive(mask = "io.github.supersetsdk.client.model.Database.redact") Change<String> extra,
    Change<Boolean> impersonateUser,
    @Clearable Change<String> forceCtasSchema,
    @Clearable Change<String> externalUrl,
    @Clearable Change<Boolean> isManagedExternally,
    @Sensitive @Clearable Change<String> maskedEncryptedExtra,
    @Clearable Change<String> serverCert,
    @Clearable Change<String> engine,
    @Clearable Change<String> driver,
    @Sensitive Change<Map<String, Object>> parameters)
    implements UpdateDatabaseRequestBuilder.Methods {

  /** {@return a new builder in which every field is unchanged} */
  public static Builder builder() {
    return UpdateDatabaseRequestBuilder.create();
  }

  @Override
  public String toString() {
    return UpdateDatabaseRequestBuilder.toString(this);
  }

  /** Builds an {@link UpdateDatabaseRequest}; fields not mentioned stay unchanged. Not thread-safe. */
  public static final class Builder extends UpdateDatabaseRequestBuilder {
    Builder() {}
  }
}
