package io.github.supersetsdk.examples.client;

import io.github.supersetsdk.client.Credentials;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.model.DashboardDetail;
import io.github.supersetsdk.client.request.ImportBundleRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Promotes a dashboard from one Superset to another: exports it (with its charts, datasets and
 * database connection) as a bundle, then imports the bundle into the target, replacing the objects
 * with the same UUIDs. Bundles never carry database passwords, so the import supplies them.
 *
 * <p>Run with the dashboard's slug as argument and {@code SUPERSET_URL}, {@code SUPERSET_USERNAME}
 * and {@code SUPERSET_PASSWORD} set for the source; {@code TARGET_SUPERSET_URL} (default: the source
 * itself), {@code TARGET_SUPERSET_USERNAME} and {@code TARGET_SUPERSET_PASSWORD} for the target; and
 * {@code DATABASE_PASSWORD} for the dashboard's database connection, if it has one.
 */
public final class PromoteDashboard {

  private PromoteDashboard() {}

  /**
   * Entry point.
   *
   * @param args the slug of the dashboard to promote
   * @throws IOException if the bundle cannot be written or read
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: PromoteDashboard <dashboard-slug>");
    }
    Path bundle = Files.createTempFile("dashboard-", ".zip");
    try (SupersetClient source = client("SUPERSET_URL", "SUPERSET_USERNAME", "SUPERSET_PASSWORD")) {
      DashboardDetail dashboard = source.dashboards().getBySlug(args[0]);
      source.dashboards().export(List.of(dashboard.id()), bundle);
      System.out.println("exported " + dashboard.dashboardTitle() + " (" + Files.size(bundle) + " bytes)");
    }

    ImportBundleRequest.Builder request = ImportBundleRequest.builder(bundle).overwrite(true);
    String databasePassword = System.getenv("DATABASE_PASSWORD");
    if (databasePassword != null) {
      for (String databaseFile : databaseFiles(bundle)) {
        request.password(databaseFile, databasePassword);
      }
    }
    try (SupersetClient target = client("TARGET_SUPERSET_URL", "TARGET_SUPERSET_USERNAME", "TARGET_SUPERSET_PASSWORD")) {
      target.dashboards().importBundle(request.build());
      System.out.println("imported into " + target.baseUrl());
    } finally {
      Files.deleteIfExists(bundle);
    }
  }

  /** The bundle's database files, as import passwords are keyed: {@code databases/<name>.yaml}. */
  private static List<String> databaseFiles(Path bundle) throws IOException {
    List<String> files = new java.util.ArrayList<>();
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(bundle))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        int at = entry.getName().indexOf("/databases/");
        if (at >= 0) {
          files.add(entry.getName().substring(at + 1));
        }
      }
    }
    return files;
  }

  /** A client from the given variables; the target falls back to the source's. */
  private static SupersetClient client(String url, String user, String password) {
    return SupersetClient.builder()
        .baseUrl(envOr(url, "SUPERSET_URL"))
        .credentials(Credentials.password(envOr(user, "SUPERSET_USERNAME"), envOr(password, "SUPERSET_PASSWORD")))
        .build();
  }

  private static String envOr(String name, String fallback) {
    String value = System.getenv(name);
    if (value == null || value.isBlank()) {
      value = System.getenv(fallback);
    }
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(name + " is not set");
    }
    return value;
  }
}
