package io.github.supersetsdk.client.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The row limit to send with a SQL Lab query. Superset 6.0 and 6.1 replace a query's own
 * {@code LIMIT} with the request's row limit (or {@code SQL_MAX_ROW}) instead of keeping the
 * smaller one, so {@code ... LIMIT 3} returned every row up to that maximum. A {@code LIMIT} literal
 * at the very end of the text (after the last statement's other clauses, before trailing comments
 * and semicolons) is therefore sent as the row limit too, when it is the smaller. Older servers,
 * which keep the smaller themselves, answer the same.
 */
public final class SqlLimits {

  // LIMIT n, optionally with OFFSET m after or before it, at the end of the text.
  private static final Pattern TRAILING_LIMIT = Pattern.compile(
      "(?is)(?:^|[\\s)])limit\\s+(\\d{1,9})(?:\\s+offset\\s+\\d+(?:\\s+rows?)?)?$"
          + "|(?:^|[\\s)])offset\\s+\\d+(?:\\s+rows?)?\\s+limit\\s+(\\d{1,9})$");

  private SqlLimits() {}

  /**
   * The row limit to send: the smaller of the caller's and the query's own trailing {@code LIMIT}.
   *
   * @param sql the SQL text
   * @param requested the caller's row limit, or {@code null} for the server's
   * @return the limit to send, or {@code null} for the server's
   */
  public static @Nullable Integer effective(String sql, @Nullable Integer requested) {
    Integer own = trailingLimit(sql);
    if (own == null || own < 1) {
      return requested;
    }
    return requested == null ? own : Math.min(own, requested);
  }

  /**
   * The literal of a {@code LIMIT} that ends the SQL text, or {@code null}: one inside a subquery,
   * a string or a comment, a {@code LIMIT ALL} or a parameter is not one.
   *
   * @param sql the SQL text
   * @return the limit, or {@code null}
   */
  static @Nullable Integer trailingLimit(String sql) {
    String s = sql;
    while (true) {
      String stripped = stripTrailingNoise(s);
      if (stripped.equals(s)) {
        break;
      }
      s = stripped;
    }
    Matcher m = TRAILING_LIMIT.matcher(s);
    if (!m.find()) {
      return null;
    }
    return Integer.valueOf(m.group(1) != null ? m.group(1) : m.group(2));
  }

  // One trailing run of whitespace, a semicolon, a block comment, or a line comment ending the text
  // (a "--" inside a string literal on the last line would be cut too: the limit is then not found,
  // which only leaves the server's own handling).
  private static String stripTrailingNoise(String s) {
    String t = s.stripTrailing();
    if (t.endsWith(";")) {
      return t.substring(0, t.length() - 1);
    }
    if (t.endsWith("*/")) {
      int open = t.lastIndexOf("/*");
      return open < 0 ? t : t.substring(0, open);
    }
    int lineStart = t.lastIndexOf('\n') + 1;
    int dash = t.indexOf("--", lineStart);
    if (dash >= 0) {
      return t.substring(0, dash);
    }
    return t;
  }
}
