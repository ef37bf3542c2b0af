package io.github.supersetsdk.sync;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.testing.FakeSuperset;
import io.github.supersetsdk.dbt.ArtifactKind;
import io.github.supersetsdk.dbt.ArtifactMetadata;
import io.github.supersetsdk.dbt.DbtArtifactReader;
import io.github.supersetsdk.dbt.catalog.CatalogColumn;
import io.github.supersetsdk.dbt.catalog.CatalogTable;
import io.github.supersetsdk.dbt.catalog.DbtCatalog;
import io.github.supersetsdk.dbt.manifest.DbtManifest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The sync's bulk import of new datasets when a batch fails: the batch's datasets are created over
 * REST instead, the report says which went which way, and every dataset exists exactly once. A
 * batch failure a real Superset does not produce on demand, so a stateful fake plays Superset: it
 * keeps the datasets that imports and POSTs create, and rejects (or "loses the response of") a
 * bundle holding a chosen table.
 */
class BulkImportFallbackTest {

  private static final List<String> TABLES = List.of("d0", "d1", "d2", "d3");

  private final FakeDatasets fake = new FakeDatasets();

  @RegisterExtension
  final FakeSuperset wm = FakeSuperset.withoutRetries(fake);

  @BeforeEach
  void superset() {
    // FakeSuperset answers login, refresh and CSRF; the connection and datasets are stubbed here.
    wm.stubFor(get(urlPathEqualTo("/api/v1/database/")).willReturn(okJson(
        "{\"count\":1,\"ids\":[1],\"result\":[{\"id\":1,\"database_name\":\"wh\",\"backend\":\"postgresql\"}]}")));
    wm.stubFor(get(urlPathEqualTo("/api/v1/database/1/connection")).willReturn(okJson(
        "{\"id\":1,\"result\":{\"id\":1,\"database_name\":\"wh\",\"backend\":\"postgresql\","
            + "\"sqlalchemy_uri\":\"postgresql://reader:XXXXXXXXXX@127.0.0.1:5432/warehouse\","
            + "\"uuid\":\"6f1d2b7e-3c1a-4a57-9a65-0d3b5f8f2a10\"}}")));
    // Everything under /api/v1/dataset is answered by the fake's state.
    wm.stubFor(any(urlPathMatching("/api/v1/dataset.*")).willReturn(okJson("{}")));
  }

  private DbtSync sync(int maxInFlight) {
    SupersetClient client = wm.clientBuilder().build();
    return DbtSync.builder(client).database("wh").metrics(false).maxInFlight(maxInFlight).build();
  }

  static DbtArtifacts artifacts() {
    return artifacts(TABLES);
  }

  /** A manifest and catalog with one table model per name. */
  static DbtArtifacts artifacts(List<String> models) {
    StringBuilder nodes = new StringBuilder();
    Map<String, CatalogTable> tables = new LinkedHashMap<>();
    for (String t : models) {
      if (nodes.length() > 0) {
        nodes.append(',');
      }
      nodes.append("\"model.p.").append(t).append("\": {\"resource_type\": \"model\", \"name\": \"").append(t)
          .append("\", \"unique_id\": \"model.p.").append(t).append("\", \"package_name\": \"p\",")
          .append(" \"schema\": \"marts\", \"description\": \"The ").append(t).append(" model.\",")
          .append(" \"database\": \"warehouse\", \"alias\": \"").append(t).append("\", \"fqn\": [\"p\", \"")
          .append(t).append("\"], \"path\": \"").append(t).append(".sql\", \"original_file_path\": \"models/")
          .append(t).append(".sql\", \"tags\": [], \"columns\": {\"id\": {\"name\": \"id\", \"description\":")
          .append(" \"The key.\"}}, \"depends_on\": {\"nodes\": []},")
          .append(" \"config\": {\"materialized\": \"table\", \"enabled\": true}}");
      Map<String, CatalogColumn> cols = new LinkedHashMap<>();
      cols.put("id", new CatalogColumn("id", "integer", 1, null));
      cols.put("created_at", new CatalogColumn("created_at", "timestamp without time zone", 2, null));
      tables.put("model.p." + t, new CatalogTable("model.p." + t, "BASE TABLE", "warehouse", "marts", t, null,
          null, cols));
    }
    String json = "{\"metadata\": {\"dbt_schema_version\": \"https://schemas.getdbt.com/dbt/manifest/v12.json\","
        + " \"dbt_version\": \"1.11.16\", \"adapter_type\": \"postgres\"}, \"nodes\": {" + nodes + "},"
        + " \"sources\": {}, \"macros\": {}, \"docs\": {}, \"exposures\": {}, \"metrics\": {}}";
    DbtManifest manifest = DbtArtifactReader.create().readManifest(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "manifest.json");
    DbtCatalog catalog = new DbtCatalog(new ArtifactMetadata(ArtifactKind.CATALOG, 1,
        "https://schemas.getdbt.com/dbt/catalog/v1.json", null, null, null, "postgres", null),
        tables, Map.of(), List.of());
    return new DbtArtifacts(manifest, null, catalog, null);
  }

