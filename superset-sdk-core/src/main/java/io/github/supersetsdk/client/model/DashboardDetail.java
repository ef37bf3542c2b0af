package io.github.supersetsdk.client.model;

import io.github.supersetsdk.client.id.DashboardId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A dashboard with its layout and metadata, as {@code GET /api/v1/dashboard/{id_or_slug}} describes
 * it. {@code positionJson} and {@code jsonMetadata} are the JSON documents Superset stores, as text.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the id
 * @param dashboardTitle the title
 * @param slug the URL slug, if any
 * @param published whether it is published
 * @param url the relative URL
 * @param positionJson the layout document as text
 * @param jsonMetadata the {@code json_metadata} document as text
 * @param css custom CSS
 * @param charts the names of its charts
 * @param owners the owners
 * @param roles the roles that may see it, with {@code DASHBOARD_RBAC}
 * @param certifiedBy who certified it
 * @param certificationDetails the certification details
 * @param isManagedExternally whether an external tool owns it
 * @param thumbnailUrl the relative URL of its thumbnail
 * @param uuid the UUID, stable across export and import
 * @param changedOn when it last changed
 */
public record DashboardDetail(
    DashboardId id,
    @Nullable String dashboardTitle,
    @Nullable String slug,
    @Nullable Boolean published,
    @Nullable String url,
    @Nullable String positionJson,
    @Nullable String jsonMetadata,
    @Nullable String css,
    List<String> charts,
    List<UserRef> owners,
    List<RoleRef> roles,
    @Nullable String certifiedBy,
    @Nullable String certificationDetails,
    @Nullable Boolean isManagedExternally,
    @Nullable String thumbnailUrl,
    @Nullable UUID uuid,
    @Nullable Instant changedOn) {

  /** Copies the lists; never null. */
  public DashboardDetail {
    charts = Copies.list(charts);
    owners = Copies.list(owners);
    roles = Copies.list(roles);
  }
}
