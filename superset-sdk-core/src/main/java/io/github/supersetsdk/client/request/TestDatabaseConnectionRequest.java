package io.github.supersetsdk.client.request;

import io.github.supersetsdk.codegen.GeneratedBuilder;
import io.github.supersetsdk.codegen.Sensitive;
import java.util.Map;
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
@GeneratedBuilder
public record TestDatabaseConnectionRequest(
    @Sensitive(mask = "io.github.supersetsdk.client.model.Database.redact") String sqlalchemyUri,
    @Nullable String databaseName,
    @Sensitive(mask = "io.github.supersetsdk.client.model.Database.redact") @Nullable String extra,
    @Nullable Boolean impersonateUser,
    @Sensitive @Nullable String maskedEncryptedExtra,
    @Nullable String serverCert,
    @Nullable String engine,
    @Nullable String driver,
    @Sensitive Map<String, Object> parameters)
    implements TestDatabaseConnectionRequestBuilder.Methods {

  /** Copies the parameters; never null. */
  public TestDatabaseConnectionRequest {
    parameters = Copies.deepMap(parameters);
  }

  /**
   * {@return a new builder with the required fields set}
   *
   * @param sqlalchemyUri the SQLAlchemy URI to test, password included
   * @throws NullPointerException if an argument is null
   */
  public static Builder builder(String sqlalchemyUri) {
    return TestDatabaseConnectionRequestBuilder.create(sqlalchemyUri);
  }

  @Override
  public String toString() {
    return TestDatabaseConnectionRequestBuilder.toString(this);
  }

  /** Builds a {@link TestDatabaseConnectionRequest}. Not thread-safe. */
  public static final class Builder extends TestDatabaseConnectionRequestBuilder {
    Builder() {}
  }
}
