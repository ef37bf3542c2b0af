package io.github.supersetsdk.client.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The current user's SQL Lab state: the databases it offers, the open editor tabs and recent
 * queries.
 *
 * <p>Immutable and thread-safe.
 *
 * @param databases the database connections exposed in SQL Lab to this user
 * @param tabStateIds the ids of the user's open editor tabs
 * @param activeTabLabel the label of the active tab, or {@code null} if none is open
 * @param activeTabSql the SQL text of the active tab, or {@code null}
 * @param recentQueries the user's recent queries
 */
public record SqlLabState(
    List<SqlLabDatabase> databases,
    List<String> tabStateIds,
    @Nullable String activeTabLabel,
    @Nullable String activeTabSql,
    List<SqlQuery> recentQueries) {

  /** Copies the lists; never null. */
  public SqlLabState {
    databases = Copies.list(databases);
    tabStateIds = Copies.list(tabStateIds);
    recentQueries = Copies.list(recentQueries);
  }
}
