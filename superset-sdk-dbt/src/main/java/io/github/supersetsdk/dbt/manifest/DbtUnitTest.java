package io.github.supersetsdk.dbt.manifest;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a unit test (manifest v12 and later) feeds its model and expects back:
 * {@link DbtNode#unitTest()} of a node whose type is {@link ResourceType#UNIT_TEST}. Immutable
 * and thread-safe.
 *
 * @param given the mocked inputs, one per {@code ref()} or {@code source()} the model reads
 * @param expect the rows the model must return, or {@code null} when the file has none
 * @param overrides the macros, vars and environment variables the test sets, or {@code null}
 */
public record DbtUnitTest(
    List<DbtUnitTestRows> given,
    @Nullable DbtUnitTestRows expect,
    @Nullable DbtUnitTestOverrides overrides) {

  /**
   * Copies the components.
   *
   * @param given the mocked inputs; null means none
   * @param expect the expected rows, or {@code null}
   * @param overrides the overrides, or {@code null}
   */
  public DbtUnitTest {
    given = given == null ? List.of() : List.copyOf(given);
  }
}
