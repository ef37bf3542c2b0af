package io.github.supersetsdk.client.model;

import io.github.supersetsdk.client.id.DatabaseId;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The SQL Lab editor state a permalink stores: a database, the SQL text and the tab's name.
 *
 * <p>Immutable and thread-safe.
 *
 * @param databaseId the database connection
 * @param name the tab's name
 * @param sql the SQL text
 * @param schema the default schema, or {@code null}
 * @param catalog the default catalog, or {@code null}
 * @param autorun whether SQL Lab runs the query when the link is opened, or {@code null}
 * @param templateParams Jinja template parameters as JSON text, or {@code null}
 */
public record SqlLabPermalinkState(
    DatabaseId databaseId,
    String name,
    String sql,
    @Nullable String schema,
    @Nullable String catalog,
    @Nullable Boolean autorun,
    @Nullable String templateParams) {

  /**
   * Validates the components.
   *
   * @throws NullPointerException if {@code databaseId}, {@code name} or {@code sql} is null
   */
  public SqlLabPermalinkState {
    Objects.requireNonNull(databaseId, "databaseId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(sql, "sql");
  }

  /**
   * {@return a state with a database, a tab name and SQL text only}
   *
   * @param databaseId the database connection
   * @param name the tab's name
   * @param sql the SQL text
   * @throws NullPointerException if an argument is null
   */
  public static SqlLabPermalinkState of(DatabaseId databaseId, String name, String sql) {
    return new SqlLabPermalinkState(databaseId, name, sql, null, null, null, null);
  }
}
