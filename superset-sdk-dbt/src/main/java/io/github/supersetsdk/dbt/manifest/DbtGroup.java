package io.github.supersetsdk.dbt.manifest;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A group (manifest v10 and later). Immutable and thread-safe.
 *
 * @param uniqueId the unique id, such as {@code group.shop.finance}
 * @param name the name
 * @param packageName the package that defines it
 * @param ownerName the owner's name, or {@code null}
 * @param ownerEmail the owner's email, or {@code null}
 */
public record DbtGroup(
    String uniqueId,
    String name,
    String packageName,
    @Nullable String ownerName,
    @Nullable String ownerEmail) {

  /**
   * Validates the components.
   *
   * @throws NullPointerException if an identifying component is null
   */
  public DbtGroup {
    Objects.requireNonNull(uniqueId, "uniqueId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(packageName, "packageName");
  }
}
