package io.github.supersetsdk.client.request;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Compares every request record with the request-body schema of its operation in the bundled
 * Superset spec, so a property the server accepts but the SDK cannot send is noticed. Properties left
 * untyped on purpose are listed, each with its reason, in {@code untyped-request-properties.txt}.
 */
class RequestSchemaDriftTest {

  private static final String SPEC = "/io/github/supersetsdk/client/superset-openapi-6.1.0.json";
  private static final PropertyNamingStrategies.NamingBase SNAKE =
      (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;

  @Test
  void everyRequestRecord_comparedOrExcusedInOperationsFile() throws Exception {
    Map<String, String[]> operations = operations();
    List<String> missing = new ArrayList<>();
    for (String name : requestRecords()) {
      if (!operations.containsKey(name)) {
        missing.add(name);
      }
    }
    assertThat(missing)
        .as("request records with neither an operation nor a reason in request-operations.txt")
        .isEmpty();
  }

  @Test
  void requestRecords_typeEverySchemaPropertyNotListedAsUntyped() throws Exception {
    JsonNode spec = new ObjectMapper().readTree(RequestSchemaDriftTest.class.getResourceAsStream(SPEC));
    Map<String, String> untyped = untyped();
    Set<String> usedEntries = new LinkedHashSet<>();
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, String[]> e : operations().entrySet()) {
      String[] operation = e.getValue();
      if (operation[0].equals("-")) {
        continue;
      }
      String record = e.getKey();
      Set<String> typed = snakeComponents(Class.forName(RequestSchemaDriftTest.class.getPackageName() + "." + record));
      // otherFields carries a saved query context's unmodelled fields and is written inline, not
      // as a property of its own.
      typed.remove("other_fields");
      Set<String> schema = bodyProperties(spec, operation[0]);
      for (String property : schema) {
        String key = record + "\t" + property;
        if (typed.contains(property)) {
          if (untyped.containsKey(key)) {
            problems.add(record + "." + property + " is typed now: remove it from untyped-request-properties.txt");
          }
        } else if (untyped.containsKey(key)) {
          usedEntries.add(key);
        } else {
          problems.add(record + " does not type " + property + " of " + operation[0]
              + ": type it, or list it with a reason in untyped-request-properties.txt");
        }
      }
      for (String component : typed) {
        if (!schema.contains(component)) {
          problems.add(record + "." + component + " is not a property of " + operation[0] + " in the spec");
        }
      }
    }
    for (String key : untyped.keySet()) {
      if (!usedEntries.contains(key) && problems.stream().noneMatch(p -> p.startsWith(key.replace('\t', '.')))) {
        problems.add(key.replace('\t', '.') + " is listed as untyped but is no property of its operation's schema");
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyClearableComponent_isNullableInTheSpec() throws Exception {
    // clearX() sends null; a property Superset does not take as null answers 400 on every call.
    JsonNode spec = new ObjectMapper().readTree(RequestSchemaDriftTest.class.getResourceAsStream(SPEC));
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (Map.Entry<String, String[]> e : operations().entrySet()) {
      if (e.getValue()[0].equals("-")) {
        continue;
      }
      Class<?> record = Class.forName(RequestSchemaDriftTest.class.getPackageName() + "." + e.getKey());
      Class<?> builder = java.util.Arrays.stream(record.getDeclaredClasses())
          .filter(c -> c.getSimpleName().equals("Builder")).findFirst().orElse(null);
      if (builder == null) {
        continue;
      }
      for (RecordComponent c : record.getRecordComponents()) {
        String clear = "clear" + Character.toUpperCase(c.getName().charAt(0)) + c.getName().substring(1);
        boolean clearable = java.util.Arrays.stream(builder.getMethods())
            .anyMatch(m -> m.getName().equals(clear) && m.getParameterCount() == 0);
        if (!clearable) {
          continue;
        }
        checked++;
        JsonNode property = bodyProperty(spec, e.getValue()[0], SNAKE.translate(c.getName()));
        if (property == null || !property.path("nullable").asBoolean(false)) {
          problems.add(e.getKey() + "." + clear + "() sends null, but " + e.getValue()[0] + "'s "
              + SNAKE.translate(c.getName()) + " is not nullable in the spec");
        }
      }
    }
    assertThat(checked).isGreaterThan(20);
    assertThat(problems).isEmpty();
  }

  private static @org.jspecify.annotations.Nullable JsonNode bodyProperty(JsonNode spec, String operation, String name) {
    String[] parts = operation.split(" ", 2);
    JsonNode schema = spec.path("paths").path(parts[1]).path(parts[0].toLowerCase())
        .path("requestBody").path("content").path("application/json").path("schema");
    return findProperty(spec, schema, name);
  }

  private static @org.jspecify.annotations.Nullable JsonNode findProperty(JsonNode spec, JsonNode schema, String name) {
    if (schema.has("$ref")) {
      JsonNode target = spec;
      for (String segment : schema.get("$ref").asText().substring(2).split("/")) {
        target = target.path(segment);
      }
      return findProperty(spec, target, name);
    }
    for (JsonNode part : schema.path("allOf")) {
      JsonNode found = findProperty(spec, part, name);
      if (found != null) {
        return found;
      }
    }
    JsonNode p = schema.path("properties").path(name);
    return p.isMissingNode() ? null : p;
  }

  @Test
  void bodyProperties_updateDataset_resolvesReference() throws Exception {
    JsonNode spec = new ObjectMapper().readTree(RequestSchemaDriftTest.class.getResourceAsStream(SPEC));
    assertThat(bodyProperties(spec, "PUT /api/v1/dataset/{pk}"))
        .hasSize(25)
        .contains("table_name", "currency_code_column", "folders", "uuid");
  }

  private static Set<String> snakeComponents(Class<?> record) {
    Set<String> names = new LinkedHashSet<>();
    for (RecordComponent c : record.getRecordComponents()) {
      names.add(SNAKE.translate(c.getName()));
    }
    return names;
  }

  // requestBody -> content -> application/json -> schema, through $ref and allOf.
  private static Set<String> bodyProperties(JsonNode spec, String operation) {
    String[] parts = operation.split(" ", 2);
    JsonNode op = spec.path("paths").path(parts[1]).path(parts[0].toLowerCase());
    if (op.isMissingNode()) {
      throw new IllegalStateException("no operation " + operation + " in the spec");
    }
    JsonNode schema = op.path("requestBody").path("content").path("application/json").path("schema");
    if (schema.isMissingNode()) {
      throw new IllegalStateException(operation + " has no application/json request body in the spec");
    }
    Set<String> names = new LinkedHashSet<>();
    collect(spec, schema, names);
    return names;
  }

  private static void collect(JsonNode spec, JsonNode schema, Set<String> names) {
    if (schema.has("$ref")) {
      JsonNode target = spec;
      for (String segment : schema.get("$ref").asText().substring(2).split("/")) {
        target = target.path(segment);
      }
      if (target.isMissingNode()) {
        throw new IllegalStateException("the spec has no " + schema.get("$ref").asText());
      }
      collect(spec, target, names);
      return;
    }
    for (JsonNode part : schema.path("allOf")) {
      collect(spec, part, names);
    }
    Iterator<String> it = schema.path("properties").fieldNames();
    it.forEachRemaining(names::add);
  }

  private static Map<String, String[]> operations() {
    Map<String, String[]> result = new LinkedHashMap<>();
    for (String[] fields : tsv("request-operations.txt")) {
      result.put(fields[0], new String[] {fields[1]});
    }
    return result;
  }

  private static Map<String, String> untyped() {
    Map<String, String> result = new LinkedHashMap<>();
    for (String[] fields : tsv("untyped-request-properties.txt")) {
      if (fields.length < 3 || fields[2].isBlank()) {
        throw new IllegalStateException("untyped-request-properties.txt: " + fields[0] + "." + fields[1] + " needs a reason");
      }
      result.put(fields[0] + "\t" + fields[1], fields[2]);
    }
    return result;
  }

  private static List<String[]> tsv(String resource) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = RequestSchemaDriftTest.class.getResourceAsStream(resource);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          rows.add(line.split("\t"));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  // The public records of this package whose names say they are requests, from the compiled classes.
  private static List<String> requestRecords() throws IOException, URISyntaxException {
    Path dir = Path.of(Change.class.getProtectionDomain().getCodeSource().getLocation().toURI())
        .resolve(Change.class.getPackageName().replace('.', '/'));
    List<String> names = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        String file = f.getFileName().toString();
        if (!file.endsWith("Request.class") || file.contains("$")) {
          continue;
        }
        String name = file.substring(0, file.length() - ".class".length());
        try {
          Class<?> type = Class.forName(Change.class.getPackageName() + "." + name);
          if (java.lang.reflect.Modifier.isPublic(type.getModifiers())) {
            names.add(name);
          }
        } catch (ClassNotFoundException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return names;
  }
}
