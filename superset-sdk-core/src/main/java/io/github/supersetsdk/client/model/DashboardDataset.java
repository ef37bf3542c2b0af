package io.github.supersetsdk.client.model;

import io.github.supersetsdk.client.id.DatasetId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A dataset that charts of a dashboard query, as {@code GET /api/v1/dashboard/{id_or_slug}/datasets}
 * describes it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the dataset's id
 * @param uid the datasource uid, {@code "<id>__<type>"}
 * @param type the datasource type, {@code table} for datasets
 * @param name the display name, {@code schema.table}
 * @param tableName the table name
 * @param schema the schema
 * @param sql the query of a virtual dataset
 * @param mainDttmCol the default temporal column
 * @param columnNames the names of its columns
 * @param isSqllabView whether it counts as saved from SQL Lab
 * @param cacheTimeout the chart cache timeout in seconds
 */
public record DashboardDataset(
    DatasetId id,
    @Nullable String uid,
    @Nullable String type,
    @Nullable String name,
    @Nullable String tableName,
    @Nullable String schema,
    @Nullable String sql,
    @Nullable String mainDttmCol,
    List<String> columnNames,
    @Nullable Boolean isSqllabView,
    @Nullable Integer cacheTimeout) {

  /** Copies the list; never null. */
  public DashboardDataset {
    columnNames = Copies.list(columnNames);
  }
}
