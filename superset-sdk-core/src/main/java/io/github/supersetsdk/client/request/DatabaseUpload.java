package io.github.supersetsdk.client.request;

import io.github.supersetsdk.codegen.DefaultValue;
import io.github.supersetsdk.codegen.GeneratedBuilder;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A file to load into a table of a database connection: a CSV, Excel or columnar (Parquet) file and
 * how to read it.
 *
 * {@snippet class=io.github.supersetsdk.client.snippets.RequestSnippets region=DatabaseUpload}
 *
 * <p>Immutable and thread-safe; the content is copied in and out.
 *
 * @param fileName the file's name, as Superset records it
 * @param content the file's bytes
 * @param type the file type
 * @param tableName the table to load into
 * @param schema the schema of the table, or {@code null} for the connection's default
 * @param alreadyExists what to do when the table exists
 * @param delimiter the CSV delimiter, e.g. {@code ;}, or {@code null} for Superset's default
 * @param headerRow the zero-based row holding the column names, or {@code null} for Superset's default
 * @param columnDates the columns to parse as dates
 */
@GeneratedBuilder
public record DatabaseUpload(
    String fileName,
    byte[] content,
    FileType type,
    String tableName,
    @Nullable String schema,
    @DefaultValue("DatabaseUpload.IfExists.FAIL") IfExists alreadyExists,
    @Nullable String delimiter,
    @Nullable Integer headerRow,
    List<String> columnDates) implements DatabaseUploadBuilder.Methods {

  /**
   * Validates and copies the components.
   *
   * @throws NullPointerException if a component other than {@code schema}, {@code delimiter} and
   *     {@code headerRow}, or a column name, is null
   * @throws IllegalArgumentException if {@code headerRow} is negative
   */
  public DatabaseUpload {
    Objects.requireNonNull(fileName, "fileName");
    content = Objects.requireNonNull(content, "content").clone();
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(tableName, "tableName");
    Objects.requireNonNull(alreadyExists, "alreadyExists");
    if (headerRow != null && headerRow < 0) {
      throw new IllegalArgumentException("headerRow < 0: " + headerRow);
    }
    columnDates = List.copyOf(columnDates);
  }

  /**
   * Starts a CSV upload.
   *
   * @param fileName the file's name, as Superset records it
   * @param content the file's bytes
   * @param tableName the table to load into
   * @return a builder
   * @throws NullPointerException if an argument is null
   */
  public static Builder csv(String fileName, byte[] content, String tableName) {
    return builder(FileType.CSV, fileName, content, tableName);
  }

  /**
   * Starts an upload of any file type.
   *
   * @param type the file type
   * @param fileName the file's name
   * @param content the file's bytes
   * @param tableName the table to load into
   * @return a builder
   * @throws NullPointerException if an argument is null
   */
  public static Builder builder(FileType type, String fileName, byte[] content, String tableName) {
    return DatabaseUploadBuilder.create(fileName, content, type, tableName);
  }

  /** {@return a copy of the file's bytes} */
  @Override
  public byte[] content() {
    return content.clone();
  }

  // A record compares arrays by identity; an upload compares its bytes.
  @Override
  public boolean equals(@Nullable Object o) {
    return DatabaseUploadBuilder.equals(this, o);
  }

  @Override
  public int hashCode() {
    return DatabaseUploadBuilder.hashCode(this);
  }

  /** {@return the upload's components, with the content as its length} */
  @Override
  public String toString() {
    return DatabaseUploadBuilder.toString(this);
  }

  /** Builds a {@link DatabaseUpload}. Not thread-safe. */
  public static final class Builder extends DatabaseUploadBuilder {
    Builder() {}
  }

  /**
   * The type of an uploaded file; an open set.
   *
   * @param value Superset's name of the type
   */
  public record FileType(String value) {
    /** A CSV file. */
    public static final FileType CSV = new FileType("csv");
    /** An Excel workbook. */
    public static final FileType EXCEL = new FileType("excel");
    /** A columnar file, e.g. Parquet. */
    public static final FileType COLUMNAR = new FileType("columnar");

    /**
     * Checks the value.
     *
     * @param value the type's name
     * @throws NullPointerException if {@code value} is null
     */
    public FileType {
      Objects.requireNonNull(value, "value");
    }

    /**
     * {@return a file type by name}
     *
     * @param value the type's name
     * @throws NullPointerException if {@code value} is null
     */
    public static FileType of(String value) {
      return new FileType(value);
    }
  }

  /**
   * What to do when the target table exists; an open set.
   *
   * @param value Superset's name of the policy
   */
  public record IfExists(String value) {
    /** Refuse the upload. */
    public static final IfExists FAIL = new IfExists("fail");
    /** Drop the table and create it anew. */
    public static final IfExists REPLACE = new IfExists("replace");
    /** Append the rows. */
    public static final IfExists APPEND = new IfExists("append");

    /**
     * Checks the value.
     *
     * @param value the policy's name
     * @throws NullPointerException if {@code value} is null
     */
    public IfExists {
      Objects.requireNonNull(value, "value");
    }

    /**
     * {@return a policy by name}
     *
     * @param value the policy's name
     * @throws NullPointerException if {@code value} is null
     */
    public static IfExists of(String value) {
      return new IfExists(value);
    }
  }
}
