package io.github.supersetsdk.client.request;

import io.github.supersetsdk.client.internal.Copies;
import io.github.supersetsdk.client.internal.Redactor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A new database connection.
 *
 * <pre>{@code
 * CreateDatabaseRequest request = CreateDatabaseRequest
 *     .builder("warehouse", "postgresql+psycopg2://reader:secret@db:5432/warehouse")
 *     .exposeInSqllab(true)
 *     .build();
 * }</pre>
 *
 * <p>{@code toString()} masks the password in the URI and hides the encrypted extra and parameters.
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
public record CreateDatabaseRequest(
    String databaseName,
    String sqlalchemyUri,
    @Nullable Boolean exposeInSqllab,
    @Nullable Boolean allowCtas,
    @Nullable Boolean allowCvas,
    @Nullable Boolean allowDml,
    @Nullable Boolean allowRunAsync,
    @Nullable Boolean allowFileUpload,
    @Nullable Integer cacheTimeout,
    @Nullable String extra,
    @Nullable Boolean impersonateUser,
    @Nullable String forceCtasSchema,
    @Nullable String externalUrl,
    @Nullable Boolean isManagedExternally,
    @Nullable String maskedEncryptedExtra,
    @Nullable String serverCert,
    @Nullable String engine,
    @Nullable String driver,
    Map<String, Object> parameters,
    @Nullable UUID uuid) {

  /**
   * Validates and copies the components.
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
   * @throws NullPointerException if a required component is null
   */
  public CreateDatabaseRequest {
    Objects.requireNonNull(databaseName, "databaseName");
    Objects.requireNonNull(sqlalchemyUri, "sqlalchemyUri");
    parameters = Copies.map(parameters);
  }

  /**
   * Returns a builder with the required fields set.
   *
   * @param databaseName the display name, unique per Superset
   * @param sqlalchemyUri the SQLAlchemy URI, password included, e.g. {@code postgresql+psycopg2://user:pass@host:5432/db}
   * @return a new builder
   * @throws NullPointerException if an argument is null
   */
  public static Builder builder(String databaseName, String sqlalchemyUri) {
    Builder b = new Builder();
    b.databaseName = Objects.requireNonNull(databaseName, "databaseName");
    b.sqlalchemyUri = Objects.requireNonNull(sqlalchemyUri, "sqlalchemyUri");
    return b;
  }

  /**
   * Returns a builder initialised from this request.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.databaseName = databaseName;
    b.sqlalchemyUri = sqlalchemyUri;
    b.exposeInSqllab = exposeInSqllab;
    b.allowCtas = allowCtas;
    b.allowCvas = allowCvas;
    b.allowDml = allowDml;
    b.allowRunAsync = allowRunAsync;
    b.allowFileUpload = allowFileUpload;
    b.cacheTimeout = cacheTimeout;
    b.extra = extra;
    b.impersonateUser = impersonateUser;
    b.forceCtasSchema = forceCtasSchema;
    b.externalUrl = externalUrl;
    b.isManagedExternally = isManagedExternally;
    b.maskedEncryptedExtra = maskedEncryptedExtra;
    b.serverCert = serverCert;
    b.engine = engine;
    b.driver = driver;
    b.parameters = new LinkedHashMap<>(parameters);
    b.uuid = uuid;
    return b;
  }

  @Override
  public String toString() {
    return "CreateDatabaseRequest["
        + "databaseName=" + databaseName
        + ", "
        + "sqlalchemyUri=" + Redactor.redact(sqlalchemyUri)
        + ", "
        + "exposeInSqllab=" + exposeInSqllab
        + ", "
        + "allowCtas=" + allowCtas
        + ", "
        + "allowCvas=" + allowCvas
        + ", "
        + "allowDml=" + allowDml
        + ", "
        + "allowRunAsync=" + allowRunAsync
        + ", "
        + "allowFileUpload=" + allowFileUpload
        + ", "
        + "cacheTimeout=" + cacheTimeout
        + ", "
        + "extra=" + extra
        + ", "
        + "impersonateUser=" + impersonateUser
        + ", "
        + "forceCtasSchema=" + forceCtasSchema
        + ", "
        + "externalUrl=" + externalUrl
        + ", "
        + "isManagedExternally=" + isManagedExternally
        + ", "
        + "maskedEncryptedExtra=" + (maskedEncryptedExtra == null ? null : "***")
        + ", "
        + "serverCert=" + serverCert
        + ", "
        + "engine=" + engine
        + ", "
        + "driver=" + driver
        + ", "
        + "parameters=" + (parameters.isEmpty() ? "{}" : "***")
        + ", "
        + "uuid=" + uuid
        + "]";
  }

  /** Builds a {@link CreateDatabaseRequest}. Not thread-safe. */
  public static final class Builder {
    private @Nullable String databaseName;
    private @Nullable String sqlalchemyUri;
    private @Nullable Boolean exposeInSqllab;
    private @Nullable Boolean allowCtas;
    private @Nullable Boolean allowCvas;
    private @Nullable Boolean allowDml;
    private @Nullable Boolean allowRunAsync;
    private @Nullable Boolean allowFileUpload;
    private @Nullable Integer cacheTimeout;
    private @Nullable String extra;
    private @Nullable Boolean impersonateUser;
    private @Nullable String forceCtasSchema;
    private @Nullable String externalUrl;
    private @Nullable Boolean isManagedExternally;
    private @Nullable String maskedEncryptedExtra;
    private @Nullable String serverCert;
    private @Nullable String engine;
    private @Nullable String driver;
    private Map<String, Object> parameters = new LinkedHashMap<>();
    private @Nullable UUID uuid;

    private Builder() {}

    /**
     * Sets the display name, unique per Superset.
     *
     * @param databaseName the value
     * @return this builder
     * @throws NullPointerException if {@code databaseName} is null
     */
    public Builder databaseName(String databaseName) {
      this.databaseName = Objects.requireNonNull(databaseName, "databaseName");
      return this;
    }

    /**
     * Sets the SQLAlchemy URI, password included, e.g. {@code postgresql+psycopg2://user:pass@host:5432/db}.
     *
     * @param sqlalchemyUri the value
     * @return this builder
     * @throws NullPointerException if {@code sqlalchemyUri} is null
     */
    public Builder sqlalchemyUri(String sqlalchemyUri) {
      this.sqlalchemyUri = Objects.requireNonNull(sqlalchemyUri, "sqlalchemyUri");
      return this;
    }

    /**
     * Sets whether SQL Lab offers the database.
     *
     * @param exposeInSqllab the value
     * @return this builder
     * @throws NullPointerException if {@code exposeInSqllab} is null
     */
    public Builder exposeInSqllab(boolean exposeInSqllab) {
      this.exposeInSqllab = exposeInSqllab;
      return this;
    }

    /**
     * Sets whether SQL Lab may run CREATE TABLE AS.
     *
     * @param allowCtas the value
     * @return this builder
     * @throws NullPointerException if {@code allowCtas} is null
     */
    public Builder allowCtas(boolean allowCtas) {
      this.allowCtas = allowCtas;
      return this;
    }

    /**
     * Sets whether SQL Lab may run CREATE VIEW AS.
     *
     * @param allowCvas the value
     * @return this builder
     * @throws NullPointerException if {@code allowCvas} is null
     */
    public Builder allowCvas(boolean allowCvas) {
      this.allowCvas = allowCvas;
      return this;
    }

    /**
     * Sets whether SQL Lab may run statements other than SELECT.
     *
     * @param allowDml the value
     * @return this builder
     * @throws NullPointerException if {@code allowDml} is null
     */
    public Builder allowDml(boolean allowDml) {
      this.allowDml = allowDml;
      return this;
    }

    /**
     * Sets whether queries run asynchronously on Celery workers.
     *
     * @param allowRunAsync the value
     * @return this builder
     * @throws NullPointerException if {@code allowRunAsync} is null
     */
    public Builder allowRunAsync(boolean allowRunAsync) {
      this.allowRunAsync = allowRunAsync;
      return this;
    }

    /**
     * Sets whether CSV and Excel uploads may target the database.
     *
     * @param allowFileUpload the value
     * @return this builder
     * @throws NullPointerException if {@code allowFileUpload} is null
     */
    public Builder allowFileUpload(boolean allowFileUpload) {
      this.allowFileUpload = allowFileUpload;
      return this;
    }

    /**
     * Sets the chart cache timeout in seconds; 0 never expires.
     *
     * @param cacheTimeout the value
     * @return this builder
     * @throws NullPointerException if {@code cacheTimeout} is null
     */
    public Builder cacheTimeout(int cacheTimeout) {
      this.cacheTimeout = cacheTimeout;
      return this;
    }

    /**
     * Sets the {@code extra} JSON document as text (engine and metadata parameters).
     *
     * @param extra the value
     * @return this builder
     * @throws NullPointerException if {@code extra} is null
     */
    public Builder extra(String extra) {
      this.extra = Objects.requireNonNull(extra, "extra");
      return this;
    }

    /**
     * Sets whether queries run as the logged-in Superset user.
     *
     * @param impersonateUser the value
     * @return this builder
     * @throws NullPointerException if {@code impersonateUser} is null
     */
    public Builder impersonateUser(boolean impersonateUser) {
      this.impersonateUser = impersonateUser;
      return this;
    }

    /**
     * Sets the schema CTAS tables are forced into.
     *
     * @param forceCtasSchema the value
     * @return this builder
     * @throws NullPointerException if {@code forceCtasSchema} is null
     */
    public Builder forceCtasSchema(String forceCtasSchema) {
      this.forceCtasSchema = Objects.requireNonNull(forceCtasSchema, "forceCtasSchema");
      return this;
    }

    /**
     * Sets the URL of the external tool that manages the database.
     *
     * @param externalUrl the value
     * @return this builder
     * @throws NullPointerException if {@code externalUrl} is null
     */
    public Builder externalUrl(String externalUrl) {
      this.externalUrl = Objects.requireNonNull(externalUrl, "externalUrl");
      return this;
    }

    /**
     * Sets whether an external tool manages the database (locks UI edits).
     *
     * @param isManagedExternally the value
     * @return this builder
     * @throws NullPointerException if {@code isManagedExternally} is null
     */
    public Builder isManagedExternally(boolean isManagedExternally) {
      this.isManagedExternally = isManagedExternally;
      return this;
    }

    /**
     * Sets the encrypted extra JSON (secrets such as service-account keys).
     *
     * @param maskedEncryptedExtra the value
     * @return this builder
     * @throws NullPointerException if {@code maskedEncryptedExtra} is null
     */
    public Builder maskedEncryptedExtra(String maskedEncryptedExtra) {
      this.maskedEncryptedExtra = Objects.requireNonNull(maskedEncryptedExtra, "maskedEncryptedExtra");
      return this;
    }

    /**
     * Sets the PEM certificate of the database server, for TLS.
     *
     * @param serverCert the value
     * @return this builder
     * @throws NullPointerException if {@code serverCert} is null
     */
    public Builder serverCert(String serverCert) {
      this.serverCert = Objects.requireNonNull(serverCert, "serverCert");
      return this;
    }

    /**
     * Sets the SQLAlchemy engine, for connections configured by parameters.
     *
     * @param engine the value
     * @return this builder
     * @throws NullPointerException if {@code engine} is null
     */
    public Builder engine(String engine) {
      this.engine = Objects.requireNonNull(engine, "engine");
      return this;
    }

    /**
     * Sets the SQLAlchemy driver.
     *
     * @param driver the value
     * @return this builder
     * @throws NullPointerException if {@code driver} is null
     */
    public Builder driver(String driver) {
      this.driver = Objects.requireNonNull(driver, "driver");
      return this;
    }

    /**
     * Sets engine parameters, for connections configured by parameters instead of a URI.
     *
     * @param parameters the value
     * @return this builder
     * @throws NullPointerException if {@code parameters} is null
     */
    public Builder parameters(Map<String, Object> parameters) {
      this.parameters = new LinkedHashMap<>(Objects.requireNonNull(parameters, "parameters"));
      return this;
    }

    /**
     * Sets a fixed UUID, e.g. to keep it stable across environments.
     *
     * @param uuid the value
     * @return this builder
     * @throws NullPointerException if {@code uuid} is null
     */
    public Builder uuid(UUID uuid) {
      this.uuid = Objects.requireNonNull(uuid, "uuid");
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws NullPointerException if a required field is missing
     */
    public CreateDatabaseRequest build() {
      return new CreateDatabaseRequest(databaseName, sqlalchemyUri, exposeInSqllab, allowCtas, allowCvas, allowDml, allowRunAsync, allowFileUpload, cacheTimeout, extra, impersonateUser, forceCtasSchema, externalUrl, isManagedExternally, maskedEncryptedExtra, serverCert, engine, driver, parameters, uuid);
    }
  }
}
