package io.github.supersetsdk.client.internal.transport;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.supersetsdk.client.internal.json.Json;
import java.io.IOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a server's own OpenAPI document ({@code GET /api/v1/_openapi}) says it serves: its operations
 * (method and path template) and, per operation with a JSON body, the top-level properties of the
 * request schema.
 *
 * <p>Path templates are compared by shape: {@code {pk}} and {@code {id_or_uuid}} are the same
 * segment, since Superset renamed path parameters between releases without changing the routes.
 * Concrete paths ({@code /api/v1/dataset/12}) match a template whose parameter segments take any
 * value.
 *
 * <p>Immutable and thread-safe.
 */
public final class ServedSpec {

  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

  /**
   * Operations whose served request schema is not the one the server reads, so that their fields
   * are never checked against it: Superset (5.0 to 6.1) documents the SQL Lab permalink's body as the
   * chart permalink's {@code ExplorePermalinkStateSchema} ({@code formData}, no other properties),
   * while the route reads SQL Lab's state ({@code dbId}, {@code sql}, {@code name}, ...).
   */
  private static final Set<String> MISDOCUMENTED_BODIES = Set.of("POST /api/v1/sqllab/permalink");
  private static final Pattern PARAM = Pattern.compile("\\{[^}/]*}");

  /** Shape id ({@code "GET /api/v1/dataset/{}"}) to request properties, or to null when unknown. */
  private final Map<String, @Nullable Set<String>> operations;

  private ServedSpec(Map<String, @Nullable Set<String>> operations) {
    this.operations = operations;
  }

  /**
   * Reads an OpenAPI 3 document.
   *
   * @param json the document
   * @return the table
   * @throws IOException if it is not JSON or has no {@code paths} object
   */
  public static ServedSpec parse(byte[] json) throws IOException {
    JsonNode root = Json.mapper().readTree(json);
    if (root == null || !root.path("paths").isObject()) {
      throw new IOException("not an OpenAPI document: no paths object");
    }
    JsonNode schemas = root.path("components").path("schemas");
    Map<String, @Nullable Set<String>> ops = new HashMap<>();
    Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields();
    while (paths.hasNext()) {
      Map.Entry<String, JsonNode> path = paths.next();
      Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
      while (methods.hasNext()) {
        Map.Entry<String, JsonNode> op = methods.next();
        if (METHODS.contains(op.getKey())) {
          JsonNode schema = op.getValue().path("requestBody").path("content").path("application/json").path("schema");
          String shape = shape(op.getKey(), path.getKey());
          Set<String> props = schema.isMissingNode() || MISDOCUMENTED_BODIES.contains(shape)
              ? null : properties(schema, schemas, 0);
          ops.put(shape, props == null ? null : Collections.unmodifiableSet(props));
        }
      }
    }
    return new ServedSpec(Collections.unmodifiableMap(ops));
  }

  /**
   * The top-level properties a schema allows, following {@code $ref} and merging {@code allOf},
   * {@code oneOf} and {@code anyOf}; {@code null} when the schema accepts any property (no
   * properties listed, or {@code additionalProperties} not false).
   */
  private static @Nullable Set<String> properties(JsonNode schema, JsonNode schemas, int depth) {
    if (depth > 16) {
      return null;
    }
    JsonNode ref = schema.get("$ref");
    if (ref != null && ref.isTextual()) {
      String name = ref.asText();
      String prefix = "#/components/schemas/";
      if (!name.startsWith(prefix) || !schemas.has(name.substring(prefix.length()))) {
        return null;
      }
      return properties(schemas.get(name.substring(prefix.length())), schemas, depth + 1);
    }
    Set<String> out = new LinkedHashSet<>();
    boolean any = false;
    for (String combinator : new String[] {"allOf", "oneOf", "anyOf"}) {
      JsonNode parts = schema.get(combinator);
      if (parts != null && parts.isArray()) {
        for (JsonNode part : parts) {
          Set<String> p = properties(part, schemas, depth + 1);
          if (p == null) {
            return null;
          }
          out.addAll(p);
          any = true;
        }
      }
    }
    JsonNode props = schema.get("properties");
    if (props != null && props.isObject()) {
      props.fieldNames().forEachRemaining(out::add);
      any = true;
    }
    JsonNode additional = schema.get("additionalProperties");
    if (!any || (additional != null && !additional.isBoolean()) || (additional != null && additional.asBoolean())) {
      return null;
    }
    return out;
  }

  /**
   * The shape id of an operation: upper-case method, space, template with every parameter as
   * {@code {}}.
   *
   * @param method the HTTP method, any case
   * @param pathTemplate the path template or concrete path
   * @return the shape id
   */
  static String shape(String method, String pathTemplate) {
    return method.toUpperCase(Locale.ROOT) + " " + PARAM.matcher(pathTemplate).replaceAll("{}");
  }

  /**
   * Whether the server serves an operation.
   *
   * @param method the HTTP method
   * @param path a path template (any parameter names) or a concrete path, without query string
   * @return {@code true} if the spec lists it
   */
  public boolean has(String method, String path) {
    return find(method, path) != null;
  }

  /**
   * The top-level properties of an operation's JSON request schema.
   *
   * @param method the HTTP method
   * @param path a path template or a concrete path
   * @return the property names, or {@code null} if the operation is unknown, has no JSON body
   *     schema, accepts any property, or documents a body other than the one it reads
   */
  public @Nullable Set<String> requestProperties(String method, String path) {
    String key = find(method, path);
    return key == null ? null : operations.get(key);
  }

  /**
   * The number of operations listed.
   *
   * @return the count
   */
  public int size() {
    return operations.size();
  }

  private @Nullable String find(String method, String path) {
    String exact = shape(method, path);
    if (operations.containsKey(exact)) {
      return exact;
    }
    // A concrete path: compare segment by segment, a template parameter matching any one segment.
    String upper = method.toUpperCase(Locale.ROOT);
    String[] wanted = path.split("/", -1);
    String best = null;
    int bestLiterals = -1;
    for (String key : operations.keySet()) {
      if (!key.startsWith(upper + " ")) {
        continue;
      }
      String[] have = key.substring(upper.length() + 1).split("/", -1);
      if (have.length != wanted.length) {
        continue;
      }
      int literals = 0;
      boolean match = true;
      for (int i = 0; i < have.length && match; i++) {
        if (have[i].equals("{}")) {
          match = !wanted[i].isEmpty();
        } else {
          match = have[i].equals(wanted[i]);
          literals++;
        }
      }
      // The most literal template wins: /dataset/export/ over /dataset/{pk}/.
      if (match && literals > bestLiterals) {
        best = key;
        bestLiterals = literals;
      }
    }
    return best;
  }
}
