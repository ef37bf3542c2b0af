package io.github.supersetsdk.client.model;

import java.util.List;
import java.util.Objects;

/**
 * One page of a list: its items, the total count the server reported for the whole query, and the
 * page's position.
 *
 * <p>Immutable and thread-safe.
 *
 * @param items the items on this page, in server order; copied
 * @param totalCount the number of items matching the query across all pages
 * @param pageIndex the zero-based page number
 * @param pageSize the page size that was requested
 * @param <T> the item type
 */
public record Page<T>(List<T> items, long totalCount, int pageIndex, int pageSize) {

  /**
   * Validates and copies the components.
   *
   * @throws NullPointerException if {@code items} or an item is null
   * @throws IllegalArgumentException if a number is negative or {@code pageSize} is zero
   */
  public Page {
    items = List.copyOf(Objects.requireNonNull(items, "items"));
    if (totalCount < 0 || pageIndex < 0 || pageSize <= 0) {
      throw new IllegalArgumentException(
          "invalid page: totalCount=" + totalCount + ", pageIndex=" + pageIndex + ", pageSize=" + pageSize);
    }
  }

  /**
   * {@return whether items beyond this page exist, judged from the total count and the requested
   * page size} A server that serves smaller pages than asked (Superset caps {@code page_size}) makes
   * this undercount; {@link io.github.supersetsdk.client.PagedIterable} counts the items it has seen
   * instead.
   */
  public boolean hasNext() {
    return !items.isEmpty() && (long) (pageIndex + 1) * pageSize < totalCount;
  }
}
