package io.github.supersetsdk.client.model;

import io.github.supersetsdk.client.id.DatasetId;
import java.util.List;

/**
 * What the "drill by" menu of a chart needs about its dataset: the groupable columns, readable by
 * users who may read the chart but not the dataset itself.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the dataset's id
 * @param tableName the dataset's table name
 * @param columns the columns charts may be drilled by; never null
 */
public record DatasetDrillInfo(DatasetId id, String tableName, List<DatasetDrillColumn> columns) {

  /** Copies the columns; never null. */
  public DatasetDrillInfo {
    columns = Copies.list(columns);
  }
}
