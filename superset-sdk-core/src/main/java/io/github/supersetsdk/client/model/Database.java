package io.github.supersetsdk.client.model;

import io.github.supersetsdk.client.id.DatabaseId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A database connection as Superset describes it. Fields an answer does not include are {@code null}:
 * list items carry the fewest, and only {@code getConnection} returns {@link #sqlalchemyUri()}.
 *
 * <p>Superset masks the password inside {@link #sqlalchemyUri()}; {@code toString()} masks it again
 * in case a server does not. Immutable and thread-safe.
 *
 * @param id the id
 * @param databaseName the display name, unique per Superset
 * @param backend the SQLAlchemy backend, e.g. {@code postgresql}
 * @param sqlalchemyUri the connection URI with its password masked; only from {@code getConnection}
 * @param exposeInSqllab whether SQL Lab offers it
 * @param allowCtas whether SQL Lab may run CREATE TABLE AS
 * @param allowCvas whether SQL Lab may run CREATE VIEW AS
 * @param allowDml whether SQL Lab may run statements other than SELECT
 * @param allowRunAsync whether queries run on Celery workers
 * @param allowFileUpload whether CSV/Excel uploads may target it
 * @param cacheTimeout the chart cache timeout in seconds, or {@code null} for the default
 * @param extra the {@code extra} JSON document as text
 * @param impersonateUser whether queries run as the Superset user
 * @param forceCtasSchema the schema CTAS tables are forced into
 * @param configurationMethod {@code sqlalchemy_form} or {@code dynamic_form}
 * @param isManagedExternally whether an external tool owns it (edits in the UI are locked)
 * @param externalUrl the URL of the external tool that owns it
 * @param uuid the UUID, stable across export and import
 * @param changedOn when it last changed
 */
public record Database(
    DatabaseId id,
    String databaseName,
    @Nullable String backend,
    @Nullable String sqlalchemyUri,
    @Nullable Boolean exposeInSqllab,
    @Nullable Boolean allowCtas,
    @Nullable Boolean allowCvas,
    @Nullable Boolean allowDml,
    @Nullable Boolean allowRunAsync,
    @Nullable Boolean allowFileUpload,
    @Nullable Integer cacheTimeout,
    @Nullable String extra,
    @Nullable Boolean impersonateUser,
    @Nullable String forceCtasSchema,
    @Nullable String configurationMethod,
    @Nullable Boolean isManagedExternally,
    @Nullable String externalUrl,
    @Nullable UUID uuid,
    @Nullable Instant changedOn) {

  /**
   * Masks the secrets in a connection URI, or in any text that contains one, as this SDK prints
   * them: the password of every URI ({@code postgresql://reader:***@db/warehouse}), the values of
   * secret-named fields and parameters ({@code password=...}, {@code "token": "..."}) and bearer
   * tokens. Use it before logging a SQLAlchemy URI.
   *
   * @param text a URI or other text, or {@code null}
   * @return the text with its secrets replaced by {@code ***}, or {@code null} if {@code text} was null
   */
  public static @Nullable String redact(@Nullable String text) {
    return Secrets.redact(text);
  }

  @Override
  public String toString() {
    return "Database[id=" + id.value() + ", databaseName=" + databaseName + ", backend=" + backend
        + ", sqlalchemyUri=" + Secrets.redact(sqlalchemyUri) + ", exposeInSqllab=" + exposeInSqllab
        + ", allowDml=" + allowDml + ", uuid=" + uuid + "]";
  }
}
