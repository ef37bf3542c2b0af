package io.github.supersetsdk.client.request;

import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A SQL statement to validate against a database connection without running it.
 *
 * {@snippet class=io.github.supersetsdk.client.snippets.RequestSnippets region=ValidateSqlRequest}
 *
 * <p>Immutable and thread-safe.
 *
 * @param sql the statement
 * @param catalog the catalog to resolve names in, or {@code null} for the default
 * @param schema the schema to resolve names in, or {@code null} for the default
 * @param templateParams values for the statement's Jinja template parameters; never null
 */
public record ValidateSqlRequest(
    String sql, @Nullable String catalog, @Nullable String schema, Map<String, Object> templateParams) {

  /**
   * Checks the statement and copies the parameters.
   *
   * @throws NullPointerException if {@code sql} is null
   */
  public ValidateSqlRequest {
    Objects.requireNonNull(sql, "sql");
    templateParams = Copies.deepMap(templateParams);
  }

  /**
   * {@return a statement resolved in the connection's default schema}
   *
   * @param sql the statement
   * @throws NullPointerException if {@code sql} is null
   */
  public static ValidateSqlRequest of(String sql) {
    return new ValidateSqlRequest(sql, null, null, Map.of());
  }

  /**
   * This request, with names resolved in another schema.
   *
   * @param schema the schema
   * @return a new request
   * @throws NullPointerException if {@code schema} is null
   */
  public ValidateSqlRequest inSchema(String schema) {
    return new ValidateSqlRequest(sql, catalog, Objects.requireNonNull(schema, "schema"), templateParams);
  }
}