  private static List<String> ids(String... tables) {
    List<String> out = new ArrayList<>();
    for (String t : tables) {
      out.add("model.p." + t);
    }
    return out;
  }

  /** Every dataset exists once, claims its dbt node, and is the one the report names. */
  private void assertEachDatasetOnce(SyncReport report) {
    assertThat(report.results()).hasSize(TABLES.size()).allSatisfy(r -> {
      assertThat(r.error()).as(r.uniqueId()).isNull();
      assertThat(r.action()).isEqualTo(SyncAction.CREATE);
    });
    assertThat(fake.tables()).containsExactlyInAnyOrderElementsOf(TABLES);
    for (DatasetResult r : report.results()) {
      ObjectNode ds = fake.byUniqueId(r.uniqueId());
      assertThat(ds).as(r.uniqueId()).isNotNull();
      assertThat(ds.path("id").asLong()).isEqualTo(r.datasetId().value());
    }
  }

  @Test
  void rejectedBatch_goesTheRestPath_reportSaysSo_nothingLostOrDuplicated() {
    fake.rejectBundlesWith = "d2";
    SyncReport report;
    try (DbtSync s = sync(2)) {
      report = s.sync(artifacts());
    }

    assertEachDatasetOnce(report);
    // Two batches of two: [d0, d1] imported, [d2, d3] rejected as a whole and created one by one.
    assertThat(fake.imports.get()).isEqualTo(2);
    assertThat(report.bulkImported()).containsExactlyInAnyOrderElementsOf(ids("d0", "d1"));
    assertThat(report.restFallbacks()).containsExactlyInAnyOrderElementsOf(ids("d2", "d3"));
    wm.verify(2, postRequestedFor(urlPathEqualTo("/api/v1/dataset/")));
    // The REST path leaves each dataset as the sync describes it: a re-plan changes nothing.
    try (DbtSync s = sync(2)) {
      SyncPlan again = s.plan(artifacts());
      assertThat(again.datasets()).allSatisfy(d -> assertThat(d.action()).isEqualTo(SyncAction.UNCHANGED));
    }
  }

  @Test
  void batchWhoseResponseWasLost_butLanded_isNotCreatedAgain() {
    fake.loseResponseOfBundlesWith = "d0";
    SyncReport report;
    try (DbtSync s = sync(1)) {
      report = s.sync(artifacts());
    }

    assertEachDatasetOnce(report);
    assertThat(report.bulkImported()).containsExactlyInAnyOrderElementsOf(ids("d0", "d1", "d2", "d3"));
    assertThat(report.restFallbacks()).isEmpty();
    wm.verify(0, postRequestedFor(urlPathEqualTo("/api/v1/dataset/")));
  }

  @Test
  void listingAfterTheImportFails_theRestPathFindsWhatLanded_withoutDuplicates() {
    fake.rejectBundlesWith = "d2";
    fake.failListingNumber = 2; // the plan lists once; the listing after the imports fails
    SyncReport report;
    try (DbtSync s = sync(2)) {
      report = s.sync(artifacts());
    }

    assertEachDatasetOnce(report);
    assertThat(report.bulkImported()).isEmpty();
    assertThat(report.restFallbacks()).containsExactlyInAnyOrderElementsOf(ids("d0", "d1", "d2", "d3"));
    wm.verify(getRequestedFor(urlPathEqualTo("/api/v1/dataset/")));
  }

  private DbtSync restOnly() {
    SupersetClient client = wm.clientBuilder().build();
    return DbtSync.builder(client).database("wh").metrics(false).bulkImport(false).build();
  }

  private void assertCreatedWithoutUuid(SyncReport report) {
    assertThat(report.results()).hasSize(TABLES.size()).allSatisfy(r -> {
      assertThat(r.error()).as(r.uniqueId()).isNull();
      assertThat(r.action()).isEqualTo(SyncAction.CREATE);
    });
    assertThat(fake.tables()).containsExactlyInAnyOrderElementsOf(TABLES);
    assertThat(fake.createBodies.stream().filter(b -> !b.has("uuid")).map(b -> b.path("table_name").asText()))
        .containsExactlyInAnyOrderElementsOf(TABLES);
  }

