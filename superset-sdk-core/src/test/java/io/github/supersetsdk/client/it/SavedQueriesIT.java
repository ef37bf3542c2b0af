package io.github.supersetsdk.client.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.id.DatabaseId;
import io.github.supersetsdk.client.id.SavedQueryId;
import io.github.supersetsdk.client.model.Page;
import io.github.supersetsdk.client.model.SavedQuery;
import io.github.supersetsdk.client.request.CreateSavedQueryRequest;
import io.github.supersetsdk.client.request.Filter;
import io.github.supersetsdk.client.request.FilterOperator;
import io.github.supersetsdk.client.request.ImportBundleRequest;
import io.github.supersetsdk.client.request.ListQuery;
import io.github.supersetsdk.client.request.UpdateSavedQueryRequest;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Saved queries: CRUD, export and import, and pagination over more than 100 items. */
@ExtendWith(NoSecretsInLogs.class)
class SavedQueriesIT {

  private static final String PREFIX = "sdk-it-sq-";
  private static final CountingListener requests = new CountingListener();
  private static SupersetClient client;
  private static DatabaseId warehouse;

  @BeforeAll
  static void setUp() {
    client = ResourceItEnv.client(requests);
    warehouse = ResourceItEnv.warehouse(client);
  }

  @AfterAll
  static void tearDown() {
    try {
      // Leftovers of this and earlier runs.
      List<SavedQueryId> left = client.savedQueries()
          .list(ListQuery.where(Filter.of("label", FilterOperator.STARTS_WITH, PREFIX)))
          .stream().map(SavedQuery::id).toList();
      if (!left.isEmpty()) {
        client.savedQueries().delete(left);
      }
    } finally {
      client.close();
    }
  }

  @Test
  void crud_roundTrip() {
    String label = PREFIX + "crud-" + ResourceItEnv.unique();
    SavedQueryId id = client.savedQueries().create(
        CreateSavedQueryRequest.builder(warehouse, label, "select count(*) from marts.dim_customers")
            .schema("marts").description("customers").build());
    try {
      SavedQuery read = client.savedQueries().get(id);
      assertThat(read.label()).isEqualTo(label);
      assertThat(read.schema()).isEqualTo("marts");
      assertThat(read.database().id()).isEqualTo(warehouse);
      assertThat(read.description()).isEqualTo("customers");

      client.savedQueries().update(id,
          UpdateSavedQueryRequest.builder().sql("select 1").clearDescription().build());
      SavedQuery updated = client.savedQueries().get(id);
      assertThat(updated.sql()).isEqualTo("select 1");
      assertThat(updated.description()).isNull();
      assertThat(updated.label()).isEqualTo(label);

      List<SavedQuery> found = client.savedQueries().list(ListQuery.where(Filter.eq("label", label))).stream().toList();
      assertThat(found).extracting(SavedQuery::id).containsExactly(id);
      assertThat(client.savedQueries().info().can("can_write")).isTrue();
      assertThat(client.savedQueries().related("database", null).stream().map(r -> r.value()).toList())
          .contains(warehouse.value());
    } finally {
      client.savedQueries().delete(id);
    }
    assertThat(client.savedQueries().find(id)).isEmpty();
  }

  @Test
  void exportImport_overwrite_restoresTheQuery() throws Exception {
    String label = PREFIX + "bundle-" + ResourceItEnv.unique();
    SavedQueryId id = client.savedQueries().create(
        CreateSavedQueryRequest.builder(warehouse, label, "select 42 as answer").build());
    byte[] bundle = client.savedQueries().export(List.of(id));
    String databaseFile = null;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bundle))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        int at = e.getName().indexOf("databases/");
        if (at >= 0) {
          databaseFile = e.getName().substring(at);
        }
      }
    }
    assertThat(databaseFile).as("the bundle holds the database").isNotNull();
    client.savedQueries().delete(id);

    client.savedQueries().importBundle(ImportBundleRequest.builder(bundle).overwrite(true)
        .password(databaseFile, "superset_reader").build());

    List<SavedQuery> restored = client.savedQueries().list(ListQuery.where(Filter.eq("label", label))).stream().toList();
    assertThat(restored).singleElement().satisfies(q -> assertThat(q.sql()).isEqualTo("select 42 as answer"));
    client.savedQueries().delete(restored.get(0).id());
  }

  @Test
  void list_105Items_pageSize50_seesAllInThreeRequests() {
    String prefix = PREFIX + "page-" + ResourceItEnv.unique() + "-";
    List<SavedQueryId> created = new ArrayList<>();
    try {
      for (int i = 0; i < 105; i++) {
        created.add(client.savedQueries().create(
            CreateSavedQueryRequest.builder(warehouse, prefix + String.format("%03d", i), "select " + i).build()));
      }
      ListQuery query = ListQuery.builder()
          .filter(Filter.of("label", FilterOperator.STARTS_WITH, prefix))
          .orderBy("label", io.github.supersetsdk.client.request.SortDirection.ASC)
          .pageSize(50)
          .build();
      int listCallsBefore = requests.succeeded("GET /api/v1/saved_query/");
      Set<SavedQueryId> seen = new HashSet<>();
      List<Integer> pageSizes = new ArrayList<>();
      for (Page<SavedQuery> page : client.savedQueries().list(query).byPage()) {
        assertThat(page.totalCount()).isEqualTo(105);
        pageSizes.add(page.items().size());
        page.items().forEach(q -> seen.add(q.id()));
      }
      assertThat(pageSizes).containsExactly(50, 50, 5);
      assertThat(seen).containsExactlyInAnyOrderElementsOf(created);
      assertThat(requests.succeeded("GET /api/v1/saved_query/") - listCallsBefore).isEqualTo(3);
    } finally {
      if (!created.isEmpty()) {
        client.savedQueries().delete(created);
      }
    }
    assertThat(client.savedQueries().listPage(
        ListQuery.where(Filter.of("label", FilterOperator.STARTS_WITH, prefix)), 0).totalCount()).isZero();
  }
}
