package io.github.supersetsdk.examples.assets;

import io.github.supersetsdk.assets.ApplyReport;
import io.github.supersetsdk.assets.AssetChange;
import io.github.supersetsdk.assets.AssetPlan;
import io.github.supersetsdk.assets.AssetsFolder;
import io.github.supersetsdk.assets.FieldChange;
import io.github.supersetsdk.assets.SupersetAssets;
import io.github.supersetsdk.assets.TemplateValues;
import io.github.supersetsdk.client.Credentials;
import io.github.supersetsdk.client.SupersetClient;
import java.nio.file.Path;
import java.util.List;

/**
 * Keeps a dashboard in version control: with {@code export} it writes the dashboard and everything
 * it needs into a folder of YAML files (commit it); with {@code apply} it shows what the folder
 * would change on the server, field by field, and applies it. Run {@code apply} after editing a
 * file, or against a server that lost the dashboard: it comes back with the same UUIDs.
 *
 * <p>Arguments: {@code export|apply DIR [DASHBOARD-SLUG]}. Needs {@code SUPERSET_URL}, {@code
 * SUPERSET_USERNAME} and {@code SUPERSET_PASSWORD}; the folder's Jinja sees the process
 * environment as {@code env}.
 */
public final class DashboardInGit {

  private DashboardInGit() {}

  /**
   * Entry point.
   *
   * @param args {@code export DIR SLUG} or {@code apply DIR}
   */
  public static void main(String[] args) {
    if (args.length < 2 || args[0].equals("export") && args.length < 3) {
      throw new IllegalArgumentException("usage: DashboardInGit export DIR SLUG | apply DIR");
    }
    Path dir = Path.of(args[1]);
    try (SupersetClient client = SupersetClient.builder()
        .baseUrl(System.getenv("SUPERSET_URL"))
        .credentials(Credentials.password(System.getenv("SUPERSET_USERNAME"), System.getenv("SUPERSET_PASSWORD")))
        .build()) {
      SupersetAssets assets = SupersetAssets.builder(client).build();
      if (args[0].equals("export")) {
        AssetsFolder folder = assets.export(List.of(args[2]));
        folder.write(dir);
        System.out.println("wrote " + folder.assets().size() + " files into " + dir);
        return;
      }
      AssetsFolder folder = AssetsFolder.read(dir, TemplateValues.empty().withEnvironment(System.getenv()));
      AssetPlan plan = assets.plan(folder);
      for (AssetChange change : plan.pending()) {
        System.out.println(change.action() + " " + change.asset().path());
        for (FieldChange field : change.fields()) {
          System.out.println("  " + field.path() + ": " + field.before() + " -> " + field.after());
        }
      }
      if (!plan.hasChanges()) {
        System.out.println("the server matches the folder");
        return;
      }
      ApplyReport report = assets.apply(folder);
      System.out.println("applied " + report.written().size() + " assets; verified: " + report.verified());
    }
  }
}
