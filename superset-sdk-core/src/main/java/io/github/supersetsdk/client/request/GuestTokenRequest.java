package io.github.supersetsdk.client.request;

import io.github.supersetsdk.client.model.GuestUser;
import io.github.supersetsdk.codegen.Adder;
import io.github.supersetsdk.codegen.GeneratedBuilder;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a guest token grants: the dashboards the guest may see, who the guest is, and the row-level
 * security clauses applied to every query the guest runs.
 *
 * {@snippet class=io.github.supersetsdk.client.snippets.RequestSnippets region=GuestTokenRequest}
 *
 * <p>Immutable and thread-safe.
 *
 * @param resources the dashboards the guest may see; at least one
 * @param rls the row-level security clauses; may be empty
 * @param user the guest, or {@code null}
 */
@GeneratedBuilder
public record GuestTokenRequest(
    @Adder("resource") List<GuestResource> resources, @Adder("rls") List<RlsClause> rls, @Nullable GuestUser user)
    implements GuestTokenRequestBuilder.Methods {

  /**
   * Validates and copies the components.
   *
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

  /** {@return a new builder} */
  public static Builder builder() {
    return GuestTokenRequestBuilder.create();
  }

  /** Builds a {@link GuestTokenRequest}. Not thread-safe. */
  public static final class Builder extends GuestTokenRequestBuilder {
    Builder() {}
  }
}
