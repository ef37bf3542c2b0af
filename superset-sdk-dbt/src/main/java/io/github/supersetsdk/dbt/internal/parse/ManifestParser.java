package io.github.supersetsdk.dbt.internal.parse;

import io.github.supersetsdk.dbt.ArtifactKind;
import io.github.supersetsdk.dbt.ArtifactMetadata;
import io.github.supersetsdk.dbt.ReadOptions;
import io.github.supersetsdk.dbt.internal.Immutables;
import io.github.supersetsdk.dbt.internal.json.JsonIn;
import io.github.supersetsdk.dbt.manifest.DbtColumn;
import io.github.supersetsdk.dbt.manifest.DbtConfig;
import io.github.supersetsdk.dbt.manifest.DbtConstraint;
import io.github.supersetsdk.dbt.manifest.DbtDependsOn;
import io.github.supersetsdk.dbt.manifest.DbtDoc;
import io.github.supersetsdk.dbt.manifest.DbtExposure;
import io.github.supersetsdk.dbt.manifest.DbtGroup;
import io.github.supersetsdk.dbt.manifest.DbtLegacyMetric;
import io.github.supersetsdk.dbt.manifest.DbtMacro;
import io.github.supersetsdk.dbt.manifest.DbtManifest;
import io.github.supersetsdk.dbt.manifest.DbtMetric;
import io.github.supersetsdk.dbt.manifest.DbtNode;
import io.github.supersetsdk.dbt.manifest.DbtRef;
import io.github.supersetsdk.dbt.manifest.DbtResource;
import io.github.supersetsdk.dbt.manifest.DbtSavedQuery;
import io.github.supersetsdk.dbt.manifest.DbtSelectorDefinition;
import io.github.supersetsdk.dbt.manifest.DbtSemanticModel;
import io.github.supersetsdk.dbt.manifest.DbtSource;
import io.github.supersetsdk.dbt.manifest.DbtSourceRef;
import io.github.supersetsdk.dbt.manifest.DbtTestMetadata;
import io.github.supersetsdk.dbt.manifest.DbtUnitTest;
import io.github.supersetsdk.dbt.manifest.DbtUnitTestOverrides;
import io.github.supersetsdk.dbt.manifest.DbtUnitTestRows;
import io.github.supersetsdk.dbt.manifest.ResourceType;
import io.github.supersetsdk.dbt.semantic.MetricType;
import io.github.supersetsdk.dbt.semantic.MetricTypeParams;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Reads {@code manifest.json}, v1 to v12 and later, in one streaming pass. */
public final class ManifestParser {
  private final JsonIn in;
  private final ReadOptions options;

  /**
   * Creates a parser.
   *
   * @param in the cursor on the root object
   * @param options what large text fields to keep
   */
  public ManifestParser(JsonIn in, ReadOptions options) {
    this.in = in;
    this.options = options;
  }

  /**
   * Reads the manifest's top-level fields.
   *
   * @return the manifest
   * @throws IOException on read failure
   */
  public DbtManifest parse() throws IOException {
    Parts parts = new Parts();
    for (String f; (f = in.nextField()) != null; ) {
      parts.store(f, readMember(f));
    }
    if (parts.metadata == null) {
      throw in.error("not a dbt manifest: no metadata.dbt_schema_version");
    }
    return parts.assemble();
  }

  /** Marks a top-level member this parser does not keep. */
  private static final Object SKIPPED = new Object();

  /**
   * Reads the value of the top-level member {@code field}, whose first token is current.
   *
   * @param field the member's name
   * @return what the manifest keeps of it, for {@link Parts#store}
   * @throws IOException on read failure
   */
  public Object readMember(String field) throws IOException {
    if (field.equals("metadata")) {
      ArtifactMetadata metadata = Common.metadata(in);
      Common.requireKind(in, metadata, ArtifactKind.MANIFEST);
      return metadata;
    }
    if (field.equals("disabled")) {
      return keys();
    }
    JsonIn.ValueReader<?> entries = entryReader(field);
    if (entries == null) {
      in.skip();
      return SKIPPED;
    }
    return in.map(entries);
  }

