package io.github.supersetsdk.client.request;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes SQL identifiers and literals for row-level security clauses so that no value can end the
 * literal or the clause early, whatever the database's dialect:
 *
 * <ul>
 *   <li>Identifiers must be plain names ({@code [A-Za-z_][A-Za-z0-9_]*}) and are written bare, since
 *       quoting differs by dialect ({@code "x"} is a string in MySQL's default mode). A bare name
 *       that databases read as a value instead of a column ({@code user} is the session's user in
 *       PostgreSQL, so {@code user = 'alice'} would compare two constants and filter nothing, or
 *       everything) is refused.
 *   <li>Strings are written {@code '...'} with every {@code '} doubled (the SQL standard). A
 *       backslash is refused: MySQL by default, and PostgreSQL with {@code
 *       standard_conforming_strings} off, read it as an escape that could consume the closing quote.
 *       Control characters are refused too.
 *   <li>Jinja delimiters (<code>&#123;&#123;</code>, <code>&#123;%</code>, <code>&#123;#</code>) are refused: Superset renders RLS
 *       clauses as Jinja templates when {@code ENABLE_TEMPLATE_PROCESSING} is on, and a template
 *       inside a literal could write SQL outside it.
 * </ul>
 */
final class SqlLiterals {

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  // Written bare, these are values, not columns: the SQL standard's niladic functions and literals,
  // and the pseudo-columns and functions without parentheses of common warehouses (Oracle, Snowflake,
  // Db2, ClickHouse). Other reserved words fail as syntax errors, which is loud and safe.
  private static final Set<String> VALUE_WORDS = Set.of(
      "user", "current_user", "session_user", "system_user", "current_role", "current_catalog",
      "current_schema", "current_path", "current_date", "current_time", "current_timestamp",
      "current_timezone", "current_server", "localtime", "localtimestamp", "null", "true", "false",
      "unknown", "default", "sysdate", "systimestamp", "uid", "rownum", "rowid", "level");

  private SqlLiterals() {}

  /**
   * Checks a column name.
   *
   * @param name the column
   * @return the name, unchanged
   * @throws IllegalArgumentException if it is not a plain identifier, or is a word databases read as a
   *     value
   */
  static String identifier(String name) {
    if (!IDENTIFIER.matcher(name).matches()) {
      throw new IllegalArgumentException("not a plain column name (letters, digits, _; not starting with a digit): '"
          + printable(name) + "'; write a clause by hand with RlsClause.of for other names");
    }
    if (VALUE_WORDS.contains(name.toLowerCase(Locale.ROOT))) {
      throw new IllegalArgumentException("column name '" + name + "' is a word databases read as a value, not as a"
          + " column, so the clause would not filter on the column; write it by hand with RlsClause.of, quoting"
          + " the name as the database does (e.g. \"" + name + "\" in PostgreSQL)");
    }
    return name;
  }

  /**
   * Quotes a string value.
   *
   * @param value the value
   * @return the SQL literal
   * @throws IllegalArgumentException if the value holds a backslash, a control character or a Jinja
   *     delimiter; the message gives the position, not the value
   */
  static String string(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\\') {
        throw new IllegalArgumentException("an RLS value may not contain a backslash (at index " + i + ")");
      }
      if (Character.isISOControl(c)) {
        throw new IllegalArgumentException("an RLS value may not contain control characters (at index " + i + ")");
      }
      if (c == '{' && i + 1 < value.length()) {
        char next = value.charAt(i + 1);
        if (next == '{' || next == '%' || next == '#') {
          throw new IllegalArgumentException(
              "an RLS value may not contain a Jinja delimiter '{" + next + "' (at index " + i + ")");
        }
      }
    }
    return "'" + value.replace("'", "''") + "'";
  }

  private static String printable(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length() && i < 64; i++) {
      char c = s.charAt(i);
      b.append(Character.isISOControl(c) ? '?' : c);
    }
    return s.length() > 64 ? b + "..." : b.toString();
  }
}
