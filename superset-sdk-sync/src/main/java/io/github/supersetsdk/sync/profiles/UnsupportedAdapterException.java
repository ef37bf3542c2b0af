package io.github.supersetsdk.sync.profiles;

import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a target's adapter {@code type} has no SQLAlchemy URI mapping here (see
 * {@link WarehouseTarget#SUPPORTED_ADAPTERS}), or a mapped adapter uses a connection method the
 * mapping does not cover. Create the Superset connection by hand and pass its name instead.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class UnsupportedAdapterException extends DbtProfilesException {
  private static final long serialVersionUID = 1L;

  /** The dbt adapter type that has no Superset mapping. */
  private final String adapterType;

  /**
   * Creates the exception.
   *
   * @param adapterType the adapter {@code type} of the target
   * @param detail what is not supported, such as {@code "adapter type 'oracle' is not supported"}
   * @param file the profiles file
   * @param line 1-based line of the {@code type} field, or 0 when unknown
   * @param column 1-based column, or 0 when unknown
   * @param yamlPath dotted path of the target
   * @throws NullPointerException if {@code adapterType}, {@code detail} or {@code file} is null
   */
  public UnsupportedAdapterException(
      String adapterType,
      String detail,
      Path file,
      int line,
      int column,
      @Nullable String yamlPath) {
    super(detail, file, line, column, yamlPath, null);
    this.adapterType = Objects.requireNonNull(adapterType, "adapterType");
  }

  /**
   * Returns the adapter type of the target.
   *
   * @return the adapter type, such as {@code oracle}
   */
  public String adapterType() {
    return adapterType;
  }
}