  @Test
  void serverWhoseCreateSchemaLacksUuid_createIsSentWithoutIt_andThePlanSaysSo() throws IOException {
    // The OpenAPI document Superset 5.0.0 serves: its POST /api/v1/dataset/ schema has no uuid.
    String spec = java.nio.file.Files.readString(java.nio.file.Path.of(
        "../superset-sdk-core/src/main/resources/io/github/supersetsdk/client/superset-openapi-5.0.0.json"));
    wm.stubFor(get(urlPathEqualTo("/api/v1/_openapi")).willReturn(okJson(spec)));
    fake.refuseUuidOnCreate = true;
    SyncReport report;
    try (DbtSync s = restOnly()) {
      SyncPlan plan = s.plan(artifacts());
      assertThat(plan.datasets()).hasSize(TABLES.size()).allSatisfy(d -> {
        assertThat(d.action()).isEqualTo(SyncAction.CREATE);
        assertThat(d.notes()).anySatisfy(n -> assertThat(n).contains("does not take a dataset UUID on create"));
      });
      report = s.apply(plan);
    }

    assertCreatedWithoutUuid(report);
    // Known from the document: no create was sent with the field and refused.
    assertThat(fake.createBodies).hasSize(TABLES.size());
  }

  @Test
  void serverRefusingUuidAsUnknownField_withoutADocument_createIsSentAgainWithoutIt() {
    fake.refuseUuidOnCreate = true;
    SyncReport report;
    try (DbtSync s = restOnly()) {
      SyncPlan plan = s.plan(artifacts());
      assertThat(plan.datasets()).allSatisfy(d -> assertThat(d.notes()).isEmpty());
      report = s.apply(plan);
    }

    assertCreatedWithoutUuid(report);
  }

  @Test
  void createFailingInsideSupersetOnce_isSentAgain_andTheDatasetExistsOnce() {
    fake.failFirstCreateOf = "d1";
    SyncReport report;
    try (DbtSync s = restOnly()) {
      report = s.sync(artifacts());
    }

    assertThat(report.results()).allSatisfy(r -> assertThat(r.error()).as(r.uniqueId()).isNull());
    assertThat(fake.tables()).containsExactlyInAnyOrderElementsOf(TABLES);
    assertThat(fake.createBodies.stream().filter(b -> b.path("table_name").asText().equals("d1"))).hasSize(2);
  }

  @Test
  void createRefusedForTheRequest_isNotSentAgain() {
    fake.refuseUuidOnCreate = false;
    fake.rejectCreateOf = "d1";
    SyncReport report;
    try (DbtSync s = restOnly()) {
      report = s.sync(artifacts());
    }

    assertThat(report.results()).filteredOn(r -> r.uniqueId().equals("model.p.d1")).singleElement()
        .satisfies(r -> assertThat(r.error()).contains("could not be found"));
    assertThat(fake.createBodies.stream().filter(b -> b.path("table_name").asText().equals("d1"))).hasSize(1);
  }

  @Test
  void serverTakingUuid_createSendsTheStableOne() {
    SyncReport report;
    try (DbtSync s = restOnly()) {
      report = s.sync(artifacts());
    }

    assertThat(report.results()).allSatisfy(r -> assertThat(r.error()).isNull());
    assertThat(fake.createBodies).hasSize(TABLES.size())
        .allSatisfy(b -> assertThat(b.path("uuid").asText()).isNotBlank());
  }

  /**
   * Superset's dataset endpoints over an in-memory table: list, get, create (422 when the relation
   * exists, as Superset answers), update (extra and description) and bundle import (one transaction
   * per bundle).
   */
  static final class FakeDatasets implements ResponseDefinitionTransformerV2 {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final YAMLMapper YAML = new YAMLMapper();