  /**
   * Returns the reader of one entry of a top-level member that maps unique ids to objects, such
   * as {@code nodes}: reading the member is {@code in.map(entryReader(field))}, which is what lets
   * a large member be read in slices.
   *
   * @param field the member's name
   * @return the entry reader, or null when the member is not such a map
   */
  public JsonIn.@Nullable ValueReader<?> entryReader(String field) {
    return hasEntries(field) ? entries(field) : null;
  }

  /**
   * Tells whether a top-level member maps unique ids to objects, as {@code nodes} does.
   *
   * @param field the member's name
   * @return whether {@link #entryReader} reads its entries
   */
  public static boolean hasEntries(String field) {
    return ENTRY_MEMBERS.contains(field);
  }

  private static final java.util.Set<String> ENTRY_MEMBERS =
      java.util.Set.of(
          "nodes", "unit_tests", "functions", "sources", "macros", "docs", "exposures", "metrics",
          "groups", "selectors", "semantic_models", "saved_queries", "parent_map", "child_map");

  private JsonIn.ValueReader<?> entries(String field) {
    switch (field) {
      case "nodes":
      case "unit_tests":
      case "functions":
        return this::node;
      case "sources":
        return this::source;
      case "macros":
        return this::macro;
      case "docs":
        return this::doc;
      case "exposures":
        return this::exposure;
      case "metrics":
        return this::metric;
      case "groups":
        return this::group;
      case "selectors":
        return this::selector;
      case "semantic_models":
        return this::semanticModel;
      case "saved_queries":
        return this::savedQuery;
      case "parent_map":
      case "child_map":
        return (c, key) -> c.strings();
      default:
        throw new IllegalArgumentException(field);
    }
  }

  /** The top-level members read so far, assembled into a manifest at the end. */
  @SuppressWarnings("unchecked")
  public static final class Parts {
    private @Nullable ArtifactMetadata metadata;
    private Map<String, DbtNode> nodes = Map.of();
    private Map<String, DbtSource> sources = Map.of();
    private Map<String, DbtMacro> macros = Map.of();
    private Map<String, DbtDoc> docs = Map.of();
    private Map<String, DbtExposure> exposures = Map.of();
    private Map<String, DbtMetric> metrics = Map.of();
    private Map<String, DbtGroup> groups = Map.of();
    private Map<String, DbtSelectorDefinition> selectors = Map.of();
    private Map<String, DbtSemanticModel> semanticModels = Map.of();
    private Map<String, DbtSavedQuery> savedQueries = Map.of();
    private Map<String, DbtNode> unitTests = Map.of();
    private Map<String, DbtNode> functions = Map.of();
    private List<String> disabled = List.of();
    private @Nullable Map<String, List<String>> parentMap;
    private @Nullable Map<String, List<String>> childMap;

    /** Creates an empty set of parts. */
    public Parts() {}

    /**
     * Keeps a member's value; a later member of the same name replaces an earlier one.
     *
     * @param field the member's name
     * @param value what {@link #readMember} returned for it
     */
    public void store(String field, Object value) {
      if (value == SKIPPED) {
        return;
      }
      switch (field) {
        case "metadata" -> metadata = (ArtifactMetadata) value;
        case "disabled" -> disabled = (List<String>) value;
        case "nodes" -> nodes = (Map<String, DbtNode>) value;
        case "unit_tests" -> unitTests = (Map<String, DbtNode>) value;
        case "functions" -> functions = (Map<String, DbtNode>) value;
        case "sources" -> sources = (Map<String, DbtSource>) value;
        case "macros" -> macros = (Map<String, DbtMacro>) value;
        case "docs" -> docs = (Map<String, DbtDoc>) value;
        case "exposures" -> exposures = (Map<String, DbtExposure>) value;
        case "metrics" -> metrics = (Map<String, DbtMetric>) value;
        case "groups" -> groups = (Map<String, DbtGroup>) value;
        case "selectors" -> selectors = (Map<String, DbtSelectorDefinition>) value;
        case "semantic_models" -> semanticModels = (Map<String, DbtSemanticModel>) value;
        case "saved_queries" -> savedQueries = (Map<String, DbtSavedQuery>) value;
        case "parent_map" -> parentMap = (Map<String, List<String>>) value;
        case "child_map" -> childMap = (Map<String, List<String>>) value;
        default -> throw new IllegalArgumentException("not a manifest member: " + field);
      }
    }

