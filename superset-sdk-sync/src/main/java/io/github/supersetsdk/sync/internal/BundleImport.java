package io.github.supersetsdk.sync.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.supersetsdk.client.id.DatasetId;
import io.github.supersetsdk.client.model.Database;
import io.github.supersetsdk.client.model.Dataset;
import io.github.supersetsdk.client.model.DatasetColumn;
import io.github.supersetsdk.client.model.DatasetMetric;
import io.github.supersetsdk.client.request.Change;
import io.github.supersetsdk.client.request.DatasetColumnUpdate;
import io.github.supersetsdk.client.request.DatasetMetricUpdate;
import io.github.supersetsdk.client.request.UpdateDatasetRequest;
import io.github.supersetsdk.dbt.catalog.CatalogColumn;
import io.github.supersetsdk.dbt.catalog.CatalogTable;
import io.github.supersetsdk.sync.SyncMode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * Creates new datasets of a PostgreSQL connection with one dataset-bundle import per batch instead
 * of POST, GET and PUT per dataset. Each dataset's YAML holds what the REST path ends with: the
 * columns Superset would read from the warehouse (names, order, comments and types from dbt's
 * catalog.json, spelled as Superset spells PostgreSQL types), Superset's default {@code count}
 * metric and time column, and on top the same update the REST path sends (computed by
 * {@link Differ} on that would-be dataset). A dataset whose catalog entry is missing, on another
 * database, lacks a column dbt documents, or has a type not mapped here is not importable; the
 * caller creates it over REST. Stateless.
 */
public final class BundleImport {

  /**
   * Datasets per import request: enough to amortise the request, few enough that one request stays
   * well inside the client's read timeout on a busy two-core server (about 2 s per dataset there).
   */
  static final int MAX_PER_BUNDLE = 10;

  private static final YAMLMapper YAML = new YAMLMapper();
  private static final Pattern NUMERIC = Pattern.compile("numeric\\((\\d+),\\s*(\\d+)\\)");
  private static final Pattern VARCHAR = Pattern.compile("character varying\\((\\d+)\\)");
  private static final Pattern URI_DATABASE = Pattern.compile("^[^:]+://[^/]*/([^/?#]+)");
  private static final Map<String, String> POSTGRES_TYPES = Map.ofEntries(
      Map.entry("integer", "INTEGER"),
      Map.entry("bigint", "BIGINT"),
      Map.entry("smallint", "SMALLINT"),
      Map.entry("text", "TEXT"),
      Map.entry("boolean", "BOOLEAN"),
      Map.entry("date", "DATE"),
      Map.entry("double precision", "DOUBLE PRECISION"),
      Map.entry("real", "REAL"),
      Map.entry("numeric", "NUMERIC"),
      Map.entry("character varying", "VARCHAR"),
      Map.entry("timestamp without time zone", "TIMESTAMP WITHOUT TIME ZONE"),
      Map.entry("timestamp with time zone", "TIMESTAMP WITH TIME ZONE"),
      Map.entry("uuid", "UUID"),
      Map.entry("json", "JSON"),
      Map.entry("jsonb", "JSONB"));

  private BundleImport() {}

  /**
   * The type string Superset stores for a PostgreSQL column of a catalog.json type (SQLAlchemy's
   * compiled type, upper case), or null when this mapping does not know it for sure.
   *
   * @param catalogType the type as dbt-postgres writes it into catalog.json
   * @return Superset's type string, or null
   */
  public static @Nullable String postgresType(String catalogType) {
    String t = catalogType.trim().toLowerCase(Locale.ROOT);
    String simple = POSTGRES_TYPES.get(t);
    if (simple != null) {
      return simple;
    }
    Matcher m = NUMERIC.matcher(t);
    if (m.matches()) {
      return "NUMERIC(" + m.group(1) + ", " + m.group(2) + ")";
    }
    m = VARCHAR.matcher(t);
    if (m.matches()) {
      return "VARCHAR(" + m.group(1) + ")";
    }
    return null;
  }

  /**
   * The database a PostgreSQL SQLAlchemy URI names (its path), or null for another engine or none.
   *
   * @param uri the URI, password masked or not
   * @return the database name, or null
   */
  public static @Nullable String postgresDatabase(String uri) {
    if (!uri.toLowerCase(java.util.Locale.ROOT).startsWith("postgres")) {
      return null;
    }
    Matcher m = URI_DATABASE.matcher(uri);
    return m.find() ? m.group(1) : null;
  }

