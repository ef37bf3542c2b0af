package io.github.supersetsdk.client.model;

import java.util.List;
import java.util.Map;

/**
 * The database's cost estimate of a SQL text, one entry per statement. What an entry holds depends
 * on the engine (PostgreSQL reports {@code Start-up cost} and {@code Total cost}, Presto and Trino
 * bytes and rows), so entries are maps from the engine's label to its value.
 *
 * <p>Immutable and thread-safe.
 *
 * @param statements the estimate of each statement, in order
 */
public record SqlCostEstimate(List<Map<String, Object>> statements) {

  /** Copies the list; never null. */
  public SqlCostEstimate {
    statements = Copies.deepList(statements);
  }
}
