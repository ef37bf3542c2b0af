package io.github.supersetsdk.client.model;

import io.github.supersetsdk.client.id.SavedQueryId;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A saved query: named SQL text on a database connection, reopened in SQL Lab.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the id
 * @param label the name
 * @param description the description
 * @param sql the SQL text
 * @param schema the default schema
 * @param catalog the default catalog
 * @param database the database connection
 * @param templateParameters Jinja template parameters as JSON text (detail only)
 * @param rows the number of rows of its last run (list only)
 * @param createdBy who created it
 * @param changedBy who changed it last
 * @param createdOn when it was created (list only)
 * @param changedOn when it last changed
 * @param tags its tags (list only, with the tagging system on)
 */
public record SavedQuery(
    SavedQueryId id,
    @Nullable String label,
    @Nullable String description,
    @Nullable String sql,
    @Nullable String schema,
    @Nullable String catalog,
    @Nullable QueryDatabaseRef database,
    @Nullable String templateParameters,
    @Nullable Long rows,
    @Nullable UserRef createdBy,
    @Nullable UserRef changedBy,
    @Nullable Instant createdOn,
    @Nullable Instant changedOn,
    List<TagRef> tags) {

  /** Copies the list; never null. */
  public SavedQuery {
    tags = Copies.list(tags);
  }
}
