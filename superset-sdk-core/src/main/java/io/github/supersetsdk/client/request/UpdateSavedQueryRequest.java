package io.github.supersetsdk.client.request;

import io.github.supersetsdk.client.id.DatabaseId;
import io.github.supersetsdk.codegen.Clearable;
import io.github.supersetsdk.codegen.GeneratedBuilder;

/**
 * A partial update of a saved query: only fields that are set or cleared are sent.
 *
 * {@snippet class=io.github.supersetsdk.client.snippets.RequestSnippets region=UpdateSavedQueryRequest}
 *
 * <p>Immutable and thread-safe.
 *
 * @param dbId the database connection
 * @param label the name
 * @param sql the SQL text
 * @param schema the default schema
 * @param catalog the default catalog
 * @param description the description
 * @param templateParameters Jinja template parameters as JSON text
 */
@GeneratedBuilder
public record UpdateSavedQueryRequest(
    Change<DatabaseId> dbId,
    Change<String> label,
    Change<String> sql,
    @Clearable Change<String> schema,
    Change<String> catalog,
    @Clearable Change<String> description,
    Change<String> templateParameters) implements UpdateSavedQueryRequestBuilder.Methods {

  /** {@return a new builder that changes nothing yet} */
  public static Builder builder() {
    return UpdateSavedQueryRequestBuilder.create();
  }

  /** Builds an {@link UpdateSavedQueryRequest}. Not thread-safe. */
  public static final class Builder extends UpdateSavedQueryRequestBuilder {
    Builder() {}

    /**
     * Sets the database connection the query runs on; the same as {@code dbId}.
     *
     * @param databaseId the database connection
     * @return this builder
     * @throws NullPointerException if {@code databaseId} is null
     */
    public Builder database(DatabaseId databaseId) {
      this.dbId = Change.set(databaseId);
      return this;
    }
  }
}