  /**
   * The catalog (database name) Superset gives new datasets of a PostgreSQL connection: the
   * database in its URI.
   *
   * @param db the connection
   * @return the name, or null when the connection is not PostgreSQL or its URI has no database
   */
  public static @Nullable String defaultCatalog(Database db) {
    if (db.backend() == null || !db.backend().equalsIgnoreCase("postgresql")
        || db.sqlalchemyUri() == null || db.uuid() == null) {
      return null;
    }
    Matcher m = URI_DATABASE.matcher(db.sqlalchemyUri());
    return m.find() ? m.group(1) : null;
  }

  /**
   * The dataset as {@code POST /api/v1/dataset/} would create it for this node, from the catalog
   * instead of the warehouse; null when the catalog cannot tell for sure.
   *
   * @param d what dbt wants
   * @param catalogName the connection's default catalog
   * @return the would-be dataset (ids are placeholders), or null
   */
  public static @Nullable Dataset asCreated(Desired d, String catalogName) {
    CatalogTable t = d.catalogTable();
    if (t == null || t.columns().isEmpty()
        || (t.database() != null && !t.database().equalsIgnoreCase(catalogName))
        || !t.name().equalsIgnoreCase(d.table())
        || (d.schema() != null && !t.schema().equalsIgnoreCase(d.schema()))) {
      return null;
    }
    List<DatasetColumn> cols = new ArrayList<>();
    Set<String> names = new HashSet<>();
    String firstTemporal = null;
    long id = 1;
    for (CatalogColumn c : t.columns().values()) {
      String type = postgresType(c.type());
      if (type == null) {
        return null;
      }
      boolean temporal = type.equals("DATE") || type.startsWith("TIMESTAMP");
      if (temporal && firstTemporal == null) {
        firstTemporal = c.name();
      }
      String comment = c.comment() == null || c.comment().isEmpty() ? null : c.comment();
      cols.add(new DatasetColumn(id++, c.name(), type, temporal, null, null, comment, true, true,
          true, null, null, null, null));
      names.add(d.columnKey(c.name()));
    }
    // A column dbt documents that the catalog lacks: the catalog is older than the model.
    if (!names.containsAll(d.columnNames().keySet())) {
      return null;
    }
    List<DatasetMetric> metrics = List.of(
        new DatasetMetric(1, "count", "COUNT(*)", "count", "COUNT(*)", null, null, null, null, null));
    return new Dataset(DatasetId.of(1), d.table(), d.schema(), catalogName, null, null, null,
        "physical", firstTemporal, null, false, false, null, null, null, true, false, false, null,
        null, 0, List.of(), cols, metrics, null, null);
  }

