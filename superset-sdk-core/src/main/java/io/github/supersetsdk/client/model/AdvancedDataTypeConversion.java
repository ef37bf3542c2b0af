package io.github.supersetsdk.client.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The result of converting filter values with an advanced data type (e.g. {@code port} turns {@code
 * http} into 80, {@code internet_address} turns a CIDR block into a range).
 *
 * <p>Immutable and thread-safe.
 *
 * @param displayValue the converted values as text for display
 * @param errorMessage why conversion failed, or empty
 * @param validFilterOperators the filter operators the type supports, e.g. {@code EQUALS}, {@code IN}
 * @param values the converted values; each a scalar or a list (a range)
 */
public record AdvancedDataTypeConversion(
    @Nullable String displayValue, @Nullable String errorMessage, List<String> validFilterOperators,
    List<Object> values) {

  /** Copies the lists; never null. */
  public AdvancedDataTypeConversion {
    validFilterOperators = Copies.list(validFilterOperators);
    values = Copies.deepList(values);
  }

  /** {@return whether the values were converted: {@code true} if there is no error message} */
  public boolean isValid() {
    return errorMessage == null || errorMessage.isEmpty();
  }
}
