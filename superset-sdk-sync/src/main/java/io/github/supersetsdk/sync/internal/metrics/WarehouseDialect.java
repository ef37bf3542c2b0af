package io.github.supersetsdk.sync.internal.metrics;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The SQL of each warehouse the compiler writes for, keyed by dbt's {@code adapter_type}. What
 * differs is what MetricFlow renders differently per engine: identifier quotes, the float type of
 * a ratio, percentile aggregates (which engines have exact or approximate ones), {@code DATE_TRUNC}
 * argument order, the ISO day of week and string-literal escapes. Immutable and thread-safe.
 */
public enum WarehouseDialect implements Dialect {
  /** PostgreSQL. */
  POSTGRES("postgres", "PostgreSQL"),
  /** Amazon Redshift: PostgreSQL's syntax, a Sunday-based day of week, no exact discrete percentile. */
  REDSHIFT("redshift", "Redshift"),
  /** DuckDB: PostgreSQL's syntax, with an approximate quantile. */
  DUCKDB("duckdb", "DuckDB"),
  /** Snowflake: unquoted names fold to upper case, backslashes escape in literals. */
  SNOWFLAKE("snowflake", "Snowflake"),
  /** Google BigQuery: backquoted names, only approximate percentiles, {@code DATETIME_TRUNC}. */
  BIGQUERY("bigquery", "BigQuery"),
  /** Databricks and Spark SQL: backquoted names, backslashes escape in literals. */
  DATABRICKS("databricks", "Databricks"),
  /** Trino (and Starburst): only approximate percentiles. */
  TRINO("trino", "Trino");

  // Only names that are not plain identifiers, or are reserved, need quotes.
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  // SQL's reserved key words that cannot be column names unquoted (PostgreSQL's list, which also
  // covers what the other engines reserve among words a column is likely to be named).
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

  private final String adapterType;
  private final String displayName;

  WarehouseDialect(String adapterType, String displayName) {
    this.adapterType = adapterType;
    this.displayName = displayName;
  }

