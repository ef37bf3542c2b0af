package io.github.supersetsdk.sync.internal.profiles;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.supersetsdk.sync.profiles.SqlAlchemyUri;
import io.github.supersetsdk.sync.profiles.UnsupportedAdapterException;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * dbt adapter fields to the SQLAlchemy URIs Superset documents for each engine. Stateless and
 * thread-safe. docs/sync-profiles.md holds the same mapping as a table: keep them in step.
 */
public final class AdapterUris {
  public static final Set<String> SUPPORTED =
      Set.of(
          "postgres", "redshift", "snowflake", "bigquery", "databricks", "trino", "clickhouse",
          "duckdb");

  private static final ObjectMapper JSON = new ObjectMapper();

  private AdapterUris() {}

  /** A URI and its masked form. */
  public record Built(String uri, String masked) {
    @Override
    public String toString() {
      return masked;
    }
  }

  public static @Nullable String host(RenderedTarget t) {
    return switch (t.type()) {
      case "snowflake" -> t.string("account");
      case "bigquery", "duckdb" -> null;
      default -> t.string("host");
    };
  }

  public static @Nullable String database(RenderedTarget t) {
    return switch (t.type()) {
      case "postgres", "redshift" -> t.firstString("dbname", "database");
      case "bigquery" -> t.firstString("project", "database");
      case "databricks" -> t.firstString("catalog", "database");
      case "trino" -> t.firstString("database", "catalog");
      // ClickHouse's databases are what dbt calls schemas.
      case "clickhouse" -> t.firstString("schema", "database");
      case "duckdb" -> t.firstString("path");
      default -> t.firstString("database", "dbname");
    };
  }

  public static @Nullable String schema(RenderedTarget t) {
    return t.type().equals("bigquery") ? t.firstString("dataset", "schema") : t.string("schema");
  }

  public static @Nullable String user(RenderedTarget t) {
    return t.type().equals("databricks") ? null : t.firstString("user", "username");
  }

  public static @Nullable String password(RenderedTarget t) {
    return t.type().equals("databricks") ? t.string("token") : t.firstString("password", "pass");
  }

  public static Built build(RenderedTarget t, @Nullable String user, @Nullable String password) {
    if (!SUPPORTED.contains(t.type())) {
      throw new UnsupportedAdapterException(
          t.type(),
          "adapter type '" + t.type() + "' has no SQLAlchemy URI mapping; supported: "
              + String.join(", ", new TreeSet<>(SUPPORTED))
              + ". Create the Superset database by hand and pass its name",
          t.file(), t.line("type"), t.column("type"), t.fieldPath("type"));
    }
    return new Built(uri(t, user, password, false), uri(t, user, password, true));
  }

  private static String uri(
      RenderedTarget t, @Nullable String userOverride, @Nullable String passwordOverride, boolean masked) {
    String user = userOverride != null ? userOverride : user(t);
    String password = passwordOverride != null ? passwordOverride : password(t);
    return switch (t.type()) {
      case "postgres" -> postgresLike("postgresql", t, user, password, masked, null);
      case "redshift" -> {
        String method = t.string("method");
        if (method != null && !method.equalsIgnoreCase("database")) {
          throw unsupportedMethod(t, "method", "redshift method '" + method + "'"
              + " (Superset connects with a user and password)");
        }
        yield postgresLike("redshift+psycopg2", t, user, password, masked, 5439);
      }
      case "snowflake" -> snowflake(t, user, password, passwordOverride != null, masked);
      case "bigquery" -> {
        bigQueryMethod(t);
        yield "bigquery://" + segment(t.required("project", "database"));
      }
      case "databricks" -> databricks(t, password, masked);
      case "trino" -> trino(t, user, password, passwordOverride != null, masked);
      case "clickhouse" -> clickhouse(t, user, password, masked);
      case "duckdb" -> "duckdb:///" + (t.string("path") == null ? ":memory:" : t.string("path"));
      default -> throw new IllegalStateException(t.type());
    };
  }

