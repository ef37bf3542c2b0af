package io.github.supersetsdk.sync.profiles;

import io.github.supersetsdk.sync.internal.profiles.AdapterUris;
import io.github.supersetsdk.sync.internal.profiles.RenderedTarget;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One rendered output of a dbt profile (for example {@code shop.outputs.dev}) and the Superset
 * connection it maps to: the {@linkplain #sqlalchemyUri(String, Secret) SQLAlchemy URI}, the
 * {@linkplain #encryptedExtra() encrypted extra} some engines keep their credentials in, and a
 * suggested {@linkplain #databaseName() connection name}.
 *
 * <p>Superset should connect with a read-only role rather than dbt's own credentials, so the URI
 * methods take a user and password that replace the profile's:
 *
 * {@snippet class=io.github.supersetsdk.sync.snippets.SyncSnippets region=WarehouseTarget}
 *
 * <p>The adapters mapped are listed in {@link #SUPPORTED_ADAPTERS}; {@code docs/sync-profiles.md}
 * tells which profile field goes where for each. {@code toString()} shows no secret.
 *
 * <p>Immutable and thread-safe.
 */
public final class WarehouseTarget {
  /**
   * The dbt adapter types with a URI mapping: {@code postgres}, {@code redshift}, {@code snowflake},
   * {@code bigquery}, {@code databricks}, {@code trino}, {@code clickhouse} and {@code duckdb}.
   */
  public static final Set<String> SUPPORTED_ADAPTERS = AdapterUris.SUPPORTED;

  private final RenderedTarget target;

  WarehouseTarget(RenderedTarget target) {
    this.target = target;
  }

  /**
   * Returns the profile this target belongs to.
   *
   * @return the profile name
   */
  public String profileName() {
    return target.profile();
  }

  /**
   * Returns the target (output) name.
   *
   * @return the target name, such as {@code dev}
   */
  public String targetName() {
    return target.target();
  }

  /**
   * Returns the profiles file the target was read from.
   *
   * @return the file
   */
  public Path file() {
    return target.file();
  }

  /**
   * Returns the dbt adapter type, lower case.
   *
   * @return the adapter type, such as {@code postgres}
   */
  public String adapterType() {
    return target.type();
  }

  /**
   * Returns the warehouse host: {@code host} (or {@code account} for Snowflake).
   *
   * @return the host, or {@code null} when the adapter has none (BigQuery, DuckDB)
   */
  public @Nullable String host() {
    return AdapterUris.host(target);
  }

  /**
   * Returns the port given in the profile.
   *
   * @return the port, or {@code null} when the profile gives none
   * @throws ProfilesParseException if {@code port} is not a whole number
   */
  public @Nullable Integer port() {
    return target.intField("port");
  }

  /**
   * Returns the database: {@code dbname} or {@code database} (Postgres, Redshift, Snowflake,
   * Trino), {@code catalog} (Databricks), {@code project} (BigQuery) or {@code path} (DuckDB).
   *
   * @return the database, or {@code null} when absent
   */
  public @Nullable String database() {
    return AdapterUris.database(target);
  }

  /**
   * Returns the schema dbt builds into: {@code schema}, or {@code dataset} for BigQuery.
   *
   * @return the schema, or {@code null} when absent
   */
  public @Nullable String schema() {
    return AdapterUris.schema(target);
  }

  /**
   * Returns the profile's user: {@code user}, or {@code username} (ClickHouse).
   *
   * @return the user, or {@code null} when absent (e.g. token-based adapters)
   */
  public @Nullable String user() {
    return AdapterUris.user(target);
  }

  /**
   * Returns the profile's password or access token ({@code password}, or {@code token} for
   * Databricks).
   *
   * @return the secret, or {@code null} when absent
   */
  public @Nullable Secret password() {
    String p = AdapterUris.password(target);
    return p == null ? null : Secret.of(p);
  }

  /**
   * Returns every rendered scalar field of the output that is not a secret (passwords, tokens,
   * keys and key files are left out), as text, in file order.
   *
   * @return field name to rendered value
   */
  public Map<String, String> settings() {
    return target.publicSettings();
  }

  /**
   * Suggests a Superset connection name: {@code "<profile> <target>"}, such as {@code "shop dev"}.
   *
   * @return the suggested database name
   */
  public String databaseName() {
    return target.profile() + " " + target.target();
  }

  /**
   * Returns the SQLAlchemy URI with the profile's own user and password.
   *
   * @return the URI
   * @throws UnsupportedAdapterException if the adapter or its connection method has no mapping
   * @throws ProfilesParseException if a field the URI needs is missing or of the wrong type
   */
  public SqlAlchemyUri sqlalchemyUri() {
    return sqlalchemyUri(null, null);
  }

  /**
   * Returns the SQLAlchemy URI, with the user and password replaced when given. User and password
   * are URL-encoded. For Databricks the password replaces the access token (the user is always
   * {@code token}); for BigQuery, whose credentials live in {@link #encryptedExtra()}, both are
   * ignored.
   *
   * @param userOverride the user Superset should connect as, or {@code null} for the profile's
   * @param passwordOverride its password, or {@code null} for the profile's
   * @return the URI; its {@code toString()} masks the password
   * @throws UnsupportedAdapterException if the adapter or its connection method has no mapping
   * @throws ProfilesParseException if a field the URI needs is missing or of the wrong type
   */
  public SqlAlchemyUri sqlalchemyUri(@Nullable String userOverride, @Nullable Secret passwordOverride) {
    AdapterUris.Built built =
        AdapterUris.build(
            target, userOverride, passwordOverride == null ? null : passwordOverride.reveal());
    return new SqlAlchemyUri(built.uri(), built.masked());
  }

  /**
   * Returns the JSON Superset keeps in a connection's {@code masked_encrypted_extra} (sent as
   * {@code encrypted_extra}) for this target: for BigQuery
   * {@code {"credentials_info": {...service account key...}}} from {@code keyfile_json} or the
   * {@code keyfile} file; {@code null} for the other adapters and for BigQuery's {@code oauth}
   * method.
   *
   * @return the JSON document, or {@code null} when the target needs none
   * @throws ProfilesParseException if the key file cannot be read or is not JSON
   */
  public @Nullable Secret encryptedExtra() {
    String json = AdapterUris.encryptedExtra(target);
    return json == null ? null : Secret.of(json);
  }

  @Override
  public String toString() {
    return "WarehouseTarget[profile="
        + profileName()
        + ", target="
        + targetName()
        + ", type="
        + adapterType()
        + ", settings="
        + settings()
        + "]";
  }
}
