package io.github.supersetsdk.client.model;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The state of a dashboard a permanent link restores: native filter values, open tabs, the anchor
 * scrolled to and extra URL parameters. {@code dataMask} is Superset's free-form filter state, keyed
 * by native filter id (e.g. {@code {"NATIVE_FILTER-1": {"filterState": {"value": ["acme"]}}}}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param dataMask the filter state by native filter id
 * @param activeTabs the layout ids of the open tabs
 * @param anchor the layout id to scroll to
 * @param urlParams extra URL parameters, as name/value pairs
 */
public record DashboardPermalinkState(
    Map<String, @Nullable Object> dataMask,
    List<String> activeTabs,
    @Nullable String anchor,
    List<List<String>> urlParams) {

  /** Copies the collections; never null. */
  public DashboardPermalinkState {
    dataMask = Copies.deepMap(dataMask);
    activeTabs = Copies.list(activeTabs);
    urlParams = Copies.deepList(urlParams);
  }

  /**
   * {@return a state with only filter values}
   *
   * @param dataMask the filter state by native filter id
   */
  public static DashboardPermalinkState of(Map<String, @Nullable Object> dataMask) {
    return new DashboardPermalinkState(dataMask, List.of(), null, List.of());
  }
}
