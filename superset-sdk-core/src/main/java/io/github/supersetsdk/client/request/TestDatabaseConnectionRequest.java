package io.github.supersetsdk.client.request;

import io.github.supersetsdk.client.internal.Copies;
import io.github.supersetsdk.client.internal.Redactor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Connection settings to test without saving them.
 *
 * <p>{@code toString()} masks the password in the URI and hides secrets.
 *
 * <p>Immutable and thread-safe.
 *
 * @param sqlalchemyUri the SQLAlchemy URI to test, password included
 * @param databaseName the name of an existing connection, whose stored password is used when the URI masks it
 * @param extra the {@code extra} JSON document as text
 * @param impersonateUser whether to connect as the logged-in user
 * @param maskedEncryptedExtra the encrypted extra JSON
 * @param serverCert the PEM certificate of the database server
 * @param engine the SQLAlchemy engine, for parameter-based connections
 * @param driver the SQLAlchemy driver
 * @param parameters engine parameters
 */
public record TestDatabaseConnectionRequest(
    String sqlalchemyUri,
    @Nullable String databaseName,
    @Nullable String extra,
    @Nullable Boolean impersonateUser,
    @Nullable String maskedEncryptedExtra,
    @Nullable String serverCert,
    @Nullable String engine,
    @Nullable String driver,
    Map<String, Object> parameters) {

  /**
   * Validates and copies the components.
   *
   * @param sqlalchemyUri the SQLAlchemy URI to test, password included
   * @param databaseName the name of an existing connection, whose stored password is used when the URI masks it
   * @param extra the {@code extra} JSON document as text
   * @param impersonateUser whether to connect as the logged-in user
   * @param maskedEncryptedExtra the encrypted extra JSON
   * @param serverCert the PEM certificate of the database server
   * @param engine the SQLAlchemy engine, for parameter-based connections
   * @param driver the SQLAlchemy driver
   * @param parameters engine parameters
   * @throws NullPointerException if a required component is null
   */
  public TestDatabaseConnectionRequest {
    Objects.requireNonNull(sqlalchemyUri, "sqlalchemyUri");
    parameters = Copies.map(parameters);
  }

  /**
   * Returns a builder with the required fields set.
   *
   * @param sqlalchemyUri the SQLAlchemy URI to test, password included
   * @return a new builder
   * @throws NullPointerException if an argument is null
   */
  public static Builder builder(String sqlalchemyUri) {
    Builder b = new Builder();
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
    b.sqlalchemyUri = sqlalchemyUri;
    b.databaseName = databaseName;
    b.extra = extra;
    b.impersonateUser = impersonateUser;
    b.maskedEncryptedExtra = maskedEncryptedExtra;
    b.serverCert = serverCert;
    b.engine = engine;
    b.driver = driver;
    b.parameters = new LinkedHashMap<>(parameters);
    return b;
  }

  @Override
  public String toString() {
    return "TestDatabaseConnectionRequest["
        + "sqlalchemyUri=" + Redactor.redact(sqlalchemyUri)
        + ", "
        + "databaseName=" + databaseName
        + ", "
        + "extra=" + extra
        + ", "
        + "impersonateUser=" + impersonateUser
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
        + "]";
  }

  /** Builds a {@link TestDatabaseConnectionRequest}. Not thread-safe. */
  public static final class Builder {
    private @Nullable String sqlalchemyUri;
    private @Nullable String databaseName;
    private @Nullable String extra;
    private @Nullable Boolean impersonateUser;
    private @Nullable String maskedEncryptedExtra;
    private @Nullable String serverCert;
    private @Nullable String engine;
    private @Nullable String driver;
    private Map<String, Object> parameters = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets the SQLAlchemy URI to test, password included.
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
     * Sets the name of an existing connection, whose stored password is used when the URI masks it.
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
     * Sets the {@code extra} JSON document as text.
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
     * Sets whether to connect as the logged-in user.
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
     * Sets the encrypted extra JSON.
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
     * Sets the PEM certificate of the database server.
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
     * Sets the SQLAlchemy engine, for parameter-based connections.
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
     * Sets engine parameters.
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
     * Builds the request.
     *
     * @return the request
     * @throws NullPointerException if a required field is missing
     */
    public TestDatabaseConnectionRequest build() {
      return new TestDatabaseConnectionRequest(sqlalchemyUri, databaseName, extra, impersonateUser, maskedEncryptedExtra, serverCert, engine, driver, parameters);
    }
  }
}
