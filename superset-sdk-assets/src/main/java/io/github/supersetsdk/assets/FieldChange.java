package io.github.supersetsdk.assets;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One field an apply would change on one asset: its path in the asset's YAML document and its
 * value on the server and in the folder, both as compact JSON.
 *
 * <p>Immutable and thread-safe.
 *
 * @param path the field, e.g. {@code slice_name} or {@code params.metrics[0]}
 * @param before the server's value as JSON, or {@code null} when the server lacks the field
 * @param after the folder's value as JSON, or {@code null} when the folder lacks the field
 */
public record FieldChange(String path, @Nullable String before, @Nullable String after) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if {@code path} is null
   */
  @SuppressWarnings("doclint:missing") // the components are documented on the record
  public FieldChange {
    Objects.requireNonNull(path, "path");
  }
}
