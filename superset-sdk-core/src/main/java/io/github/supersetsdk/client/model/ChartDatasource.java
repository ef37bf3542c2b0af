package io.github.supersetsdk.client.model;

import io.github.supersetsdk.client.id.DatasetId;
import java.util.Objects;

/**
 * The datasource a chart-data request queries: {@code {"id": 12, "type": "table"}}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the datasource's id
 * @param type {@code table} for datasets
 */
public record ChartDatasource(long id, String type) {

  /**
   * Validates the type.
   *
   * @throws NullPointerException if {@code type} is null
   */
  public ChartDatasource {
    Objects.requireNonNull(type, "type");
  }

  /**
   * {@return a dataset as datasource}
   *
   * @param dataset the dataset
   * @throws NullPointerException if {@code dataset} is null
   */
  public static ChartDatasource dataset(DatasetId dataset) {
    return new ChartDatasource(Objects.requireNonNull(dataset, "dataset").value(), "table");
  }
}
