package io.github.supersetsdk.client.exception;

import java.util.Objects;

/**
 * Superset's {@code error_type}, the machine-readable category of an error such as {@code
 * GENERIC_DB_ENGINE_ERROR}.
 *
 * <p>The set is open: Superset adds categories between releases, so this is a value class with
 * constants for the common ones rather than an enum; compare with {@link #equals(Object)}. Immutable
 * and thread-safe.
 *
 * @param value the exact string Superset sent
 */
public record ErrorType(String value) {

  /** A generic failure reported by the database engine. */
  public static final ErrorType GENERIC_DB_ENGINE_ERROR = new ErrorType("GENERIC_DB_ENGINE_ERROR");

  /** A generic failure in Superset's backend. */
  public static final ErrorType GENERIC_BACKEND_ERROR = new ErrorType("GENERIC_BACKEND_ERROR");

  /** The caller lacks access to the datasource. */
  public static final ErrorType DATASOURCE_SECURITY_ACCESS_ERROR =
      new ErrorType("DATASOURCE_SECURITY_ACCESS_ERROR");

  /** The caller lacks access to the database. */
  public static final ErrorType DATABASE_SECURITY_ACCESS_ERROR =
      new ErrorType("DATABASE_SECURITY_ACCESS_ERROR");

  /** The caller lacks access to a table. */
  public static final ErrorType TABLE_SECURITY_ACCESS_ERROR =
      new ErrorType("TABLE_SECURITY_ACCESS_ERROR");

  /** A database connection could not be established with the given parameters. */
  public static final ErrorType CONNECTION_ACCESS_DENIED_ERROR =
      new ErrorType("CONNECTION_ACCESS_DENIED_ERROR");

  /** The connection parameters failed validation. */
  public static final ErrorType CONNECTION_MISSING_PARAMETERS_ERROR =
      new ErrorType("CONNECTION_MISSING_PARAMETERS_ERROR");

  /** A request parameter or body failed validation. */
  public static final ErrorType INVALID_PAYLOAD_SCHEMA_ERROR =
      new ErrorType("INVALID_PAYLOAD_SCHEMA_ERROR");

  /** A SQL query exceeded Superset's time limit. */
  public static final ErrorType SQLLAB_TIMEOUT_ERROR = new ErrorType("SQLLAB_TIMEOUT_ERROR");

  /** A feature flag required by the endpoint is off. */
  public static final ErrorType GENERIC_COMMAND_ERROR = new ErrorType("GENERIC_COMMAND_ERROR");

  /**
   * Creates an error type.
   *
   * @param value the exact string Superset sent; not blank
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public ErrorType {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("value is blank");
    }
  }

  /**
   * Returns the error type with the given name.
   *
   * @param value the exact string Superset sent; not blank
   * @return the error type
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public static ErrorType of(String value) {
    return new ErrorType(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
