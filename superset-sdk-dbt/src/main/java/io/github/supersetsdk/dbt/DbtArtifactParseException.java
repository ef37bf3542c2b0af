package io.github.supersetsdk.dbt;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when a dbt artifact cannot be read: malformed or truncated JSON, an empty file, a value of
 * the wrong type at a field this library reads, or a file of another artifact kind than the one
 * requested. No partial result is ever returned alongside it.
 *
 * <p>The exception names the {@linkplain #source() file}, the {@linkplain #line() line} and
 * {@linkplain #column() column} (both 1-based, 0 when unknown; the column counts bytes of UTF-8,
 * as the streaming reader sees them, so it runs ahead of the character column on a line with
 * characters outside ASCII, which dbt itself writes escaped), the {@linkplain #jsonPath() JSON
 * path} of the offending value, such as {@code $.nodes['model.shop.orders'].columns}, and the
 * artifact's {@linkplain #schemaVersion() schema version} when it was read before the failure.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class DbtArtifactParseException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The file name, or the description of the stream, that failed. */
  private final String source;
  /** The 1-based line of the failure, 0 when unknown. */
  private final int line;
  /** The 1-based column of the failure, 0 when unknown. */
  private final int column;
  /** The JSON path of the offending value. */
  private final String jsonPath;
  /** The artifact's schema version, when it was read before the failure. */
  private final @Nullable Integer schemaVersion;
  /** What is wrong, without the location. */
  private final String reason;

  /**
   * Creates the exception.
   *
   * @param reason what is wrong, without the location
   * @param source the file path or the name given for a stream
   * @param line 1-based line, or 0 when unknown
   * @param column 1-based column, or 0 when unknown
   * @param jsonPath JSON path of the offending value, {@code $} for the document itself
   * @param schemaVersion the artifact's schema version when known, else {@code null}
   * @param cause the underlying failure, if any
   */
  public DbtArtifactParseException(
      String reason,
      String source,
      int line,
      int column,
      String jsonPath,
      @Nullable Integer schemaVersion,
      @Nullable Throwable cause) {
    super(format(reason, source, line, column, jsonPath, schemaVersion), cause);
    this.reason = reason;
    this.source = source;
    this.line = line;
    this.column = column;
    this.jsonPath = jsonPath;
    this.schemaVersion = schemaVersion;
  }

  private static String format(
      String reason, String source, int line, int column, String jsonPath, @Nullable Integer version) {
    StringBuilder sb = new StringBuilder();
    // file:line:column, as compilers print it; an unknown part (0) is left out, not printed as 0.
    sb.append(source).append(':');
    if (line > 0) {
      sb.append(line).append(':');
      if (column > 0) {
        sb.append(column).append(':');
      }
    }
    sb.append(' ');
    sb.append(reason).append(" at ").append(jsonPath);
    if (version != null) {
      sb.append(" (schema v").append(version).append(')');
    }
    return sb.toString();
  }

  /**
   * Returns the file path, or the name given to {@link DbtArtifactReader} for a stream.
   *
   * @return the source name, never {@code null}
   */
  public String source() {
    return source;
  }

  /**
   * Returns the 1-based line of the failure.
   *
   * @return the line, or 0 when unknown
   */
  public int line() {
    return line;
  }

  /**
   * Returns the 1-based column of the failure, in bytes of UTF-8 from the start of the line.
   *
   * @return the column, or 0 when unknown
   */
  public int column() {
    return column;
  }

  /**
   * Returns the JSON path of the value being read, such as {@code $.nodes['model.a.b'].columns}.
   *
   * @return the path; {@code $} when the document itself is at fault
   */
  public String jsonPath() {
    return jsonPath;
  }

  /**
   * Returns the artifact's schema version ({@code 12} for {@code manifest/v12.json}) when the
   * metadata was read before the failure.
   *
   * @return the version, or {@code null} when unknown
   */
  public @Nullable Integer schemaVersion() {
    return schemaVersion;
  }

  /**
   * Returns what is wrong, without the location that {@link #getMessage()} adds.
   *
   * @return the reason
   */
  public String reason() {
    return reason;
  }
}
