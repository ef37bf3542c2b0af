package io.github.supersetsdk.benchmarks.dbt;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes a synthetic {@code manifest.json} (schema v12) of a target size: models with columns and
 * code, generic tests, sources, macros with bodies, docs blocks, metrics and semantic models, plus
 * the parent and child maps. Every object is a copy of one that dbt 1.11 wrote into a small
 * template manifest, renamed and re-linked, so strict readers that accept dbt's own output accept
 * this file too. Deterministic for a given size.
 *
 * <p>Usage: {@code SyntheticManifest TEMPLATE_MANIFEST OUTPUT SIZE_MB}
 */
public final class SyntheticManifest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final JsonNode template;
  private final Random random = new Random(42);

  private SyntheticManifest(JsonNode template) {
    this.template = template;
  }

  /**
   * Generates the file.
   *
   * @param args template path, output path, size in MB
   * @throws IOException on write failure
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: SyntheticManifest TEMPLATE_MANIFEST OUTPUT SIZE_MB");
      System.exit(2);
    }
    JsonNode template = MAPPER.readTree(Path.of(args[0]).toFile());
    long target = Long.parseLong(args[2]) * 1024L * 1024L;
    new SyntheticManifest(template).write(Path.of(args[1]), target);
  }

  private static final int UNIT_BYTES = 19_000; // measured size of one model with its share of the rest

  void write(Path out, long targetBytes) throws IOException {
    int models = (int) Math.max(10, targetBytes / UNIT_BYTES);
    int sources = Math.max(1, models / 10);
    int macros = Math.max(1, models / 2);
    int docs = Math.max(1, models / 10);
    int semantic = Math.max(1, models / 50);
    ObjectNode model = (ObjectNode) template.at("/nodes/model.shop.orders");
    ObjectNode test = (ObjectNode) template.at("/nodes/test.shop.not_null_orders_order_id.cf6c17daed");
    ObjectNode source = (ObjectNode) template.at("/sources/source.shop.raw.orders");
    ObjectNode macro = (ObjectNode) template.at("/macros/macro.shop.to_cents");
    ObjectNode doc = (ObjectNode) template.at("/docs/doc.shop.orders_doc");
    ObjectNode metric = (ObjectNode) template.at("/metrics/metric.shop.revenue");
    ObjectNode semanticModel = (ObjectNode) template.at("/semantic_models/semantic_model.shop.orders");
    ObjectNode exposure = (ObjectNode) template.at("/exposures/exposure.shop.revenue_dashboard");
    Map<String, List<String>> parents = new java.util.LinkedHashMap<>();

    Files.createDirectories(out.toAbsolutePath().getParent());
    try (JsonGenerator g = MAPPER.getFactory().createGenerator(out.toFile(), JsonEncoding.UTF8)) {
      g.writeStartObject();
      g.writeFieldName("metadata");
      ObjectNode metadata = template.get("metadata").deepCopy();
      metadata.put("project_name", "bench");
      g.writeTree(metadata);

      g.writeObjectFieldStart("nodes");
      for (int i = 0; i < models; i++) {
        String id = "model.bench.model_" + i;
        List<String> deps = new ArrayList<>();
        ArrayNode refs = MAPPER.createArrayNode();
        if (i < sources || i % 7 == 0) {
          deps.add("source.bench.raw.table_" + (i % sources));
        }
        for (int k = 1; k <= 2 && i - k * 3 >= 0; k++) {
          int parent = i - k * 3 - random.nextInt(Math.min(i - k * 3 + 1, 50));
          String pid = "model.bench.model_" + parent;
          if (!deps.contains(pid)) {
            deps.add(pid);
            refs.addObject().put("name", "model_" + parent).putNull("package").putNull("version");
          }
        }
        ObjectNode m = model.deepCopy();
        m.put("name", "model_" + i).put("unique_id", id).put("package_name", "bench")
            .put("alias", "model_" + i).put("path", "layer_" + (i % 20) + "/model_" + i + ".sql")
            .put("original_file_path", "models/layer_" + (i % 20) + "/model_" + i + ".sql")
            .put("relation_name", "\"warehouse\".\"analytics\".\"model_" + i + "\"")
            .put("description", "Model " + i + ": " + words(12));
        m.set("fqn", MAPPER.createArrayNode().add("bench").add("layer_" + (i % 20)).add("model_" + i));
        m.set("refs", refs);
        ((ObjectNode) m.get("depends_on")).set("nodes", strings(deps));
        ObjectNode columns = MAPPER.createObjectNode();
        for (int c = 0; c < 8; c++) {
          ObjectNode col = ((ObjectNode) model.at("/columns/order_id")).deepCopy();
          col.put("name", "column_" + c).put("description", words(8)).put("data_type", c % 2 == 0 ? "integer" : "text");
          columns.set("column_" + c, col);
        }
        m.set("columns", columns);
        m.put("raw_code", sql(i, 3000));
        m.put("compiled_code", sql(i, 4000));
        m.put("compiled_path", "target/compiled/bench/models/model_" + i + ".sql");
        g.writeFieldName(id);
        g.writeTree(m);
        parents.put(id, deps);
        for (int t = 0; t < 2; t++) {
          String tid = "test.bench.not_null_model_" + i + "_column_" + t + "." + Integer.toHexString(i * 31 + t);
          ObjectNode tn = test.deepCopy();
          tn.put("name", "not_null_model_" + i + "_column_" + t).put("unique_id", tid)
              .put("package_name", "bench").put("alias", "not_null_model_" + i + "_column_" + t)
              .put("column_name", "column_" + t).put("attached_node", id)
              .put("original_file_path", "models/layer_" + (i % 20) + "/schema.yml")
              .put("compiled_code", "\n\nselect column_" + t + "\nfrom \"warehouse\".\"analytics\".\"model_" + i + "\"\nwhere column_" + t + " is null\n" + words(60));
          tn.set("fqn", MAPPER.createArrayNode().add("bench").add("layer_" + (i % 20)).add(tn.get("name").asText()));
          tn.set("refs", MAPPER.createArrayNode().add(MAPPER.createObjectNode().put("name", "model_" + i).putNull("package").putNull("version")));
          ((ObjectNode) tn.get("depends_on")).set("nodes", strings(List.of(id)));
          ((ObjectNode) tn.get("test_metadata").get("kwargs")).put("column_name", "column_" + t)
              .put("model", "{{ get_where_subquery(ref('model_" + i + "')) }}");
          g.writeFieldName(tid);
          g.writeTree(tn);
          parents.put(tid, List.of(id));
        }
      }
      g.writeEndObject();

      g.writeObjectFieldStart("sources");
      for (int i = 0; i < sources; i++) {
        String id = "source.bench.raw.table_" + i;
        ObjectNode s = source.deepCopy();
        s.put("name", "table_" + i).put("unique_id", id).put("package_name", "bench")
            .put("identifier", "table_" + i).put("description", words(10))
            .put("relation_name", "\"warehouse\".\"raw\".\"table_" + i + "\"");
        s.set("fqn", MAPPER.createArrayNode().add("bench").add("raw").add("table_" + i));
        g.writeFieldName(id);
        g.writeTree(s);
        parents.put(id, List.of());
      }
      g.writeEndObject();

      g.writeObjectFieldStart("macros");
      for (int i = 0; i < macros; i++) {
        String id = "macro.bench.macro_" + i;
        ObjectNode mac = macro.deepCopy();
        mac.put("name", "macro_" + i).put("unique_id", id).put("package_name", "bench")
            .put("path", "macros/macro_" + i + ".sql").put("original_file_path", "macros/macro_" + i + ".sql")
            .put("macro_sql", "{% macro macro_" + i + "(relation) %}\n" + sql(i, 3200) + "\n{% endmacro %}");
        g.writeFieldName(id);
        g.writeTree(mac);
      }
      g.writeEndObject();

      g.writeObjectFieldStart("docs");
      for (int i = 0; i < docs; i++) {
        String id = "doc.bench.doc_" + i;
        ObjectNode d = doc.deepCopy();
        d.put("name", "doc_" + i).put("unique_id", id).put("package_name", "bench").put("block_contents", words(150));
        g.writeFieldName(id);
        g.writeTree(d);
      }
      g.writeEndObject();

      g.writeObjectFieldStart("exposures");
      for (int i = 0; i < Math.max(1, models / 100); i++) {
        String id = "exposure.bench.dashboard_" + i;
        ObjectNode e = exposure.deepCopy();
        e.put("name", "dashboard_" + i).put("unique_id", id).put("package_name", "bench");
        String dep = "model.bench.model_" + (models - 1 - i);
        ((ObjectNode) e.get("depends_on")).set("nodes", strings(List.of(dep)));
        e.set("refs", MAPPER.createArrayNode().add(MAPPER.createObjectNode().put("name", dep.substring(12)).putNull("package").putNull("version")));
        g.writeFieldName(id);
        g.writeTree(e);
        parents.put(id, List.of(dep));
      }
      g.writeEndObject();

      g.writeObjectFieldStart("metrics");
      for (int i = 0; i < semantic; i++) {
        String id = "metric.bench.metric_" + i;
        String dep = "semantic_model.bench.sm_" + i;
        ObjectNode me = metric.deepCopy();
        me.put("name", "metric_" + i).put("unique_id", id).put("package_name", "bench");
        ((ObjectNode) me.get("depends_on")).set("nodes", strings(List.of(dep)));
        g.writeFieldName(id);
        g.writeTree(me);
        parents.put(id, List.of(dep));
      }
      g.writeEndObject();
      g.writeObjectFieldStart("semantic_models");
      for (int i = 0; i < semantic; i++) {
        String id = "semantic_model.bench.sm_" + i;
        String dep = "model.bench.model_" + i;
        ObjectNode sm = semanticModel.deepCopy();
        sm.put("name", "sm_" + i).put("unique_id", id).put("package_name", "bench");
        ((ObjectNode) sm.get("depends_on")).set("nodes", strings(List.of(dep)));
        g.writeFieldName(id);
        g.writeTree(sm);
        parents.put(id, List.of(dep));
      }
      g.writeEndObject();
      g.writeObjectFieldStart("saved_queries");
      g.writeEndObject();
      g.writeObjectFieldStart("unit_tests");
      g.writeEndObject();
      g.writeObjectFieldStart("groups");
      g.writeEndObject();
      g.writeObjectFieldStart("selectors");
      g.writeEndObject();
      g.writeObjectFieldStart("disabled");
      g.writeEndObject();
      g.writeObjectFieldStart("group_map");
      g.writeEndObject();

      g.writeObjectFieldStart("parent_map");
      for (Map.Entry<String, List<String>> e : parents.entrySet()) {
        g.writeFieldName(e.getKey());
        g.writeTree(strings(e.getValue()));
      }
      g.writeEndObject();
      Map<String, List<String>> children = new java.util.LinkedHashMap<>();
      parents.keySet().forEach(k -> children.put(k, new ArrayList<>()));
      parents.forEach((k, ps) -> ps.forEach(p -> children.computeIfAbsent(p, x -> new ArrayList<>()).add(k)));
      g.writeObjectFieldStart("child_map");
      for (Map.Entry<String, List<String>> e : children.entrySet()) {
        g.writeFieldName(e.getKey());
        g.writeTree(strings(e.getValue()));
      }
      g.writeEndObject();
      g.writeEndObject();
    }
  }

  private static ArrayNode strings(List<String> values) {
    ArrayNode a = MAPPER.createArrayNode();
    values.forEach(a::add);
    return a;
  }

  private static final String[] WORDS = {
    "order", "customer", "revenue", "daily", "status", "amount", "active", "region", "account",
    "payment", "refund", "session", "event", "product", "inventory", "channel"
  };

  private String words(int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
    }
    return sb.toString();
  }

  private String sql(int i, int bytes) {
    StringBuilder sb = new StringBuilder("with source as (\n  select * from {{ ref('model_" + i + "') }}\n)\n");
    int c = 0;
    while (sb.length() < bytes) {
      sb.append("select ").append(WORDS[random.nextInt(WORDS.length)]).append("_").append(c++)
          .append(", sum(amount) as total_").append(c).append(" from source where status = '")
          .append(WORDS[random.nextInt(WORDS.length)]).append("' group by 1\nunion all\n");
    }
    return sb.append("select 1").toString();
  }
}
