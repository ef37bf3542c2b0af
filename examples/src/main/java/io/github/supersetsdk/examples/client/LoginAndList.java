package io.github.supersetsdk.examples.client;

import io.github.supersetsdk.client.Credentials;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.model.Dataset;
import io.github.supersetsdk.client.model.Page;
import io.github.supersetsdk.client.request.ListQuery;
import io.github.supersetsdk.client.request.SortDirection;

/**
 * Logs in to Superset and lists its datasets, most recently changed first.
 *
 * <p>Run with {@code SUPERSET_URL}, {@code SUPERSET_USERNAME} and {@code SUPERSET_PASSWORD} set, e.g.
 * after {@code eval "$(scripts/services.sh env)"}.
 */
public final class LoginAndList {

  private LoginAndList() {}

  /**
   * Entry point.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    try (SupersetClient client = SupersetClient.builder()
        .baseUrl(env("SUPERSET_URL"))
        .credentials(Credentials.password(env("SUPERSET_USERNAME"), env("SUPERSET_PASSWORD")))
        .build()) {
      ListQuery query = ListQuery.builder()
          .orderBy("changed_on_delta_humanized", SortDirection.DESC)
          .pageSize(50)
          .build();

      // Pages are fetched lazily while iterating; the first page also tells the total.
      Page<Dataset> first = client.datasets().listPage(query, 0);
      System.out.println(first.totalCount() + " datasets");
      for (Dataset dataset : client.datasets().list(query)) {
        String database = dataset.database() == null ? "?" : dataset.database().databaseName();
        System.out.printf("%6d  %-30s %-12s %s%n", dataset.id().value(), dataset.tableName(), dataset.schema(), database);
      }
    }
  }

  private static String env(String name) {
    String value = System.getenv(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(name + " is not set");
    }
    return value;
  }
}
