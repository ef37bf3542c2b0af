package io.github.supersetsdk.dbt.manifest;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The {@code overrides} of a unit test: the values its macros (such as {@code is_incremental}),
 * vars and environment variables take while it runs. Values are plain JSON values. Immutable and
 * thread-safe.
 *
 * @param macros macro results by macro name
 * @param vars project vars by name
 * @param envVars environment variables by name
 */
public record DbtUnitTestOverrides(
    Map<String, @Nullable Object> macros,
    Map<String, @Nullable Object> vars,
    Map<String, @Nullable Object> envVars) {

  /**
   * Copies the components.
   *
   * @param macros macro results; null means none
   * @param vars vars; null means none
   * @param envVars environment variables; null means none
   */
  public DbtUnitTestOverrides {
    macros = copy(macros);
    vars = copy(vars);
    envVars = copy(envVars);
  }

  private static Map<String, @Nullable Object> copy(@Nullable Map<String, @Nullable Object> map) {
    return map == null || map.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }
}
