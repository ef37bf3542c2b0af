package io.github.supersetsdk.client.model;

import java.util.Objects;

/**
 * How a row-level security rule applies: {@link #REGULAR} rules filter the queries of the listed
 * roles; {@link #BASE} rules filter everyone's queries except those of the listed roles.
 *
 * <p>An open value class. Immutable and thread-safe.
 *
 * @param value the name Superset uses
 */
public record RlsFilterType(String value) {

  /** Applies to members of the rule's roles. */
  public static final RlsFilterType REGULAR = new RlsFilterType("Regular");

  /** Applies to everyone except members of the rule's roles. */
  public static final RlsFilterType BASE = new RlsFilterType("Base");

  /**
   * Validates the value.
   *
   * @throws NullPointerException if {@code value} is null
   */
  public RlsFilterType {
    Objects.requireNonNull(value, "value");
  }

  /**
   * {@return the filter type with the given name}
   *
   * @param value the name
   * @throws NullPointerException if {@code value} is null
   */
  public static RlsFilterType of(String value) {
    return new RlsFilterType(value);
  }
}
