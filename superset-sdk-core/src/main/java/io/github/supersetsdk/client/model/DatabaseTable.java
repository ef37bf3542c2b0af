package io.github.supersetsdk.client.model;

import java.util.Map;

/**
 * A table or view that a database connection exposes in one schema.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the table or view name
 * @param type {@code table}, {@code view} or {@code materialized_view}
 * @param extra engine-specific metadata, e.g. a comment; never null
 */
public record DatabaseTable(String value, String type, Map<String, Object> extra) {

  /** Copies {@code extra}; never null. */
  public DatabaseTable {
    extra = Copies.deepMap(extra);
  }

  /** {@return the table name; an alias of {@link #value()}} */
  public String name() {
    return value;
  }
}
