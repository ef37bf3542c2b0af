package io.github.supersetsdk.client.internal.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The JSON envelopes Superset wraps its answers in. */
public final class Envelopes {

  private Envelopes() {}

  /**
   * {@code {"result": ...}}.
   *
   * @param result the payload
   * @param <T> its type
   */
  public record Result<T>(T result) {}

  /**
   * {@code {"id": ..., "result": {...}}}, the answer to a get, create or update. The id is a number or
   * a string depending on the endpoint.
   *
   * @param id the object's id, or {@code null}
   * @param result the object
   * @param <T> its type
   */
  public record Item<T>(@Nullable Object id, @Nullable T result) {

    /**
     * The id as a number.
     *
     * @return the id
     * @throws IllegalStateException if the answer carried no numeric id
     */
    public long numericId() {
      if (id instanceof Number n) {
        return n.longValue();
      }
      if (id instanceof String s) {
        try {
          return Long.parseLong(s);
        } catch (NumberFormatException e) {
          throw new IllegalStateException("Superset returned a non-numeric id");
        }
      }
      throw new IllegalStateException("Superset returned no id");
    }
  }

  /**
   * {@code {"count": n, "ids": [...], "result": [...]}}, one page of a list.
   *
   * @param count items matching the query across all pages
   * @param result the items of this page
   * @param <T> the item type
   */
  public record ListPage<T>(long count, List<T> result) {
    /** Never null. */
    public ListPage {
      result = result == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(result));
    }
  }

  /**
   * {@code {"message": "..."}}, the answer to deletes and commands.
   *
   * @param message the message
   */
  public record Message(@Nullable Object message) {}

  /**
   * An arbitrary JSON object.
   *
   * @param fields its fields
   */
  public record AnyObject(Map<String, Object> fields) {}

  /**
   * One row of a list query for {@code columns:!(id,uuid)} (charts add their datasource).
   *
   * @param id the object's id
   * @param uuid its UUID, or {@code null}
   * @param datasourceId a chart's datasource id, or {@code null}
   * @param datasourceType a chart's datasource type, or {@code null}
   */
  public record IdAndUuid(
      long id, @Nullable String uuid, @Nullable Long datasourceId, @Nullable String datasourceType) {}
}
