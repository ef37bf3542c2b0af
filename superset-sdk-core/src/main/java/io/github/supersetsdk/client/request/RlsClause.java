package io.github.supersetsdk.client.request;

import io.github.supersetsdk.client.id.DatasetId;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A row-level security clause carried by a guest token: an SQL condition ANDed into every query the
 * guest runs, on one dataset or on all of them.
 *
 * <p>The clause is SQL written by you, not by the guest: build it from trusted values only (e.g. the
 * tenant id of your authenticated user), never from raw user input. Immutable and thread-safe.
 *
 * @param clause the SQL condition, e.g. {@code tenant_id = 42}
 * @param dataset the dataset it applies to, or {@code null} for all datasets
 */
public record RlsClause(String clause, @Nullable DatasetId dataset) {

  /**
   * Validates the components.
   *
   * @throws NullPointerException if {@code clause} is null
   * @throws IllegalArgumentException if {@code clause} is blank
   */
  @SuppressWarnings("doclint:missing") // the components are documented on the record
  public RlsClause {
    Objects.requireNonNull(clause, "clause");
    if (clause.isBlank()) {
      throw new IllegalArgumentException("clause is blank");
    }
  }

  /**
   * A clause for every dataset the guest queries.
   *
   * @param clause the SQL condition
   * @return the clause
   * @throws NullPointerException if {@code clause} is null
   * @throws IllegalArgumentException if {@code clause} is blank
   */
  public static RlsClause of(String clause) {
    return new RlsClause(clause, null);
  }

  /**
   * A clause for one dataset.
   *
   * @param dataset the dataset
   * @param clause the SQL condition
   * @return the clause
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code clause} is blank
   */
  public static RlsClause of(DatasetId dataset, String clause) {
    return new RlsClause(clause, Objects.requireNonNull(dataset, "dataset"));
  }
}
