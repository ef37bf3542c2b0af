package io.github.supersetsdk.client.it;

import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.exception.NotFoundException;
import io.github.supersetsdk.client.id.DatabaseId;
import io.github.supersetsdk.client.id.DatasetId;
import io.github.supersetsdk.client.request.CreateDatabaseRequest;
import io.github.supersetsdk.client.request.CreateDatasetRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * A Superset database connection to the warehouse (reader role) with a unique name, and the datasets
 * created on it; closing deletes them all, so each test class cleans up after itself.
 */
final class WarehouseConnection implements AutoCloseable {

  final SupersetClient client;
  final DatabaseId id;
  private final List<DatasetId> datasets = new ArrayList<>();

  private WarehouseConnection(SupersetClient client, DatabaseId id) {
    this.client = client;
    this.id = id;
  }

  static WarehouseConnection create(SupersetClient client) {
    DatabaseId id = client.databases().create(
        CreateDatabaseRequest.builder(ItEnv.uniqueName("warehouse"), ItEnv.warehouseSqlalchemyUri())
            .exposeInSqllab(true)
            .build());
    return new WarehouseConnection(client, id);
  }

  DatasetId dataset(String martTable) {
    DatasetId dataset = client.datasets().create(CreateDatasetRequest.table(id, "marts", martTable));
    datasets.add(dataset);
    return dataset;
  }

  @Override
  public void close() {
    for (DatasetId dataset : datasets) {
      try {
        client.datasets().delete(dataset);
      } catch (NotFoundException alreadyGone) {
        // Deleted by the test itself.
      }
    }
    client.databases().delete(id);
  }
}