    /** @return whether the metadata member was read */
    public boolean hasMetadata() {
      return metadata != null;
    }

    /**
     * Builds the manifest, computing the parent and child maps when the file has none.
     *
     * @return the manifest
     * @throws IllegalStateException when no metadata was read
     */
    public DbtManifest assemble() {
      if (metadata == null) {
        throw new IllegalStateException("no metadata");
      }
      DbtManifest draft =
          new DbtManifest(
              metadata, nodes, sources, macros, docs, exposures, metrics, groups, selectors,
              semanticModels, savedQueries, unitTests, functions, disabled,
              parentMap == null ? Map.of() : parentMap, childMap == null ? Map.of() : childMap);
      if (parentMap != null && childMap != null) {
        return draft;
      }
      Map<String, List<String>> parents = parentMap != null ? parentMap : computeParents(draft);
      Map<String, List<String>> children =
          childMap != null ? childMap : computeChildren(draft, parents);
      return new DbtManifest(
          metadata, nodes, sources, macros, docs, exposures, metrics, groups, selectors,
          semanticModels, savedQueries, unitTests, functions, disabled, parents, children);
    }
  }

  private static Map<String, List<String>> computeParents(DbtManifest m) {
    LinkedHashMap<String, List<String>> parents = new LinkedHashMap<>();
    for (DbtResource r : m.graphMembers()) {
      parents.put(r.uniqueId(), r.dependsOn().nodes());
    }
    return Immutables.adopt(parents);
  }

  private static Map<String, List<String>> computeChildren(
      DbtManifest m, Map<String, List<String>> parents) {
    LinkedHashMap<String, List<String>> children = new LinkedHashMap<>();
    for (DbtResource r : m.graphMembers()) {
      children.put(r.uniqueId(), new ArrayList<>());
    }
    for (Map.Entry<String, List<String>> e : parents.entrySet()) {
      for (String parent : e.getValue()) {
        children.computeIfAbsent(parent, k -> new ArrayList<>()).add(e.getKey());
      }
    }
    children.replaceAll((k, v) -> List.copyOf(v));
    return Immutables.adopt(children);
  }

  /** Reads {@code disabled}: a map keyed by unique id (v5 and later) or a list of nodes (v1 to v4). */
  private List<String> keys() throws IOException {
    if (in.parser().currentToken() == com.fasterxml.jackson.core.JsonToken.START_ARRAY) {
      List<String> ids = new ArrayList<>();
      while (in.nextElement()) {
        if (in.startObject()) {
          for (String f; (f = in.nextField()) != null; ) {
            if (f.equals("unique_id")) {
              String id = in.string();
              if (id != null) {
                ids.add(id);
              }
            } else {
              in.skip();
            }
          }
        }
      }
      return List.copyOf(ids);
    }
    if (!in.startObject()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String key; (key = in.nextField()) != null; ) {
      out.add(key);
      in.skip();
    }
    return List.copyOf(out);
  }

  private static String idOr(@Nullable String uniqueId, @Nullable String key, JsonIn in) {
    if (uniqueId != null) {
      return uniqueId;
    }
    if (key != null) {
      return key;
    }
    throw in.error("object without a unique_id");
  }