  private static String postgresLike(
      String scheme,
      RenderedTarget t,
      @Nullable String user,
      @Nullable String password,
      boolean masked,
      @Nullable Integer defaultPort) {
    StringBuilder sb = new StringBuilder(scheme).append("://");
    sb.append(auth(t, user, password, masked, true));
    sb.append(hostPort(t.required("host"), t.intField("port"), defaultPort));
    sb.append('/').append(segment(t.required("dbname", "database")));
    Map<String, String> query = new LinkedHashMap<>();
    put(query, "sslmode", t.string("sslmode"));
    return sb.append(query(query)).toString();
  }

  private static String snowflake(
      RenderedTarget t,
      @Nullable String user,
      @Nullable String password,
      boolean passwordOverridden,
      boolean masked) {
    String authenticator = t.string("authenticator");
    if (!passwordOverridden) {
      if (authenticator != null && !authenticator.equalsIgnoreCase("snowflake")) {
        throw unsupportedMethod(t, "authenticator", "snowflake authenticator '" + authenticator
            + "' (give Superset a user and password)");
      }
      if (password == null
          && (t.string("private_key_path") != null || t.string("private_key") != null)) {
        throw unsupportedMethod(t, "private_key_path",
            "snowflake key-pair authentication (give Superset a user and password)");
      }
    }
    StringBuilder sb = new StringBuilder("snowflake://");
    sb.append(auth(t, user, password, masked, true));
    sb.append(segment(t.required("account")));
    sb.append('/').append(segment(t.required("database")));
    String schema = t.string("schema");
    if (schema != null) {
      sb.append('/').append(segment(schema));
    }
    Map<String, String> query = new LinkedHashMap<>();
    put(query, "warehouse", t.string("warehouse"));
    put(query, "role", t.string("role"));
    return sb.append(query(query)).toString();
  }

  private static String databricks(RenderedTarget t, @Nullable String token, boolean masked) {
    if (token == null) {
      String authType = t.string("auth_type");
      throw unsupportedMethod(t, authType == null ? "token" : "auth_type",
          "databricks " + (authType == null ? "targets without a 'token'" : "auth_type '" + authType + "'")
              + " (Superset connects with a personal access token)");
    }
    StringBuilder sb = new StringBuilder("databricks://token:");
    sb.append(masked ? SqlAlchemyUri.PASSWORD_MASK : encode(token)).append('@');
    sb.append(hostPort(t.required("host"), t.intField("port"), 443));
    Map<String, String> query = new LinkedHashMap<>();
    put(query, "http_path", t.required("http_path"));
    put(query, "catalog", t.string("catalog"));
    put(query, "schema", t.string("schema"));
    return sb.append(query(query)).toString();
  }

  private static String trino(
      RenderedTarget t,
      @Nullable String user,
      @Nullable String password,
      boolean passwordOverridden,
      boolean masked) {
    String method = t.string("method");
    if (!passwordOverridden
        && method != null
        && !method.equalsIgnoreCase("none")
        && !method.equalsIgnoreCase("ldap")) {
      throw unsupportedMethod(t, "method", "trino method '" + method
          + "' (give Superset a user and password, or none)");
    }
    StringBuilder sb = new StringBuilder("trino://");
    sb.append(auth(t, user, password, masked, true));
    sb.append(hostPort(t.required("host"), t.intField("port"), null));
    sb.append('/').append(segment(t.required("database", "catalog")));
    String schema = t.string("schema");
    if (schema != null) {
      sb.append('/').append(segment(schema));
    }
    return sb.toString();
  }

  private static String clickhouse(
      RenderedTarget t, @Nullable String user, @Nullable String password, boolean masked) {
    String driver = t.string("driver");
    if (driver != null && driver.equalsIgnoreCase("native")) {
      throw unsupportedMethod(t, "driver", "clickhouse driver 'native' (Superset's clickhousedb"
          + " dialect speaks HTTP: use driver 'http' and the HTTP port)");
    }
    boolean secure = t.boolField("secure", false);
    StringBuilder sb = new StringBuilder("clickhousedb://");
    sb.append(auth(t, user, password, masked, false));
    sb.append(hostPort(t.required("host"), t.intField("port"), secure ? 8443 : 8123));
    String database = t.firstString("schema", "database");
    if (database != null) {
      sb.append('/').append(segment(database));
    }
    Map<String, String> query = new LinkedHashMap<>();
    if (secure) {
      query.put("secure", "true");
    }
    return sb.append(query(query)).toString();
  }

