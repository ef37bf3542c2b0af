package io.github.supersetsdk.client.model;

import io.github.supersetsdk.client.request.ListQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a resource's {@code _info} endpoint tells about it: the calling user's permissions on it, the
 * filter operators each column accepts in list queries, and the columns create and update accept.
 *
 * {@snippet class=io.github.supersetsdk.client.snippets.ModelSnippets region=ApiResourceInfo}
 *
 * <p>Immutable and thread-safe.
 *
 * @param permissions the calling user's permissions on the resource, e.g. {@code can_read}
 * @param filters per column, the operators a {@link ListQuery} filter may use on it
 * @param addColumns the columns a create request accepts
 * @param editColumns the columns an update request accepts
 */
public record ApiResourceInfo(
    List<String> permissions,
    Map<String, List<ApiFilterOption>> filters,
    List<ApiColumnInfo> addColumns,
    List<ApiColumnInfo> editColumns) {

  /** Copies the collections; never null. */
  public ApiResourceInfo {
    permissions = Copies.list(permissions);
    Map<String, List<ApiFilterOption>> copy = new LinkedHashMap<>();
    Copies.map(filters).forEach((column, options) -> copy.put(column, Copies.list(options)));
    filters = Copies.map(copy);
    addColumns = Copies.list(addColumns);
    editColumns = Copies.list(editColumns);
  }
}
