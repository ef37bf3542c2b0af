package io.github.supersetsdk.client.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The columns Superset read from a file before uploading it: one per file, or one per sheet of an
 * Excel workbook.
 *
 * <p>Immutable and thread-safe.
 *
 * @param sheetName the sheet's name, or {@code null} for files without sheets
 * @param columnNames the column names, in file order; never null
 */
public record DatabaseUploadSheet(@Nullable String sheetName, List<String> columnNames) {

  /** Copies the column names; never null. */
  public DatabaseUploadSheet {
    columnNames = Copies.list(columnNames);
  }
}
