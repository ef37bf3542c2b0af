package io.github.supersetsdk.sync.internal.metrics;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * PostgreSQL SQL, which is ANSI SQL apart from {@code DATE_TRUNC} and {@code EXTRACT} spelled the
 * PostgreSQL way. Immutable and thread-safe.
 */
public final class PostgresDialect implements Dialect {

  /** The instance. */
  public static final PostgresDialect INSTANCE = new PostgresDialect();

  // Unquoted names fold to lower case in PostgreSQL, as MetricFlow writes them; only names that
  // are not plain identifiers, or are reserved, need quotes.
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  // PostgreSQL's reserved key words (those that cannot be column names unquoted).
  private static final Set<String> RESERVED =
      Set.of(
          "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "both",
          "case", "cast", "check", "collate", "column", "constraint", "create", "current_catalog",
          "current_date", "current_role", "current_time", "current_timestamp", "current_user",
          "default", "deferrable", "desc", "distinct", "do", "else", "end", "except", "false",
          "fetch", "for", "foreign", "from", "grant", "group", "having", "in", "initially",
          "intersect", "into", "lateral", "leading", "limit", "localtime", "localtimestamp", "not",
          "null", "offset", "on", "only", "or", "order", "placing", "primary", "references",
          "returning", "select", "session_user", "some", "symmetric", "system_user", "table",
          "then", "to", "trailing", "true", "union", "unique", "user", "using", "variadic", "when",
          "where", "window", "with");

  private PostgresDialect() {}

  @Override
  public String identifier(String name) {
    if (PLAIN.matcher(name).matches() && !RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
      return name;
    }
    return '"' + name.replace("\"", "\"\"") + '"';
  }

  @Override
  public String aggregate(String function, String argument) {
    if (function.equals("COUNT_DISTINCT")) {
      return "COUNT(DISTINCT " + argument + ")";
    }
    return function + "(" + argument + ")";
  }

  @Override
  public String percentile(double percentile, boolean discrete, String argument) {
    return (discrete ? "PERCENTILE_DISC(" : "PERCENTILE_CONT(")
        + BigDecimal.valueOf(percentile).stripTrailingZeros().toPlainString()
        + ") WITHIN GROUP (ORDER BY " + argument + ")";
  }

  @Override
  public String dateTrunc(String grain, String expression) {
    return "DATE_TRUNC(" + stringLiteral(grain.toLowerCase(Locale.ROOT)) + ", " + expression + ")";
  }

  @Override
  public String datePart(String part, String expression) {
    String p = part.toLowerCase(Locale.ROOT);
    // MetricFlow's day_of_week is ISO (Monday = 1), which PostgreSQL calls isodow.
    String field =
        switch (p) {
          case "dow", "day_of_week" -> "isodow";
          case "doy", "day_of_year" -> "doy";
          default -> p;
        };
    return "EXTRACT(" + field + " FROM " + expression + ")";
  }

  @Override
  public String ratio(String numerator, String denominator) {
    return "CAST(" + numerator + " AS DOUBLE PRECISION) / CAST(NULLIF(" + denominator
        + ", 0) AS DOUBLE PRECISION)";
  }

  @Override
  public String stringLiteral(String value) {
    return "'" + value.replace("'", "''") + "'";
  }
}
