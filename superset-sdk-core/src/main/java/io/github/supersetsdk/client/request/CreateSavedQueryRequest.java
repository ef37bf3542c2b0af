package io.github.supersetsdk.client.request;

import io.github.supersetsdk.client.id.DatabaseId;
import io.github.supersetsdk.client.id.SavedQueryId;
import io.github.supersetsdk.codegen.GeneratedBuilder;
import org.jspecify.annotations.Nullable;

/**
 * A saved query to create.
 *
 * {@snippet class=io.github.supersetsdk.client.snippets.RequestSnippets region=CreateSavedQueryRequest}
 *
 * <p>Immutable and thread-safe.
 *
 * @param dbId the database connection
 * @param label the name
 * @param sql the SQL text
 * @param schema the default schema, or {@code null}
 * @param catalog the default catalog, or {@code null}
 * @param description the description, or {@code null}
 * @param templateParameters Jinja template parameters as JSON text, or {@code null}
 */
@GeneratedBuilder
public record CreateSavedQueryRequest(
    DatabaseId dbId,
    String label,
    String sql,
    @Nullable String schema,
    @Nullable String catalog,
    @Nullable String description,
    @Nullable String templateParameters) implements CreateSavedQueryRequestBuilder.Methods {

  /**
   * Validates the components.
   *
   * @throws NullPointerException if {@code dbId}, {@code label} or {@code sql} is null
   * @throws IllegalArgumentException if {@code label} is blank
   */
  public CreateSavedQueryRequest {
    if (label.isBlank()) {
      throw new IllegalArgumentException("label is blank");
    }
  }

  /**
   * {@return a new builder}
   *
   * @param databaseId the database connection
   * @param label the name
   * @param sql the SQL text
   * @throws NullPointerException if an argument is null
   */
  public static Builder builder(DatabaseId databaseId, String label, String sql) {
    return CreateSavedQueryRequestBuilder.create(databaseId, label, sql);
  }

  /** Builds a {@link CreateSavedQueryRequest}. Not thread-safe. */
  public static final class Builder extends CreateSavedQueryRequestBuilder {
    Builder() {}
  }
}
