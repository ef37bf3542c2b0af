package io.github.supersetsdk.client.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.exception.BadRequestException;
import io.github.supersetsdk.client.exception.NotFoundException;
import io.github.supersetsdk.client.id.DatabaseId;
import io.github.supersetsdk.client.model.Database;
import io.github.supersetsdk.client.model.DatabaseTable;
import io.github.supersetsdk.client.request.CreateDatabaseRequest;
import io.github.supersetsdk.client.request.Filter;
import io.github.supersetsdk.client.request.ListQuery;
import io.github.supersetsdk.client.request.TestDatabaseConnectionRequest;
import io.github.supersetsdk.client.request.UpdateDatabaseRequest;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(NoSecretsInLogs.class)
class DatabasesIT {

  @Test
  void databaseConnection_toTheWarehouse_isCreatedBrowsedUpdatedAndDeleted() throws Exception {
    String name = ItEnv.uniqueName("db");
    try (SupersetClient client = ItEnv.adminClient().build()) {
      client.databases().testConnection(TestDatabaseConnectionRequest.builder(ItEnv.warehouseSqlalchemyUri()).build());

      DatabaseId id = client.databases().create(
          CreateDatabaseRequest.builder(name, ItEnv.warehouseSqlalchemyUri()).exposeInSqllab(true).build());
      try {
        Database db = client.databases().get(id);
        assertThat(db.databaseName()).isEqualTo(name);
        assertThat(db.backend()).isEqualTo("postgresql");
        assertThat(db.exposeInSqllab()).isTrue();
        String storedUri = client.databases().getConnection(id).sqlalchemyUri();
        assertThat(storedUri).startsWith("postgresql+psycopg2://").isNotEqualTo(ItEnv.warehouseSqlalchemyUri());

        assertThat(client.databases().listSchemas(id)).contains("marts");
        List<String> tables = client.databases().listTables(id, "marts").stream()
            .map(DatabaseTable::name).collect(Collectors.toList());
        assertThat(tables).containsAll(Warehouse.tenantMarts());

        client.databases().update(id, UpdateDatabaseRequest.builder().cacheTimeout(120).allowDml(false).build());
        assertThat(client.databases().get(id).cacheTimeout()).isEqualTo(120);
        client.databases().update(id, UpdateDatabaseRequest.builder().clearCacheTimeout().build());
        assertThat(client.databases().get(id).cacheTimeout()).isNull();

        assertThat(client.databases().list(ListQuery.where(Filter.eq("database_name", name))).stream()
            .map(Database::id)).containsExactly(id);
      } finally {
        client.databases().delete(id);
      }
      assertThat(client.databases().find(id)).isEmpty();
      assertThatThrownBy(() -> client.databases().get(id)).isInstanceOf(NotFoundException.class);
    }
  }

  @Test
  void testConnection_wrongPassword_throwsBadRequestWithErrorType() {
    String wrong = ItEnv.warehouseSqlalchemyUri().replaceFirst(":[^:@/]+@", ":wrong-password@");
    try (SupersetClient client = ItEnv.adminClient().build()) {
      assertThatThrownBy(() -> client.databases().testConnection(TestDatabaseConnectionRequest.builder(wrong).build()))
          .isInstanceOfSatisfying(BadRequestException.class, e -> {
            assertThat(e.errorType()).isNotNull();
            assertThat(e.getMessage()).doesNotContain("wrong-password");
          });
    }
  }
}
