package io.github.supersetsdk.dbt.manifest;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One {@code ref()} call of a resource. Manifests up to v8 write refs as lists ({@code ["name"]} or
 * {@code ["package", "name"]}); later ones as objects with {@code name}, {@code package} and
 * {@code version}. Both read into this record. Immutable and thread-safe.
 *
 * @param name the referenced model name
 * @param packageName the package named in the call, or {@code null}
 * @param version the model version named in the call, or {@code null}
 */
public record DbtRef(String name, @Nullable String packageName, @Nullable String version) {

  /**
   * Validates the components.
   *
   * @throws NullPointerException if {@code name} is null
   */
  public DbtRef {
    Objects.requireNonNull(name, "name");
  }
}
