package io.github.supersetsdk.sync.snippets;

import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.request.TestDatabaseConnectionRequest;
import io.github.supersetsdk.sync.DbtArtifacts;
import io.github.supersetsdk.sync.DbtExposures;
import io.github.supersetsdk.sync.DbtSync;
import io.github.supersetsdk.sync.ExposuresPlan;
import io.github.supersetsdk.sync.SyncPlan;
import io.github.supersetsdk.sync.SyncReport;
import io.github.supersetsdk.sync.profiles.DbtProfiles;
import io.github.supersetsdk.sync.profiles.Secret;
import io.github.supersetsdk.sync.profiles.SqlAlchemyUri;
import io.github.supersetsdk.sync.profiles.WarehouseTarget;
import java.nio.file.Path;

/**
 * The javadoc samples of the sync module, compiled with its tests and shown through {@code
 * {@snippet class=... region=...}}. Not run here: the ITs run the same calls on the real services.
 */
final class SyncSnippets {

  private SyncSnippets() {}

  static void dbtSync(SupersetClient client) {
    // @start region="DbtSync"
    try (DbtSync sync = DbtSync.builder(client).database("warehouse").build()) {
      SyncPlan plan = sync.plan(DbtArtifacts.fromTargetDir(Path.of("target")));
      SyncReport report = sync.apply(plan);
    }
    // @end
  }

  static DbtArtifacts dbtArtifacts() {
    // @start region="DbtArtifacts"
    DbtArtifacts artifacts = DbtArtifacts.fromTargetDir(Path.of("target"));
    // @end
    return artifacts;
  }

  static void dbtExposures(SupersetClient client, DbtSync sync, DbtArtifacts artifacts) {
    // @start region="DbtExposures"
    SyncReport report = sync.apply(sync.plan(artifacts));
    DbtExposures exposures = DbtExposures.builder(client).build();
    ExposuresPlan plan = exposures.plan(report, Path.of("models/marts/_exposures.yml")); // reads only
    exposures.write(plan);
    // @end
  }

  static SqlAlchemyUri dbtProfiles(String readerPassword) {
    // @start region="DbtProfiles"
    DbtProfiles profiles = DbtProfiles.load(null, System.getenv()); // $DBT_PROFILES_DIR or ~/.dbt
    WarehouseTarget dev = profiles.target("shop", null);          // the profile's default target
    SqlAlchemyUri uri = dev.sqlalchemyUri("superset_reader", Secret.of(readerPassword));
    // @end
    return uri;
  }

  static void warehouseTarget(SupersetClient client, String readerPassword) {
    // @start region="WarehouseTarget"
    WarehouseTarget dev = DbtProfiles.load(null, System.getenv()).target("shop", "dev");
    SqlAlchemyUri uri = dev.sqlalchemyUri("superset_reader", Secret.of(readerPassword));
    client.databases().testConnection(TestDatabaseConnectionRequest.builder(uri.reveal()).build());
    // @end
  }

  static Secret secret() {
    // @start region="Secret"
    Secret password = Secret.of(System.getenv("SUPERSET_WAREHOUSE_PASSWORD"));
    // @end
    return password;
  }
}
