package io.github.supersetsdk.client;

import io.github.supersetsdk.client.id.AnnotationId;
import io.github.supersetsdk.client.exception.NotFoundException;
import io.github.supersetsdk.client.id.AnnotationLayerId;
import io.github.supersetsdk.client.internal.ResourceCalls;
import io.github.supersetsdk.client.internal.api.AnnotationLayerApi;
import io.github.supersetsdk.client.internal.transport.FeignApis;
import io.github.supersetsdk.client.model.Annotation;
import io.github.supersetsdk.client.model.AnnotationLayer;
import io.github.supersetsdk.client.model.Page;
import io.github.supersetsdk.client.model.RelatedObject;
import io.github.supersetsdk.client.model.ResourceInfo;
import io.github.supersetsdk.client.request.CreateAnnotationLayerRequest;
import io.github.supersetsdk.client.request.CreateAnnotationRequest;
import io.github.supersetsdk.client.request.ListQuery;
import io.github.supersetsdk.client.request.UpdateAnnotationLayerRequest;
import io.github.supersetsdk.client.request.UpdateAnnotationRequest;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Annotation layers ({@code /api/v1/annotation_layer}) and the annotations within them: events and
 * periods, such as releases or incidents, that time-series charts can overlay.
 *
 * {@snippet class=io.github.supersetsdk.client.snippets.ClientSnippets region=AnnotationLayersClient}
 *
 * <p>Immutable and thread-safe; obtained from {@link SupersetClient#annotationLayers()}.
 */
public final class AnnotationLayersClient {

  private final AnnotationLayerApi api;

  AnnotationLayersClient(FeignApis apis) {
    this.api = apis.get(AnnotationLayerApi.class);
  }

  /**
   * Lists annotation layers lazily, page by page.
   *
   * @param query filters (e.g. on {@code name}), ordering and page size
   * @return the layers; nothing is fetched until iteration
   * @throws NullPointerException if {@code query} is null
   */
  public PagedIterable<AnnotationLayer> list(ListQuery query) {
    return ResourceCalls.list(query, api::list);
  }

  /**
   * Fetches one page of annotation layers.
   *
   * @param query filters, ordering and page size
   * @param pageIndex the zero-based page
   * @return the page
   * @throws NullPointerException if {@code query} is null
   * @throws IllegalArgumentException if {@code pageIndex} is negative
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails
   */
  public Page<AnnotationLayer> listPage(ListQuery query, int pageIndex) {
    return ResourceCalls.page(query, pageIndex, api::list);
  }

  /**
   * Reads an annotation layer.
   *
   * @param id the layer's id
   * @return the layer (id, name and description)
   * @throws NullPointerException if {@code id} is null
   * @throws io.github.supersetsdk.client.exception.NotFoundException if there is no such layer
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public AnnotationLayer get(AnnotationLayerId id) {
    Objects.requireNonNull(id, "id");
    return Objects.requireNonNull(api.get(id.value()).result(), "result");
  }

  /**
   * Reads an annotation layer if it exists.
   *
   * @param id the annotation layer's id
   * @return the annotation layer, or empty if Superset answers 404
   * @throws NullPointerException if {@code id} is null
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise; only a 404 becomes empty
   */
  public Optional<AnnotationLayer> find(AnnotationLayerId id) {
    Objects.requireNonNull(id, "id");
    return ResourceCalls.findOrEmpty(() -> get(id));
  }

  /**
   * Whether an annotation layer exists. Superset has no cheaper check than reading it.
   *
   * @param id the annotation layer's id
   * @return {@code true} if it exists, {@code false} if Superset answers 404
   * @throws NullPointerException if {@code id} is null
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public boolean exists(AnnotationLayerId id) {
    return find(id).isPresent();
  }

  /**
   * Creates an annotation layer.
   *
   * @param request the layer
   * @return the new layer's id
   * @throws NullPointerException if {@code request} is null
   * @throws io.github.supersetsdk.client.exception.BadRequestException if it is invalid (e.g. the name
   *     is already used)
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public AnnotationLayerId create(CreateAnnotationLayerRequest request) {
    Objects.requireNonNull(request, "request");
    return AnnotationLayerId.of(api.create(request).numericId());
  }

  /**
   * Updates the fields of an annotation layer that the request sets or clears.
   *
   * @param id the layer's id
   * @param request the changes
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the request changes nothing
   * @throws io.github.supersetsdk.client.exception.NotFoundException if there is no such layer
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void update(AnnotationLayerId id, UpdateAnnotationLayerRequest request) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(request, "request");
    if (request.isEmpty()) {
      throw new IllegalArgumentException("the update changes nothing");
    }
    api.update(id.value(), request);
  }

  /**
   * Deletes an annotation layer. Superset refuses while the layer still holds annotations.
   *
   * @param id the layer's id
   * @throws NullPointerException if {@code id} is null
   * @throws io.github.supersetsdk.client.exception.NotFoundException if there is no such layer
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise (e.g.
   *     the layer still has annotations)
   */
  public void delete(AnnotationLayerId id) {
    Objects.requireNonNull(id, "id");
    api.delete(id.value());
  }

  /**
   * Deletes several annotation layers in one call.
   *
   * @param ids the layers' ids; at least one
   * @throws NullPointerException if {@code ids} or an element is null
   * @throws IllegalArgumentException if {@code ids} is empty
   * @throws io.github.supersetsdk.client.exception.NotFoundException if one of them does not exist
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void delete(Collection<AnnotationLayerId> ids) {
    api.deleteAll(ResourceCalls.risonIds(ids, AnnotationLayerId::value));
  }

  /**
   * Lists the annotations of a layer lazily, page by page.
   *
   * @param layer the layer's id
   * @param query filters (e.g. on {@code short_descr}), ordering and page size
   * @return the annotations; nothing is fetched until iteration
   * @throws NullPointerException if an argument is null
   */
  public PagedIterable<Annotation> listAnnotations(AnnotationLayerId layer, ListQuery query) {
    Objects.requireNonNull(layer, "layer");
    return ResourceCalls.list(query, q -> api.listAnnotations(layer.value(), q));
  }

  /**
   * Fetches one page of the annotations of a layer.
   *
   * @param layer the layer's id
   * @param query filters, ordering and page size
   * @param pageIndex the zero-based page
   * @return the page
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code pageIndex} is negative
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails
   */
  public Page<Annotation> listAnnotationsPage(AnnotationLayerId layer, ListQuery query, int pageIndex) {
    Objects.requireNonNull(layer, "layer");
    return ResourceCalls.page(query, pageIndex, q -> api.listAnnotations(layer.value(), q));
  }

  /**
   * Reads an annotation.
   *
   * @param layer the layer's id
   * @param id the annotation's id
   * @return the annotation, with its metadata and layer
   * @throws NullPointerException if an argument is null
   * @throws io.github.supersetsdk.client.exception.NotFoundException if there is no such annotation in
   *     that layer
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public Annotation getAnnotation(AnnotationLayerId layer, AnnotationId id) {
    Objects.requireNonNull(layer, "layer");
    Objects.requireNonNull(id, "id");
    Annotation a = Objects.requireNonNull(api.getAnnotation(layer.value(), id.value()).result(), "result");
    // Superset ignores the layer in the path; an annotation of another layer is not this layer's.
    if (a.layer() != null && a.layer().id().value() != layer.value()) {
      throw notInLayer(layer, id, "GET");
    }
    return a;
  }

  private static NotFoundException notInLayer(AnnotationLayerId layer, AnnotationId id, String method) {
    return new NotFoundException(new io.github.supersetsdk.client.exception.SupersetApiException.ErrorDetails(
        404, null, "annotation " + id.value() + " is not in annotation layer " + layer.value(), Map.of(), method,
        "/api/v1/annotation_layer/" + layer.value() + "/annotation/" + id.value(), null, false, null));
  }

  /**
   * Reads an annotation if it exists in that layer.
   *
   * @param layer the layer's id
   * @param id the annotation's id
   * @return the annotation, or empty if Superset answers 404 (no such layer, or no such annotation
   *     in it)
   * @throws NullPointerException if an argument is null
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise;
   *     only a 404 becomes empty
   */
  public Optional<Annotation> findAnnotation(AnnotationLayerId layer, AnnotationId id) {
    Objects.requireNonNull(layer, "layer");
    Objects.requireNonNull(id, "id");
    return ResourceCalls.findOrEmpty(() -> getAnnotation(layer, id));
  }

  /**
   * Creates an annotation in a layer.
   *
   * @param layer the layer's id
   * @param request the annotation
   * @return the new annotation's id
   * @throws NullPointerException if an argument is null
   * @throws io.github.supersetsdk.client.exception.NotFoundException if there is no such layer
   * @throws io.github.supersetsdk.client.exception.BadRequestException if it is invalid (e.g. the same
   *     short description already exists for the same period)
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public AnnotationId createAnnotation(AnnotationLayerId layer, CreateAnnotationRequest request) {
    Objects.requireNonNull(layer, "layer");
    Objects.requireNonNull(request, "request");
    return AnnotationId.of(api.createAnnotation(layer.value(), request).numericId());
  }

  /**
   * Updates the fields of an annotation that the request sets or clears.
   *
   * @param layer the layer's id
   * @param id the annotation's id
   * @param request the changes
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the request changes nothing
   * @throws io.github.supersetsdk.client.exception.NotFoundException if there is no such annotation in
   *     that layer
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void updateAnnotation(AnnotationLayerId layer, AnnotationId id, UpdateAnnotationRequest request) {
    Objects.requireNonNull(layer, "layer");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(request, "request");
    if (request.isEmpty()) {
      throw new IllegalArgumentException("the update changes nothing");
    }
    // Superset would update (and move into this layer) an annotation of another layer: read it first.
    getAnnotation(layer, id);
    api.updateAnnotation(layer.value(), id.value(), request);
  }

  /**
   * Deletes an annotation.
   *
   * @param layer the layer's id
   * @param id the annotation's id
   * @throws NullPointerException if an argument is null
   * @throws io.github.supersetsdk.client.exception.NotFoundException if there is no such annotation in
   *     that layer
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void deleteAnnotation(AnnotationLayerId layer, AnnotationId id) {
    Objects.requireNonNull(layer, "layer");
    Objects.requireNonNull(id, "id");
    // Superset would delete an annotation of another layer: read it first.
    getAnnotation(layer, id);
    api.deleteAnnotation(layer.value(), id.value());
  }

  /**
   * Deletes several annotations of a layer in one call.
   *
   * @param layer the layer's id
   * @param ids the annotations' ids; at least one
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if {@code ids} is empty
   * @throws io.github.supersetsdk.client.exception.NotFoundException if one of them does not exist
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void deleteAnnotations(AnnotationLayerId layer, Collection<AnnotationId> ids) {
    Objects.requireNonNull(layer, "layer");
    api.deleteAnnotations(layer.value(), ResourceCalls.risonIds(ids, AnnotationId::value));
  }

  /**
   * Lists the objects a relation of annotation layers may point to, e.g. the users that can be their
   * {@code created_by}, lazily, page by page.
   *
   * @param column the relation, e.g. {@code created_by} or {@code changed_by}
   * @param filter text the options' text starts with, case-insensitive (contains, for user and
   *     role columns such as {@code owners}; some columns ignore it), or {@code null} for all
   * @return the related objects; nothing is fetched until iteration
   * @throws NullPointerException if {@code column} is null
   * @throws IllegalArgumentException if {@code column} is blank or contains a slash
   * @throws io.github.supersetsdk.client.exception.NotFoundException during iteration if the column
   *     is not a relation of annotation layers
   */
  public PagedIterable<RelatedObject> related(String column, @Nullable String filter) {
    return ResourceCalls.lookup(column, filter, api::related);
  }

  /**
   * Describes the annotation layers endpoint: the caller's permissions on it and the filters its list
   * accepts.
   *
   * @return the description
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails
   */
  public ResourceInfo info() {
    return api.info();
  }
}
