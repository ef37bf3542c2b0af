package io.github.supersetsdk.client.request;

import io.github.supersetsdk.client.id.RoleId;
import io.github.supersetsdk.client.id.UserId;
import io.github.supersetsdk.codegen.Clearable;
import io.github.supersetsdk.codegen.GeneratedBuilder;
import java.util.List;

/**
 * A partial update of a user group: only fields that are set or cleared are sent. Setting roles or
 * users replaces the whole list.
 *
 * {@snippet class=io.github.supersetsdk.client.snippets.RequestSnippets region=UpdateGroupRequest}
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the group's name
 * @param label the display label
 * @param description the description
 * @param roles the roles, replacing the current ones
 * @param users the members, replacing the current ones
 */
@GeneratedBuilder
public record UpdateGroupRequest(
    Change<String> name,
    @Clearable Change<String> label,
    @Clearable Change<String> description,
    Change<List<RoleId>> roles,
    Change<List<UserId>> users) implements UpdateGroupRequestBuilder.Methods {

  /** {@return a new builder in which every field is unchanged} */
  public static Builder builder() {
    return UpdateGroupRequestBuilder.create();
  }

  /** Builds an {@link UpdateGroupRequest}; fields not mentioned stay unchanged. Not thread-safe. */
  public static final class Builder extends UpdateGroupRequestBuilder {
    Builder() {}
  }
}
