package io.github.supersetsdk.dbt.manifest;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
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
 * @param description the description (dbt 1.10 and later); empty when absent
 * @param meta {@code config.meta} (dbt 1.10 and later) as dbt writes it, which may hold the
 *     {@code +meta} the project sets for its models
 */
public record DbtGroup(
    String uniqueId,
    String name,
    String packageName,
    @Nullable String ownerName,
    @Nullable String ownerEmail,
    String description,
    Map<String, @Nullable Object> meta) {

  /**
   * Validates and copies the components.
   *
   * @throws NullPointerException if an identifying component is null
   */
  public DbtGroup {
    Objects.requireNonNull(uniqueId, "uniqueId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(packageName, "packageName");
    description = description == null ? "" : description;
    meta = meta == null || meta.isEmpty() ? Map.of()
        : Collections.unmodifiableMap(new LinkedHashMap<>(meta));
  }
}
