package io.github.supersetsdk.client.model;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A database engine the Superset server can connect to, as listed by {@code
 * /api/v1/database/available/}: its SQLAlchemy dialect, installed drivers and, for engines with a
 * form-based setup, the JSON schema of its connection parameters.
 *
 * <p>Immutable and thread-safe.
 *
 * @param engine the SQLAlchemy engine, e.g. {@code postgresql}
 * @param name the engine's display name, e.g. {@code PostgreSQL}
 * @param defaultDriver the driver Superset uses unless told otherwise, or {@code null}
 * @param availableDrivers the drivers installed on the server; never null
 * @param sqlalchemyUriPlaceholder an example SQLAlchemy URI, or {@code null}
 * @param preferred whether Superset's UI lists the engine first
 * @param parameters the JSON schema of the connection parameters, empty when the engine is set up by
 *     URI only; free-form JSON
 * @param engineInformation engine capabilities, e.g. {@code supports_file_upload}; free-form JSON
 */
public record DatabaseEngine(
    String engine,
    String name,
    @Nullable String defaultDriver,
    List<String> availableDrivers,
    @Nullable String sqlalchemyUriPlaceholder,
    boolean preferred,
    Map<String, Object> parameters,
    Map<String, Object> engineInformation) {

  /** Copies the collections; never null. */
  public DatabaseEngine {
    availableDrivers = Copies.list(availableDrivers);
    parameters = Copies.deepMap(parameters);
    engineInformation = Copies.deepMap(engineInformation);
  }

  /**
   * {@return whether the engine accepts file uploads (CSV, Excel, columnar) into its tables, as Superset
   * reports}
   */
  public boolean supportsFileUpload() {
    return Boolean.TRUE.equals(engineInformation.get("supports_file_upload"));
  }
}
