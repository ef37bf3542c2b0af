package io.github.supersetsdk.dbt.manifest;

import io.github.supersetsdk.dbt.internal.Immutables;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An exposure: a downstream use of the project, such as a Superset dashboard. Immutable and
 * thread-safe.
 *
 * @param uniqueId the unique id, such as {@code exposure.shop.revenue_dashboard}
 * @param name the name
 * @param type {@code dashboard}, {@code notebook}, {@code analysis}, {@code ml} or
 *     {@code application}, as written
 * @param label the label, or {@code null}
 * @param ownerName the owner's name, or {@code null}
 * @param ownerEmail the owner's email, or {@code null}
 * @param url the URL, or {@code null}
 * @param maturity {@code low}, {@code medium} or {@code high}, or {@code null}
 * @param description the description; empty when absent
 * @param packageName the package that defines the exposure
 * @param path the path, or {@code null}
 * @param originalFilePath the defining YAML file, or {@code null}
 * @param fqn the fully qualified name
 * @param tags tags as written, or {@code config.tags} when the file has none
 * @param meta {@code meta} reconciled with {@code config.meta}
 * @param config the config
 * @param dependsOn dependencies
 * @param refs {@code ref()} calls
 * @param sources {@code source()} calls
 */
public record DbtExposure(
    String uniqueId,
    String name,
    String type,
    @Nullable String label,
    @Nullable String ownerName,
    @Nullable String ownerEmail,
    @Nullable String url,
    @Nullable String maturity,
    String description,
    String packageName,
    @Nullable String path,
    @Nullable String originalFilePath,
    List<String> fqn,
    List<String> tags,
    Map<String, @Nullable Object> meta,
    DbtConfig config,
    DbtDependsOn dependsOn,
    List<DbtRef> refs,
    List<DbtSourceRef> sources)
    implements DbtResource {

  /**
   * Validates and copies the components.
   *
   * @throws NullPointerException if an identifying component is null
   */
  public DbtExposure {
    Objects.requireNonNull(uniqueId, "uniqueId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(packageName, "packageName");
    type = type == null ? "" : type;
    description = description == null ? "" : description;
    fqn = fqn == null ? List.of() : List.copyOf(fqn);
    tags = tags == null ? List.of() : List.copyOf(tags);
    meta = Immutables.orderedMap(meta);
    config = config == null ? DbtConfig.EMPTY : config;
    dependsOn = dependsOn == null ? DbtDependsOn.EMPTY : dependsOn;
    refs = refs == null ? List.of() : List.copyOf(refs);
    sources = sources == null ? List.of() : List.copyOf(sources);
  }

  /**
   * Returns {@link ResourceType#EXPOSURE}.
   *
   * @return the resource type
   */
  @Override
  public ResourceType resourceType() {
    return ResourceType.EXPOSURE;
  }
}
