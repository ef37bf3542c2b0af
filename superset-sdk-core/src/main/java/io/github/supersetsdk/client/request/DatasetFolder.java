package io.github.supersetsdk.client.request;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One node of a dataset's folder tree (see {@link UpdateDatasetRequest#folders()}): a folder that
 * holds other nodes, or a metric or column placed in a folder by its UUID.
 *
 * <p>Immutable and thread-safe.
 *
 * @param uuid the UUID of the folder, metric or column
 * @param type {@code "folder"}, {@code "metric"} or {@code "column"}
 * @param name the folder's name; {@code null} for a metric or column
 * @param description the folder's description
 * @param children the nodes in the folder; {@code null} for a metric or column
 */
public record DatasetFolder(
    UUID uuid,
    String type,
    @Nullable String name,
    @Nullable String description,
    @Nullable List<DatasetFolder> children) {

  /**
   * Validates and copies the children.
   *
   * @throws NullPointerException if {@code uuid}, {@code type} or a child is null
   * @throws IllegalArgumentException if {@code type} is not one of the three
   */
  public DatasetFolder {
    java.util.Objects.requireNonNull(uuid, "uuid");
    if (!List.of("folder", "metric", "column").contains(type)) {
      throw new IllegalArgumentException("type must be folder, metric or column: " + type);
    }
    children = children == null ? null : List.copyOf(children);
  }

  /**
   * {@return a folder holding {@code children}}
   *
   * @param uuid the folder's UUID
   * @param name the folder's name
   * @param children the metrics, columns and folders in it
   * @throws NullPointerException if an argument or a child is null
   */
  public static DatasetFolder folder(UUID uuid, String name, List<DatasetFolder> children) {
    return new DatasetFolder(uuid, "folder", java.util.Objects.requireNonNull(name, "name"), null, children);
  }

  /**
   * {@return a metric, by its UUID, placed in a folder}
   *
   * @param uuid the metric's UUID
   * @throws NullPointerException if {@code uuid} is null
   */
  public static DatasetFolder metric(UUID uuid) {
    return new DatasetFolder(uuid, "metric", null, null, null);
  }

  /**
   * {@return a column, by its UUID, placed in a folder}
   *
   * @param uuid the column's UUID
   * @throws NullPointerException if {@code uuid} is null
   */
  public static DatasetFolder column(UUID uuid) {
    return new DatasetFolder(uuid, "column", null, null, null);
  }
}
