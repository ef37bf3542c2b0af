package io.github.supersetsdk.dbt.manifest;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A docs block. Immutable and thread-safe.
 *
 * @param uniqueId the unique id, such as {@code doc.shop.orders_doc}
 * @param name the name
 * @param packageName the package that defines it
 * @param originalFilePath the defining file, or {@code null}
 * @param blockContents the text when {@code ReadOptions.includeDocBlocks()}, else {@code null}
 */
public record DbtDoc(
    String uniqueId,
    String name,
    String packageName,
    @Nullable String originalFilePath,
    @Nullable String blockContents) {

  /**
   * Validates the components.
   *
   * @throws NullPointerException if an identifying component is null
   */
  public DbtDoc {
    Objects.requireNonNull(uniqueId, "uniqueId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(packageName, "packageName");
  }
}
