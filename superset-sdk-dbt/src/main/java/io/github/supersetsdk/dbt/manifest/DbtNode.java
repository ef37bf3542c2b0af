package io.github.supersetsdk.dbt.manifest;

import io.github.supersetsdk.dbt.internal.Immutables;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An entry of the manifest's {@code nodes}, {@code unit_tests} or {@code functions} maps: a model,
 * seed, snapshot, data test, analysis, operation, unit test, function, or a resource type this
 * library does not know yet (kept with its {@link ResourceType} as written). Immutable and
 * thread-safe.
 *
 * @param uniqueId the unique id, such as {@code model.shop.orders}
 * @param resourceType the resource type
 * @param name the name
 * @param packageName the package that defines the node
 * @param path the path relative to the resource directory, or {@code null}
 * @param originalFilePath the defining file relative to the project root, or {@code null}
 * @param patchPath the YAML file that documents the node ({@code package://path}), or {@code null}
 * @param fqn the fully qualified name
 * @param database the resolved database, or {@code null}
 * @param schema the resolved schema, or {@code null}
 * @param alias the resolved alias (table or view name), or {@code null}
 * @param relationName the quoted relation name, such as {@code "db"."schema"."orders"}, or null
 * @param description the description; empty when absent
 * @param tags tags as written, or {@code config.tags} when the file has none
 * @param meta {@code meta} reconciled with {@code config.meta}
 * @param config the config
 * @param columns documented columns by name
 * @param dependsOn dependencies
 * @param refs {@code ref()} calls
 * @param sources {@code source()} calls
 * @param language {@code sql} or {@code python}, or {@code null} before manifest v7
 * @param rawCode the raw code when {@code ReadOptions.includeRawCode()}, else {@code null}
 * @param compiledCode the compiled code when {@code ReadOptions.includeCompiledCode()} and present
 * @param version the model version, or {@code null} when unversioned
 * @param latestVersion the model's latest version, or {@code null}
 * @param access {@code private}, {@code protected} or {@code public}, or {@code null}
 * @param group the group the node belongs to, or {@code null}
 * @param testMetadata generic test metadata for generic data tests, else {@code null}
 * @param columnName the column a data test is attached to, or {@code null}
 * @param attachedNode the node a data test is attached to, or {@code null}
 * @param testedModel the model a unit test tests, or {@code null}
 * @param deprecationDate a model's or model version's {@code deprecation_date} (manifest v10 and
 *     later), or {@code null}
 * @param constraints the model-level contract constraints (manifest v10 and later)
 * @param unitTest a unit test's inputs, expected rows and overrides, else {@code null}
 */
public record DbtNode(
    String uniqueId,
    ResourceType resourceType,
    String name,
    String packageName,
    @Nullable String path,
    @Nullable String originalFilePath,
    @Nullable String patchPath,
    List<String> fqn,
    @Nullable String database,
    @Nullable String schema,
    @Nullable String alias,
    @Nullable String relationName,
    String description,
    List<String> tags,
    Map<String, @Nullable Object> meta,
    DbtConfig config,
    Map<String, DbtColumn> columns,
    DbtDependsOn dependsOn,
    List<DbtRef> refs,
    List<DbtSourceRef> sources,
    @Nullable String language,
    @Nullable String rawCode,
    @Nullable String compiledCode,
    @Nullable String version,
    @Nullable String latestVersion,
    @Nullable String access,
    @Nullable String group,
    @Nullable DbtTestMetadata testMetadata,
    @Nullable String columnName,
    @Nullable String attachedNode,
    @Nullable String testedModel,
    @Nullable OffsetDateTime deprecationDate,
    List<DbtConstraint> constraints,
    @Nullable DbtUnitTest unitTest)
    implements DbtResource {

  /**
   * Validates and copies the components.
   *
   * @throws NullPointerException if {@code uniqueId}, {@code resourceType}, {@code name} or
   *     {@code packageName} is null
   */
  public DbtNode {
    Objects.requireNonNull(uniqueId, "uniqueId");
    Objects.requireNonNull(resourceType, "resourceType");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(packageName, "packageName");
    fqn = fqn == null ? List.of() : List.copyOf(fqn);
    description = description == null ? "" : description;
    tags = tags == null ? List.of() : List.copyOf(tags);
    meta = Immutables.orderedMap(meta);
    config = config == null ? DbtConfig.EMPTY : config;
    columns = Immutables.orderedMap(columns);
    dependsOn = dependsOn == null ? DbtDependsOn.EMPTY : dependsOn;
    refs = refs == null ? List.of() : List.copyOf(refs);
    sources = sources == null ? List.of() : List.copyOf(sources);
    constraints = constraints == null ? List.of() : List.copyOf(constraints);
  }

  /**
   * Returns {@code config.materialized}, such as {@code table}, {@code view} or
   * {@code ephemeral}.
   *
   * @return the materialization, or {@code null} for resources without one
   */
  public @Nullable String materialized() {
    return config.materialized();
  }

  /**
   * Tells whether this is a versioned model.
   *
   * @return true for a model with a version
   */
  public boolean isVersioned() {
    return ResourceType.MODEL.equals(resourceType) && version != null;
  }

  /**
   * Tells whether this is an unversioned model or the latest version of a versioned one, as dbt's
   * {@code version:latest} selector does.
   *
   * @return true for the latest version
   */
  public boolean isLatestVersion() {
    return version != null && version.equals(latestVersion);
  }

  /**
   * Tells whether the model's {@code deprecation_date} has passed, as dbt's warning on it says.
   *
   * @param now the instant to compare with, such as {@code Instant.now()}
   * @return true if the node has a deprecation date at or before {@code now}
   * @throws NullPointerException if {@code now} is null
   */
  public boolean isDeprecatedAt(Instant now) {
    Objects.requireNonNull(now, "now");
    return deprecationDate != null && !deprecationDate.toInstant().isAfter(now);
  }
}
