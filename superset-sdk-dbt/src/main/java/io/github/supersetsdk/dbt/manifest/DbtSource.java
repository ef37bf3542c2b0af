package io.github.supersetsdk.dbt.manifest;

import io.github.supersetsdk.dbt.internal.Immutables;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A source table ({@code sources} map). Immutable and thread-safe.
 *
 * @param uniqueId the unique id, such as {@code source.shop.raw.orders}
 * @param name the table name
 * @param sourceName the source name
 * @param identifier the table identifier in the warehouse, or {@code null}
 * @param packageName the package that defines the source
 * @param path the path, or {@code null}
 * @param originalFilePath the defining YAML file, or {@code null}
 * @param fqn the fully qualified name
 * @param database the database, or {@code null}
 * @param schema the schema, or {@code null}
 * @param relationName the quoted relation name, or {@code null}
 * @param loader the loader, or {@code null}
 * @param description the table's description; empty when absent
 * @param sourceDescription the source's description; empty when absent
 * @param loadedAtField the freshness field, or {@code null}
 * @param columns documented columns by name
 * @param tags tags as written, or {@code config.tags} when the file has none
 * @param meta {@code meta} reconciled with {@code config.meta}
 * @param sourceMeta the source's {@code source_meta}
 * @param config the config
 */
public record DbtSource(
    String uniqueId,
    String name,
    String sourceName,
    @Nullable String identifier,
    String packageName,
    @Nullable String path,
    @Nullable String originalFilePath,
    List<String> fqn,
    @Nullable String database,
    @Nullable String schema,
    @Nullable String relationName,
    @Nullable String loader,
    String description,
    String sourceDescription,
    @Nullable String loadedAtField,
    Map<String, DbtColumn> columns,
    List<String> tags,
    Map<String, @Nullable Object> meta,
    Map<String, @Nullable Object> sourceMeta,
    DbtConfig config)
    implements DbtResource {

  /**
   * Validates and copies the components.
   *
   * @throws NullPointerException if an identifying component is null
   */
  public DbtSource {
    Objects.requireNonNull(uniqueId, "uniqueId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(packageName, "packageName");
    fqn = fqn == null ? List.of() : List.copyOf(fqn);
    description = description == null ? "" : description;
    sourceDescription = sourceDescription == null ? "" : sourceDescription;
    columns = Immutables.orderedMap(columns);
    tags = tags == null ? List.of() : List.copyOf(tags);
    meta = Immutables.orderedMap(meta);
    sourceMeta = Immutables.orderedMap(sourceMeta);
    config = config == null ? DbtConfig.EMPTY : config;
  }

  /**
   * Returns {@link ResourceType#SOURCE}.
   *
   * @return the resource type
   */
  @Override
  public ResourceType resourceType() {
    return ResourceType.SOURCE;
  }

  /**
   * Returns no dependencies: sources are roots of the graph.
   *
   * @return {@link DbtDependsOn#EMPTY}
   */
  @Override
  public DbtDependsOn dependsOn() {
    return DbtDependsOn.EMPTY;
  }
}
