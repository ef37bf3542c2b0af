package io.github.supersetsdk.client.it;

import io.github.supersetsdk.client.ClientEventListener;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.id.DatabaseId;
import io.github.supersetsdk.client.model.Database;
import io.github.supersetsdk.client.request.CreateDatabaseRequest;
import io.github.supersetsdk.client.request.Filter;
import io.github.supersetsdk.client.request.ListQuery;
import java.time.Duration;
import java.util.UUID;

/**
 * Helpers of the integration tests of the SQL Lab, queries, tags, logs, cache and reports
 * sub-clients, on top of {@link ItEnv}: one shared warehouse connection, reused by name.
 */
final class ResourceItEnv {

  /** The warehouse connection these tests share; created once, reused by name afterwards. */
  static final String WAREHOUSE_CONNECTION = "sdk_it_warehouse_sqllab";

  private ResourceItEnv() {}

  static String require(String name) {
    return ItEnv.require(name);
  }

  static SupersetClient client(ClientEventListener... listeners) {
    return ItEnv.adminClient(listeners).readTimeout(Duration.ofSeconds(60)).build();
  }

  /** The warehouse connection (reader role), exposed in SQL Lab. */
  static DatabaseId warehouse(SupersetClient client) {
    ListQuery byName = ListQuery.where(Filter.eq("database_name", WAREHOUSE_CONNECTION));
    for (Database d : client.databases().list(byName)) {
      if (WAREHOUSE_CONNECTION.equals(d.databaseName())) {
        return d.id();
      }
    }
    return client.databases().create(
        CreateDatabaseRequest.builder(WAREHOUSE_CONNECTION, require("WAREHOUSE_SQLALCHEMY_URI"))
            .exposeInSqllab(true)
            .allowRunAsync(false)
            .build());
  }

  /** A short random suffix for names that must be unique across runs. */
  static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
