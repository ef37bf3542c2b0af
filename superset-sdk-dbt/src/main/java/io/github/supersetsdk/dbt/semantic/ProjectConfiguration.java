package io.github.supersetsdk.dbt.semantic;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The {@code project_configuration} of a semantic manifest. Immutable and thread-safe.
 *
 * @param dsiPackageVersion the dbt-semantic-interfaces version that wrote the file, such as
 *     {@code 0.7.4}, or {@code null}
 * @param timeSpines the time spines
 */
public record ProjectConfiguration(@Nullable String dsiPackageVersion, List<TimeSpine> timeSpines) {

  /** Copies the components. */
  public ProjectConfiguration {
    timeSpines = timeSpines == null ? List.of() : List.copyOf(timeSpines);
  }
}
