package io.github.supersetsdk.client;

import io.github.supersetsdk.client.id.CssTemplateId;
import io.github.supersetsdk.client.internal.ResourceCalls;
import io.github.supersetsdk.client.internal.api.CssTemplateApi;
import io.github.supersetsdk.client.internal.transport.FeignApis;
import io.github.supersetsdk.client.model.CssTemplate;
import io.github.supersetsdk.client.model.Page;
import io.github.supersetsdk.client.model.RelatedObject;
import io.github.supersetsdk.client.model.ResourceInfo;
import io.github.supersetsdk.client.request.CreateCssTemplateRequest;
import io.github.supersetsdk.client.request.ListQuery;
import io.github.supersetsdk.client.request.UpdateCssTemplateRequest;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * CSS templates ({@code /api/v1/css_template}): named stylesheets that dashboard editors can apply,
 * e.g. one per tenant brand.
 *
 * {@snippet class=io.github.supersetsdk.client.snippets.ClientSnippets region=CssTemplatesClient}
 *
 * <p>Immutable and thread-safe; obtained from {@link SupersetClient#cssTemplates()}.
 */
public final class CssTemplatesClient {

  private final CssTemplateApi api;

  CssTemplatesClient(FeignApis apis) {
    this.api = apis.get(CssTemplateApi.class);
  }

  /**
   * Lists CSS templates lazily, page by page.
   *
   * @param query filters (e.g. on {@code template_name}), ordering and page size
   * @return the templates; nothing is fetched until iteration
   * @throws NullPointerException if {@code query} is null
   */
  public PagedIterable<CssTemplate> list(ListQuery query) {
    return ResourceCalls.list(query, api::list);
  }

  /**
   * Fetches one page of CSS templates.
   *
   * @param query filters, ordering and page size
   * @param pageIndex the zero-based page
   * @return the page
   * @throws NullPointerException if {@code query} is null
   * @throws IllegalArgumentException if {@code pageIndex} is negative
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails
   */
  public Page<CssTemplate> listPage(ListQuery query, int pageIndex) {
    return ResourceCalls.page(query, pageIndex, api::list);
  }

  /**
   * Reads a CSS template.
   *
   * @param id the template's id
   * @return the template
   * @throws NullPointerException if {@code id} is null
   * @throws io.github.supersetsdk.client.exception.NotFoundException if there is no such template
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public CssTemplate get(CssTemplateId id) {
    Objects.requireNonNull(id, "id");
    return Objects.requireNonNull(api.get(id.value()).result(), "result");
  }

  /**
   * Reads a CSS template if it exists.
   *
   * @param id the CSS template's id
   * @return the CSS template, or empty if Superset answers 404
   * @throws NullPointerException if {@code id} is null
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise; only a 404 becomes empty
   */
  public Optional<CssTemplate> find(CssTemplateId id) {
    Objects.requireNonNull(id, "id");
    return ResourceCalls.findOrEmpty(() -> get(id));
  }

  /**
   * Whether a CSS template exists. Superset has no cheaper check than reading it.
   *
   * @param id the CSS template's id
   * @return {@code true} if it exists, {@code false} if Superset answers 404
   * @throws NullPointerException if {@code id} is null
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public boolean exists(CssTemplateId id) {
    return find(id).isPresent();
  }

  /**
   * Creates a CSS template.
   *
   * @param request the template
   * @return the new template's id
   * @throws NullPointerException if {@code request} is null
   * @throws io.github.supersetsdk.client.exception.BadRequestException if it is invalid (e.g. the
   *     name is too long)
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public CssTemplateId create(CreateCssTemplateRequest request) {
    Objects.requireNonNull(request, "request");
    return CssTemplateId.of(api.create(request).numericId());
  }

  /**
   * Updates the fields of a CSS template that the request sets.
   *
   * @param id the template's id
   * @param request the changes
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the request changes nothing
   * @throws io.github.supersetsdk.client.exception.NotFoundException if there is no such template
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void update(CssTemplateId id, UpdateCssTemplateRequest request) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(request, "request");
    if (request.isEmpty()) {
      throw new IllegalArgumentException("the update changes nothing");
    }
    api.update(id.value(), request);
  }

  /**
   * Deletes a CSS template.
   *
   * @param id the template's id
   * @throws NullPointerException if {@code id} is null
   * @throws io.github.supersetsdk.client.exception.NotFoundException if there is no such template
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void delete(CssTemplateId id) {
    Objects.requireNonNull(id, "id");
    api.delete(id.value());
  }

  /**
   * Deletes several CSS templates in one call.
   *
   * @param ids the templates' ids; at least one
   * @throws NullPointerException if {@code ids} or an element is null
   * @throws IllegalArgumentException if {@code ids} is empty
   * @throws io.github.supersetsdk.client.exception.NotFoundException if one of them does not exist
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void delete(Collection<CssTemplateId> ids) {
    api.deleteAll(ResourceCalls.risonIds(ids, CssTemplateId::value));
  }

  /**
   * Lists the objects a relation of CSS templates may point to, e.g. the users that can be their
   * {@code created_by}, lazily, page by page.
   *
   * @param column the relation, e.g. {@code created_by} or {@code changed_by}
   * @param filter text the options' text starts with, case-insensitive (contains, for user and
   *     role columns such as {@code owners}; some columns ignore it), or {@code null} for all
   * @return the related objects; nothing is fetched until iteration
   * @throws NullPointerException if {@code column} is null
   * @throws IllegalArgumentException if {@code column} is blank or contains a slash
   * @throws io.github.supersetsdk.client.exception.NotFoundException during iteration if the column
   *     is not a relation of CSS templates
   */
  public PagedIterable<RelatedObject> related(String column, @Nullable String filter) {
    return ResourceCalls.lookup(column, filter, api::related);
  }

  /**
   * Describes the CSS templates endpoint: the caller's permissions on it and the filters its list
   * accepts.
   *
   * @return the description
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails
   */
  public ResourceInfo info() {
    return api.info();
  }
}
