package io.github.supersetsdk.client.request;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A change to a list of configuration items stored in a dashboard's {@code json_metadata}: its
 * native filters, or its chart customizations. Items are Superset's free-form JSON objects, each
 * with an {@code id}; modified items replace the stored ones with the same id or are added.
 *
 * {@snippet class=io.github.supersetsdk.client.snippets.RequestSnippets region=DashboardConfigUpdate}
 *
 * <p>Immutable and thread-safe.
 *
 * @param modified items added or replaced, by their {@code id}
 * @param deleted the ids of items to remove
 * @param reordered the ids of all items in their new order, or empty to keep the order
 */
public record DashboardConfigUpdate(
    List<Map<String, @Nullable Object>> modified, List<String> deleted, List<String> reordered) {

  /** Copies the lists; never null. */
  public DashboardConfigUpdate {
    modified = Copies.deepList(modified);
    deleted = Copies.list(deleted);
    reordered = Copies.list(reordered);
  }
}