    private final Map<Long, ObjectNode> datasets = new LinkedHashMap<>();
    private final AtomicInteger nextId = new AtomicInteger(100);
    private final AtomicInteger listings = new AtomicInteger();
    final AtomicInteger imports = new AtomicInteger();
    volatile String rejectBundlesWith = "";
    volatile String loseResponseOfBundlesWith = "";
    volatile int failListingNumber = -1;
    // Superset before 6.0: its dataset create schema has no uuid.
    volatile boolean refuseUuidOnCreate;
    // Superset's first-write race on a user's owner tag: the create fails as a whole, once.
    volatile String failFirstCreateOf = "";
    // A refusal of the request itself, as Superset answers for a table it cannot find.
    volatile String rejectCreateOf = "";
    // The answer to the POST creating this table is lost (the connection resets) after it landed.
    volatile String loseResponseOfCreateOf = "";
    // The answer to the first PUT of this table is lost after it landed; Superset then refuses the
    // same PUT sent again, as it does one adding metrics or calculated columns a second time.
    volatile String loseResponseOfFirstUpdateOf = "";
    private final Set<String> updatedOnce = new java.util.HashSet<>();
    // Every PUT of this table is refused, and nothing of it is written.
    volatile String refuseUpdatesOf = "";
    // The answer to the DELETE of this table is lost after it landed.
    volatile String loseResponseOfDeleteOf = "";
    final List<JsonNode> createBodies = new java.util.concurrent.CopyOnWriteArrayList<>();
    // A chart (id 7) uses the dataset on this table.
    volatile String chartOn = "";

    @Override
    public String getName() {
      return "fake-datasets";
    }

    synchronized List<String> tables() {
      List<String> out = new ArrayList<>();
      datasets.values().forEach(d -> out.add(d.path("table_name").asText()));
      return out;
    }

    synchronized ObjectNode byUniqueId(String uniqueId) {
      for (ObjectNode d : datasets.values()) {
        if (d.path("extra").asText().contains("\"" + uniqueId + "\"")) {
          return d;
        }
      }
      return null;
    }

    @Override
    public synchronized ResponseDefinition transform(ServeEvent event) {
      Request r = event.getRequest();
      String path = r.getUrl().replaceAll("\\?.*", "");
      if (!path.startsWith("/api/v1/dataset")) {
        return event.getResponseDefinition();
      }
      try {
        String method = r.getMethod().getName();
        if (method.equals("GET") && path.equals("/api/v1/dataset/")) {
          return list(r);
        }
        if (method.equals("POST") && path.equals("/api/v1/dataset/import/")) {
          return importBundle(r.getPart("formData").getBody().asBytes());
        }
        if (method.equals("POST") && path.equals("/api/v1/dataset/")) {
          return create((ObjectNode) JSON.readTree(r.getBodyAsString()));
        }
        long id = Long.parseLong(path.replaceAll("^/api/v1/dataset/(\\d+).*$", "$1"));
        ObjectNode ds = datasets.get(id);
        if (ds == null) {
          return json(404, "{\"message\": \"Not found\"}");
        }
        String table = ds.path("table_name").asText();
        if (method.equals("GET") && path.endsWith("/related_objects")) {
          String charts = table.equals(chartOn)
              ? "{\"count\": 1, \"result\": [{\"id\": 7, \"slice_name\": \"by hand\"}]}"
              : "{\"count\": 0, \"result\": []}";
          return json(200, "{\"charts\": " + charts + ", \"dashboards\": {\"count\": 0, \"result\": []}}");
        }
        if (method.equals("GET")) {
          return json(200, "{\"id\": " + id + ", \"result\": " + ds + "}");
        }
        if (method.equals("DELETE")) {
          datasets.remove(id);
          return table.equals(loseResponseOfDeleteOf) ? lost() : json(200, "{\"message\": \"OK\"}");
        }
        if (method.equals("PUT") && table.equals(refuseUpdatesOf)) {
          return json(422, "{\"message\": {\"description\": [\"Not a valid string.\"]}}");
        }
        if (method.equals("PUT") && table.equals(loseResponseOfFirstUpdateOf) && updatedOnce.contains(table)) {
          return json(422, "{\"message\": {\"metrics\": [\"One or more metrics already exist\"]}}");
        }
        if (method.equals("PUT")) {
          JsonNode body = JSON.readTree(r.getBodyAsString());
          for (String f : List.of("extra", "description", "main_dttm_col")) {
            if (body.has(f)) {
              ds.set(f, body.get(f));
            }
          }
          if (table.equals(loseResponseOfFirstUpdateOf) && updatedOnce.add(table)) {
            return lost();
          }
          return json(200, "{\"id\": " + id + ", \"result\": {}}");
        }
        return json(405, "{\"message\": \"unexpected " + method + " " + path + "\"}");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private ResponseDefinition list(Request r) {
      if (listings.incrementAndGet() == failListingNumber) {
        return json(500, "{\"message\": \"listing failed\"}");
      }
      // The REST path's lookup by relation filters on table_name; the plan's listing does not.
      String q = r.queryParameter("q").isPresent() ? r.queryParameter("q").firstValue() : "";
      java.util.regex.Matcher m = java.util.regex.Pattern
          .compile("col:table_name,opr:eq,value:'?([A-Za-z0-9_]+)'?").matcher(q);
      String table = m.find() ? m.group(1) : null;
      ArrayNode rows = JSON.createArrayNode();
      for (ObjectNode d : datasets.values()) {
        if (table == null || d.path("table_name").asText().equals(table)) {
          ObjectNode row = rows.addObject();
          for (String f : List.of("id", "table_name", "schema", "sql", "extra", "database")) {
            row.set(f, d.get(f));
          }
        }
      }
      return json(200, "{\"count\": " + rows.size() + ", \"result\": " + rows + "}");
    }

    private ResponseDefinition create(ObjectNode body) {
      createBodies.add(body);
      if (refuseUuidOnCreate && body.has("uuid")) {
        return json(400, "{\"message\": {\"uuid\": [\"Unknown field.\"]}}");
      }
      String table = body.path("table_name").asText();
      if (table.equals(rejectCreateOf)) {
        return json(422, "{\"message\": {\"table\": [\"Table [marts." + table + "] could not be found\"]}}");
      }
      if (table.equals(failFirstCreateOf)) {
        failFirstCreateOf = "";
        return json(422, "{\"message\": \"Dataset could not be created.\"}");
      }
      for (ObjectNode d : datasets.values()) {
        if (d.path("table_name").asText().equals(table)) {
          return json(422, "{\"message\": {\"table\": [\"Dataset marts." + table + " already exists\"]}}");
        }
      }
      ObjectNode ds = store(table, null);
      if (table.equals(loseResponseOfCreateOf)) {
        return lost();
      }
      return json(201, "{\"id\": " + ds.path("id").asLong() + ", \"result\": {}}");
    }

    private ResponseDefinition importBundle(byte[] zip) throws IOException {
      imports.incrementAndGet();
      List<JsonNode> docs = new ArrayList<>();
      try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
        for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
          if (e.getName().contains("/datasets/")) {
            docs.add(YAML.readTree(in.readAllBytes()));
          }
        }
      }
      Set<String> tables = new java.util.HashSet<>();
      docs.forEach(d -> tables.add(d.path("table_name").asText()));
      if (tables.contains(rejectBundlesWith)) {
        return json(422, "{\"errors\": [{\"message\": \"Error importing dataset\", \"error_type\":"
            + " \"GENERIC_COMMAND_ERROR\"}]}");
      }
      for (JsonNode d : docs) {
        store(d.path("table_name").asText(), d);
      }
      return tables.contains(loseResponseOfBundlesWith) ? json(500, "{\"message\": \"worker timeout\"}")
          : json(200, "{\"message\": \"OK\"}");
    }

