package io.github.supersetsdk.client.model;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The embedding configuration of a dashboard: the UUID that Superset's embedded SDK and guest tokens
 * refer to, and the domains allowed to frame it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param uuid the embedding's UUID, passed to {@code embedDashboard({id: ...})}
 * @param dashboardId the dashboard's id, as Superset returns it (a string)
 * @param allowedDomains the origins allowed to embed it; empty allows any
 * @param changedOn when the configuration last changed
 */
public record EmbeddedDashboard(
    UUID uuid, @Nullable String dashboardId, List<String> allowedDomains, @Nullable Instant changedOn) {

  /** Copies the list; never null. */
  public EmbeddedDashboard {
    allowedDomains = Copies.list(allowedDomains);
  }
}
