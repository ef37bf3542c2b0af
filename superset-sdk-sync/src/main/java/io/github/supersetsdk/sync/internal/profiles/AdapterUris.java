package io.github.supersetsdk.sync.internal.profiles;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** dbt adapter fields to SQLAlchemy URIs. Stateless and thread-safe. */
public final class AdapterUris {
  public static final Set<String> SUPPORTED =
      Set.of("postgres", "redshift", "snowflake", "bigquery", "databricks", "trino", "clickhouse", "duckdb");

  private AdapterUris() {}

  /** A URI and its masked form. */
  public record Built(String uri, String masked) {}

  public static @Nullable String host(RenderedTarget t) {
    throw new UnsupportedOperationException("being implemented");
  }

  public static @Nullable String database(RenderedTarget t) {
    throw new UnsupportedOperationException("being implemented");
  }

  public static @Nullable String schema(RenderedTarget t) {
    throw new UnsupportedOperationException("being implemented");
  }

  public static @Nullable String user(RenderedTarget t) {
    throw new UnsupportedOperationException("being implemented");
  }

  public static @Nullable String password(RenderedTarget t) {
    throw new UnsupportedOperationException("being implemented");
  }

  public static Built build(RenderedTarget t, @Nullable String user, @Nullable String password) {
    throw new UnsupportedOperationException("being implemented");
  }

  public static @Nullable String encryptedExtra(RenderedTarget t) {
    throw new UnsupportedOperationException("being implemented");
  }
}
