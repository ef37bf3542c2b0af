package io.github.supersetsdk.assets.internal;

import io.github.supersetsdk.assets.AssetRef;
import io.github.supersetsdk.assets.AssetType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One asset document: its kind, UUID, file in the folder and its content as a plain tree in the
 * folder's normal form. The content is never modified after construction; transformations copy.
 */
public record Doc(AssetType type, UUID uuid, String path, Map<String, Object> content) {

  /** Checks the components. */
  public Doc {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(uuid, "uuid");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(content, "content");
  }

  /** The field that holds the asset's name, per kind. */
  public static String nameField(AssetType type) {
    return switch (type) {
      case DATABASE -> "database_name";
      case DATASET -> "table_name";
      case CHART -> "slice_name";
      case DASHBOARD -> "dashboard_title";
    };
  }

  /** The asset's human name. */
  public String name() {
    Object v = content.get(nameField(type));
    return v == null ? "" : v.toString();
  }

  /** The public descriptor. */
  public AssetRef ref() {
    return new AssetRef(type, uuid, name(), path);
  }

  /** A copy with other content. */
  public Doc withContent(Map<String, Object> newContent) {
    return new Doc(type, uuid, path, newContent);
  }

  /** A copy at another path. */
  public Doc withPath(String newPath) {
    return new Doc(type, uuid, newPath, content);
  }

  /** The UUIDs this asset refers to, with their kinds, in a stable order. */
  public Map<UUID, AssetType> dependencies() {
    Map<UUID, AssetType> deps = new LinkedHashMap<>();
    switch (type) {
      case DATASET -> addUuid(deps, content.get("database_uuid"), AssetType.DATABASE);
      case CHART -> addUuid(deps, content.get("dataset_uuid"), AssetType.DATASET);
      case DASHBOARD -> {
        for (UUID chart : chartUuids(content)) {
          deps.put(chart, AssetType.CHART);
        }
        for (UUID ds : nativeFilterDatasets(content)) {
          deps.putIfAbsent(ds, AssetType.DATASET);
        }
      }
      default -> { }
    }
    return deps;
  }

  private static void addUuid(Map<UUID, AssetType> deps, @Nullable Object v, AssetType t) {
    UUID u = parseUuid(v);
    if (u != null) {
      deps.put(u, t);
    }
  }

  /** The UUIDs of the charts a dashboard's position shows, in position order. */
  static Set<UUID> chartUuids(Map<String, Object> dashboard) {
    Set<UUID> out = new LinkedHashSet<>();
    if (dashboard.get("position") instanceof Map<?, ?> position) {
      for (Object node : position.values()) {
        if (node instanceof Map<?, ?> n && "CHART".equals(n.get("type")) && n.get("meta") instanceof Map<?, ?> meta) {
          UUID u = parseUuid(meta.get("uuid"));
          if (u != null) {
            out.add(u);
          }
        }
      }
    }
    return out;
  }

  /** The UUIDs of the datasets a dashboard's native filters read. */
  static List<UUID> nativeFilterDatasets(Map<String, Object> dashboard) {
    List<UUID> out = new ArrayList<>();
    if (dashboard.get("metadata") instanceof Map<?, ?> md
        && md.get("native_filter_configuration") instanceof List<?> filters) {
      for (Object f : filters) {
        if (f instanceof Map<?, ?> fm && fm.get("targets") instanceof List<?> targets) {
          for (Object t : targets) {
            if (t instanceof Map<?, ?> tm) {
              UUID u = parseUuid(tm.get("datasetUuid"));
              if (u != null && !out.contains(u)) {
                out.add(u);
              }
            }
          }
        }
      }
    }
    return out;
  }

  /** Parses a UUID string, or null. */
  public static @Nullable UUID parseUuid(@Nullable Object v) {
    if (!(v instanceof String s)) {
      return null;
    }
    try {
      return UUID.fromString(s.trim());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** A file-name-safe form of a name: lower case, words joined by underscores, at most 60 chars. */
  public static String slug(@Nullable String name) {
    String s = name == null ? "" : name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    s = s.replaceAll("^_+|_+$", "");
    if (s.length() > 60) {
      s = s.substring(0, 60).replaceAll("_+$", "");
    }
    return s.isEmpty() ? "untitled" : s;
  }

  /**
   * The file of an asset in the folder's layout.
   *
   * @param databaseNames database names by UUID, for the dataset directories
   */
  public static String layoutPath(AssetType type, UUID uuid, Map<String, Object> content, Map<UUID, String> databaseNames) {
    String base = switch (type) {
      case DATABASE -> slug(str(content.get("database_name")));
      case DATASET -> {
        UUID db = parseUuid(content.get("database_uuid"));
        String dbName = db == null ? null : databaseNames.get(db);
        yield slug(dbName == null ? (db == null ? "unknown" : db.toString()) : dbName) + "/"
            + slug(str(content.get("table_name")));
      }
      case CHART -> slug(str(content.get("slice_name")));
      case DASHBOARD -> slug(content.get("slug") instanceof String s && !s.isBlank() ? s
          : str(content.get("dashboard_title")));
    };
    return type.directory() + "/" + base + "-" + uuid + ".yaml";
  }

  private static @Nullable String str(@Nullable Object v) {
    return v == null ? null : v.toString();
  }
}
