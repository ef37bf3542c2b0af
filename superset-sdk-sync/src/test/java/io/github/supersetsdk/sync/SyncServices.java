package io.github.supersetsdk.sync;

import io.github.supersetsdk.client.Credentials;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.exception.NotFoundException;
import io.github.supersetsdk.client.id.DatabaseId;
import io.github.supersetsdk.client.model.Database;
import io.github.supersetsdk.client.model.Dataset;
import io.github.supersetsdk.client.request.Filter;
import io.github.supersetsdk.client.request.FilterOperator;
import io.github.supersetsdk.client.request.ListQuery;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/** The local services for the sync's integration tests, and cleanup of what a test created. */
final class SyncServices {

  private SyncServices() {}

  static String env(String name) {
    String value = System.getenv(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(name + " is not set. Integration tests need the local"
          + " services: run `scripts/services.sh up` and `eval \"$(scripts/services.sh env)\"`.");
    }
    return value;
  }

  static SupersetClient client() {
    return SupersetClient.builder()
        .baseUrl(env("SUPERSET_URL"))
        .credentials(Credentials.password(env("SUPERSET_USERNAME"), env("SUPERSET_PASSWORD")))
        .build();
  }

  static String uniqueDatabaseName() {
    return "sync_it_" + UUID.randomUUID().toString().substring(0, 8);
  }

  static Path targetDir() {
    return Path.of(env("DBT_TARGET_DIR"));
  }

  /** The example project's manifest with its JSON text edited, written to a temp dir. */
  static DbtArtifacts editedArtifacts(Path tmp, UnaryOperator<String> edit) {
    try {
      String text = Files.readString(targetDir().resolve("manifest.json"));
      String edited = edit.apply(text);
      if (edited.equals(text)) {
        throw new IllegalStateException("the edit changed nothing");
      }
      Path manifest = tmp.resolve("manifest-" + UUID.randomUUID() + ".json");
      Files.writeString(manifest, edited);
      Path catalog = targetDir().resolve("catalog.json");
      return DbtArtifacts.read(manifest, null, Files.isRegularFile(catalog) ? catalog : null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs SQL on the warehouse as dbt's writer role, with psql. */
  static void sqlAsWriter(String sql) {
    // jdbc:postgresql://host:port/db?user=u&password=p -> postgresql://u:p@host:port/db
    String jdbc = env("WAREHOUSE_WRITER_JDBC_URL");
    java.util.regex.Matcher m = java.util.regex.Pattern
        .compile("jdbc:postgresql://([^/]+)/([^?]+)\\?user=([^&]+)&password=(.+)").matcher(jdbc);
    if (!m.matches()) {
      throw new IllegalStateException("unexpected WAREHOUSE_WRITER_JDBC_URL shape");
    }
    String url = "postgresql://" + m.group(3) + ":" + m.group(4) + "@" + m.group(1) + "/" + m.group(2);
    try {
      Process p = new ProcessBuilder("psql", url, "-v", "ON_ERROR_STOP=1", "-q", "-c", sql)
          .redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      if (p.waitFor() != 0) {
        throw new IllegalStateException("psql failed: " + out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static @Nullable DatabaseId findDatabase(SupersetClient client, String name) {
    for (Database db : client.databases().list(ListQuery.all())) {
      if (db.databaseName().equals(name)) {
        return db.id();
      }
    }
    return null;
  }

  static List<Dataset> datasets(SupersetClient client, DatabaseId db) {
    List<Dataset> out = new ArrayList<>();
    client.datasets().list(ListQuery.where(
        Filter.of("database", FilterOperator.RELATION_ONE_TO_MANY, db.value()))).forEach(out::add);
    return out;
  }

  /** The dataset (with its columns and metrics) on {@code schema.table} of the connection named {@code name}. */
  static Dataset dataset(SupersetClient client, String name, String relation) {
    DatabaseId db = java.util.Objects.requireNonNull(findDatabase(client, name), name);
    for (Dataset ds : datasets(client, db)) {
      if ((ds.schema() + "." + ds.tableName()).equals(relation)) {
        return client.datasets().get(ds.id());
      }
    }
    throw new AssertionError("no dataset on " + relation);
  }

  /** Deletes the charts of, the datasets on, and the connection named {@code name}. */
  static void dropDatabase(SupersetClient client, String name) {
    DatabaseId db = findDatabase(client, name);
    if (db == null) {
      return;
    }
    for (Dataset ds : datasets(client, db)) {
      try {
        client.datasets().getDependents(ds.id()).charts().forEach(c -> client.charts().delete(c.id()));
        client.datasets().delete(ds.id());
      } catch (NotFoundException e) {
        // already gone
      }
    }
    client.databases().delete(db);
  }
}
