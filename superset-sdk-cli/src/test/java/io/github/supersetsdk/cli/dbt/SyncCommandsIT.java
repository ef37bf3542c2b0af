package io.github.supersetsdk.cli.dbt;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.supersetsdk.cli.CliTestSupport;
import io.github.supersetsdk.client.Credentials;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.model.Database;
import io.github.supersetsdk.client.model.Dataset;
import io.github.supersetsdk.client.request.Filter;
import io.github.supersetsdk.client.request.FilterOperator;
import io.github.supersetsdk.client.request.ListQuery;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code dbt sync}/{@code dbt plan} against the local Superset with the example project's artifacts. */
class SyncCommandsIT {

  private final String dbName = "sync_cli_it_" + UUID.randomUUID().toString().substring(0, 8);
  private StringWriter out = new StringWriter();
  private StringWriter err = new StringWriter();

  private int run(String... args) {
    out = new StringWriter();
    err = new StringWriter();
    CommandLine cli = CliTestSupport.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @AfterEach
  void dropDatabase() {
    try (SupersetClient client = SupersetClient.builder().baseUrl(System.getenv("SUPERSET_URL"))
        .credentials(Credentials.password(System.getenv("SUPERSET_USERNAME"), System.getenv("SUPERSET_PASSWORD")))
        .build()) {
      for (Database db : client.databases().list(ListQuery.all())) {
        if (db.databaseName().equals(dbName)) {
          for (Dataset ds : client.datasets().list(ListQuery.where(
              Filter.of("database", FilterOperator.RELATION_ONE_TO_MANY, db.id().value())))) {
            client.datasets().delete(ds.id());
          }
          client.databases().delete(db.id());
        }
      }
    }
  }

  @Test
  void sync_json_thenNoOpResync_zeroWrites() throws Exception {
    String uri = System.getenv("WAREHOUSE_SQLALCHEMY_URI");
    assertThat(run("dbt", "sync", "--json", "--select", "tag:core", "--database", dbName,
        "--database-uri", uri)).as(err.toString()).isZero();
    JsonNode first = new ObjectMapper().readTree(out.toString());
    assertThat(first.fieldNames()).toIterable().containsExactly("created", "updated", "deleted",
        "unchanged", "skipped", "failed", "httpReads", "httpWrites", "bulkImported", "restFallbacks", "datasets");
    assertThat(first.get("created").asInt()).isGreaterThan(0);
    assertThat(first.get("datasets").get(0).has("uniqueId")).isTrue();
    assertThat(out.toString()).doesNotContain("superset_reader:superset_reader");

    assertThat(run("dbt", "sync", "--json", "--select", "tag:core", "--database", dbName)).isZero();
    JsonNode again = new ObjectMapper().readTree(out.toString());
    assertThat(again.get("httpWrites").asInt()).isZero();
    assertThat(again.get("unchanged").asInt()).isEqualTo(first.get("created").asInt());

    assertThat(run("dbt", "plan", "--select", "tag:core", "--database", dbName)).isZero();
    // The plan's own reads are counted (the sync line counts the apply's).
    assertThat(out.toString()).containsPattern("(?m)^plan: 0 to create, 0 to update, 0 to delete, "
        + first.get("created").asInt() + " unchanged, 0 skipped; [1-9][0-9]* HTTP reads$");
  }

  @Test
  void sync_connectionSupersetRefusesToCreate_exits2NamingIt_withoutThePassword() {
    String uri = System.getenv("WAREHOUSE_SQLALCHEMY_URI").replace("superset_reader:superset_reader@",
        "superset_reader:Wrong-Pw-77@");
    assertThat(run("dbt", "sync", "--select", "tag:core", "--database", dbName, "--database-uri", uri)).isEqualTo(2);
    assertThat(err.toString()).contains("cannot create the Superset database connection '" + dbName + "'")
        .doesNotContain("Wrong-Pw-77");
  }

  @Test
  void sync_unknownDatabase_exits2AndWritesNothing() {
    assertThat(run("dbt", "sync", "--database", dbName)).isEqualTo(2);
    assertThat(err.toString()).contains("no Superset database connection named '" + dbName + "'");
  }
}
