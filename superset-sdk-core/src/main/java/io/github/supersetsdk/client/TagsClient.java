package io.github.supersetsdk.client;

import io.github.supersetsdk.client.exception.NotFoundException;
import io.github.supersetsdk.client.exception.SupersetDecodeException;
import io.github.supersetsdk.client.id.TagId;
import io.github.supersetsdk.client.internal.ResourceCalls;
import io.github.supersetsdk.client.internal.Rison;
import io.github.supersetsdk.client.internal.api.TagApi;
import io.github.supersetsdk.client.internal.transport.FeignApis;
import io.github.supersetsdk.client.model.Page;
import io.github.supersetsdk.client.model.RelatedObject;
import io.github.supersetsdk.client.model.ResourceInfo;
import io.github.supersetsdk.client.model.Tag;
import io.github.supersetsdk.client.model.TagBulkCreateResult;
import io.github.supersetsdk.client.model.TagObjectType;
import io.github.supersetsdk.client.model.TagRef;
import io.github.supersetsdk.client.model.TagTarget;
import io.github.supersetsdk.client.model.TagType;
import io.github.supersetsdk.client.model.TaggedObject;
import io.github.supersetsdk.client.request.CreateTagRequest;
import io.github.supersetsdk.client.request.Filter;
import io.github.supersetsdk.client.request.ListQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Tags ({@code /api/v1/tag}): labels on dashboards, charts, datasets and saved queries. Create,
 * update and delete them, attach them to objects, find the objects carrying them, and mark them as
 * favourites. Needs the {@code TAGGING_SYSTEM} feature flag on the server.
 *
 * {@snippet class=io.github.supersetsdk.client.snippets.ClientSnippets region=TagsClient}
 *
 * <p>Immutable and thread-safe; obtained from {@link SupersetClient#tags()}.
 */
public final class TagsClient {

  private final TagApi api;

  TagsClient(FeignApis apis) {
    this.api = apis.get(TagApi.class);
  }

  /**
   * Lists tags lazily, page by page, including Superset's system tags ({@code owner:1}, {@code
   * type:dashboard}, ...).
   *
   * @param query filters (e.g. on {@code name}, or {@code type} with the kind's number), ordering
   *     and page size
   * @return the tags; nothing is fetched until iteration
   * @throws NullPointerException if {@code query} is null
   */
  public PagedIterable<Tag> list(ListQuery query) {
    return ResourceCalls.list(query, api::list, Function.identity());
  }

  /**
   * Fetches one page of tags.
   *
   * @param query filters, ordering and page size
   * @param pageIndex the zero-based page
   * @return the page
   * @throws NullPointerException if {@code query} is null
   * @throws IllegalArgumentException if {@code pageIndex} is negative
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails
   */
  public Page<Tag> listPage(ListQuery query, int pageIndex) {
    return ResourceCalls.page(query, pageIndex, api::list, Function.identity());
  }

  /**
   * Reads a tag.
   *
   * @param id its id
   * @return the tag
   * @throws NullPointerException if {@code id} is null
   * @throws NotFoundException if there is no such tag
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public Tag get(TagId id) {
    Objects.requireNonNull(id, "id");
    return Objects.requireNonNull(api.get(id.value()).result(), "result");
  }

  /**
   * Reads a tag if it exists.
   *
   * @param id its id
   * @return the tag, or empty if there is none with this id
   * @throws NullPointerException if {@code id} is null
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public Optional<Tag> find(TagId id) {
    return ResourceCalls.findOrEmpty(() -> get(id));
  }

  /**
   * Whether a tag exists. Superset has no cheaper check than reading it.
   *
   * @param id the tag's id
   * @return {@code true} if it exists, {@code false} if Superset answers 404
   * @throws NullPointerException if {@code id} is null
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public boolean exists(TagId id) {
    return find(id).isPresent();
  }

  /**
   * Finds a tag by its exact name.
   *
   * @param name the name
   * @return the tag, or empty if there is none by that name
   * @throws NullPointerException if {@code name} is null
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails
   */
  public Optional<Tag> findByName(String name) {
    Objects.requireNonNull(name, "name");
    ListQuery query = ListQuery.builder().filter(Filter.eq("name", name)).pageSize(10).build();
    for (Tag tag : listPage(query, 0).items()) {
      if (name.equals(tag.name())) {
        return Optional.of(tag);
      }
    }
    return Optional.empty();
  }

  /**
   * Creates a tag and attaches it to the request's objects. Superset answers without the new id,
   * so the SDK looks the tag up by name afterwards (a second request). Superset strips the name of
   * leading and trailing spaces.
   *
   * @param request the tag
   * @return its id
   * @throws NullPointerException if {@code request} is null
   * @throws io.github.supersetsdk.client.exception.BadRequestException if it is invalid
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public TagId create(CreateTagRequest request) {
    Objects.requireNonNull(request, "request");
    api.create(body(request));
    // Superset stores the name stripped of leading and trailing spaces.
    return findByName(request.name().strip())
        .map(Tag::id)
        .orElseThrow(() -> new SupersetDecodeException("POST", "/api/v1/tag/", 201,
            "the created tag could not be found by its name", null));
  }

  /**
   * Replaces a tag's name, description and objects with the request's: the tag is then attached to
   * exactly {@code objectsToTag} (an empty list detaches it from every object), and a null
   * description empties it. To change one of them, read the tag ({@link #get}, {@link #objects}) and
   * send the others as they are.
   *
   * @param id its id
   * @param request the tag's new name, description and objects
   * @throws NullPointerException if an argument is null
   * @throws NotFoundException if there is no such tag
   * @throws io.github.supersetsdk.client.exception.BadRequestException if a value is invalid
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void update(TagId id, CreateTagRequest request) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(request, "request");
    api.update(id.value(), body(request));
  }

  /**
   * Creates several tags, each attached to its objects, in one call. Existing tags are reused.
   *
   * @param requests the tags; at least one
   * @return the objects tagged and skipped
   * @throws NullPointerException if {@code requests} or an element is null
   * @throws IllegalArgumentException if {@code requests} is empty
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails
   */
  public TagBulkCreateResult bulkCreate(List<CreateTagRequest> requests) {
    Objects.requireNonNull(requests, "requests");
    if (requests.isEmpty()) {
      throw new IllegalArgumentException("requests is empty");
    }
    List<TagApi.TagBody> bodies = new ArrayList<>();
    for (CreateTagRequest r : requests) {
      bodies.add(body(Objects.requireNonNull(r, "request")));
    }
    TagApi.BulkResultWire result = api.bulkCreate(new TagApi.BulkBody(bodies)).result();
    return new TagBulkCreateResult(targets(result == null ? null : result.objectsTagged()),
        targets(result == null ? null : result.objectsSkipped()));
  }

  /**
   * Deletes a tag and detaches it from all objects.
   *
   * @param id its id
   * @throws NullPointerException if {@code id} is null
   * @throws NotFoundException if there is no such tag
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void delete(TagId id) {
    Objects.requireNonNull(id, "id");
    api.delete(id.value());
  }

  /**
   * Deletes several tags by name in one call.
   *
   * @param names the tags' names; at least one
   * @throws NullPointerException if {@code names} or an element is null
   * @throws IllegalArgumentException if {@code names} is empty
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails
   */
  public void deleteByName(Collection<String> names) {
    Objects.requireNonNull(names, "names");
    if (names.isEmpty()) {
      throw new IllegalArgumentException("names is empty");
    }
    List<String> values = new ArrayList<>();
    for (String n : names) {
      values.add(Objects.requireNonNull(n, "name"));
    }
    api.deleteAll(Rison.encode(values));
  }

  /**
   * Attaches tags to an object, creating the tags that do not exist.
   *
   * @param target the object
   * @param tagNames the tags' names; at least one
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if {@code tagNames} is empty
   * @throws IllegalStateException if the object's kind has no known type number
   * @throws NotFoundException if there is no such object
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void tagObject(TagTarget target, List<String> tagNames) {
    Objects.requireNonNull(target, "target");
    List<String> names = List.copyOf(Objects.requireNonNull(tagNames, "tagNames"));
    if (names.isEmpty()) {
      throw new IllegalArgumentException("tagNames is empty");
    }
    api.tagObject(target.type().code(), target.id(), new TagApi.TagObjectBody(new TagApi.Properties(names)));
  }

  /**
   * Detaches a tag from an object.
   *
   * @param target the object
   * @param tagName the tag's name
   * @throws NullPointerException if an argument is null
   * @throws IllegalStateException if the object's kind has no known type number
   * @throws NotFoundException if the object does not carry the tag
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void untagObject(TagTarget target, String tagName) {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(tagName, "tagName");
    api.untagObject(target.type().code(), target.id(), tagName);
  }

  /**
   * The objects carrying any of the given tags.
   *
   * @param tagIds the tags; at least one
   * @return the objects, with all their tags
   * @throws NullPointerException if {@code tagIds} or an element is null
   * @throws IllegalArgumentException if {@code tagIds} is empty
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails
   */
  public List<TaggedObject> objects(Collection<TagId> tagIds) {
    return objects(tagIds, List.of());
  }

  /**
   * The objects of the given kinds carrying any of the given tags.
   *
   * @param tagIds the tags; at least one
   * @param types the kinds of objects to return; empty for all kinds
   * @return the objects, with all their tags
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if {@code tagIds} is empty
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails
   */
  public List<TaggedObject> objects(Collection<TagId> tagIds, Collection<TagObjectType> types) {
    Objects.requireNonNull(tagIds, "tagIds");
    Objects.requireNonNull(types, "types");
    if (tagIds.isEmpty()) {
      throw new IllegalArgumentException("tagIds is empty");
    }
    StringJoiner ids = new StringJoiner(",");
    tagIds.forEach(id -> ids.add(Long.toString(Objects.requireNonNull(id, "tagId").value())));
    StringJoiner kinds = new StringJoiner(",");
    types.forEach(t -> kinds.add(Objects.requireNonNull(t, "type").value()));
    List<TagApi.TaggedObjectWire> result =
        api.objects(ids.toString(), null, types.isEmpty() ? null : kinds.toString()).result();
    List<TaggedObject> out = new ArrayList<>();
    if (result != null) {
      for (TagApi.TaggedObjectWire w : result) {
        List<TagRef> tags = new ArrayList<>();
        if (w.tags() != null) {
          for (TagApi.TagWire t : w.tags()) {
            tags.add(new TagRef(TagId.of(t.id()), t.name(), tagType(t.type())));
          }
        }
        out.add(new TaggedObject(TagObjectType.of(w.type() == null ? "unknown" : w.type()), w.id(), w.name(), w.url(),
            w.creator(), ResourceCalls.instant(w.changedOn()), tags));
      }
    }
    return List.copyOf(out);
  }

  /**
   * Whether the current user marked each tag as a favourite.
   *
   * @param ids the tags; at least one
   * @return for each tag asked about that exists, whether it is a favourite, in the order asked
   * @throws NullPointerException if {@code ids} or an element is null
   * @throws IllegalArgumentException if {@code ids} is empty
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails
   */
  public Map<TagId, Boolean> favoriteStatus(Collection<TagId> ids) {
    List<TagApi.FavoriteWire> result = api.favoriteStatus(ResourceCalls.risonIds(ids, TagId::value)).result();
    Map<TagId, Boolean> out = new LinkedHashMap<>();
    if (result != null) {
      for (TagApi.FavoriteWire f : result) {
        out.put(TagId.of(f.id()), f.value());
      }
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  /**
   * Marks a tag as a favourite of the current user.
   *
   * @param id the tag
   * @throws NullPointerException if {@code id} is null
   * @throws NotFoundException if there is no such tag
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void addFavorite(TagId id) {
    Objects.requireNonNull(id, "id");
    api.addFavorite(id.value());
  }

  /**
   * Removes a tag from the current user's favourites.
   *
   * @param id the tag
   * @throws NullPointerException if {@code id} is null
   * @throws NotFoundException if there is no such tag
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void removeFavorite(TagId id) {
    Objects.requireNonNull(id, "id");
    api.removeFavorite(id.value());
  }

  /**
   * The current user's permissions on tags and the filters each column accepts. {@link
   * ResourceInfo#addColumns()} and {@link ResourceInfo#editColumns()} are empty: Superset 6.1.0
   * fails (500, {@code 'objects'}) when asked to describe them, so they are not requested.
   *
   * @return the information
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails
   */
  public ResourceInfo info() {
    return api.info(ResourceCalls.infoQueryWithoutColumns());
  }

  /**
   * The objects tags can be filtered by through a relation, such as {@code created_by}.
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

  private static TagApi.TagBody body(CreateTagRequest r) {
    List<List<Object>> objects = new ArrayList<>();
    for (TagTarget t : r.objectsToTag()) {
      objects.add(List.of(t.type().value(), t.id()));
    }
    return new TagApi.TagBody(r.name(), r.description(), objects);
  }

  private static List<TagTarget> targets(@Nullable List<List<Object>> pairs) {
    List<TagTarget> out = new ArrayList<>();
    if (pairs != null) {
      for (List<Object> pair : pairs) {
        if (pair != null && pair.size() >= 2 && pair.get(1) instanceof Number n && n.longValue() > 0) {
          out.add(TagTarget.of(TagObjectType.of(String.valueOf(pair.get(0))), n.longValue()));
        }
      }
    }
    return out;
  }

  /** Tag kinds come as numbers from the tag list and as {@code TagType.owner} from tagged objects. */
  static @Nullable TagType tagType(@Nullable Object type) {
    if (type instanceof Number n) {
      return TagType.of(n.intValue());
    }
    if (type == null) {
      return null;
    }
    String name = type.toString();
    name = name.substring(name.lastIndexOf('.') + 1);
    return switch (name) {
      case "custom" -> TagType.CUSTOM;
      case "type" -> TagType.TYPE;
      case "owner" -> TagType.OWNER;
      case "favorited_by" -> TagType.FAVORITED_BY;
      default -> null;
    };
  }
}
