package io.github.supersetsdk.dbt.manifest;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A constraint of a model's contract (manifest v10 and later), at model level in
 * {@link DbtNode#constraints()} or on one column in {@link DbtColumn#constraints()}. dbt asks the
 * warehouse to enforce it when the model's contract is enforced, where the warehouse can. Immutable
 * and thread-safe.
 *
 * @param type {@code check}, {@code not_null}, {@code unique}, {@code primary_key},
 *     {@code foreign_key} or {@code custom}, as written in lower case
 * @param name the constraint's name, or {@code null}
 * @param expression a {@code check} or {@code custom} constraint's SQL, or {@code null}
 * @param columns the columns of a model-level constraint; empty on a column's constraint
 * @param to a foreign key's referenced relation, such as {@code ref('customers')}, or {@code null}
 * @param toColumns a foreign key's referenced columns
 * @param warnUnenforced whether dbt warns when the warehouse does not enforce it
 * @param warnUnsupported whether dbt warns when the warehouse does not support it
 */
public record DbtConstraint(
    String type,
    @Nullable String name,
    @Nullable String expression,
    List<String> columns,
    @Nullable String to,
    List<String> toColumns,
    boolean warnUnenforced,
    boolean warnUnsupported) {

  /**
   * Validates and copies the components.
   *
   * @throws NullPointerException if {@code type} is null
   */
  public DbtConstraint {
    Objects.requireNonNull(type, "type");
    columns = columns == null ? List.of() : List.copyOf(columns);
    toColumns = toColumns == null ? List.of() : List.copyOf(toColumns);
  }
}
