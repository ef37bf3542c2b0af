package io.github.supersetsdk.client;

import io.github.supersetsdk.client.exception.NotFoundException;
import io.github.supersetsdk.client.id.SavedQueryId;
import io.github.supersetsdk.client.internal.BundleFields;
import io.github.supersetsdk.client.internal.Multipart;
import io.github.supersetsdk.client.internal.ResourceCalls;
import io.github.supersetsdk.client.internal.api.SavedQueryApi;
import io.github.supersetsdk.client.internal.transport.FeignApis;
import io.github.supersetsdk.client.model.DistinctValue;
import io.github.supersetsdk.client.model.Page;
import io.github.supersetsdk.client.model.RelatedObject;
import io.github.supersetsdk.client.model.ResourceInfo;
import io.github.supersetsdk.client.model.SavedQuery;
import io.github.supersetsdk.client.request.CreateSavedQueryRequest;
import io.github.supersetsdk.client.request.ImportBundleRequest;
import io.github.supersetsdk.client.request.ListQuery;
import io.github.supersetsdk.client.request.UpdateSavedQueryRequest;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Saved queries ({@code /api/v1/saved_query}): named SQL on a database connection. List, read,
 * create, update, delete, and move them between servers as export bundles.
 *
 * {@snippet class=io.github.supersetsdk.client.snippets.ClientSnippets region=SavedQueriesClient}
 *
 * <p>Immutable and thread-safe; obtained from {@link SupersetClient#savedQueries()}.
 */
public final class SavedQueriesClient {

  private final SavedQueryApi api;

  SavedQueriesClient(FeignApis apis) {
    this.api = apis.get(SavedQueryApi.class);
  }

  /**
   * Lists saved queries lazily, page by page.
   *
   * @param query filters (e.g. on {@code label}, {@code schema}, {@code database} with {@code
   *     rel_o_m}), ordering (e.g. {@code changed_on}) and page size
   * @return the saved queries; nothing is fetched until iteration
   * @throws NullPointerException if {@code query} is null
   */
  public PagedIterable<SavedQuery> list(ListQuery query) {
    return ResourceCalls.list(query, api::list, Function.identity());
  }

  /**
   * Fetches one page of saved queries.
   *
   * @param query filters, ordering and page size
   * @param pageIndex the zero-based page
   * @return the page
   * @throws NullPointerException if {@code query} is null
   * @throws IllegalArgumentException if {@code pageIndex} is negative
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails
   */
  public Page<SavedQuery> listPage(ListQuery query, int pageIndex) {
    return ResourceCalls.page(query, pageIndex, api::list, Function.identity());
  }

  /**
   * Reads a saved query.
   *
   * @param id its id
   * @return the saved query
   * @throws NullPointerException if {@code id} is null
   * @throws NotFoundException if there is no such saved query
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public SavedQuery get(SavedQueryId id) {
    Objects.requireNonNull(id, "id");
    return Objects.requireNonNull(api.get(id.value()).result(), "result");
  }

  /**
   * Reads a saved query if it exists.
   *
   * @param id its id
   * @return the saved query, or empty if there is none with this id
   * @throws NullPointerException if {@code id} is null
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public Optional<SavedQuery> find(SavedQueryId id) {
    return ResourceCalls.findOrEmpty(() -> get(id));
  }

  /**
   * Whether a saved query exists. Superset has no cheaper check than reading it.
   *
   * @param id the saved query's id
   * @return {@code true} if it exists, {@code false} if Superset answers 404
   * @throws NullPointerException if {@code id} is null
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public boolean exists(SavedQueryId id) {
    return find(id).isPresent();
  }

  /**
   * Creates a saved query.
   *
   * @param request the saved query
   * @return its id
   * @throws NullPointerException if {@code request} is null
   * @throws io.github.supersetsdk.client.exception.BadRequestException if it is invalid
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public SavedQueryId create(CreateSavedQueryRequest request) {
    Objects.requireNonNull(request, "request");
    return SavedQueryId.of(api.create(request).numericId());
  }

  /**
   * Updates the fields of a saved query that the request sets or clears.
   *
   * @param id its id
   * @param request the changes
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the request changes nothing
   * @throws NotFoundException if there is no such saved query
   * @throws io.github.supersetsdk.client.exception.BadRequestException if a value is invalid
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void update(SavedQueryId id, UpdateSavedQueryRequest request) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(request, "request");
    if (request.isEmpty()) {
      throw new IllegalArgumentException("the update changes nothing");
    }
    api.update(id.value(), request);
  }

  /**
   * Deletes a saved query.
   *
   * @param id its id
   * @throws NullPointerException if {@code id} is null
   * @throws NotFoundException if there is no such saved query
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void delete(SavedQueryId id) {
    Objects.requireNonNull(id, "id");
    api.delete(id.value());
  }

  /**
   * Deletes several saved queries in one call.
   *
   * @param ids their ids; at least one
   * @throws NullPointerException if {@code ids} or an element is null
   * @throws IllegalArgumentException if {@code ids} is empty
   * @throws NotFoundException if one of them does not exist (then none is deleted)
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void delete(Collection<SavedQueryId> ids) {
    api.deleteAll(ResourceCalls.risonIds(ids, SavedQueryId::value));
  }

  /**
   * Exports saved queries, with their databases, as a ZIP bundle of YAML files.
   *
   * @param ids the saved queries; at least one
   * @return the ZIP bytes
   * @throws NullPointerException if {@code ids} or an element is null
   * @throws IllegalArgumentException if {@code ids} is empty
   * @throws NotFoundException if one of them does not exist
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public byte[] export(Collection<SavedQueryId> ids) {
    return api.export(ResourceCalls.risonIds(ids, SavedQueryId::value));
  }

  /**
   * Exports saved queries as a ZIP bundle into a file, replacing it atomically.
   *
   * @param ids the saved queries; at least one
   * @param target the file to write
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code ids} is empty
   * @throws java.io.UncheckedIOException if the file cannot be written
   * @throws NotFoundException if one of them does not exist
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void export(Collection<SavedQueryId> ids, Path target) {
    Objects.requireNonNull(target, "target");
    ResourceCalls.writeAtomically(target, export(ids));
  }

  /**
   * Imports a bundle of saved queries made by {@link #export(Collection)}. Saved queries are matched
   * by UUID. Never retried automatically.
   *
   * @param request the bundle, the overwrite flag and the secrets of the bundle's connections, which
   *     exports leave out
   * @throws NullPointerException if {@code request} is null
   * @throws io.github.supersetsdk.client.exception.BadRequestException if the bundle is invalid or
   *     existing objects would be replaced without {@code overwrite}
   * @throws io.github.supersetsdk.client.exception.FieldUnsupportedException if the server does not
   *     know a field of the bundle's files that holds a value (fields it does not know that hold
   *     nothing, such as the {@code catalog: null} of Superset 4.1's own exports, which its import
   *     refuses, are left out and the bundle imported again)
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void importBundle(ImportBundleRequest request) {
    Objects.requireNonNull(request, "request");
    BundleFields.importDroppingEmptyUnknown(request.bundle(), b -> {
      Multipart body = Multipart.forImport("formData", BundleFields.withBundle(request, b), true, false);
      api.importBundle(body.contentType(), body.body());
    });
  }

  /**
   * The current user's permissions on saved queries and the filters each column accepts.
   *
   * @return the information
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails
   */
  public ResourceInfo info() {
    return api.info(ResourceCalls.infoQuery());
  }

  /**
   * The objects saved queries can be filtered by through a relation, such as {@code database} or
   * {@code created_by}.
   *
   * @param column the relation's column
   * @param filter text the options' text starts with, case-insensitive (contains, for user and
   *     role columns such as {@code owners}; some columns ignore it), or {@code null} for all
   * @return the objects, fetched lazily
   * @throws NullPointerException if {@code column} is null
   * @throws IllegalArgumentException if {@code column} is blank or contains a slash
   */
  public PagedIterable<RelatedObject> related(String column, @Nullable String filter) {
    return ResourceCalls.lookup(column, filter, api::related);
  }

  /**
   * The distinct values of a column of saved queries, such as {@code schema}.
   *
   * @param column the column
   * @param filter text the values start with, case-insensitive, or {@code null} for all
   * @return the values, fetched lazily
   * @throws NullPointerException if {@code column} is null
   * @throws IllegalArgumentException if {@code column} is blank or contains a slash
   */
  public PagedIterable<DistinctValue> distinct(String column, @Nullable String filter) {
    return ResourceCalls.lookup(column, filter, api::distinct);
  }
}