  private @Nullable DbtNode node(JsonIn in, @Nullable String key) throws IOException {
    if (!in.startObject()) {
      throw in.error("expected an object but found null");
    }
    String uniqueId = null;
    String resourceType = null;
    String name = null;
    String packageName = null;
    String path = null;
    String originalFilePath = null;
    String patchPath = null;
    List<String> fqn = List.of();
    String database = null;
    String schema = null;
    String alias = null;
    String relationName = null;
    String description = null;
    @Nullable List<String> tags = null;
    Map<String, @Nullable Object> meta = Map.of();
    DbtConfig config = DbtConfig.EMPTY;
    Map<String, DbtColumn> columns = Map.of();
    DbtDependsOn dependsOn = DbtDependsOn.EMPTY;
    List<DbtRef> refs = List.of();
    List<DbtSourceRef> sourceRefs = List.of();
    String language = null;
    String rawCode = null;
    String compiledCode = null;
    String version = null;
    String latestVersion = null;
    String access = null;
    String group = null;
    DbtTestMetadata testMetadata = null;
    String columnName = null;
    String attachedNode = null;
    String testedModel = null;
    OffsetDateTime deprecationDate = null;
    List<DbtConstraint> constraints = List.of();
    List<DbtUnitTestRows> given = null;
    DbtUnitTestRows expect = null;
    DbtUnitTestOverrides overrides = null;
    for (String f; (f = in.nextField()) != null; ) {
      switch (f) {
        case "unique_id":
          // dbt keys every map by unique id: the key, already read and shared, is the id.
          if (key == null) {
            uniqueId = in.sharedString();
          }
          break;
        case "resource_type":
          resourceType = in.sharedString();
          break;
        case "name":
          name = in.string();
          break;
        case "package_name":
          packageName = in.sharedString();
          break;
        case "path":
          path = in.string();
          break;
        case "original_file_path":
          originalFilePath = in.sharedString();
          break;
        case "patch_path":
          patchPath = in.string();
          break;
        case "fqn":
          fqn = in.strings();
          break;
        case "database":
          database = in.sharedString();
          break;
        case "schema":
          schema = in.sharedString();
          break;
        case "alias":
          alias = in.string();
          break;
        case "relation_name":
          relationName = in.string();
          break;
        case "description":
          description = in.string();
          break;
        case "tags":
          tags = in.nullableStringOrStrings();
          break;
        case "meta":
          meta = in.anyMap();
          break;
        case "config":
          config = Common.config(in);
          break;
        case "columns":
          columns = Common.columns(in);
          break;
        case "depends_on":
          dependsOn = Common.dependsOn(in);
          break;
        case "refs":
          refs = Common.refs(in);
          break;
        case "sources":
          sourceRefs = Common.sourceRefs(in);
          break;
        case "language":
          language = in.sharedString();
          break;
        case "raw_code":
        case "raw_sql":
          if (options.includeRawCode()) {
            rawCode = in.string();
          } else {
            in.skip();
          }
          break;
        case "compiled_code":
        case "compiled_sql":
          if (options.includeCompiledCode()) {
            compiledCode = in.string();
          } else {
            in.skip();
          }
          break;
        case "version":
          version = in.scalarText();
          break;
        case "latest_version":
          latestVersion = in.scalarText();
          break;
        case "access":
          access = in.sharedString();
          break;
        case "group":
          group = in.sharedString();
          break;
        case "test_metadata":
          testMetadata = testMetadata();
          break;
        case "column_name":
          columnName = in.sharedString();
          break;
        case "attached_node":
          attachedNode = in.sharedString();
          break;
        case "model":
          testedModel = in.scalarText();
          break;
        case "deprecation_date":
          deprecationDate = Common.dateTime(in, "deprecation_date");
          break;
        case "constraints":
          constraints = Common.constraints(in);
          break;
        case "given":
          given = in.list((c, k) -> unitTestRows(c));
          break;
        case "expect":
          expect = unitTestRows(in);
          break;
        case "overrides":
          overrides = overrides(in);
          break;
        default:
          in.skip();
      }
    }
    String id = idOr(uniqueId, key, in);
    ResourceType type = ResourceType.of(resourceType != null ? resourceType : Common.prefixOf(id));
    if (alias != null && alias.equals(name)) {
      alias = name;
    }
    if (group == null) {
      group = config.group();
    }
    return new DbtNode(
        id, type, name != null ? name : Common.lastSegment(id),
        packageName != null ? packageName : Common.packageFromId(id), path, originalFilePath,
        patchPath, fqn, database, schema, alias, relationName, description,
        Common.resourceTags(tags, config), Common.mergeMeta(meta, config), config, columns, dependsOn,
        refs, sourceRefs, language, rawCode, compiledCode, version, latestVersion, access, group,
        testMetadata, columnName, attachedNode,
        ResourceType.UNIT_TEST.equals(type) ? testedModel : null, deprecationDate, constraints,
        ResourceType.UNIT_TEST.equals(type) ? new DbtUnitTest(given, expect, overrides) : null);
  }

