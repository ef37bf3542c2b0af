package io.github.supersetsdk.client.model;

import java.util.Map;

/**
 * Engine-specific metadata of a table, e.g. partitions on Hive or Presto and clustering on BigQuery.
 * Most engines, PostgreSQL among them, report none. The contents are free-form JSON whose shape each
 * engine defines.
 *
 * <p>Immutable and thread-safe.
 *
 * @param metadata engine-specific metadata; never null
 * @param partitions the table's partitioning; never null
 * @param clustering the table's clustering; never null
 */
public record DatabaseTableExtraMetadata(
    Map<String, Object> metadata, Map<String, Object> partitions, Map<String, Object> clustering) {

  /** Copies the maps; never null. */
  public DatabaseTableExtraMetadata {
    metadata = Copies.deepMap(metadata);
    partitions = Copies.deepMap(partitions);
    clustering = Copies.deepMap(clustering);
  }
}
