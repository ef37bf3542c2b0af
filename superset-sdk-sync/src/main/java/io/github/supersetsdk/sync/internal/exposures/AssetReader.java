package io.github.supersetsdk.sync.internal.exposures;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.supersetsdk.client.RawRequest;
import io.github.supersetsdk.client.SupersetClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Reads the charts and dashboards that use given datasets: every chart (paged, 100 a page, only
 * the columns needed) and, when any chart qualifies, every dashboard. The typed client's owner
 * records carry no email, so the lists are read through the raw client. Thread-safe.
 */
public final class AssetReader {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CHART_COLUMNS = "id,slice_name,description,url,datasource_id,"
      + "datasource_type,owners.id,owners.first_name,owners.last_name,owners.email,dashboards.id";
  private static final String DASHBOARD_COLUMNS =
      "id,dashboard_title,url,slug,owners.id,owners.first_name,owners.last_name,owners.email";

  /**
   * What was read.
   *
   * @param assets the charts and dashboards using the datasets
   * @param existing the keys ({@code kind:id}) of every chart and dashboard seen
   * @param reads the GET requests made
   */
  public record Assets(List<Asset> assets, Set<String> existing, int reads) {}

  private AssetReader() {}

  /**
   * Reads the assets.
   *
   * @param client the client
   * @param publicUrl the base of the URLs written into exposures
   * @param datasets dataset id to dbt unique_id, for the synced datasets
   * @return the assets
   */
  public static Assets read(SupersetClient client, String publicUrl, Map<Long, String> datasets) {
    String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    int[] reads = {0};
    Set<String> existing = new HashSet<>();
    List<Asset> out = new ArrayList<>();
    Map<Long, Set<String>> dashboardModels = new HashMap<>();
    for (JsonNode c : list(client, "/api/v1/chart/", CHART_COLUMNS, "datasource_id", reads)) {
      long id = c.path("id").asLong();
      existing.add(Asset.CHART + ":" + id);
      String uid = "table".equals(c.path("datasource_type").asText())
          ? datasets.get(c.path("datasource_id").asLong()) : null;
      if (uid == null) {
        continue;
      }
      String[] owner = owner(c.path("owners"));
      out.add(new Asset(Asset.CHART, id, text(c, "slice_name", "chart " + id),
          base + text(c, "url", "/explore/?slice_id=" + id), nullable(c, "description"),
          owner[0], owner[1], Set.of(uid)));
      for (JsonNode d : c.path("dashboards")) {
        dashboardModels.computeIfAbsent(d.path("id").asLong(), k -> new TreeSet<>()).add(uid);
      }
    }
    for (JsonNode d : list(client, "/api/v1/dashboard/", DASHBOARD_COLUMNS, "dashboard_title", reads)) {
      long id = d.path("id").asLong();
      existing.add(Asset.DASHBOARD + ":" + id);
      Set<String> models = dashboardModels.get(id);
      if (models == null) {
        continue;
      }
      String[] owner = owner(d.path("owners"));
      out.add(new Asset(Asset.DASHBOARD, id, text(d, "dashboard_title", "dashboard " + id),
          base + text(d, "url", "/superset/dashboard/" + id + "/"), null, owner[0], owner[1],
          models));
    }
    return new Assets(out, existing, reads[0]);
  }

  private static List<JsonNode> list(SupersetClient client, String path, String columns,
      String orderBy, int[] reads) {
    Map<Long, JsonNode> byId = new LinkedHashMap<>();
    for (int page = 0; ; page++) {
      String q = "(columns:!(" + columns + "),order_column:" + orderBy
          + ",order_direction:asc,page:" + page + ",page_size:100)";
      String body = client.raw().send(RawRequest.builder("GET", path).queryParameter("q", q).build())
          .bodyAsString();
      reads[0]++;
      JsonNode result;
      try {
        result = JSON.readTree(body).path("result");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      for (JsonNode n : result) {
        byId.putIfAbsent(n.path("id").asLong(), n);
      }
      if (result.size() < 100) {
        return new ArrayList<>(byId.values());
      }
    }
  }

  /** The owner with the lowest user id that has a name or email: {name, email}. */
  private static String[] owner(JsonNode owners) {
    List<JsonNode> sorted = new ArrayList<>();
    owners.forEach(sorted::add);
    sorted.sort(Comparator.comparingLong(o -> o.path("id").asLong()));
    for (JsonNode o : sorted) {
      String name = (o.path("first_name").asText("") + " " + o.path("last_name").asText("")).strip();
      String email = o.path("email").asText("").strip();
      if (!name.isEmpty() || !email.isEmpty()) {
        return new String[] {name.isEmpty() ? null : name, email.isEmpty() ? null : email};
      }
    }
    return new String[] {null, null};
  }

  private static String text(JsonNode n, String field, String fallback) {
    String s = n.path(field).asText("");
    return s.isBlank() ? fallback : s;
  }

  private static @Nullable String nullable(JsonNode n, String field) {
    String s = n.path(field).isTextual() ? n.path(field).asText() : null;
    return s == null || s.isBlank() ? null : s;
  }
}
