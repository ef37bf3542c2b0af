package io.github.supersetsdk.client.request;

import io.github.supersetsdk.client.id.DatasetId;
import io.github.supersetsdk.client.id.RoleId;
import io.github.supersetsdk.client.model.RlsFilterType;
import io.github.supersetsdk.codegen.GeneratedBuilder;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A new row-level security rule.
 *
 * {@snippet class=io.github.supersetsdk.client.snippets.RequestSnippets region=CreateRlsRuleRequest}
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
@GeneratedBuilder
public record CreateRlsRuleRequest(
    String name,
    RlsFilterType filterType,
    String clause,
    List<DatasetId> tables,
    List<RoleId> roles,
    @Nullable String groupKey,
    @Nullable String description) implements CreateRlsRuleRequestBuilder.Methods {

  /** Copies the lists; never null. */
  public CreateRlsRuleRequest {
    tables = Copies.list(tables);
    roles = Copies.list(roles);
  }

  /**
   * {@return a new builder with the required fields set}
   *
   * @param name the rule's name, unique per Superset
   * @param filterType {@code Regular} or {@code Base}
   * @param clause the SQL condition
   * @throws NullPointerException if an argument is null
   */
  public static Builder builder(String name, RlsFilterType filterType, String clause) {
    return CreateRlsRuleRequestBuilder.create(name, filterType, clause);
  }

  /** Builds a {@link CreateRlsRuleRequest}. Not thread-safe. */
  public static final class Builder extends CreateRlsRuleRequestBuilder {
    Builder() {}
  }
}