  /**
   * The dialect of a dbt adapter type ({@code metadata.adapter_type} of the manifest).
   *
   * @param adapterType the adapter type, any case
   * @return the dialect, or empty when the compiler writes no SQL for that warehouse
   */
  public static Optional<WarehouseDialect> forAdapter(String adapterType) {
    String a = adapterType.trim().toLowerCase(Locale.ROOT);
    String key = switch (a) {
      case "spark" -> "databricks";
      case "starburst" -> "trino";
      default -> a;
    };
    for (WarehouseDialect d : values()) {
      if (d.adapterType.equals(key)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /** {@return the dbt adapter type this dialect is for} */
  public String adapterType() {
    return adapterType;
  }

  /** {@return the warehouse's name, as in "BigQuery"} */
  @Override
  public String toString() {
    return displayName;
  }

  @Override
  public String identifier(String name) {
    boolean plain = PLAIN.matcher(name).matches();
    if (plain && !RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
      return name;
    }
    return switch (this) {
      case BIGQUERY -> '`' + name.replace("\\", "\\\\").replace("`", "\\`") + '`';
      case DATABRICKS -> '`' + name.replace("`", "``") + '`';
      // A reserved word dbt created unquoted is stored upper-case; a quoted name keeps its case.
      case SNOWFLAKE -> '"' + (plain ? name.toUpperCase(Locale.ROOT) : name).replace("\"", "\"\"") + '"';
      default -> '"' + name.replace("\"", "\"\"") + '"';
    };
  }

  @Override
  public String aggregate(String function, String argument) {
    if (function.equals("COUNT_DISTINCT")) {
      return "COUNT(DISTINCT " + argument + ")";
    }
    return function + "(" + argument + ")";
  }

  @Override
  public @Nullable String percentile(double percentile, boolean discrete, String argument) {
    boolean exact = switch (this) {
      case POSTGRES, DUCKDB, SNOWFLAKE -> true;
      case REDSHIFT, DATABRICKS -> !discrete;
      case BIGQUERY, TRINO -> false;
    };
    if (!exact) {
      return null;
    }
    return (discrete ? "PERCENTILE_DISC(" : "PERCENTILE_CONT(") + number(percentile)
        + ") WITHIN GROUP (ORDER BY " + argument + ")";
  }

  @Override
  public @Nullable String approximatePercentile(double percentile, boolean discrete, String argument) {
    String p = number(percentile);
    if (discrete) {
      return switch (this) {
        case REDSHIFT -> "APPROXIMATE PERCENTILE_DISC(" + p + ") WITHIN GROUP (ORDER BY " + argument + ")";
        case DATABRICKS -> "APPROX_PERCENTILE(" + argument + ", " + p + ")";
        default -> null;
      };
    }
    return switch (this) {
      case SNOWFLAKE -> "APPROX_PERCENTILE(" + argument + ", " + p + ")";
      case TRINO -> "approx_percentile(" + argument + ", " + p + ")";
      case DUCKDB -> "approx_quantile(" + argument + ", " + p + ")";
      case BIGQUERY -> bigQueryQuantile(percentile, argument);
      default -> null;
    };
  }

  // APPROX_QUANTILES(x, n) returns n + 1 boundaries; the percentile p = k / n is the k-th (from 0).
  private static @Nullable String bigQueryQuantile(double percentile, String argument) {
    BigDecimal p = BigDecimal.valueOf(percentile).stripTrailingZeros();
    BigInteger denominator = BigInteger.TEN.pow(Math.max(p.scale(), 0));
    BigInteger numerator = p.movePointRight(Math.max(p.scale(), 0)).toBigIntegerExact();
    BigInteger gcd = numerator.gcd(denominator);
    if (gcd.signum() != 0) {
      numerator = numerator.divide(gcd);
      denominator = denominator.divide(gcd);
    }
    if (denominator.compareTo(BigInteger.valueOf(100_000)) > 0) {
      return null;
    }
    return "APPROX_QUANTILES(" + argument + ", " + denominator + ")[OFFSET(" + numerator + ")]";
  }

  @Override
  public String dateTrunc(String grain, String expression) {
    String g = grain.toLowerCase(Locale.ROOT);
    if (this == BIGQUERY) {
      // Weeks start on Monday elsewhere (ISO); BigQuery's WEEK starts on Sunday.
      return "DATETIME_TRUNC(" + expression + ", " + (g.equals("week") ? "isoweek" : g) + ")";
    }
    return "DATE_TRUNC(" + stringLiteral(g) + ", " + expression + ")";
  }

  @Override
  public String datePart(String part, String expression) {
    String p = part.toLowerCase(Locale.ROOT);
    boolean dow = p.equals("dow") || p.equals("day_of_week");
    boolean doy = p.equals("doy") || p.equals("day_of_year");
    // MetricFlow's day of week is ISO: Monday 1 to Sunday 7.
    if (dow) {
      return switch (this) {
        case POSTGRES, DUCKDB -> extract("isodow", expression);
        case SNOWFLAKE -> extract("dayofweekiso", expression);
        case DATABRICKS -> extract("DAYOFWEEK_ISO", expression);
        case TRINO -> extract("DAY_OF_WEEK", expression);
        case REDSHIFT -> "CASE WHEN " + extract("dow", expression) + " = 0 THEN 7 ELSE "
            + extract("dow", expression) + " END";
        case BIGQUERY -> "IF(" + extract("dayofweek", expression) + " = 1, 7, "
            + extract("dayofweek", expression) + " - 1)";
      };
    }
    if (doy) {
      return extract(this == BIGQUERY ? "dayofyear" : "doy", expression);
    }
    return extract(p, expression);
  }

  private static String extract(String field, String expression) {
    return "EXTRACT(" + field + " FROM " + expression + ")";
  }

  @Override
  public String ratio(String numerator, String denominator) {
    String type = switch (this) {
      case POSTGRES, REDSHIFT, DUCKDB -> "DOUBLE PRECISION";
      case BIGQUERY -> "FLOAT64";
      case SNOWFLAKE, DATABRICKS, TRINO -> "DOUBLE";
    };
    return "CAST(" + numerator + " AS " + type + ") / CAST(NULLIF(" + denominator + ", 0) AS "
        + type + ")";
  }

  @Override
  public String stringLiteral(String value) {
    return switch (this) {
      // Backslash is an escape character in these engines' literals.
      case BIGQUERY, DATABRICKS -> "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
      case SNOWFLAKE -> "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
      default -> "'" + value.replace("'", "''") + "'";
    };
  }

  private static String number(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
