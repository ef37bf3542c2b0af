package io.github.supersetsdk.assets.internal;

import io.github.supersetsdk.assets.AssetType;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.id.ChartId;
import io.github.supersetsdk.client.id.DashboardId;
import io.github.supersetsdk.client.id.DatabaseId;
import io.github.supersetsdk.client.id.DatasetId;
import io.github.supersetsdk.client.model.DashboardDetail;
import io.github.supersetsdk.client.model.Database;
import io.github.supersetsdk.client.request.ListQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a server has of some assets, read through the per-kind export endpoints for just those
 * assets (an export includes what each one needs), so that a plan does not depend on the rest of a
 * shared Superset. Not thread-safe; one per plan or apply.
 */
public final class ServerView {

  private final SupersetClient client;
  private final Map<UUID, Doc> docs = new HashMap<>();
  private final Set<UUID> looked = new HashSet<>();
  private final Map<UUID, DashboardDetail> dashboardDetails = new HashMap<>();
  private @Nullable List<Database> databases;

  /** A view over a client's server. */
  public ServerView(SupersetClient client) {
    this.client = client;
  }

  /** Every database connection of the server (one list call, cached). */
  public List<Database> databases() {
    if (databases == null) {
      List<Database> all = new ArrayList<>();
      client.databases().list(ListQuery.all()).forEach(all::add);
      databases = all;
    }
    return databases;
  }

  /** The server's document of an asset, if it has it; loads on first use. */
  public Optional<Doc> get(UUID uuid, AssetType type) {
    load(Map.of(uuid, type));
    return Optional.ofNullable(docs.get(uuid));
  }

  /** The documents loaded so far, by UUID. */
  public Map<UUID, Doc> loaded() {
    return docs;
  }

  /** The dashboards looked up by {@link #load}, as the server has them, by UUID. */
  public Map<UUID, DashboardDetail> dashboards() {
    return dashboardDetails;
  }

  /** Loads the server's documents of these assets, and of what they need, in one export per kind. */
  public void load(Map<UUID, AssetType> wanted) {
    List<DashboardId> dashboards = new ArrayList<>();
    List<ChartId> charts = new ArrayList<>();
    List<DatasetId> datasets = new ArrayList<>();
    List<DatabaseId> dbs = new ArrayList<>();
    for (Map.Entry<UUID, AssetType> e : wanted.entrySet()) {
      UUID u = e.getKey();
      if (docs.containsKey(u) || !looked.add(u)) {
        continue;
      }
      switch (e.getValue()) {
        case DASHBOARD -> client.dashboards().find(u).ifPresent(d -> {
          dashboardDetails.put(u, d);
          dashboards.add(d.id());
        });
        case CHART -> client.charts().find(u).ifPresent(c -> charts.add(c.id()));
        case DATASET -> client.datasets().find(u).ifPresent(d -> datasets.add(d.id()));
        case DATABASE -> databases().stream().filter(d -> u.equals(d.uuid())).findFirst()
            .ifPresent(d -> dbs.add(d.id()));
      }
    }
    if (!dashboards.isEmpty()) {
      add(client.dashboards().export(dashboards));
    }
    if (!charts.isEmpty()) {
      add(client.charts().export(charts));
    }
    if (!datasets.isEmpty()) {
      add(client.datasets().export(datasets));
    }
    if (!dbs.isEmpty()) {
      add(client.databases().export(dbs));
    }
  }

  private void add(byte[] bundle) {
    for (Doc d : FolderIo.readBundle(bundle)) {
      docs.putIfAbsent(d.uuid(), d);
      looked.add(d.uuid());
    }
  }
}
