package io.github.supersetsdk.client.request;

import io.github.supersetsdk.client.internal.Copies;
import io.github.supersetsdk.client.model.GuestUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a guest token grants: the dashboards the guest may see, who the guest is, and the row-level
 * security clauses applied to every query the guest runs.
 *
 * <pre>{@code
 * GuestTokenRequest request = GuestTokenRequest.builder()
 *     .resource(GuestResource.dashboard(embedded))
 *     .user(new GuestUser("user-1842", "Ada", "Lovelace"))
 *     .rls(RlsClause.of("tenant_id = 42"))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param resources the dashboards; at least one
 * @param rls the row-level security clauses; may be empty
 * @param user the guest, or {@code null}
 */
public record GuestTokenRequest(List<GuestResource> resources, List<RlsClause> rls, @Nullable GuestUser user) {

  /**
   * Validates and copies the components.
   *
   * @param resources the dashboards; at least one
   * @param rls the row-level security clauses; may be empty
   * @param user the guest, or {@code null}
   * @throws NullPointerException if a list or an element is null
   * @throws IllegalArgumentException if {@code resources} is empty
   */
  public GuestTokenRequest {
    resources = List.copyOf(Objects.requireNonNull(resources, "resources"));
    rls = List.copyOf(Objects.requireNonNull(rls, "rls"));
    if (resources.isEmpty()) {
      throw new IllegalArgumentException("a guest token needs at least one resource");
    }
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GuestTokenRequest}. Not thread-safe. */
  public static final class Builder {
    private final List<GuestResource> resources = new ArrayList<>();
    private final List<RlsClause> rls = new ArrayList<>();
    private @Nullable GuestUser user;

    private Builder() {}

    /**
     * Adds a dashboard the guest may see.
     *
     * @param resource the resource
     * @return this builder
     * @throws NullPointerException if {@code resource} is null
     */
    public Builder resource(GuestResource resource) {
      resources.add(Objects.requireNonNull(resource, "resource"));
      return this;
    }

    /**
     * Adds a row-level security clause.
     *
     * @param clause the clause
     * @return this builder
     * @throws NullPointerException if {@code clause} is null
     */
    public Builder rls(RlsClause clause) {
      rls.add(Objects.requireNonNull(clause, "clause"));
      return this;
    }

    /**
     * Sets the guest.
     *
     * @param user the guest
     * @return this builder
     * @throws NullPointerException if {@code user} is null
     */
    public Builder user(GuestUser user) {
      this.user = Objects.requireNonNull(user, "user");
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws IllegalArgumentException if no resource was added
     */
    public GuestTokenRequest build() {
      return new GuestTokenRequest(Copies.list(resources), Copies.list(rls), user);
    }
  }
}
