package io.github.supersetsdk.client.model;

import io.github.supersetsdk.client.id.DashboardId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A dashboard as list answers describe it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the id
 * @param dashboardTitle the title
 * @param slug the URL slug, if any
 * @param published whether it is published
 * @param url the relative URL
 * @param owners the owners
 * @param uuid the UUID
 * @param changedOn when it last changed
 */
public record Dashboard(
    DashboardId id,
    @Nullable String dashboardTitle,
    @Nullable String slug,
    @Nullable Boolean published,
    @Nullable String url,
    List<UserRef> owners,
    @Nullable UUID uuid,
    @Nullable Instant changedOn) {

  /** Copies the list; never null. */
  public Dashboard {
    owners = Copies.list(owners);
  }
}
