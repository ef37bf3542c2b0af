package io.github.supersetsdk.client.request;

import io.github.supersetsdk.codegen.Adder;
import io.github.supersetsdk.codegen.DefaultValue;
import io.github.supersetsdk.codegen.GeneratedBuilder;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a list call asks for: filters, ordering and page size, sent as the Rison {@code q} parameter.
 * The page number is managed by the SDK's lazy pagination.
 *
 * {@snippet class=io.github.supersetsdk.client.snippets.RequestSnippets region=ListQuery}
 *
 * <p>Immutable and thread-safe.
 *
 * @param filters the conditions, which all must hold
 * @param orderColumn the column to sort by, or {@code null} for the server's default
 * @param orderDirection the sort direction, or {@code null} for the server's default
 * @param pageSize items per request, 1 to {@value #MAX_PAGE_SIZE}
 */
@GeneratedBuilder
public record ListQuery(
    @Adder("filter") List<Filter> filters,
    @Nullable String orderColumn,
    @Nullable SortDirection orderDirection,
    @DefaultValue("ListQuery.MAX_PAGE_SIZE") int pageSize) implements ListQueryBuilder.Methods {

  /** The largest page Superset serves ({@code FAB_API_MAX_PAGE_SIZE} defaults to 100). */
  public static final int MAX_PAGE_SIZE = 100;

  private static final ListQuery ALL = new ListQuery(List.of(), null, null, MAX_PAGE_SIZE);

  /**
   * Validates and copies the components.
   *
   * @throws NullPointerException if {@code filters} or an element is null
   * @throws IllegalArgumentException if {@code pageSize} is outside 1 to {@value #MAX_PAGE_SIZE}, or
   *     a direction is given without a column
   */
  public ListQuery {
    filters = List.copyOf(Objects.requireNonNull(filters, "filters"));
    if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException("pageSize must be 1.." + MAX_PAGE_SIZE + ": " + pageSize);
    }
    if (orderDirection != null && orderColumn == null) {
      throw new IllegalArgumentException("orderDirection needs an orderColumn");
    }
  }

  /**
   * {@return a query for everything: no filters, the server's default order, {@value #MAX_PAGE_SIZE} items
   * per request}
   */
  public static ListQuery all() {
    return ALL;
  }

  /**
   * {@return a query with the given filters and default ordering and page size}
   *
   * @param filters conditions that all must hold
   * @throws NullPointerException if an argument is null
   */
  public static ListQuery where(Filter... filters) {
    return new ListQuery(List.of(filters), null, null, MAX_PAGE_SIZE);
  }

  /** {@return a new builder for everything, in the server's default order, 100 items per request} */
  public static Builder builder() {
    return ListQueryBuilder.create();
  }

  /** Builds a {@link ListQuery}. Not thread-safe. */
  public static final class Builder extends ListQueryBuilder {
    Builder() {}

    /**
     * Adds a filter on a column; all filters must match.
     *
     * @param column the column
     * @param operator how the column is compared
     * @param value the value compared with
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public Builder filter(String column, FilterOperator operator, Object value) {
      return filter(Filter.of(column, operator, value));
    }

    /**
     * Sets the sort order.
     *
     * @param column the column to sort by
     * @param direction the direction
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public Builder orderBy(String column, SortDirection direction) {
      this.orderColumn = Objects.requireNonNull(column, "column");
      this.orderDirection = Objects.requireNonNull(direction, "direction");
      return this;
    }
  }
}