  /** Reads one {@code given} input or the {@code expect} of a unit test. */
  private @Nullable DbtUnitTestRows unitTestRows(JsonIn in) throws IOException {
    if (!in.startObject()) {
      return null;
    }
    String input = null;
    String format = null;
    List<Map<String, @Nullable Object>> rows = List.of();
    String sql = null;
    String fixture = null;
    for (String f; (f = in.nextField()) != null; ) {
      switch (f) {
        case "input":
          input = in.string();
          break;
        case "format":
          format = in.sharedString();
          break;
        case "rows":
          // a list of objects (dict and csv formats), or the text of the sql format
          if (in.parser().currentToken() == com.fasterxml.jackson.core.JsonToken.VALUE_STRING) {
            sql = in.string();
          } else {
            rows = in.list((c, k) -> c.anyMap());
          }
          break;
        case "fixture":
          fixture = in.string();
          break;
        default:
          in.skip();
      }
    }
    return new DbtUnitTestRows(input, format, rows, sql, fixture);
  }

  private @Nullable DbtUnitTestOverrides overrides(JsonIn in) throws IOException {
    if (!in.startObject()) {
      return null;
    }
    Map<String, @Nullable Object> macros = Map.of();
    Map<String, @Nullable Object> vars = Map.of();
    Map<String, @Nullable Object> envVars = Map.of();
    for (String f; (f = in.nextField()) != null; ) {
      switch (f) {
        case "macros":
          macros = in.anyMap();
          break;
        case "vars":
          vars = in.anyMap();
          break;
        case "env_vars":
          envVars = in.anyMap();
          break;
        default:
          in.skip();
      }
    }
    return new DbtUnitTestOverrides(macros, vars, envVars);
  }

  private @Nullable DbtTestMetadata testMetadata() throws IOException {
    if (!in.startObject()) {
      return null;
    }
    String name = null;
    String namespace = null;
    Map<String, @Nullable Object> kwargs = Map.of();
    for (String f; (f = in.nextField()) != null; ) {
      switch (f) {
        case "name":
          name = in.string();
          break;
        case "namespace":
          namespace = in.sharedString();
          break;
        case "kwargs":
          kwargs = in.anyMap();
          break;
        default:
          in.skip();
      }
    }
    return name == null ? null : new DbtTestMetadata(name, namespace, kwargs);
  }

  private @Nullable DbtSource source(JsonIn in, @Nullable String key) throws IOException {
    if (!in.startObject()) {
      throw in.error("expected an object but found null");
    }
    String uniqueId = null;
    String name = null;
    String sourceName = null;
    String identifier = null;
    String packageName = null;
    String path = null;
    String originalFilePath = null;
    List<String> fqn = List.of();
    String database = null;
    String schema = null;
    String relationName = null;
    String loader = null;
    String description = null;
    String sourceDescription = null;
    String loadedAtField = null;
    Map<String, DbtColumn> columns = Map.of();
    @Nullable List<String> tags = null;
    Map<String, @Nullable Object> meta = Map.of();
    Map<String, @Nullable Object> sourceMeta = Map.of();
    DbtConfig config = DbtConfig.EMPTY;
    for (String f; (f = in.nextField()) != null; ) {
      switch (f) {
        case "unique_id":
          // dbt keys every map by unique id: the key, already read and shared, is the id.
          if (key == null) {
            uniqueId = in.sharedString();
          }
          break;
        case "name":
          name = in.string();
          break;
        case "source_name":
          sourceName = in.sharedString();
          break;
        case "identifier":
          identifier = in.string();
          break;
        case "package_name":
          packageName = in.sharedString();
          break;
        case "path":
          path = in.string();
          break;
        case "original_file_path":
          originalFilePath = in.sharedString();
          break;
        case "fqn":
          fqn = in.strings();
          break;
        case "database":
          database = in.sharedString();
          break;
        case "schema":
          schema = in.sharedString();
          break;
        case "relation_name":
          relationName = in.string();
          break;
        case "loader":
          loader = in.sharedString();
          break;
        case "description":
          description = in.string();
          break;
        case "source_description":
          sourceDescription = in.string();
          break;
        case "loaded_at_field":
          loadedAtField = in.string();
          break;
        case "columns":
          columns = Common.columns(in);
          break;
        case "tags":
          tags = in.nullableStringOrStrings();
          break;
        case "meta":
          meta = in.anyMap();
          break;
        case "source_meta":
          sourceMeta = in.anyMap();
          break;
        case "config":
          config = Common.config(in);
          break;
        default:
          in.skip();
      }
    }
    String id = idOr(uniqueId, key, in);
    String[] parts = id.split("\\.");
    return new DbtSource(
        id, name != null ? name : Common.lastSegment(id),
        sourceName != null ? sourceName : (parts.length > 2 ? parts[2] : ""), identifier,
        packageName != null ? packageName : Common.packageFromId(id), path, originalFilePath, fqn,
        database, schema, relationName, loader, description, sourceDescription, loadedAtField,
        columns, Common.resourceTags(tags, config), Common.mergeMeta(meta, config), sourceMeta,
        config);
  }

