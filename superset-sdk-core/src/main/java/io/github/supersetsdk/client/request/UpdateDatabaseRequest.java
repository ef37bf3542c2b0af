package io.github.supersetsdk.client.request;

import io.github.supersetsdk.client.internal.Redactor;
import java.util.Map;
import java.util.Objects;

/**
 * A partial update of a database connection: only fields that are set or cleared are sent.
 *
 * <pre>{@code
 * UpdateDatabaseRequest request = UpdateDatabaseRequest.builder()
 *     .cacheTimeout(600)
 *     .clearExternalUrl()
 *     .build();
 * }</pre>
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
public record UpdateDatabaseRequest(
    Change<String> databaseName,
    Change<String> sqlalchemyUri,
    Change<Boolean> exposeInSqllab,
    Change<Boolean> allowCtas,
    Change<Boolean> allowCvas,
    Change<Boolean> allowDml,
    Change<Boolean> allowRunAsync,
    Change<Boolean> allowFileUpload,
    Change<Integer> cacheTimeout,
    Change<String> extra,
    Change<Boolean> impersonateUser,
    Change<String> forceCtasSchema,
    Change<String> externalUrl,
    Change<Boolean> isManagedExternally,
    Change<String> maskedEncryptedExtra,
    Change<String> serverCert,
    Change<String> engine,
    Change<String> driver,
    Change<Map<String, Object>> parameters) {

  /**
   * Validates the components.
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
   * @throws NullPointerException if a component is null; use {@link Change#unchanged()}
   */
  public UpdateDatabaseRequest {
    Objects.requireNonNull(databaseName, "databaseName");
    Objects.requireNonNull(sqlalchemyUri, "sqlalchemyUri");
    Objects.requireNonNull(exposeInSqllab, "exposeInSqllab");
    Objects.requireNonNull(allowCtas, "allowCtas");
    Objects.requireNonNull(allowCvas, "allowCvas");
    Objects.requireNonNull(allowDml, "allowDml");
    Objects.requireNonNull(allowRunAsync, "allowRunAsync");
    Objects.requireNonNull(allowFileUpload, "allowFileUpload");
    Objects.requireNonNull(cacheTimeout, "cacheTimeout");
    Objects.requireNonNull(extra, "extra");
    Objects.requireNonNull(impersonateUser, "impersonateUser");
    Objects.requireNonNull(forceCtasSchema, "forceCtasSchema");
    Objects.requireNonNull(externalUrl, "externalUrl");
    Objects.requireNonNull(isManagedExternally, "isManagedExternally");
    Objects.requireNonNull(maskedEncryptedExtra, "maskedEncryptedExtra");
    Objects.requireNonNull(serverCert, "serverCert");
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(driver, "driver");
    Objects.requireNonNull(parameters, "parameters");
  }

  /**
   * Returns a builder in which every field is unchanged.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
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
    b.parameters = parameters;
    return b;
  }

  /**
   * Whether the request changes nothing.
   *
   * @return {@code true} if every field is unchanged
   */
  public boolean isEmpty() {
    return databaseName.isUnchanged()
        && sqlalchemyUri.isUnchanged()
        && exposeInSqllab.isUnchanged()
        && allowCtas.isUnchanged()
        && allowCvas.isUnchanged()
        && allowDml.isUnchanged()
        && allowRunAsync.isUnchanged()
        && allowFileUpload.isUnchanged()
        && cacheTimeout.isUnchanged()
        && extra.isUnchanged()
        && impersonateUser.isUnchanged()
        && forceCtasSchema.isUnchanged()
        && externalUrl.isUnchanged()
        && isManagedExternally.isUnchanged()
        && maskedEncryptedExtra.isUnchanged()
        && serverCert.isUnchanged()
        && engine.isUnchanged()
        && driver.isUnchanged()
        && parameters.isUnchanged();
  }

  @Override
  public String toString() {
    return "UpdateDatabaseRequest["
        + "databaseName=" + databaseName
        + ", "
        + "sqlalchemyUri=" + (sqlalchemyUri.isSet() ? "set(" + Redactor.redact(String.valueOf(sqlalchemyUri.value())) + ")" : sqlalchemyUri)
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
        + "maskedEncryptedExtra=" + (maskedEncryptedExtra.isSet() ? "set(***)" : maskedEncryptedExtra)
        + ", "
        + "serverCert=" + serverCert
        + ", "
        + "engine=" + engine
        + ", "
        + "driver=" + driver
        + ", "
        + "parameters=" + (parameters.isSet() ? "set(***)" : parameters)
        + "]";
  }

  /** Builds an {@link UpdateDatabaseRequest}; fields not mentioned stay unchanged. Not thread-safe. */
  public static final class Builder {
    private Change<String> databaseName = Change.unchanged();
    private Change<String> sqlalchemyUri = Change.unchanged();
    private Change<Boolean> exposeInSqllab = Change.unchanged();
    private Change<Boolean> allowCtas = Change.unchanged();
    private Change<Boolean> allowCvas = Change.unchanged();
    private Change<Boolean> allowDml = Change.unchanged();
    private Change<Boolean> allowRunAsync = Change.unchanged();
    private Change<Boolean> allowFileUpload = Change.unchanged();
    private Change<Integer> cacheTimeout = Change.unchanged();
    private Change<String> extra = Change.unchanged();
    private Change<Boolean> impersonateUser = Change.unchanged();
    private Change<String> forceCtasSchema = Change.unchanged();
    private Change<String> externalUrl = Change.unchanged();
    private Change<Boolean> isManagedExternally = Change.unchanged();
    private Change<String> maskedEncryptedExtra = Change.unchanged();
    private Change<String> serverCert = Change.unchanged();
    private Change<String> engine = Change.unchanged();
    private Change<String> driver = Change.unchanged();
    private Change<Map<String, Object>> parameters = Change.unchanged();

    private Builder() {}

    /**
     * Sets the display name.
     *
     * @param databaseName the new value
     * @return this builder
     * @throws NullPointerException if {@code databaseName} is null
     */
    public Builder databaseName(String databaseName) {
      this.databaseName = Change.set(databaseName);
      return this;
    }

    /**
     * Sets the SQLAlchemy URI, password included.
     *
     * @param sqlalchemyUri the new value
     * @return this builder
     * @throws NullPointerException if {@code sqlalchemyUri} is null
     */
    public Builder sqlalchemyUri(String sqlalchemyUri) {
      this.sqlalchemyUri = Change.set(sqlalchemyUri);
      return this;
    }

    /**
     * Sets whether SQL Lab offers the database.
     *
     * @param exposeInSqllab the new value
     * @return this builder
     */
    public Builder exposeInSqllab(boolean exposeInSqllab) {
      this.exposeInSqllab = Change.set(exposeInSqllab);
      return this;
    }

    /**
     * Sets whether SQL Lab may run CREATE TABLE AS.
     *
     * @param allowCtas the new value
     * @return this builder
     */
    public Builder allowCtas(boolean allowCtas) {
      this.allowCtas = Change.set(allowCtas);
      return this;
    }

    /**
     * Sets whether SQL Lab may run CREATE VIEW AS.
     *
     * @param allowCvas the new value
     * @return this builder
     */
    public Builder allowCvas(boolean allowCvas) {
      this.allowCvas = Change.set(allowCvas);
      return this;
    }

    /**
     * Sets whether SQL Lab may run statements other than SELECT.
     *
     * @param allowDml the new value
     * @return this builder
     */
    public Builder allowDml(boolean allowDml) {
      this.allowDml = Change.set(allowDml);
      return this;
    }

    /**
     * Sets whether queries run asynchronously on Celery workers.
     *
     * @param allowRunAsync the new value
     * @return this builder
     */
    public Builder allowRunAsync(boolean allowRunAsync) {
      this.allowRunAsync = Change.set(allowRunAsync);
      return this;
    }

    /**
     * Sets whether CSV and Excel uploads may target the database.
     *
     * @param allowFileUpload the new value
     * @return this builder
     */
    public Builder allowFileUpload(boolean allowFileUpload) {
      this.allowFileUpload = Change.set(allowFileUpload);
      return this;
    }

    /**
     * Sets the chart cache timeout in seconds; 0 never expires.
     *
     * @param cacheTimeout the new value
     * @return this builder
     */
    public Builder cacheTimeout(int cacheTimeout) {
      this.cacheTimeout = Change.set(cacheTimeout);
      return this;
    }

    /**
     * Clears the chart cache timeout in seconds; 0 never expires (sends JSON {@code null}).
     *
     * @return this builder
     */
    public Builder clearCacheTimeout() {
      this.cacheTimeout = Change.clear();
      return this;
    }

    /**
     * Sets the {@code extra} JSON document as text (engine and metadata parameters).
     *
     * @param extra the new value
     * @return this builder
     * @throws NullPointerException if {@code extra} is null
     */
    public Builder extra(String extra) {
      this.extra = Change.set(extra);
      return this;
    }

    /**
     * Sets whether queries run as the logged-in Superset user.
     *
     * @param impersonateUser the new value
     * @return this builder
     */
    public Builder impersonateUser(boolean impersonateUser) {
      this.impersonateUser = Change.set(impersonateUser);
      return this;
    }

    /**
     * Sets the schema CTAS tables are forced into.
     *
     * @param forceCtasSchema the new value
     * @return this builder
     * @throws NullPointerException if {@code forceCtasSchema} is null
     */
    public Builder forceCtasSchema(String forceCtasSchema) {
      this.forceCtasSchema = Change.set(forceCtasSchema);
      return this;
    }

    /**
     * Clears the schema CTAS tables are forced into (sends JSON {@code null}).
     *
     * @return this builder
     */
    public Builder clearForceCtasSchema() {
      this.forceCtasSchema = Change.clear();
      return this;
    }

    /**
     * Sets the URL of the external tool that manages the database.
     *
     * @param externalUrl the new value
     * @return this builder
     * @throws NullPointerException if {@code externalUrl} is null
     */
    public Builder externalUrl(String externalUrl) {
      this.externalUrl = Change.set(externalUrl);
      return this;
    }

    /**
     * Clears the URL of the external tool that manages the database (sends JSON {@code null}).
     *
     * @return this builder
     */
    public Builder clearExternalUrl() {
      this.externalUrl = Change.clear();
      return this;
    }

    /**
     * Sets whether an external tool manages the database (locks UI edits).
     *
     * @param isManagedExternally the new value
     * @return this builder
     */
    public Builder isManagedExternally(boolean isManagedExternally) {
      this.isManagedExternally = Change.set(isManagedExternally);
      return this;
    }

    /**
     * Clears whether an external tool manages the database (locks UI edits) (sends JSON {@code null}).
     *
     * @return this builder
     */
    public Builder clearIsManagedExternally() {
      this.isManagedExternally = Change.clear();
      return this;
    }

    /**
     * Sets the encrypted extra JSON (secrets such as service-account keys).
     *
     * @param maskedEncryptedExtra the new value
     * @return this builder
     * @throws NullPointerException if {@code maskedEncryptedExtra} is null
     */
    public Builder maskedEncryptedExtra(String maskedEncryptedExtra) {
      this.maskedEncryptedExtra = Change.set(maskedEncryptedExtra);
      return this;
    }

    /**
     * Clears the encrypted extra JSON (secrets such as service-account keys) (sends JSON {@code null}).
     *
     * @return this builder
     */
    public Builder clearMaskedEncryptedExtra() {
      this.maskedEncryptedExtra = Change.clear();
      return this;
    }

    /**
     * Sets the PEM certificate of the database server, for TLS.
     *
     * @param serverCert the new value
     * @return this builder
     * @throws NullPointerException if {@code serverCert} is null
     */
    public Builder serverCert(String serverCert) {
      this.serverCert = Change.set(serverCert);
      return this;
    }

    /**
     * Clears the PEM certificate of the database server, for TLS (sends JSON {@code null}).
     *
     * @return this builder
     */
    public Builder clearServerCert() {
      this.serverCert = Change.clear();
      return this;
    }

    /**
     * Sets the SQLAlchemy engine, for connections configured by parameters.
     *
     * @param engine the new value
     * @return this builder
     * @throws NullPointerException if {@code engine} is null
     */
    public Builder engine(String engine) {
      this.engine = Change.set(engine);
      return this;
    }

    /**
     * Clears the SQLAlchemy engine, for connections configured by parameters (sends JSON {@code null}).
     *
     * @return this builder
     */
    public Builder clearEngine() {
      this.engine = Change.clear();
      return this;
    }

    /**
     * Sets the SQLAlchemy driver.
     *
     * @param driver the new value
     * @return this builder
     * @throws NullPointerException if {@code driver} is null
     */
    public Builder driver(String driver) {
      this.driver = Change.set(driver);
      return this;
    }

    /**
     * Clears the SQLAlchemy driver (sends JSON {@code null}).
     *
     * @return this builder
     */
    public Builder clearDriver() {
      this.driver = Change.clear();
      return this;
    }

    /**
     * Sets engine parameters.
     *
     * @param parameters the new value
     * @return this builder
     * @throws NullPointerException if {@code parameters} is null
     */
    public Builder parameters(Map<String, Object> parameters) {
      this.parameters = Change.set(parameters);
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     */
    public UpdateDatabaseRequest build() {
      return new UpdateDatabaseRequest(databaseName, sqlalchemyUri, exposeInSqllab, allowCtas, allowCvas, allowDml, allowRunAsync, allowFileUpload, cacheTimeout, extra, impersonateUser, forceCtasSchema, externalUrl, isManagedExternally, maskedEncryptedExtra, serverCert, engine, driver, parameters);
    }
  }
}
