package io.github.supersetsdk.client.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Builds the Rison {@code q} parameter of the {@code related/{column}} endpoints, which take a text
 * filter and a page instead of a list query.
 */
public final class AdminQueries {

  private AdminQueries() {}

  /**
   * The {@code q} value for one page of related objects.
   *
   * @param search text to match, case-insensitive (the server chooses how, per column), or {@code
   *     null} for all
   * @param pageIndex the zero-based page
   * @param pageSize the page size
   * @return the Rison-encoded value, not URL-encoded
   */
  public static String related(@Nullable String search, int pageIndex, int pageSize) {
    Map<String, Object> q = new LinkedHashMap<>();
    if (search != null && !search.isEmpty()) {
      q.put("filter", search);
    }
    q.put("page", pageIndex);
    q.put("page_size", pageSize);
    return Rison.encode(q);
  }
}
