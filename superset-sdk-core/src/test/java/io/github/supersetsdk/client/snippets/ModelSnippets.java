package io.github.supersetsdk.client.snippets;

import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.id.DashboardId;
import io.github.supersetsdk.client.id.DatabaseId;
import io.github.supersetsdk.client.model.DashboardColors;
import io.github.supersetsdk.client.model.ReportRecipient;
import io.github.supersetsdk.client.model.ResourceInfo;
import io.github.supersetsdk.client.model.SqlLabResult;
import io.github.supersetsdk.client.model.TagObjectType;
import io.github.supersetsdk.client.model.TagTarget;
import io.github.supersetsdk.client.request.SqlLabExecuteRequest;
import java.util.List;

/** Samples of the {@code io.github.supersetsdk.client.model} package's javadoc. */
final class ModelSnippets {

  private ModelSnippets() {}

  static Object sqlLabResult(SupersetClient client, DatabaseId warehouse) {
    // @start region="SqlLabResult"
    SqlLabResult result = client.sqlLab().execute(SqlLabExecuteRequest.of(warehouse, "select 1 as one"));
    Object one = result.rows().get(0).get("one");
    // @end
    return one;
  }

  static void dashboardColors(SupersetClient client, DashboardId dashboard) {
    // @start region="DashboardColors"
    client.dashboards().updateColors(dashboard, DashboardColors.builder()
        .colorScheme("supersetColors")
        .labelColor("acme", "#1FA8C9")
        .build(), false);
    // @end
  }

  static ReportRecipient reportRecipient() {
    // @start region="ReportRecipient"
    ReportRecipient team = ReportRecipient.email("analytics@example.com");
    // @end
    return team;
  }

  static TagTarget tagTarget(DashboardId dashboardId) {
    // @start region="TagTarget"
    TagTarget target = TagTarget.of(TagObjectType.DASHBOARD, dashboardId.value());
    // @end
    return target;
  }

  static List<ResourceInfo.FilterOption> resourceInfo(SupersetClient client) {
    // @start region="ResourceInfo"
    ResourceInfo info = client.cssTemplates().info();
    boolean mayWrite = info.can("can_write");
    List<ResourceInfo.FilterOption> byName = info.filters().get("template_name");
    // @end
    System.out.println(mayWrite);
    return byName;
  }
}
