package io.github.supersetsdk.dbt.manifest;

import io.github.supersetsdk.dbt.internal.Immutables;
import io.github.supersetsdk.dbt.semantic.MetricType;
import io.github.supersetsdk.dbt.semantic.MetricTypeParams;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A metric of the manifest's {@code metrics} map: a MetricFlow metric (manifest v10 and later) or
 * a legacy dbt-metrics metric (v4 to v9), which has {@link #legacy()} set and whose {@link #type()}
 * is its calculation method. Immutable and thread-safe.
 *
 * @param uniqueId the unique id, such as {@code metric.shop.revenue}
 * @param name the name
 * @param packageName the package that defines the metric
 * @param path the path, or {@code null}
 * @param originalFilePath the defining YAML file, or {@code null}
 * @param fqn the fully qualified name
 * @param label the label, or {@code null}
 * @param description the description; empty when absent
 * @param type the MetricFlow type, or a legacy metric's calculation method
 * @param typeParams MetricFlow type parameters; empty for legacy metrics
 * @param filters MetricFlow {@code where} templates
 * @param timeGranularity the default time granularity, or {@code null}
 * @param group the group, or {@code null}
 * @param legacy the legacy definition for manifest v4 to v9, else {@code null}
 * @param tags tags as written, or {@code config.tags} when the file has none
 * @param meta {@code meta} reconciled with {@code config.meta}
 * @param config the config
 * @param dependsOn dependencies
 * @param refs {@code ref()} calls
 */
public record DbtMetric(
    String uniqueId,
    String name,
    String packageName,
    @Nullable String path,
    @Nullable String originalFilePath,
    List<String> fqn,
    @Nullable String label,
    String description,
    MetricType type,
    MetricTypeParams typeParams,
    List<String> filters,
    @Nullable String timeGranularity,
    @Nullable String group,
    @Nullable DbtLegacyMetric legacy,
    List<String> tags,
    Map<String, @Nullable Object> meta,
    DbtConfig config,
    DbtDependsOn dependsOn,
    List<DbtRef> refs)
    implements DbtResource {

  /**
   * Validates and copies the components.
   *
   * @throws NullPointerException if an identifying component or {@code type} is null
   */
  public DbtMetric {
    Objects.requireNonNull(uniqueId, "uniqueId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(packageName, "packageName");
    Objects.requireNonNull(type, "type");
    fqn = fqn == null ? List.of() : List.copyOf(fqn);
    description = description == null ? "" : description;
    typeParams = typeParams == null ? MetricTypeParams.EMPTY : typeParams;
    filters = filters == null ? List.of() : List.copyOf(filters);
    tags = tags == null ? List.of() : List.copyOf(tags);
    meta = Immutables.orderedMap(meta);
    config = config == null ? DbtConfig.EMPTY : config;
    dependsOn = dependsOn == null ? DbtDependsOn.EMPTY : dependsOn;
    refs = refs == null ? List.of() : List.copyOf(refs);
  }

  /**
   * Returns {@link ResourceType#METRIC}.
   *
   * @return the resource type
   */
  @Override
  public ResourceType resourceType() {
    return ResourceType.METRIC;
  }
}
