package io.github.supersetsdk.client.request;

import io.github.supersetsdk.client.id.DashboardId;
import io.github.supersetsdk.client.model.EmbeddedDashboard;
import java.util.Objects;
import java.util.UUID;

/**
 * Something a guest token grants access to. Superset knows one kind, dashboards, identified by the
 * UUID of their embedded configuration (preferred) or by their numeric id.
 *
 * <p>Immutable and thread-safe.
 *
 * @param type the resource type, {@code dashboard}
 * @param id the resource id as Superset expects it
 */
public record GuestResource(String type, String id) {

  /**
   * Validates the components.
   *
   * @throws NullPointerException if a component is null
   */
  public GuestResource {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(id, "id");
  }

  /**
   * {@return an embedded dashboard, by the UUID of its embedded configuration}
   *
   * @param embedded the embedding, from {@code dashboards().enableEmbedding(...)}
   * @throws NullPointerException if {@code embedded} is null
   */
  public static GuestResource dashboard(EmbeddedDashboard embedded) {
    return dashboard(Objects.requireNonNull(embedded, "embedded").uuid());
  }

  /**
   * {@return an embedded dashboard, by the UUID of its embedded configuration}
   *
   * @param embeddedUuid the UUID of the embedding
   * @throws NullPointerException if {@code embeddedUuid} is null
   */
  public static GuestResource dashboard(UUID embeddedUuid) {
    return new GuestResource("dashboard", Objects.requireNonNull(embeddedUuid, "embeddedUuid").toString());
  }

  /**
   * {@return a dashboard, by its numeric id}
   *
   * @param id the dashboard's id
   * @throws NullPointerException if {@code id} is null
   */
  public static GuestResource dashboard(DashboardId id) {
    return new GuestResource("dashboard", Long.toString(Objects.requireNonNull(id, "id").value()));
  }
}