  /**
   * The dataset YAML of one new dataset: the would-be dataset with the REST path's update applied.
   *
   * @param d what dbt wants
   * @param created the would-be dataset from {@link #asCreated}
   * @param mode the sync mode
   * @param uuid the dataset's UUID
   * @param databaseUuid the connection's UUID
   * @param metricsSynced whether the sync manages metrics
   * @return the YAML document as a tree
   */
  public static ObjectNode datasetYaml(
      Desired d, Dataset created, SyncMode mode, UUID uuid, UUID databaseUuid, boolean metricsSynced) {
    UpdateDatasetRequest r = Differ.diff(d, created, Current.block(null), mode, metricsSynced).request();
    ObjectNode y = YAML.createObjectNode();
    y.put("table_name", created.tableName());
    if (created.schema() != null) {
      y.put("schema", created.schema());
    }
    y.put("catalog", created.catalog());
    put(y, "description", pick(r == null ? Change.unchanged() : r.description(), created.description()));
    put(y, "main_dttm_col", pick(r == null ? Change.unchanged() : r.mainDttmCol(), created.mainDttmCol()));
    put(y, "external_url", pick(r == null ? Change.unchanged() : r.externalUrl(), null));
    Integer cache = r == null ? null : pick(r.cacheTimeout(), null);
    if (cache != null) {
      y.put("cache_timeout", cache);
    }
    Boolean managed = r == null ? null : pick(r.isManagedExternally(), null);
    if (managed != null) {
      y.put("is_managed_externally", managed);
    }
    String extra = r == null ? null : pick(r.extra(), null);
    if (extra != null) {
      y.set("extra", json(extra));
    }
    y.put("uuid", uuid.toString());
    y.put("version", "1.0.0");
    y.put("database_uuid", databaseUuid.toString());
    ArrayNode cols = y.putArray("columns");
    if (r != null && r.columns().isSet()) {
      for (DatasetColumnUpdate c : r.columns().value()) {
        ObjectNode o = cols.addObject();
        o.put("column_name", c.columnName());
        put(o, "type", c.type());
        put(o, "verbose_name", c.verboseName());
        put(o, "description", c.description());
        put(o, "expression", c.expression());
        put(o, "python_date_format", c.pythonDateFormat());
        put(o, "advanced_data_type", c.advancedDataType());
        // The model's defaults are is_dttm false, groupby and filterable true: say only the rest.
        if (Boolean.TRUE.equals(c.isDttm())) {
          o.put("is_dttm", true);
        }
        if (Boolean.FALSE.equals(c.groupby())) {
          o.put("groupby", false);
        }
        if (Boolean.FALSE.equals(c.filterable())) {
          o.put("filterable", false);
        }
        if (Boolean.FALSE.equals(c.isActive())) {
          o.put("is_active", false);
        }
        if (c.extra() != null) {
          o.set("extra", json(c.extra()));
        }
      }
    } else {
      for (DatasetColumn c : created.columns()) {
        ObjectNode o = cols.addObject();
        o.put("column_name", c.columnName());
        put(o, "type", c.type());
        put(o, "description", c.description());
        if (Boolean.TRUE.equals(c.isDttm())) {
          o.put("is_dttm", true);
        }
      }
    }
    ArrayNode ms = y.putArray("metrics");
    List<DatasetMetricUpdate> metrics = new ArrayList<>();
    if (r != null && r.metrics().isSet()) {
      metrics.addAll(r.metrics().value());
    } else {
      created.metrics().forEach(m -> metrics.add(m.toUpdate()));
    }
    for (DatasetMetricUpdate m : metrics) {
      ObjectNode o = ms.addObject();
      o.put("metric_name", m.metricName());
      o.put("expression", m.expression());
      put(o, "metric_type", m.metricType());
      put(o, "verbose_name", m.verboseName());
      put(o, "description", m.description());
      put(o, "d3format", m.d3format());
      put(o, "warning_text", m.warningText());
      if (m.extra() != null) {
        o.set("extra", json(m.extra()));
      }
    }
    return y;
  }

  /**
   * A dataset import bundle: metadata, the connection (matched by its UUID and never changed, as a
   * dataset import does not overwrite databases) and the datasets.
   *
   * @param db the connection
   * @param datasets the dataset YAML documents
   * @return the ZIP bytes
   */
  public static byte[] bundle(Database db, List<ObjectNode> datasets) {
    ObjectNode meta = YAML.createObjectNode();
    meta.put("version", "1.0.0");
    meta.put("type", "SqlaTable");
    meta.put("timestamp", java.time.Instant.now().toString());
    ObjectNode dbYaml = YAML.createObjectNode();
    dbYaml.put("database_name", db.databaseName());
    // Superset requires a URI; the masked one it returns is what its own exports hold.
    dbYaml.put("sqlalchemy_uri", String.valueOf(db.sqlalchemyUri()));
    dbYaml.put("uuid", String.valueOf(db.uuid()));
    dbYaml.put("version", "1.0.0");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      entry(z, "bundle/metadata.yaml", meta);
      entry(z, "bundle/databases/target.yaml", dbYaml);
      int i = 0;
      for (ObjectNode d : datasets) {
        entry(z, "bundle/datasets/target/dataset_" + (i++) + ".yaml", d);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void entry(ZipOutputStream z, String name, ObjectNode doc) throws IOException {
    z.putNextEntry(new ZipEntry(name));
    z.write(YAML.writeValueAsString(doc).getBytes(StandardCharsets.UTF_8));
    z.closeEntry();
  }

  private static <T> @Nullable T pick(Change<T> change, @Nullable T base) {
    if (change.isSet()) {
      return change.value();
    }
    return change.isClear() ? null : base;
  }

  private static void put(ObjectNode o, String key, @Nullable String value) {
    if (value != null) {
      o.put(key, value);
    }
  }

  private static JsonNode json(String text) {
    try {
      return Current.JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("not JSON: " + e.getOriginalMessage(), e);
    }
  }
}
