package io.github.supersetsdk.client.security;

import io.github.supersetsdk.client.PagedIterable;
import io.github.supersetsdk.client.id.RlsRuleId;
import io.github.supersetsdk.client.internal.ResourceCalls;
import io.github.supersetsdk.client.internal.Rison;
import io.github.supersetsdk.client.internal.api.RowLevelSecurityApi;
import io.github.supersetsdk.client.model.Page;
import io.github.supersetsdk.client.model.RelatedObject;
import io.github.supersetsdk.client.model.ResourceInfo;
import io.github.supersetsdk.client.model.RlsRule;
import io.github.supersetsdk.client.model.RoleRef;
import io.github.supersetsdk.client.model.TableRef;
import io.github.supersetsdk.client.request.CreateRlsRuleRequest;
import io.github.supersetsdk.client.request.ListQuery;
import io.github.supersetsdk.client.request.UpdateRlsRuleRequest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Row-level security rules ({@code /api/v1/rowlevelsecurity}): SQL clauses Superset adds to the
 * queries of some roles on some datasets.
 *
 * {@snippet class=io.github.supersetsdk.client.snippets.SecuritySnippets region=RowLevelSecurityClient}
 *
 * <p>Immutable and thread-safe; obtained from {@link SecurityClient#rowLevelSecurity()}.
 */
public final class RowLevelSecurityClient {

  private final RowLevelSecurityApi api;

  RowLevelSecurityClient(RowLevelSecurityApi api) {
    this.api = api;
  }

  /**
   * Lists rules lazily, page by page.
   *
   * @param query filters (e.g. on {@code name}), ordering and page size
   * @return the rules; nothing is fetched until iteration
   * @throws NullPointerException if {@code query} is null
   */
  public PagedIterable<RlsRule> list(ListQuery query) {
    return ResourceCalls.list(query, api::list);
  }

  /**
   * Fetches one page of rules.
   *
   * @param query filters, ordering and page size
   * @param pageIndex the zero-based page
   * @return the page
   * @throws NullPointerException if {@code query} is null
   * @throws IllegalArgumentException if {@code pageIndex} is negative
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails
   */
  public Page<RlsRule> listPage(ListQuery query, int pageIndex) {
    return ResourceCalls.page(query, pageIndex, api::list);
  }

  /**
   * Reads a rule.
   *
   * @param id the rule's id
   * @return the rule
   * @throws NullPointerException if {@code id} is null
   * @throws io.github.supersetsdk.client.exception.NotFoundException if there is no such rule
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public RlsRule get(RlsRuleId id) {
    Objects.requireNonNull(id, "id");
    return Objects.requireNonNull(api.get(id.value()).result(), "result");
  }

  /**
   * Reads a row-level security rule if it exists.
   *
   * @param id the rule's id
   * @return the row-level security rule, or empty if Superset answers 404
   * @throws NullPointerException if {@code id} is null
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise; only a 404 becomes empty
   */
  public Optional<RlsRule> find(RlsRuleId id) {
    Objects.requireNonNull(id, "id");
    return ResourceCalls.findOrEmpty(() -> get(id));
  }

  /**
   * Whether a row-level security rule exists. Superset has no cheaper check than reading it.
   *
   * @param id the row-level security rule's id
   * @return {@code true} if it exists, {@code false} if Superset answers 404
   * @throws NullPointerException if {@code id} is null
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public boolean exists(RlsRuleId id) {
    return find(id).isPresent();
  }

  /**
   * Creates a rule.
   *
   * @param request the rule
   * @return the new rule's id
   * @throws NullPointerException if {@code request} is null
   * @throws io.github.supersetsdk.client.exception.BadRequestException if it is invalid (e.g. no
   *     tables, or a name already used)
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public RlsRuleId create(CreateRlsRuleRequest request) {
    Objects.requireNonNull(request, "request");
    return RlsRuleId.of(api.create(request).numericId());
  }

  /**
   * Updates the fields of a rule that the request sets or clears; the others stay as they are.
   *
   * <p>Superset's update takes a missing {@code tables} or {@code roles} for an empty list, which
   * would switch the rule off for every dataset or role. So when the request leaves either
   * unchanged, the rule is read first and its current tables and roles are sent again: two calls,
   * not atomic against a concurrent edit of the same rule's tables or roles.
   *
   * @param id the rule's id
   * @param request the changes
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the request changes nothing
   * @throws io.github.supersetsdk.client.exception.NotFoundException if there is no such rule
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void update(RlsRuleId id, UpdateRlsRuleRequest request) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(request, "request");
    if (request.isEmpty()) {
      throw new IllegalArgumentException("the update changes nothing");
    }
    if (!request.tables().isSet() || !request.roles().isSet()) {
      RlsRule current = get(id);
      UpdateRlsRuleRequest.Builder b = request.toBuilder();
      if (!request.tables().isSet()) {
        b.tables(current.tables().stream().map(TableRef::id).toList());
      }
      if (!request.roles().isSet()) {
        b.roles(current.roles().stream().map(RoleRef::id).toList());
      }
      request = b.build();
    }
    api.update(id.value(), request);
  }

  /**
   * Deletes a rule.
   *
   * @param id the rule's id
   * @throws NullPointerException if {@code id} is null
   * @throws io.github.supersetsdk.client.exception.NotFoundException if there is no such rule
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void delete(RlsRuleId id) {
    Objects.requireNonNull(id, "id");
    api.delete(id.value());
  }

  /**
   * Deletes several rules in one call.
   *
   * @param ids the rules' ids; at least one
   * @throws NullPointerException if {@code ids} or an element is null
   * @throws IllegalArgumentException if {@code ids} is empty
   * @throws io.github.supersetsdk.client.exception.NotFoundException if one of them does not exist
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void delete(Collection<RlsRuleId> ids) {
    Objects.requireNonNull(ids, "ids");
    if (ids.isEmpty()) {
      throw new IllegalArgumentException("ids is empty");
    }
    List<Long> values = new ArrayList<>(ids.size());
    for (RlsRuleId id : ids) {
      values.add(Objects.requireNonNull(id, "id").value());
    }
    api.deleteAll(Rison.encode(values));
  }

  /**
   * Lists the objects a relation of RLS rules may point to, lazily, page by page: the datasets a
   * rule can apply to ({@code tables}) or the roles it can name ({@code roles}).
   *
   * @param column the relation, e.g. {@code tables} or {@code roles}
   * @param filter text the options' text starts with, case-insensitive (contains, for {@code
   *     tables} and {@code changed_by}; {@code roles} and {@code created_by} ignore it), or {@code
   *     null} for all
   * @return the related objects; nothing is fetched until iteration
   * @throws NullPointerException if {@code column} is null
   * @throws IllegalArgumentException if {@code column} is blank or contains a slash
   * @throws io.github.supersetsdk.client.exception.NotFoundException during iteration if the column
   *     is not a relation of RLS rules
   */
  public PagedIterable<RelatedObject> related(String column, @Nullable String filter) {
    return ResourceCalls.lookup(column, filter, api::related);
  }

  /**
   * Describes the RLS endpoint: the caller's permissions on it and the filters its list accepts.
   *
   * @return the description
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails
   */
  public ResourceInfo info() {
    return api.info();
  }
}
