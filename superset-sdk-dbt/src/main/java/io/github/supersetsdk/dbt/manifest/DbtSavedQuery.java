package io.github.supersetsdk.dbt.manifest;

import io.github.supersetsdk.dbt.internal.Immutables;
import io.github.supersetsdk.dbt.semantic.SavedQuery;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A saved query as the manifest holds it: its place in the project plus the MetricFlow
 * {@linkplain #definition() definition}. Immutable and thread-safe.
 *
 * @param uniqueId the unique id, such as {@code saved_query.shop.revenue_by_status}
 * @param packageName the package that defines it
 * @param path the path, or {@code null}
 * @param originalFilePath the defining YAML file, or {@code null}
 * @param fqn the fully qualified name
 * @param tags tags as written, or {@code config.tags} when the file has none
 * @param meta {@code meta} reconciled with {@code config.meta}
 * @param config the config
 * @param dependsOn dependencies
 * @param refs {@code ref()} calls
 * @param group the group, or {@code null}
 * @param definition the metrics, group-by items, filters and exports
 */
public record DbtSavedQuery(
    String uniqueId,
    String packageName,
    @Nullable String path,
    @Nullable String originalFilePath,
    List<String> fqn,
    List<String> tags,
    Map<String, @Nullable Object> meta,
    DbtConfig config,
    DbtDependsOn dependsOn,
    List<DbtRef> refs,
    @Nullable String group,
    SavedQuery definition)
    implements DbtResource {

  /**
   * Validates and copies the components.
   *
   * @throws NullPointerException if an identifying component or {@code definition} is null
   */
  public DbtSavedQuery {
    Objects.requireNonNull(uniqueId, "uniqueId");
    Objects.requireNonNull(packageName, "packageName");
    Objects.requireNonNull(definition, "definition");
    fqn = fqn == null ? List.of() : List.copyOf(fqn);
    tags = tags == null ? List.of() : List.copyOf(tags);
    meta = Immutables.orderedMap(meta);
    config = config == null ? DbtConfig.EMPTY : config;
    dependsOn = dependsOn == null ? DbtDependsOn.EMPTY : dependsOn;
    refs = refs == null ? List.of() : List.copyOf(refs);
  }

  /**
   * Returns the saved query's name.
   *
   * @return the name
   */
  @Override
  public String name() {
    return definition.name();
  }

  /**
   * Returns {@link ResourceType#SAVED_QUERY}.
   *
   * @return the resource type
   */
  @Override
  public ResourceType resourceType() {
    return ResourceType.SAVED_QUERY;
  }
}
