package io.github.supersetsdk.ops;

import io.github.supersetsdk.client.Credentials;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.id.DatabaseId;
import io.github.supersetsdk.client.model.Database;
import io.github.supersetsdk.sync.DbtArtifacts;
import io.github.supersetsdk.sync.DbtSync;
import io.github.supersetsdk.sync.SyncReport;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

/** The environment the ops ITs run in, from {@code scripts/services.sh env}. */
final class OpsIt {

  private OpsIt() {}

  static String require(String name) {
    String value = System.getenv(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(name + " is not set. Integration tests run against the local services:"
          + " eval \"$(scripts/services.sh env)\" first, or use scripts/test.sh.");
    }
    return value;
  }

  static Credentials credentials() {
    return Credentials.password(require("SUPERSET_USERNAME"), require("SUPERSET_PASSWORD"));
  }

  static SupersetClient client() {
    return SupersetClient.builder().baseUrl(require("SUPERSET_URL")).credentials(credentials()).build();
  }

  /** A suffix no earlier or concurrent run uses; lower case, so that PostgreSQL keeps it as is. */
  static String suffix() {
    return UUID.randomUUID().toString().replace("-", "").substring(0, 8);
  }

  /** The warehouse as its owner (dbt), who may create and alter tables in marts. */
  static Connection warehouseOwner() throws SQLException {
    return DriverManager.getConnection(require("WAREHOUSE_WRITER_JDBC_URL"));
  }

  /** The warehouse as Superset's read-only role sees it: the oracle for row counts. */
  static Connection warehouseReader() throws SQLException {
    return DriverManager.getConnection(require("WAREHOUSE_JDBC_URL"));
  }

  private static boolean exampleSynced;

  /**
   * The example project's warehouse connection in Superset, after syncing the example dbt project
   * into it as {@code bin/superset-sdk dbt sync} does (once per test JVM). The ops ITs read its
   * datasets; on a fresh machine nothing has synced them yet, and elsewhere a re-sync writes nothing.
   */
  static synchronized DatabaseId warehouse(SupersetClient client) {
    String name = require("SUPERSET_DATABASE");
    if (!exampleSynced) {
      try (DbtSync sync = DbtSync.builder(client).database(name, require("WAREHOUSE_SQLALCHEMY_URI")).build()) {
        SyncReport report = sync.apply(sync.plan(DbtArtifacts.fromTargetDir(Path.of(require("DBT_TARGET_DIR")))));
        if (!report.succeeded()) {
          throw new IllegalStateException("syncing the example dbt project into " + name + " failed for "
              + report.failed() + " datasets: " + report.results().stream().filter(r -> r.error() != null)
                  .map(r -> r.uniqueId() + ": " + r.error()).toList());
        }
      }
      exampleSynced = true;
    }
    return client.databases().findByName(name).map(Database::id)
        .orElseThrow(() -> new IllegalStateException("no database connection " + name + " after the sync"));
  }
}
