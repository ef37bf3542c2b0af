package io.github.supersetsdk.client.request;

import io.github.supersetsdk.client.id.DatasetId;
import io.github.supersetsdk.client.id.RoleId;
import io.github.supersetsdk.client.model.RlsFilterType;
import io.github.supersetsdk.codegen.Clearable;
import io.github.supersetsdk.codegen.GeneratedBuilder;
import java.util.List;

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
@GeneratedBuilder
public record UpdateRlsRuleRequest(
    Change<String> name,
    Change<RlsFilterType> filterType,
    Change<String> clause,
    Change<List<DatasetId>> tables,
    Change<List<RoleId>> roles,
    @Clearable Change<String> groupKey,
    @Clearable Change<String> description) implements UpdateRlsRuleRequestBuilder.Methods {

  /** {@return a new builder in which every field is unchanged} */
  public static Builder builder() {
    return UpdateRlsRuleRequestBuilder.create();
  }

  /** Builds an {@link UpdateRlsRuleRequest}; fields not mentioned stay unchanged. Not thread-safe. */
  public static final class Builder extends UpdateRlsRuleRequestBuilder {
    Builder() {}
  }
}
