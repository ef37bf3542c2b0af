package io.github.supersetsdk.client.request;

import io.github.supersetsdk.client.id.DatasetId;
import io.github.supersetsdk.client.id.RoleId;
import io.github.supersetsdk.client.model.RlsFilterType;
import java.util.List;
import java.util.Objects;

/**
 * A partial update of a row-level security rule: only fields that are set or cleared are sent.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the rule's name
 * @param filterType {@code Regular} or {@code Base}
 * @param clause the SQL condition
 * @param tables the datasets it applies to
 * @param roles the roles it applies to
 * @param groupKey the group key
 * @param description the description
 */
public record UpdateRlsRuleRequest(
    Change<String> name,
    Change<RlsFilterType> filterType,
    Change<String> clause,
    Change<List<DatasetId>> tables,
    Change<List<RoleId>> roles,
    Change<String> groupKey,
    Change<String> description) {

  /**
   * Validates the components.
   *
   * @param name the rule's name
   * @param filterType {@code Regular} or {@code Base}
   * @param clause the SQL condition
   * @param tables the datasets it applies to
   * @param roles the roles it applies to
   * @param groupKey the group key
   * @param description the description
   * @throws NullPointerException if a component is null; use {@link Change#unchanged()}
   */
  public UpdateRlsRuleRequest {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(filterType, "filterType");
    Objects.requireNonNull(clause, "clause");
    Objects.requireNonNull(tables, "tables");
    Objects.requireNonNull(roles, "roles");
    Objects.requireNonNull(groupKey, "groupKey");
    Objects.requireNonNull(description, "description");
  }

  /**
   * Returns a builder in which every field is unchanged.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
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
    b.tables = tables;
    b.roles = roles;
    b.groupKey = groupKey;
    b.description = description;
    return b;
  }

  /**
   * Whether the request changes nothing.
   *
   * @return {@code true} if every field is unchanged
   */
  public boolean isEmpty() {
    return name.isUnchanged()
        && filterType.isUnchanged()
        && clause.isUnchanged()
        && tables.isUnchanged()
        && roles.isUnchanged()
        && groupKey.isUnchanged()
        && description.isUnchanged();
  }

  /** Builds an {@link UpdateRlsRuleRequest}; fields not mentioned stay unchanged. Not thread-safe. */
  public static final class Builder {
    private Change<String> name = Change.unchanged();
    private Change<RlsFilterType> filterType = Change.unchanged();
    private Change<String> clause = Change.unchanged();
    private Change<List<DatasetId>> tables = Change.unchanged();
    private Change<List<RoleId>> roles = Change.unchanged();
    private Change<String> groupKey = Change.unchanged();
    private Change<String> description = Change.unchanged();

    private Builder() {}

    /**
     * Sets the rule's name.
     *
     * @param name the new value
     * @return this builder
     * @throws NullPointerException if {@code name} is null
     */
    public Builder name(String name) {
      this.name = Change.set(name);
      return this;
    }

    /**
     * Sets {@code Regular} or {@code Base}.
     *
     * @param filterType the new value
     * @return this builder
     * @throws NullPointerException if {@code filterType} is null
     */
    public Builder filterType(RlsFilterType filterType) {
      this.filterType = Change.set(filterType);
      return this;
    }

    /**
     * Sets the SQL condition.
     *
     * @param clause the new value
     * @return this builder
     * @throws NullPointerException if {@code clause} is null
     */
    public Builder clause(String clause) {
      this.clause = Change.set(clause);
      return this;
    }

    /**
     * Sets the datasets it applies to.
     *
     * @param tables the new value
     * @return this builder
     * @throws NullPointerException if {@code tables} is null
     */
    public Builder tables(List<DatasetId> tables) {
      this.tables = Change.set(tables);
      return this;
    }

    /**
     * Sets the roles it applies to.
     *
     * @param roles the new value
     * @return this builder
     * @throws NullPointerException if {@code roles} is null
     */
    public Builder roles(List<RoleId> roles) {
      this.roles = Change.set(roles);
      return this;
    }

    /**
     * Sets the group key.
     *
     * @param groupKey the new value
     * @return this builder
     * @throws NullPointerException if {@code groupKey} is null
     */
    public Builder groupKey(String groupKey) {
      this.groupKey = Change.set(groupKey);
      return this;
    }

    /**
     * Clears the group key (sends JSON {@code null}).
     *
     * @return this builder
     */
    public Builder clearGroupKey() {
      this.groupKey = Change.clear();
      return this;
    }

    /**
     * Sets the description.
     *
     * @param description the new value
     * @return this builder
     * @throws NullPointerException if {@code description} is null
     */
    public Builder description(String description) {
      this.description = Change.set(description);
      return this;
    }

    /**
     * Clears the description (sends JSON {@code null}).
     *
     * @return this builder
     */
    public Builder clearDescription() {
      this.description = Change.clear();
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     */
    public UpdateRlsRuleRequest build() {
      return new UpdateRlsRuleRequest(name, filterType, clause, tables, roles, groupKey, description);
    }
  }
}
