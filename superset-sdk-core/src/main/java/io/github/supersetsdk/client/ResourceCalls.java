package io.github.supersetsdk.client;

import io.github.supersetsdk.client.internal.Rison;
import io.github.supersetsdk.client.internal.api.FabEnvelopes;
import io.github.supersetsdk.client.model.Page;
import io.github.supersetsdk.client.model.RelatedChoice;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.ToLongFunction;

/** Helpers shared by the sub-clients for Flask-AppBuilder's model endpoints. Stateless. */
final class ResourceCalls {

  /** Superset serves at most this many related values per page. */
  static final int RELATED_PAGE_SIZE = 100;

  private ResourceCalls() {}

  /**
   * The Rison list of ids for bulk deletes, exports and favorite status.
   *
   * @throws NullPointerException if the collection or an element is null
   * @throws IllegalArgumentException if it is empty
   */
  static <T> String risonIds(Collection<T> ids, ToLongFunction<T> value) {
    Objects.requireNonNull(ids, "ids");
    if (ids.isEmpty()) {
      throw new IllegalArgumentException("ids is empty");
    }
    List<Long> values = new ArrayList<>(ids.size());
    for (T id : ids) {
      values.add(value.applyAsLong(Objects.requireNonNull(id, "id")));
    }
    return Rison.encode(values);
  }

  /** The {@code q} of {@code _info} that asks for permissions only. */
  static String permissionsQuery() {
    return Rison.encode(Map.of("keys", List.of("permissions")));
  }

  /** The permissions of an {@code _info} answer; never null. */
  static List<String> permissions(FabEnvelopes.Info info) {
    return info.permissions() == null ? List.of() : List.copyOf(info.permissions());
  }

  /** Lazily pages through the values of a related field. */
  static PagedIterable<RelatedChoice> related(
      String column, String filter, BiFunction<String, String, FabEnvelopes.Related> call) {
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(filter, "filter");
    if (column.isBlank() || column.contains("/")) {
      throw new IllegalArgumentException("invalid column: " + column);
    }
    return new PagedIterable<>(
        (page, size) -> {
          Map<String, Object> q = new LinkedHashMap<>();
          if (!filter.isEmpty()) {
            q.put("filter", filter);
          }
          q.put("page", page);
          q.put("page_size", size);
          FabEnvelopes.Related answer = call.apply(column, Rison.encode(q));
          List<RelatedChoice> items = answer.result() == null ? List.of() : answer.result();
          return new Page<>(items, answer.count(), page, size);
        },
        RELATED_PAGE_SIZE);
  }

  /**
   * Writes bytes to a file through a temporary sibling and a move, so that a failed write leaves no
   * partial bundle behind.
   *
   * @throws UncheckedIOException if the file cannot be written
   */
  static void writeAtomically(Path target, byte[] bytes) {
    Path dir = target.toAbsolutePath().getParent();
    try {
      Path tmp = Files.createTempFile(dir, ".superset-sdk-", ".part");
      try {
        Files.write(tmp, bytes);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target, e);
    }
  }
}