  private @Nullable DbtExposure exposure(JsonIn in, @Nullable String key) throws IOException {
    if (!in.startObject()) {
      throw in.error("expected an object but found null");
    }
    String uniqueId = null;
    String name = null;
    String type = null;
    String label = null;
    String[] owner = new String[2];
    String url = null;
    String maturity = null;
    String description = null;
    String packageName = null;
    String path = null;
    String originalFilePath = null;
    List<String> fqn = List.of();
    @Nullable List<String> tags = null;
    Map<String, @Nullable Object> meta = Map.of();
    DbtConfig config = DbtConfig.EMPTY;
    DbtDependsOn dependsOn = DbtDependsOn.EMPTY;
    List<DbtRef> refs = List.of();
    List<DbtSourceRef> sourceRefs = List.of();
    for (String f; (f = in.nextField()) != null; ) {
      switch (f) {
        case "unique_id":
          // dbt keys every map by unique id: the key, already read and shared, is the id.
          if (key == null) {
            uniqueId = in.sharedString();
          }
          break;
        case "name":
          name = in.string();
          break;
        case "type":
          type = in.sharedString();
          break;
        case "label":
          label = in.string();
          break;
        case "owner":
          owner = Common.owner(in);
          break;
        case "url":
          url = in.string();
          break;
        case "maturity":
          maturity = in.string();
          break;
        case "description":
          description = in.string();
          break;
        case "package_name":
          packageName = in.sharedString();
          break;
        case "path":
          path = in.string();
          break;
        case "original_file_path":
          originalFilePath = in.sharedString();
          break;
        case "fqn":
          fqn = in.strings();
          break;
        case "tags":
          tags = in.nullableStringOrStrings();
          break;
        case "meta":
          meta = in.anyMap();
          break;
        case "config":
          config = Common.config(in);
          break;
        case "depends_on":
          dependsOn = Common.dependsOn(in);
          break;
        case "refs":
          refs = Common.refs(in);
          break;
        case "sources":
          sourceRefs = Common.sourceRefs(in);
          break;
        default:
          in.skip();
      }
    }
    String id = idOr(uniqueId, key, in);
    return new DbtExposure(
        id, name != null ? name : Common.lastSegment(id), type, label, owner[0], owner[1], url,
        maturity, description, packageName != null ? packageName : Common.packageFromId(id), path,
        originalFilePath, fqn, Common.resourceTags(tags, config), Common.mergeMeta(meta, config),
        config, dependsOn, refs, sourceRefs);
  }

