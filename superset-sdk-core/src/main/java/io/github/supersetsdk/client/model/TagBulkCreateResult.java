package io.github.supersetsdk.client.model;

import java.util.List;

/**
 * The outcome of creating tags in bulk: the objects tagged and those skipped (e.g. missing or not
 * allowed to the user).
 *
 * <p>Immutable and thread-safe.
 *
 * @param objectsTagged the objects that got their tags
 * @param objectsSkipped the objects that were skipped
 */
public record TagBulkCreateResult(List<TagTarget> objectsTagged, List<TagTarget> objectsSkipped) {

  /** Copies the lists; never null. */
  public TagBulkCreateResult {
    objectsTagged = Copies.list(objectsTagged);
    objectsSkipped = Copies.list(objectsSkipped);
  }
}
