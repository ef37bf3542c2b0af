package io.github.supersetsdk.client;

import io.github.supersetsdk.client.model.Page;
import java.util.Iterator;
import java.util.NoSuchElementException;
import io.github.supersetsdk.client.internal.transport.ServerCapabilities;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * The lazy result of a list call: iterate it (or {@link #stream()} it) for items, or use {@link
 * #byPage()} for whole pages with their total count.
 *
 * {@snippet class=io.github.supersetsdk.client.snippets.ClientSnippets region=PagedIterable}
 *
 * <p>Nothing is fetched until iteration starts; each page is requested only when the previous one
 * is used up, and no request is made past the last page the server's count announces. Every new
 * iteration starts again from the first page, so results reflect the server at that time. Pages are
 * fetched by offset: objects created or deleted during an iteration can shift items between pages.
 *
 * <p>Immutable and thread-safe; each iterator is not thread-safe. Iterating throws the SDK's
 * unchecked exceptions.
 *
 * @param <T> the item type
 */
public final class PagedIterable<T> implements Iterable<T> {

  /**
   * Fetches one page. Implementations must be thread-safe.
   *
   * @param <T> the item type
   */
  @FunctionalInterface
  public interface PageFetcher<T> {
    /**
     * Fetches one page.
     *
     * @param pageIndex the zero-based page
     * @param pageSize the number of items per page
     * @return the page, with the server's total count
     */
    Page<T> fetch(int pageIndex, int pageSize);
  }

  private final PageFetcher<T> fetcher;
  /** The SDK method that created this iterable, named in errors of the lazy fetches. */
  private final @Nullable String origin = ServerCapabilities.sdkMethod();
  private final int pageSize;

  /**
   * A lazy iterable over the pages a fetcher returns, for paging through calls made with {@link
   * SupersetClient#raw()} the same way the typed clients do.
   *
   * @param fetcher fetches one page; called only while iterating
   * @param pageSize the number of items per page
   * @param <T> the item type
   * @return the iterable; nothing is fetched yet
   * @throws NullPointerException if {@code fetcher} is null
   * @throws IllegalArgumentException if {@code pageSize} is less than 1
   */
  public static <T> PagedIterable<T> of(PageFetcher<T> fetcher, int pageSize) {
    return new PagedIterable<>(fetcher, pageSize);
  }

  private PagedIterable(PageFetcher<T> fetcher, int pageSize) {
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    if (pageSize < 1) {
      throw new IllegalArgumentException("pageSize < 1: " + pageSize);
    }
    this.pageSize = pageSize;
  }

  /**
   * Iterates over all items, fetching pages lazily.
   *
   * @return a new iterator starting at the first item
   * @throws io.github.supersetsdk.client.exception.SupersetException from {@code hasNext()} or {@code
   *     next()} when fetching a page fails
   */
  @Override
  public Iterator<T> iterator() {
    Iterator<Page<T>> pages = byPage().iterator();
    return new Iterator<>() {
      private @Nullable Iterator<T> current;

      @Override
      public boolean hasNext() {
        while (current == null || !current.hasNext()) {
          if (!pages.hasNext()) {
            return false;
          }
          current = pages.next().items().iterator();
        }
        return true;
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return Objects.requireNonNull(current).next();
      }
    };
  }

  /**
   * A sequential stream of all items, fetching pages lazily as the stream is consumed.
   *
   * @return a new stream
   */
  public Stream<T> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  /**
   * The pages, fetched lazily; each carries the total count.
   *
   * @return an iterable of pages; each iteration starts from the first page
   */
  public Iterable<Page<T>> byPage() {
    return () ->
        new Iterator<>() {
          private int nextIndex;
          private long seen;
          private boolean done;
          private @Nullable Page<T> prefetched;

          @Override
          public boolean hasNext() {
            if (prefetched != null) {
              return true;
            }
            if (done) {
              return false;
            }
            Page<T> page = ServerCapabilities.withOrigin(origin, () -> fetcher.fetch(nextIndex, pageSize));
            nextIndex++;
            seen += page.items().size();
            // Stop on an empty page, and never ask for a page the count says cannot exist. The count
            // is of items seen, not pages times the size asked: a server may serve smaller pages than
            // asked (Superset caps page_size at FAB_API_MAX_PAGE_SIZE), and keeps that size for every
            // page of the same request, so the next index still follows on.
            if (page.items().isEmpty() || seen >= page.totalCount()) {
              done = true;
            }
            if (page.items().isEmpty() && page.pageIndex() > 0) {
              return false;
            }
            prefetched = page;
            return true;
          }

          @Override
          public Page<T> next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            Page<T> page = Objects.requireNonNull(prefetched);
            prefetched = null;
            return page;
          }
        };
  }
}