    private ObjectNode store(String table, JsonNode imported) {
      long id = nextId.getAndIncrement();
      ObjectNode ds = JSON.createObjectNode();
      ds.put("id", id);
      ds.put("table_name", table);
      ds.put("schema", "marts");
      ds.putNull("sql");
      ds.putNull("description");
      ds.putNull("main_dttm_col");
      ObjectNode db = ds.putObject("database");
      db.put("id", 1);
      db.put("database_name", "wh");
      if (imported != null && imported.has("extra")) {
        ds.put("extra", imported.get("extra").toString());
        ds.set("description", imported.get("description"));
        ds.set("main_dttm_col", imported.get("main_dttm_col"));
      } else {
        ds.putNull("extra");
      }
      ArrayNode cols = ds.putArray("columns");
      long cid = id * 10;
      for (String[] c : new String[][] {{"id", "INTEGER", "false"}, {"created_at", "TIMESTAMP WITHOUT TIME ZONE", "true"}}) {
        ObjectNode col = cols.addObject();
        col.put("id", cid++);
        col.put("column_name", c[0]);
        col.put("type", c[1]);
        col.put("is_dttm", Boolean.parseBoolean(c[2]));
        col.put("groupby", true);
        col.put("filterable", true);
        col.put("is_active", true);
      }
      ArrayNode metrics = ds.putArray("metrics");
      ObjectNode count = metrics.addObject();
      count.put("id", id * 10);
      count.put("metric_name", "count");
      count.put("expression", "COUNT(*)");
      count.put("metric_type", "count");
      count.put("verbose_name", "COUNT(*)");
      datasets.put(id, ds);
      return ds;
    }

    /** The server did the work, then the connection broke before its answer arrived. */
    private static ResponseDefinition lost() {
      return new ResponseDefinitionBuilder().withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER)
          .build();
    }

    private static ResponseDefinition json(int status, String body) {
      return new ResponseDefinitionBuilder().withStatus(status).withHeader("Content-Type", "application/json")
          .withBody(body).build();
    }
  }
}
