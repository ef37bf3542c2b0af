package io.github.supersetsdk.dbt.manifest;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One input of a unit test ({@code given}) or its expected output ({@code expect}). dbt writes the
 * rows of the {@code dict} and {@code csv} formats as a list of objects (from CSV, every value is a
 * string) and those of the {@code sql} format as the SQL text. Immutable and thread-safe.
 *
 * @param input the mocked relation, such as {@code ref('orders')}; {@code null} for
 *     {@code expect}
 * @param format {@code dict}, {@code csv} or {@code sql}, as written; {@code dict} when absent
 * @param rows the rows as column-to-value maps; empty for the {@code sql} format or a fixture file
 * @param sql the rows as SQL ({@code sql} format), or {@code null}
 * @param fixture the name of a fixture file under the test paths that holds the rows, or
 *     {@code null}
 */
public record DbtUnitTestRows(
    @Nullable String input,
    String format,
    List<Map<String, @Nullable Object>> rows,
    @Nullable String sql,
    @Nullable String fixture) {

  /**
   * Copies the components.
   *
   * @param input the mocked relation, or {@code null}
   * @param format the format; null means {@code dict}
   * @param rows the rows; null means none
   * @param sql the SQL rows, or {@code null}
   * @param fixture the fixture file, or {@code null}
   */
  public DbtUnitTestRows {
    format = format == null ? "dict" : format;
    rows = rows == null ? List.of()
        : rows.stream()
            .map(r -> Collections.<String, @Nullable Object>unmodifiableMap(new LinkedHashMap<>(r)))
            .toList();
  }
}
