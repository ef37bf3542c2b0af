package io.github.supersetsdk.client.request;

import io.github.supersetsdk.client.model.EmbeddedDashboard;
import java.util.Objects;
import java.util.UUID;

/**
 * Something a guest token grants access to. Superset knows one kind, dashboards, identified by the
 * UUID of their embedded configuration.
 *
 * <p>Superset also takes a dashboard's numeric id, but checks nothing of its embedding then: such a
 * token opens a dashboard that was never embedded, ignores the allowed origins, and keeps working
 * after {@code disableEmbedding}. So the factories take the embedding only; the canonical
 * constructor sends whatever id it is given.
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
}
