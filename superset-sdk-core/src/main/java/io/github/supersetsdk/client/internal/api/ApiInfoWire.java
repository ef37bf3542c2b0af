package io.github.supersetsdk.client.internal.api;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The answer of a resource's {@code _info} endpoint, asked for permissions and filters.
 *
 * @param permissions the current user's permissions on the resource, e.g. {@code can_write}
 * @param filters per column, the filters it accepts
 */
public record ApiInfoWire(@Nullable List<String> permissions, @Nullable Map<String, List<FilterWire>> filters) {

  /**
   * One filter a column accepts.
   *
   * @param name its label
   * @param operator the operator to send
   */
  public record FilterWire(@Nullable String name, @Nullable String operator) {}
}
