package io.github.supersetsdk.client.internal.api;

import feign.Param;
import feign.RequestLine;
import io.github.supersetsdk.client.internal.api.Envelopes.Item;
import io.github.supersetsdk.client.internal.api.Envelopes.ListPage;
import io.github.supersetsdk.client.internal.api.Envelopes.Message;
import io.github.supersetsdk.client.model.Annotation;
import io.github.supersetsdk.client.model.AnnotationLayer;
import io.github.supersetsdk.client.model.RelatedObject;
import io.github.supersetsdk.client.model.ResourceInfo;
import io.github.supersetsdk.client.request.CreateAnnotationLayerRequest;
import io.github.supersetsdk.client.request.CreateAnnotationRequest;
import io.github.supersetsdk.client.request.UpdateAnnotationLayerRequest;
import io.github.supersetsdk.client.request.UpdateAnnotationRequest;
import java.util.Map;

/** Superset's {@code /api/v1/annotation_layer} endpoints (tag "Annotation Layers"). */
public interface AnnotationLayerApi {

  @RequestLine("GET /api/v1/annotation_layer/?q={q}")
  ListPage<AnnotationLayer> list(@Param("q") String q);

  @RequestLine("GET /api/v1/annotation_layer/_info")
  ResourceInfo info();

  @RequestLine("GET /api/v1/annotation_layer/related/{column_name}?q={q}")
  ListPage<RelatedObject> related(@Param("column_name") String column, @Param("q") String q);

  @RequestLine("GET /api/v1/annotation_layer/{pk}")
  Item<AnnotationLayer> get(@Param("pk") long pk);

  @RequestLine("POST /api/v1/annotation_layer/")
  Item<Map<String, Object>> create(CreateAnnotationLayerRequest body);

  @RequestLine("PUT /api/v1/annotation_layer/{pk}")
  Item<Map<String, Object>> update(@Param("pk") long pk, UpdateAnnotationLayerRequest body);

  @RequestLine("DELETE /api/v1/annotation_layer/{pk}")
  Message delete(@Param("pk") long pk);

  @RequestLine("DELETE /api/v1/annotation_layer/?q={q}")
  Message deleteAll(@Param("q") String q);

  @RequestLine("GET /api/v1/annotation_layer/{pk}/annotation/?q={q}")
  ListPage<Annotation> listAnnotations(@Param("pk") long layer, @Param("q") String q);

  @RequestLine("GET /api/v1/annotation_layer/{pk}/annotation/{annotation_id}")
  Item<Annotation> getAnnotation(@Param("pk") long layer, @Param("annotation_id") long annotation);

  @RequestLine("POST /api/v1/annotation_layer/{pk}/annotation/")
  Item<Map<String, Object>> createAnnotation(@Param("pk") long layer, CreateAnnotationRequest body);

  @RequestLine("PUT /api/v1/annotation_layer/{pk}/annotation/{annotation_id}")
  Item<Map<String, Object>> updateAnnotation(
      @Param("pk") long layer, @Param("annotation_id") long annotation, UpdateAnnotationRequest body);

  @RequestLine("DELETE /api/v1/annotation_layer/{pk}/annotation/{annotation_id}")
  Message deleteAnnotation(@Param("pk") long layer, @Param("annotation_id") long annotation);

  @RequestLine("DELETE /api/v1/annotation_layer/{pk}/annotation/?q={q}")
  Message deleteAnnotations(@Param("pk") long layer, @Param("q") String q);
}
