package io.github.supersetsdk.client.request;

import io.github.supersetsdk.client.model.DatabaseEngine;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Connection parameters to check before creating a connection through an engine's form, the way
 * Superset's UI checks each field: host reachable, port open, database present, credentials valid.
 *
 * {@snippet class=io.github.supersetsdk.client.snippets.RequestSnippets region=ValidateDatabaseParametersRequest}
 *
 * <p>Immutable and thread-safe. {@link #toString()} leaves out the parameters, which hold a password.
 *
 * @param engine the SQLAlchemy engine, e.g. {@code postgresql} (see {@link DatabaseEngine#engine()})
 * @param parameters the engine's parameters, as its {@link DatabaseEngine#parameters()} schema
 *     describes them; free-form JSON
 * @param driver the driver, or {@code null} for the engine's default
 * @param databaseName the connection's display name, or {@code null}
 */
public record ValidateDatabaseParametersRequest(
    String engine, Map<String, Object> parameters, @Nullable String driver, @Nullable String databaseName) {

  /**
   * Checks the engine and copies the parameters.
   *
   * @throws NullPointerException if {@code engine} or {@code parameters} is null
   */
  public ValidateDatabaseParametersRequest {
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(parameters, "parameters");
    parameters = Copies.deepMap(parameters);
  }

  /**
   * Parameters for an engine with its default driver.
   *
   * @param engine the SQLAlchemy engine
   * @param parameters the engine's parameters
   * @return the request
   * @throws NullPointerException if an argument is null
   */
  public static ValidateDatabaseParametersRequest of(String engine, Map<String, Object> parameters) {
    return new ValidateDatabaseParametersRequest(engine, parameters, null, null);
  }

  /**
   * {@return the request without its parameters, which hold a password: the engine and the parameter names}
   */
  @Override
  public String toString() {
    return "ValidateDatabaseParametersRequest[engine=" + engine + ", parameters=" + parameters.keySet()
        + ", driver=" + driver + ", databaseName=" + databaseName + "]";
  }
}