  private @Nullable DbtMetric metric(JsonIn in, @Nullable String key) throws IOException {
    if (!in.startObject()) {
      throw in.error("expected an object but found null");
    }
    String uniqueId = null;
    String name = null;
    String packageName = null;
    String path = null;
    String originalFilePath = null;
    List<String> fqn = List.of();
    String label = null;
    String description = null;
    String type = null;
    MetricTypeParams typeParams = null;
    List<String> filters = List.of();
    String timeGranularity = null;
    String group = null;
    @Nullable List<String> tags = null;
    Map<String, @Nullable Object> meta = Map.of();
    DbtConfig config = DbtConfig.EMPTY;
    DbtDependsOn dependsOn = DbtDependsOn.EMPTY;
    List<DbtRef> refs = List.of();
    // dbt-metrics era (v4 to v9)
    String calculationMethod = null;
    String expression = null;
    String timestamp = null;
    List<String> timeGrains = List.of();
    List<String> dimensions = List.of();
    List<Map<String, @Nullable Object>> legacyFilters = List.of();
    String model = null;
    boolean legacyFieldSeen = false;
    for (String f; (f = in.nextField()) != null; ) {
      switch (f) {
        case "unique_id":
          // dbt keys every map by unique id: the key, already read and shared, is the id.
          if (key == null) {
            uniqueId = in.sharedString();
          }
          break;
        case "name":
          name = in.string();
          break;
        case "package_name":
          packageName = in.sharedString();
          break;
        case "path":
          path = in.string();
          break;
        case "original_file_path":
          originalFilePath = in.sharedString();
          break;
        case "fqn":
          fqn = in.strings();
          break;
        case "label":
          label = in.string();
          break;
        case "description":
          description = in.string();
          break;
        case "type":
          type = in.sharedString();
          break;
        case "type_params":
          typeParams = SemanticParser.typeParams(in);
          break;
        case "filter":
          filters = SemanticParser.filters(in);
          break;
        case "time_granularity":
          timeGranularity = in.string();
          break;
        case "group":
          group = in.sharedString();
          break;
        case "tags":
          tags = in.nullableStringOrStrings();
          break;
        case "meta":
          meta = in.anyMap();
          break;
        case "config":
          config = Common.config(in);
          break;
        case "depends_on":
          dependsOn = Common.dependsOn(in);
          break;
        case "refs":
          refs = Common.refs(in);
          break;
        case "calculation_method":
          calculationMethod = in.string();
          legacyFieldSeen = true;
          break;
        case "expression":
        case "sql":
          expression = in.scalarText();
          legacyFieldSeen = true;
          break;
        case "timestamp":
          timestamp = in.string();
          legacyFieldSeen = true;
          break;
        case "time_grains":
          timeGrains = in.strings();
          break;
        case "dimensions":
          dimensions = in.strings();
          break;
        case "filters":
          legacyFilters = in.list((c, k) -> c.anyMap());
          break;
        case "model":
          model = in.string();
          break;
        default:
          in.skip();
      }
    }
    String id = idOr(uniqueId, key, in);
    Integer version = in.schemaVersion();
    boolean legacy =
        version != null ? version <= 9 : typeParams == null && legacyFieldSeen;
    DbtLegacyMetric legacyDefinition = null;
    MetricType metricType;
    if (legacy) {
      // v4 to v6 call the calculation method `type`; v7 renamed it to `calculation_method`.
      String method = calculationMethod != null ? calculationMethod : type;
      legacyDefinition =
          new DbtLegacyMetric(method, expression, timestamp, timeGrains, dimensions, legacyFilters, model);
      metricType = MetricType.of(method == null ? "" : method);
    } else {
      metricType = MetricType.of(type == null ? "" : type);
    }
    if (group == null) {
      group = config.group();
    }
    return new DbtMetric(
        id, name != null ? name : Common.lastSegment(id),
        packageName != null ? packageName : Common.packageFromId(id), path, originalFilePath, fqn,
        label, description, metricType, typeParams, filters, timeGranularity, group,
        legacyDefinition, Common.resourceTags(tags, config), Common.mergeMeta(meta, config), config,
        dependsOn, refs);
  }

  private DbtSemanticModel semanticModel(JsonIn in, @Nullable String key) throws IOException {
    SemanticParser.PlacedSemanticModel placed = SemanticParser.semanticModel(in, key);
    SemanticParser.Placement p = placed.placement();
    String id = idOr(p.uniqueId, key, in);
    return new DbtSemanticModel(
        id, p.packageName != null ? p.packageName : Common.packageFromId(id), p.path,
        p.originalFilePath, p.fqn, Common.resourceTags(p.tags, p.config), p.mergedMeta(), p.config,
        p.dependsOn, p.refs, p.group != null ? p.group : p.config.group(), placed.model());
  }

  private DbtSavedQuery savedQuery(JsonIn in, @Nullable String key) throws IOException {
    SemanticParser.PlacedSavedQuery placed = SemanticParser.savedQuery(in, key);
    SemanticParser.Placement p = placed.placement();
    String id = idOr(p.uniqueId, key, in);
    return new DbtSavedQuery(
        id, p.packageName != null ? p.packageName : Common.packageFromId(id), p.path,
        p.originalFilePath, p.fqn, Common.resourceTags(p.tags, p.config), p.mergedMeta(), p.config,
        p.dependsOn, p.refs, p.group != null ? p.group : p.config.group(), placed.query());
  }

