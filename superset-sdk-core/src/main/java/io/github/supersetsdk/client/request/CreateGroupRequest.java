package io.github.supersetsdk.client.request;

import io.github.supersetsdk.client.id.RoleId;
import io.github.supersetsdk.client.id.UserId;
import io.github.supersetsdk.codegen.GeneratedBuilder;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A new user group.
 *
 * {@snippet class=io.github.supersetsdk.client.snippets.RequestSnippets region=CreateGroupRequest}
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the group's name, unique per Superset
 * @param label the display label, or {@code null}
 * @param description the description, or {@code null}
 * @param roles the roles to grant the group's members
 * @param users the members
 */
@GeneratedBuilder
public record CreateGroupRequest(
    String name, @Nullable String label, @Nullable String description, List<RoleId> roles, List<UserId> users)
    implements CreateGroupRequestBuilder.Methods {

  /** Copies the lists; never null. */
  public CreateGroupRequest {
    roles = Copies.list(roles);
    users = Copies.list(users);
  }

  /**
   * {@return a new builder with the name set}
   *
   * @param name the group's name
   * @throws NullPointerException if {@code name} is null
   */
  public static Builder builder(String name) {
    return CreateGroupRequestBuilder.create(name);
  }

  /** Builds a {@link CreateGroupRequest}. Not thread-safe. */
  public static final class Builder extends CreateGroupRequestBuilder {
    Builder() {}
  }
}
