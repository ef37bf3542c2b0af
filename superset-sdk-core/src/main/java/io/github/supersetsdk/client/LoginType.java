package io.github.supersetsdk.client;

import java.util.Objects;

/**
 * The Flask-AppBuilder authentication provider that checks a username and password: {@link #DB}
 * (Superset's own user table) or {@link #LDAP}.
 *
 * <p>An open value class rather than an enum so that providers added by future Superset releases
 * can be named without an SDK upgrade. Immutable and thread-safe.
 *
 * @param value the provider name sent in the login request
 */
public record LoginType(String value) {

  /** Users stored in Superset's metadata database. */
  public static final LoginType DB = new LoginType("db");

  /** Users checked against an LDAP directory. */
  public static final LoginType LDAP = new LoginType("ldap");

  /**
   * Creates a provider.
   *
   * @param value the provider name; not blank
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public LoginType {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("value is blank");
    }
  }

  /**
   * Returns the provider with the given name.
   *
   * @param value the provider name; not blank
   * @return the provider
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public static LoginType of(String value) {
    return new LoginType(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
