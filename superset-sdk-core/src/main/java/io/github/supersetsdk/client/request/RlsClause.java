package io.github.supersetsdk.client.request;

import io.github.supersetsdk.client.id.DatasetId;
import java.util.Collection;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A row-level security clause carried by a guest token: an SQL condition ANDed into every query the
 * guest runs, on one dataset or on all of them.
 *
 * <p>The clause is SQL written by you, not by the guest. To filter on a value such as a tenant id,
 * use the typed builders ({@link #equalTo(String, String)}, {@link #equalTo(String, long)}, {@link
 * #isIn(String, Collection)}): they check the column name and quote the value, so a value with quotes
 * or SQL in it stays one literal and cannot widen the filter. {@link #of(String)} takes SQL as is:
 * build it from trusted values only, never from user input.
 *
 * {@snippet class=io.github.supersetsdk.client.snippets.EmbeddingSnippets region=RlsClause}
 *
 * <p>Immutable and thread-safe.
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
  public RlsClause {
    Objects.requireNonNull(clause, "clause");
    if (clause.isBlank()) {
      throw new IllegalArgumentException("clause is blank");
    }
  }

  /**
   * {@return a clause for every dataset the guest queries}
   *
   * @param clause the SQL condition
   * @throws NullPointerException if {@code clause} is null
   * @throws IllegalArgumentException if {@code clause} is blank
   */
  public static RlsClause of(String clause) {
    return new RlsClause(clause, null);
  }

  /**
   * {@return a clause for one dataset}
   *
   * @param dataset the dataset
   * @param clause the SQL condition
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code clause} is blank
   */
  public static RlsClause of(DatasetId dataset, String clause) {
    return new RlsClause(clause, Objects.requireNonNull(dataset, "dataset"));
  }

  /**
   * A clause for every dataset: {@code column = 'value'}, the value quoted as an SQL string literal.
   *
   * @param column a plain column name ({@code [A-Za-z_][A-Za-z0-9_]*}) that is not a word databases
   *     read as a value ({@code user}, {@code current_date}, ...)
   * @param value the value, e.g. a tenant id; may hold quotes and any SQL, which stay inside the
   *     literal
   * @return the clause
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the column is not a plain name or is read as a value, or the
   *     value holds a backslash, a control character or a Jinja delimiter (<code>&#123;&#123;</code>, <code>&#123;%</code>, <code>&#123;#</code>),
   *     which some databases or Superset's templating would not keep inside the literal
   */
  public static RlsClause equalTo(String column, String value) {
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(value, "value");
    return of(SqlLiterals.identifier(column) + " = " + SqlLiterals.string(value));
  }

  /**
   * A clause for every dataset: {@code column = value} with a whole number.
   *
   * @param column a plain column name ({@code [A-Za-z_][A-Za-z0-9_]*}) that is not a word databases
   *     read as a value ({@code user}, {@code current_date}, ...)
   * @param value the value
   * @return the clause
   * @throws NullPointerException if {@code column} is null
   * @throws IllegalArgumentException if the column is not a plain name or is read as a value
   */
  public static RlsClause equalTo(String column, long value) {
    Objects.requireNonNull(column, "column");
    return of(SqlLiterals.identifier(column) + " = " + value);
  }

  /**
   * A clause for every dataset: {@code column IN ('a', 'b', ...)}, each value quoted as with {@link
   * #equalTo(String, String)}.
   *
   * @param column a plain column name ({@code [A-Za-z_][A-Za-z0-9_]*}) that is not a word databases
   *     read as a value ({@code user}, {@code current_date}, ...)
   * @param values the values; at least one
   * @return the clause
   * @throws NullPointerException if an argument or a value is null
   * @throws IllegalArgumentException if {@code values} is empty, the column is refused or a value is
   *     refused as in {@link #equalTo(String, String)}
   */
  public static RlsClause isIn(String column, Collection<String> values) {
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(values, "values");
    if (values.isEmpty()) {
      throw new IllegalArgumentException("isIn needs at least one value");
    }
    String list = values.stream()
        .map(v -> SqlLiterals.string(Objects.requireNonNull(v, "values contains null")))
        .collect(Collectors.joining(", "));
    return of(SqlLiterals.identifier(column) + " IN (" + list + ")");
  }

  /**
   * This clause restricted to one dataset.
   *
   * @param dataset the dataset
   * @return a copy that applies to {@code dataset} only
   * @throws NullPointerException if {@code dataset} is null
   */
  public RlsClause onDataset(DatasetId dataset) {
    return new RlsClause(clause, Objects.requireNonNull(dataset, "dataset"));
  }
}
