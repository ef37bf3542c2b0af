package io.github.supersetsdk.client.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One tab of a dashboard's layout, with the tabs nested in it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the tab's layout id, e.g. {@code TAB-x1y2}
 * @param title the tab's title
 * @param children the tabs nested in it
 * @param parents the layout ids of the tabs it is nested in, outermost first
 */
public record DashboardTab(String value, @Nullable String title, List<DashboardTab> children, List<String> parents) {

  /** Copies the lists; never null. */
  public DashboardTab {
    children = Copies.list(children);
    parents = Copies.list(parents);
  }
}
