package io.github.supersetsdk.cache.chartdata.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.id.DatasetId;
import io.github.supersetsdk.client.model.Dataset;
import io.github.supersetsdk.dbt.manifest.DbtManifest;
import io.github.supersetsdk.dbt.manifest.DbtNode;
import io.github.supersetsdk.dbt.manifest.ResourceType;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds the dbt node behind a Superset dataset: the {@code unique_id} the sync writes into the
 * dataset's {@code extra}, else the dataset's {@code schema.table} matched against the manifest's
 * models, seeds and snapshots. Lookups are kept for a while, so that a burst of chart-data loads
 * reads each dataset once. Thread-safe.
 */
public final class DatasetModels {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final SupersetClient client;
  private final Map<String, String> byRelation;
  private final Cache<DatasetId, Set<String>> cache;

  /**
   * Creates a resolver.
   *
   * @param client a client allowed to read datasets (guests are not)
   * @param manifest the manifest to match relations against, or null for {@code extra} only
   * @param ttl how long a dataset's answer is kept
   */
  public DatasetModels(SupersetClient client, @Nullable DbtManifest manifest, Duration ttl) {
    this.client = Objects.requireNonNull(client, "client");
    this.byRelation = manifest == null ? Map.of() : relations(manifest);
    this.cache = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(10_000).build();
  }

  /**
   * The dbt unique ids behind a dataset (empty if none is known).
   *
   * @param dataset the dataset
   * @return zero or one unique id
   */
  public Set<String> uniqueIds(DatasetId dataset) {
    return cache.get(dataset, id -> resolve(client.datasets().get(id)));
  }

  /**
   * The dbt unique ids behind a dataset already read.
   *
   * @param dataset the dataset, with its {@code extra}, schema and table name
   * @return zero or one unique id
   */
  public Set<String> resolve(Dataset dataset) {
    String fromExtra = uniqueIdInExtra(dataset.extra());
    if (fromExtra != null) {
      return Set.of(fromExtra);
    }
    if (dataset.schema() != null && (dataset.sql() == null || dataset.sql().isBlank())) {
      String uid = byRelation.get(relationKey(dataset.schema(), dataset.tableName()));
      if (uid != null) {
        return Set.of(uid);
      }
    }
    return Set.of();
  }

  /**
   * Reads {@code unique_id} from a dataset's {@code extra} JSON.
   *
   * @param extra the extra text, or null
   * @return the unique id, or null when absent or when {@code extra} is not a JSON object
   */
  public static @Nullable String uniqueIdInExtra(@Nullable String extra) {
    if (extra == null || extra.isBlank()) {
      return null;
    }
    try {
      JsonNode n = JSON.readTree(extra);
      JsonNode uid = n == null ? null : n.get("unique_id");
      return uid != null && uid.isTextual() && !uid.asText().isBlank() ? uid.asText() : null;
    } catch (IOException e) {
      // A hand-edited extra that is not JSON names no model.
      return null;
    }
  }

  /**
   * Indexes the manifest's models, seeds and snapshots by {@code schema.alias} (lower case).
   *
   * @param manifest the manifest
   * @return relation to unique id
   */
  public static Map<String, String> relations(DbtManifest manifest) {
    Map<String, String> out = new HashMap<>();
    for (DbtNode node : manifest.nodes().values()) {
      ResourceType t = node.resourceType();
      if ((ResourceType.MODEL.equals(t) || ResourceType.SEED.equals(t) || ResourceType.SNAPSHOT.equals(t))
          && node.schema() != null) {
        out.put(relationKey(node.schema(), node.alias() != null ? node.alias() : node.name()), node.uniqueId());
      }
    }
    return Map.copyOf(out);
  }

  private static String relationKey(String schema, String table) {
    return (schema + "." + table).toLowerCase(Locale.ROOT);
  }
}
