package io.github.supersetsdk.client.id;

/**
 * The numeric id of a row-level security rule, typed so that it cannot be confused with the id of another kind of object.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the id Superset assigned
 */
public record RlsRuleId(long value) {

  /**
   * Validates the id.
   *
   * @param value the id Superset assigned
   * @throws IllegalArgumentException if {@code value} is not positive
   */
  public RlsRuleId {
    if (value <= 0) {
      throw new IllegalArgumentException("RlsRuleId must be positive: " + value);
    }
  }

  /**
   * Returns the id with the given value.
   *
   * @param value the id Superset assigned; positive
   * @return the typed id
   * @throws IllegalArgumentException if {@code value} is not positive
   */
  public static RlsRuleId of(long value) {
    return new RlsRuleId(value);
  }
}
