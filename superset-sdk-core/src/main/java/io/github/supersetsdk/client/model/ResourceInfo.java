package io.github.supersetsdk.client.model;

import io.github.supersetsdk.client.request.FilterOperator;
import io.github.supersetsdk.client.request.ListQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a resource's {@code _info} endpoint tells the calling user about it: their permissions on
 * it, the filter operators each column accepts in list queries and, where Superset lists them, the
 * columns create and update requests accept.
 *
 * {@snippet class=io.github.supersetsdk.client.snippets.ModelSnippets region=ResourceInfo}
 *
 * <p>Immutable and thread-safe.
 *
 * @param permissions the calling user's permissions on the resource, e.g. {@code can_read}
 * @param filters per column, the operators a {@link ListQuery} filter may use on it
 * @param addColumns the columns a create request accepts; empty where not listed
 * @param editColumns the columns an update request accepts; empty where not listed
 */
public record ResourceInfo(
    List<String> permissions,
    Map<String, List<FilterOption>> filters,
    List<Column> addColumns,
    List<Column> editColumns) {

  /** Copies the collections; never null. */
  public ResourceInfo {
    permissions = Copies.list(permissions);
    Map<String, List<FilterOption>> copy = new LinkedHashMap<>();
    Copies.map(filters).forEach((column, options) -> copy.put(column, Copies.list(options)));
    filters = Copies.map(copy);
    addColumns = Copies.list(addColumns);
    editColumns = Copies.list(editColumns);
  }

  /**
   * Whether the calling user holds a permission on the resource.
   *
   * @param permission e.g. {@code can_write}
   * @return {@code true} if it is granted
   */
  public boolean can(String permission) {
    return permissions.contains(permission);
  }

  /**
   * One filter operator a column accepts.
   *
   * @param name the operator's human-readable name, e.g. {@code Starts with}
   * @param operator the operator to use in a list filter
   */
  public record FilterOption(@Nullable String name, FilterOperator operator) {}

  /**
   * A column a create or update request accepts.
   *
   * @param name the column's JSON name
   * @param label its human-readable label
   * @param type its Flask-AppBuilder field type, e.g. {@code String} or {@code Integer}
   * @param required whether a create request must carry it
   * @param unique whether its values must be unique
   */
  public record Column(
      String name, @Nullable String label, @Nullable String type, boolean required, boolean unique) {}
}
