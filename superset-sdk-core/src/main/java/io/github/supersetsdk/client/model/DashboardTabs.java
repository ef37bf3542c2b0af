package io.github.supersetsdk.client.model;

import java.util.List;
import java.util.Map;

/**
 * The tabs of a dashboard: as a tree, and as a flat map from layout id to title.
 *
 * <p>Immutable and thread-safe.
 *
 * @param allTabs every tab's title by its layout id
 * @param tabTree the top-level tabs, each with its nested tabs
 */
public record DashboardTabs(Map<String, String> allTabs, List<DashboardTab> tabTree) {

  /** Copies the collections; never null. */
  public DashboardTabs {
    allTabs = Copies.map(allTabs);
    tabTree = Copies.list(tabTree);
  }
}
