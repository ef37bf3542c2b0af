package io.github.supersetsdk.client.it;

import io.github.supersetsdk.client.ClientEventListener;
import io.github.supersetsdk.client.Credentials;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.model.CreateDatabaseRequest;
import io.github.supersetsdk.client.model.Database;
import io.github.supersetsdk.client.model.DatabaseId;
import io.github.supersetsdk.client.model.Filter;
import io.github.supersetsdk.client.model.ListQuery;
import java.time.Duration;
import java.util.UUID;

/**
 * Environment of the integration tests of the SQL Lab, queries, tags, logs, cache and reports
 * sub-clients: the real Superset and warehouse that {@code scripts/services.sh} runs.
 */
final class ResourceItEnv {

  /** The warehouse connection these tests share; created once, reused by name afterwards. */
  static final String WAREHOUSE_CONNECTION = "sdk_it_warehouse_sqllab";

  private ResourceItEnv() {}

  static String require(String name) {
    String value = System.getenv(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(name + " is not set. Integration tests need the local services: run"
          + " `scripts/services.sh up` and `eval \"$(scripts/services.sh env)\"`, or use scripts/test.sh.");
    }
    return value;
  }

  static SupersetClient client(ClientEventListener... listeners) {
    SupersetClient.Builder builder = SupersetClient.builder()
        .baseUrl(require("SUPERSET_URL"))
        .credentials(Credentials.password(require("SUPERSET_USERNAME"), require("SUPERSET_PASSWORD")))
        .readTimeout(Duration.ofSeconds(60));
    for (ClientEventListener l : listeners) {
      builder.addEventListener(l);
    }
    return builder.build();
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
