package io.github.supersetsdk.client.model;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An object carrying a tag: a dashboard, chart, dataset or saved query.
 *
 * <p>Immutable and thread-safe.
 *
 * @param type the kind of object
 * @param id the object's numeric id
 * @param name its name or title
 * @param url its page in Superset, relative to the base URL
 * @param creator the name of its creator
 * @param changedOn when it last changed
 * @param tags all its tags
 */
public record TaggedObject(
    TagObjectType type,
    long id,
    @Nullable String name,
    @Nullable String url,
    @Nullable String creator,
    @Nullable Instant changedOn,
    List<TagRef> tags) {

  /** Copies the list; never null. */
  public TaggedObject {
    tags = Copies.list(tags);
  }
}
