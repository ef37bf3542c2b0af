package io.github.supersetsdk.client.request;

import java.util.Arrays;
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
 */
public final class DatabaseUpload {

  private final String fileName;
  private final byte[] content;
  private final FileType type;
  private final String tableName;
  private final @Nullable String schema;
  private final IfExists alreadyExists;
  private final @Nullable String delimiter;
  private final @Nullable Integer headerRow;
  private final List<String> columnDates;

  private DatabaseUpload(Builder b) {
    this.fileName = b.fileName;
    this.content = b.content.clone();
    this.type = b.type;
    this.tableName = b.tableName;
    this.schema = b.schema;
    this.alreadyExists = b.alreadyExists;
    this.delimiter = b.delimiter;
    this.headerRow = b.headerRow;
    this.columnDates = b.columnDates;
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
    return new Builder(type, fileName, content, tableName);
  }

  /**
   * The file's name.
   *
   * @return the name
   */
  public String fileName() {
    return fileName;
  }

  /**
   * The file's bytes.
   *
   * @return a copy of the content
   */
  public byte[] content() {
    return content.clone();
  }

  /**
   * The file type.
   *
   * @return the type
   */
  public FileType type() {
    return type;
  }

  /**
   * The table to load into.
   *
   * @return the table name
   */
  public String tableName() {
    return tableName;
  }

  /**
   * The schema of the table.
   *
   * @return the schema, or {@code null} for the connection's default
   */
  public @Nullable String schema() {
    return schema;
  }

  /**
   * What to do when the table exists.
   *
   * @return the policy; {@link IfExists#FAIL} unless set
   */
  public IfExists alreadyExists() {
    return alreadyExists;
  }

  /**
   * The CSV delimiter.
   *
   * @return the delimiter, or {@code null} for a comma
   */
  public @Nullable String delimiter() {
    return delimiter;
  }

  /**
   * The zero-based row holding the column names.
   *
   * @return the row, or {@code null} for the first
   */
  public @Nullable Integer headerRow() {
    return headerRow;
  }

  /**
   * The columns to parse as dates.
   *
   * @return the column names; never null
   */
  public List<String> columnDates() {
    return columnDates;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DatabaseUpload u
        && fileName.equals(u.fileName)
        && Arrays.equals(content, u.content)
        && type.equals(u.type)
        && tableName.equals(u.tableName)
        && Objects.equals(schema, u.schema)
        && alreadyExists.equals(u.alreadyExists)
        && Objects.equals(delimiter, u.delimiter)
        && Objects.equals(headerRow, u.headerRow)
        && columnDates.equals(u.columnDates);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fileName, Arrays.hashCode(content), type, tableName, schema, alreadyExists);
  }

  @Override
  public String toString() {
    return "DatabaseUpload[fileName=" + fileName + ", bytes=" + content.length + ", type=" + type
        + ", tableName=" + tableName + ", schema=" + schema + ", alreadyExists=" + alreadyExists + "]";
  }

  /** Builds a {@link DatabaseUpload}. Not thread-safe. */
  public static final class Builder {
    private final FileType type;
    private final String fileName;
    private final byte[] content;
    private final String tableName;
    private @Nullable String schema;
    private IfExists alreadyExists = IfExists.FAIL;
    private @Nullable String delimiter;
    private @Nullable Integer headerRow;
    private List<String> columnDates = List.of();

    private Builder(FileType type, String fileName, byte[] content, String tableName) {
      this.type = Objects.requireNonNull(type, "type");
      this.fileName = Objects.requireNonNull(fileName, "fileName");
      this.content = Objects.requireNonNull(content, "content");
      this.tableName = Objects.requireNonNull(tableName, "tableName");
    }

    /**
     * Sets the schema of the table.
     *
     * @param schema the schema
     * @return this builder
     * @throws NullPointerException if {@code schema} is null
     */
    public Builder schema(String schema) {
      this.schema = Objects.requireNonNull(schema, "schema");
      return this;
    }

    /**
     * Sets what to do when the table exists.
     *
     * @param alreadyExists the policy
     * @return this builder
     * @throws NullPointerException if {@code alreadyExists} is null
     */
    public Builder alreadyExists(IfExists alreadyExists) {
      this.alreadyExists = Objects.requireNonNull(alreadyExists, "alreadyExists");
      return this;
    }

    /**
     * Sets the CSV delimiter.
     *
     * @param delimiter the delimiter, e.g. {@code ;}
     * @return this builder
     * @throws NullPointerException if {@code delimiter} is null
     */
    public Builder delimiter(String delimiter) {
      this.delimiter = Objects.requireNonNull(delimiter, "delimiter");
      return this;
    }

    /**
     * Sets the zero-based row holding the column names.
     *
     * @param headerRow the row
     * @return this builder
     * @throws IllegalArgumentException if {@code headerRow} is negative
     */
    public Builder headerRow(int headerRow) {
      if (headerRow < 0) {
        throw new IllegalArgumentException("headerRow < 0: " + headerRow);
      }
      this.headerRow = headerRow;
      return this;
    }

    /**
     * Sets the columns to parse as dates.
     *
     * @param columnDates the column names
     * @return this builder
     * @throws NullPointerException if the list or an element is null
     */
    public Builder columnDates(List<String> columnDates) {
      this.columnDates = List.copyOf(columnDates);
      return this;
    }

    /**
     * Builds the upload.
     *
     * @return the upload
     */
    public DatabaseUpload build() {
      return new DatabaseUpload(this);
    }
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
     * A file type by name.
     *
     * @param value the type's name
     * @return the type
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
     * A policy by name.
     *
     * @param value the policy's name
     * @return the policy
     * @throws NullPointerException if {@code value} is null
     */
    public static IfExists of(String value) {
      return new IfExists(value);
    }
  }
}
