package io.github.supersetsdk.cache.chartdata;

/** How refreshing one chart in Superset's own cache ended. */
public enum RefreshStatus {
  /** Reloaded with {@code force}, and the next plain read returned the same rows. */
  VERIFIED,
  /** Reloaded with {@code force}, but the next plain read returned other rows (stale or changing data). */
  STALE,
  /** The chart has no saved query context, so there is nothing to reload. */
  NO_QUERY_CONTEXT,
  /** A call failed; the detail says which and why. */
  FAILED
}
