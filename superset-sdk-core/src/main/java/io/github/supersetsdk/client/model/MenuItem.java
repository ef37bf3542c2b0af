package io.github.supersetsdk.client.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An entry of Superset's navigation menu for the current user; entries the user may not see are
 * left out by the server. A separator has the name {@code -} and nothing else.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the entry's name
 * @param label its display label
 * @param icon its icon class, if any
 * @param url its URL, relative to the base URL, if it is a link
 * @param children its sub-entries
 */
public record MenuItem(
    String name, @Nullable String label, @Nullable String icon, @Nullable String url, List<MenuItem> children) {

  /** Copies the list; never null. */
  public MenuItem {
    children = Copies.list(children);
  }

  /** {@return whether this is a separator between groups of entries} */
  public boolean isSeparator() {
    return "-".equals(name) && url == null && children.isEmpty();
  }
}
