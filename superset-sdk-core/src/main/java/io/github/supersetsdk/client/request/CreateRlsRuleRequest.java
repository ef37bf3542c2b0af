package io.github.supersetsdk.client.request;

import io.github.supersetsdk.client.id.DatasetId;
import io.github.supersetsdk.client.id.RoleId;
import io.github.supersetsdk.client.internal.Copies;
import io.github.supersetsdk.client.model.RlsFilterType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A new row-level security rule.
 *
 * <pre>{@code
 * CreateRlsRuleRequest request = CreateRlsRuleRequest
 *     .builder("tenant-42", RlsFilterType.REGULAR, "tenant_id = 42")
 *     .tables(List.of(orders))
 *     .roles(List.of(tenantRole))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the rule's name, unique per Superset
 * @param filterType {@code Regular} or {@code Base}
 * @param clause the SQL condition
 * @param tables the datasets it applies to; at least one
 * @param roles the roles it applies to (or exempts, for {@code Base})
 * @param groupKey rules with the same group key are ORed together
 * @param description the description
 */
public record CreateRlsRuleRequest(
    String name,
    RlsFilterType filterType,
    String clause,
    List<DatasetId> tables,
    List<RoleId> roles,
    @Nullable String groupKey,
    @Nullable String description) {

  /**
   * Validates and copies the components.
   *
   * @param name the rule's name, unique per Superset
   * @param filterType {@code Regular} or {@code Base}
   * @param clause the SQL condition
   * @param tables the datasets it applies to; at least one
   * @param roles the roles it applies to (or exempts, for {@code Base})
   * @param groupKey rules with the same group key are ORed together
   * @param description the description
   * @throws NullPointerException if a required component is null
   */
  public CreateRlsRuleRequest {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(filterType, "filterType");
    Objects.requireNonNull(clause, "clause");
    tables = Copies.list(tables);
    roles = Copies.list(roles);
  }

  /**
   * Returns a builder with the required fields set.
   *
   * @param name the rule's name, unique per Superset
   * @param filterType {@code Regular} or {@code Base}
   * @param clause the SQL condition
   * @return a new builder
   * @throws NullPointerException if an argument is null
   */
  public static Builder builder(String name, RlsFilterType filterType, String clause) {
    Builder b = new Builder();
    b.name = Objects.requireNonNull(name, "name");
    b.filterType = Objects.requireNonNull(filterType, "filterType");
    b.clause = Objects.requireNonNull(clause, "clause");
    return b;
  }

  /**
   * Returns a builder initialised from this request.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.name = name;
    b.filterType = filterType;
    b.clause = clause;
    b.tables = new ArrayList<>(tables);
    b.roles = new ArrayList<>(roles);
    b.groupKey = groupKey;
    b.description = description;
    return b;
  }

  /** Builds a {@link CreateRlsRuleRequest}. Not thread-safe. */
  public static final class Builder {
    private @Nullable String name;
    private @Nullable RlsFilterType filterType;
    private @Nullable String clause;
    private List<DatasetId> tables = new ArrayList<>();
    private List<RoleId> roles = new ArrayList<>();
    private @Nullable String groupKey;
    private @Nullable String description;

    private Builder() {}

    /**
     * Sets the rule's name, unique per Superset.
     *
     * @param name the value
     * @return this builder
     * @throws NullPointerException if {@code name} is null
     */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * Sets {@code Regular} or {@code Base}.
     *
     * @param filterType the value
     * @return this builder
     * @throws NullPointerException if {@code filterType} is null
     */
    public Builder filterType(RlsFilterType filterType) {
      this.filterType = Objects.requireNonNull(filterType, "filterType");
      return this;
    }

    /**
     * Sets the SQL condition.
     *
     * @param clause the value
     * @return this builder
     * @throws NullPointerException if {@code clause} is null
     */
    public Builder clause(String clause) {
      this.clause = Objects.requireNonNull(clause, "clause");
      return this;
    }

    /**
     * Sets the datasets it applies to; at least one.
     *
     * @param tables the value
     * @return this builder
     * @throws NullPointerException if {@code tables} is null
     */
    public Builder tables(List<DatasetId> tables) {
      this.tables = new ArrayList<>(Objects.requireNonNull(tables, "tables"));
      return this;
    }

    /**
     * Sets the roles it applies to (or exempts, for {@code Base}).
     *
     * @param roles the value
     * @return this builder
     * @throws NullPointerException if {@code roles} is null
     */
    public Builder roles(List<RoleId> roles) {
      this.roles = new ArrayList<>(Objects.requireNonNull(roles, "roles"));
      return this;
    }

    /**
     * Sets rules with the same group key are ORed together.
     *
     * @param groupKey the value
     * @return this builder
     * @throws NullPointerException if {@code groupKey} is null
     */
    public Builder groupKey(String groupKey) {
      this.groupKey = Objects.requireNonNull(groupKey, "groupKey");
      return this;
    }

    /**
     * Sets the description.
     *
     * @param description the value
     * @return this builder
     * @throws NullPointerException if {@code description} is null
     */
    public Builder description(String description) {
      this.description = Objects.requireNonNull(description, "description");
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws NullPointerException if a required field is missing
     */
    public CreateRlsRuleRequest build() {
      return new CreateRlsRuleRequest(name, filterType, clause, tables, roles, groupKey, description);
    }
  }
}
