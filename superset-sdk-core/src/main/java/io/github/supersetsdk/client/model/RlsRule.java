package io.github.supersetsdk.client.model;

import io.github.supersetsdk.client.id.RlsRuleId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A row-level security rule: an SQL clause Superset adds to queries on some datasets for some roles.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the rule's id
 * @param name the rule's name, unique per Superset
 * @param filterType whether it applies to the roles ({@code Regular}) or to everyone else ({@code
 *     Base})
 * @param tables the datasets it applies to
 * @param roles the roles it applies to (or exempts, for {@code Base})
 * @param clause the SQL condition
 * @param groupKey rules with the same group key are ORed together, others ANDed
 * @param description the description
 */
public record RlsRule(
    RlsRuleId id,
    String name,
    @Nullable RlsFilterType filterType,
    List<TableRef> tables,
    List<RoleRef> roles,
    @Nullable String clause,
    @Nullable String groupKey,
    @Nullable String description) {

  /** Copies the lists; never null. */
  public RlsRule {
    tables = Copies.list(tables);
    roles = Copies.list(roles);
  }
}