  private @Nullable DbtMacro macro(JsonIn in, @Nullable String key) throws IOException {
    if (!in.startObject()) {
      throw in.error("expected an object but found null");
    }
    String uniqueId = null;
    String name = null;
    String packageName = null;
    String originalFilePath = null;
    String description = null;
    String macroSql = null;
    List<String> dependsOn = List.of();
    for (String f; (f = in.nextField()) != null; ) {
      switch (f) {
        case "unique_id":
          // dbt keys every map by unique id: the key, already read and shared, is the id.
          if (key == null) {
            uniqueId = in.sharedString();
          }
          break;
        case "name":
          name = in.string();
          break;
        case "package_name":
          packageName = in.sharedString();
          break;
        case "original_file_path":
          originalFilePath = in.sharedString();
          break;
        case "description":
          description = in.string();
          break;
        case "macro_sql":
          if (options.includeMacroBodies()) {
            macroSql = in.string();
          } else {
            in.skip();
          }
          break;
        case "depends_on":
          dependsOn = Common.dependsOn(in).macros();
          break;
        default:
          in.skip();
      }
    }
    String id = idOr(uniqueId, key, in);
    return new DbtMacro(
        id, name != null ? name : Common.lastSegment(id),
        packageName != null ? packageName : Common.packageFromId(id), originalFilePath,
        description, macroSql, dependsOn);
  }

  private @Nullable DbtDoc doc(JsonIn in, @Nullable String key) throws IOException {
    if (!in.startObject()) {
      throw in.error("expected an object but found null");
    }
    String uniqueId = null;
    String name = null;
    String packageName = null;
    String originalFilePath = null;
    String block = null;
    for (String f; (f = in.nextField()) != null; ) {
      switch (f) {
        case "unique_id":
          // dbt keys every map by unique id: the key, already read and shared, is the id.
          if (key == null) {
            uniqueId = in.sharedString();
          }
          break;
        case "name":
          name = in.string();
          break;
        case "package_name":
          packageName = in.sharedString();
          break;
        case "original_file_path":
          originalFilePath = in.sharedString();
          break;
        case "block_contents":
          if (options.includeDocBlocks()) {
            block = in.string();
          } else {
            in.skip();
          }
          break;
        default:
          in.skip();
      }
    }
    String id = idOr(uniqueId, key, in);
    return new DbtDoc(
        id, name != null ? name : Common.lastSegment(id),
        packageName != null ? packageName : Common.packageFromId(id), originalFilePath, block);
  }

  private @Nullable DbtGroup group(JsonIn in, @Nullable String key) throws IOException {
    if (!in.startObject()) {
      throw in.error("expected an object but found null");
    }
    String uniqueId = null;
    String name = null;
    String packageName = null;
    String[] owner = new String[2];
    String description = null;
    DbtConfig config = DbtConfig.EMPTY;
    for (String f; (f = in.nextField()) != null; ) {
      switch (f) {
        case "unique_id":
          // dbt keys every map by unique id: the key, already read and shared, is the id.
          if (key == null) {
            uniqueId = in.sharedString();
          }
          break;
        case "name":
          name = in.string();
          break;
        case "package_name":
          packageName = in.sharedString();
          break;
        case "owner":
          owner = Common.owner(in);
          break;
        case "description":
          description = in.string();
          break;
        case "config":
          config = Common.config(in);
          break;
        default:
          in.skip();
      }
    }
    String id = idOr(uniqueId, key, in);
    return new DbtGroup(
        id, name != null ? name : Common.lastSegment(id),
        packageName != null ? packageName : Common.packageFromId(id), owner[0], owner[1],
        description, config.meta());
  }

  private @Nullable DbtSelectorDefinition selector(JsonIn in, @Nullable String key)
      throws IOException {
    if (!in.startObject()) {
      return null;
    }
    String name = key;
    String description = null;
    boolean isDefault = false;
    for (String f; (f = in.nextField()) != null; ) {
      switch (f) {
        case "name":
          String n = in.sharedString();
          name = n != null ? n : name;
          break;
        case "description":
          description = in.string();
          break;
        case "default":
          isDefault = Boolean.TRUE.equals(in.bool());
          break;
        default:
          in.skip();
      }
    }
    return new DbtSelectorDefinition(name == null ? "" : name, description, isDefault);
  }
}