  private static void bigQueryMethod(RenderedTarget t) {
    String method = t.string("method");
    if (method != null
        && !Set.of("oauth", "service-account", "service-account-json")
            .contains(method.toLowerCase(Locale.ROOT))) {
      throw unsupportedMethod(t, "method", "bigquery method '" + method
          + "' (use oauth, service-account or service-account-json)");
    }
  }

  /**
   * The encrypted extra Superset keeps engine credentials in: BigQuery's service account key as
   * {@code {"credentials_info": {...}}}. Null for other adapters.
   */
  public static @Nullable String encryptedExtra(RenderedTarget t) {
    if (!t.type().equals("bigquery")) {
      return null;
    }
    bigQueryMethod(t);
    String method = t.string("method");
    JsonNode key;
    Object inline = t.value("keyfile_json");
    if (inline instanceof Map<?, ?> map) {
      key = JSON.valueToTree(map);
    } else if (t.string("keyfile") != null) {
      Path keyfile = Path.of(t.string("keyfile"));
      try {
        key = JSON.readTree(Files.readString(keyfile, StandardCharsets.UTF_8));
      } catch (JsonProcessingException e) {
        // Jackson's message quotes the content, which is a private key: name the file only.
        throw t.invalid("keyfile", "the keyfile " + keyfile + " is not a JSON service account key");
      } catch (IOException e) {
        throw t.invalid("keyfile", "cannot read the keyfile " + keyfile + ": " + e.getClass().getSimpleName());
      }
      if (key == null || !key.isObject()) {
        throw t.invalid("keyfile", "the keyfile " + keyfile + " is not a JSON service account key");
      }
    } else if (method == null || method.equalsIgnoreCase("oauth")) {
      return null;
    } else {
      throw t.invalid("method", "bigquery method '" + method + "' needs 'keyfile' or 'keyfile_json'");
    }
    ObjectNode extra = JSON.createObjectNode();
    extra.set("credentials_info", key);
    return extra.toString();
  }

  private static UnsupportedAdapterException unsupportedMethod(
      RenderedTarget t, String field, String what) {
    return new UnsupportedAdapterException(
        t.type(), what + " has no SQLAlchemy URI mapping", t.file(), t.line(field), t.column(field),
        t.fieldPath(field));
  }

  private static String auth(
      RenderedTarget t,
      @Nullable String user,
      @Nullable String password,
      boolean masked,
      boolean userRequired) {
    if (user == null) {
      if (userRequired) {
        throw t.invalid("user", "a " + t.type() + " target needs 'user' (or a user override)");
      }
      if (password == null) {
        return "";
      }
      user = "default";
    }
    StringBuilder sb = new StringBuilder(encode(user));
    if (password != null) {
      sb.append(':').append(masked ? SqlAlchemyUri.PASSWORD_MASK : encode(password));
    }
    return sb.append('@').toString();
  }

  private static String hostPort(String host, @Nullable Integer port, @Nullable Integer defaultPort) {
    Integer p = port != null ? port : defaultPort;
    String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    return p == null ? h : h + ":" + p;
  }

  private static void put(Map<String, String> query, String key, @Nullable String value) {
    if (value != null) {
      query.put(key, value);
    }
  }

  private static String query(Map<String, String> query) {
    if (query.isEmpty()) {
      return "";
    }
    StringJoiner j = new StringJoiner("&", "?", "");
    // '/' is legal in a query and keeps paths such as Databricks' http_path readable.
    query.forEach((k, v) -> j.add(k + "=" + encode(v).replace("%2F", "/")));
    return j.toString();
  }

  private static String segment(String s) {
    return encode(s);
  }

  /** Percent-encodes for a URI component (space as %20, not +). */
  static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
