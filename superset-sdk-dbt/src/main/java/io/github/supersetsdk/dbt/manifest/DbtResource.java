package io.github.supersetsdk.dbt.manifest;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A member of the dbt graph: a node, source, exposure, metric, semantic model, saved query, unit
 * test or function. Selection and lineage work on this view. Implementations are immutable
 * records.
 */
public interface DbtResource {

  /**
   * Returns the unique id, such as {@code model.shop.orders}.
   *
   * @return the unique id
   */
  String uniqueId();

  /**
   * Returns the resource type.
   *
   * @return the resource type
   */
  ResourceType resourceType();

  /**
   * Returns the name.
   *
   * @return the name
   */
  String name();

  /**
   * Returns the package (dbt project) that defines the resource.
   *
   * @return the package name
   */
  String packageName();

  /**
   * Returns the file that defines the resource, relative to its project root.
   *
   * @return the path, or {@code null} when absent
   */
  @Nullable String originalFilePath();

  /**
   * Returns the fully qualified name, package first.
   *
   * @return the fqn; empty when absent
   */
  List<String> fqn();

  /**
   * Returns the tags that {@code tag:} selects on: the {@code tags} field as written (dbt merges
   * {@code config.tags} into it for nodes and sources), or {@code config.tags} when the file has
   * no tags, as Fusion writes {@code null}.
   *
   * @return the tags
   */
  List<String> tags();

  /**
   * Returns {@code meta} reconciled with {@code config.meta}: both are merged, the top-level value
   * winning on conflicts; Fusion's {@code meta: null} counts as empty.
   *
   * @return the meta map; values are plain JSON values (see {@link DbtConfig})
   */
  Map<String, @Nullable Object> meta();

  /**
   * Returns the resource's configuration.
   *
   * @return the config; empty when absent
   */
  DbtConfig config();

  /**
   * Returns the graph members and macros the resource depends on.
   *
   * @return the dependencies; empty for sources
   */
  DbtDependsOn dependsOn();
}
