package io.github.supersetsdk.client.internal.api;

import feign.Param;
import feign.RequestLine;
import io.github.supersetsdk.client.internal.api.Envelopes.Item;
import io.github.supersetsdk.client.internal.api.Envelopes.ListPage;
import io.github.supersetsdk.client.internal.api.Envelopes.Message;
import io.github.supersetsdk.client.internal.api.Envelopes.Result;
import io.github.supersetsdk.client.model.RelatedObject;
import io.github.supersetsdk.client.model.ResourceInfo;
import io.github.supersetsdk.client.model.Tag;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Superset's {@code /api/v1/tag} endpoints (tag "Tags"). */
public interface TagApi {

  @RequestLine("GET /api/v1/tag/?q={q}")
  ListPage<Tag> list(@Param("q") String q);

  @RequestLine("GET /api/v1/tag/{pk}")
  Item<Tag> get(@Param("pk") long pk);

  @RequestLine("POST /api/v1/tag/")
  Map<String, Object> create(TagBody body);

  @RequestLine("PUT /api/v1/tag/{pk}")
  Item<Map<String, Object>> update(@Param("pk") long pk, TagBody body);

  @RequestLine("DELETE /api/v1/tag/{pk}")
  Message delete(@Param("pk") long pk);

  @RequestLine("DELETE /api/v1/tag/?q={q}")
  Message deleteAll(@Param("q") String q);

  @RequestLine("POST /api/v1/tag/bulk_create")
  Result<BulkResultWire> bulkCreate(BulkBody body);

  @RequestLine("GET /api/v1/tag/_info?q={q}")
  ResourceInfo info(@Param("q") String q);

  @RequestLine("GET /api/v1/tag/related/{column_name}?q={q}")
  ListPage<RelatedObject> related(@Param("column_name") String columnName, @Param("q") String q);

  @RequestLine("GET /api/v1/tag/get_objects/?tagIds={tagIds}&tags={tags}&types={types}")
  Result<List<TaggedObjectWire>> objects(
      @Param("tagIds") @Nullable String tagIds, @Param("tags") @Nullable String tags, @Param("types") @Nullable String types);

  @RequestLine("GET /api/v1/tag/favorite_status/?q={q}")
  Result<List<FavoriteWire>> favoriteStatus(@Param("q") String q);

  @RequestLine("POST /api/v1/tag/{pk}/favorites/")
  Result<Object> addFavorite(@Param("pk") long pk);

  @RequestLine("DELETE /api/v1/tag/{pk}/favorites/")
  Result<Object> removeFavorite(@Param("pk") long pk);

  @RequestLine("POST /api/v1/tag/{object_type}/{object_id}/")
  Map<String, Object> tagObject(
      @Param("object_type") int objectType, @Param("object_id") long objectId, TagObjectBody body);

  @RequestLine("DELETE /api/v1/tag/{object_type}/{object_id}/{tag}/")
  Message untagObject(
      @Param("object_type") int objectType, @Param("object_id") long objectId, @Param("tag") String tag);

  /** The body of create and update; objects are {@code [type, id]} pairs. */
  record TagBody(String name, @Nullable String description, @Nullable List<List<Object>> objectsToTag) {}

  /** The body of bulk create. */
  record BulkBody(List<TagBody> tags) {}

  /** The answer of bulk create. */
  record BulkResultWire(@Nullable List<List<Object>> objectsTagged, @Nullable List<List<Object>> objectsSkipped) {}

  /** The body of tagging an object. */
  record TagObjectBody(Properties properties) {}

  /** The properties of tagging an object. */
  record Properties(List<String> tags) {}

  /** A favourite flag. */
  record FavoriteWire(long id, boolean value) {}

  /** An object carrying a tag; tag kinds come as names here ({@code TagType.custom}). */
  record TaggedObjectWire(
      long id,
      @Nullable String type,
      @Nullable String name,
      @Nullable String url,
      @Nullable String creator,
      @Nullable String changedOn,
      @Nullable List<TagWire> tags) {}

  /** A tag inside a tagged object. */
  record TagWire(long id, @Nullable String name, @Nullable Object type) {}
}
