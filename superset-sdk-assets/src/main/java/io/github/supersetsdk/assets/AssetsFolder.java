package io.github.supersetsdk.assets;

import io.github.supersetsdk.assets.internal.Doc;
import io.github.supersetsdk.assets.internal.FolderIo;
import io.github.supersetsdk.assets.internal.Normalizer;
import io.github.supersetsdk.assets.internal.Uuids;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A folder of Superset assets as YAML files, one per database, dataset, chart and dashboard, named
 * by slug and UUID:
 *
 * <pre>
 * databases/warehouse-&lt;uuid&gt;.yaml
 * datasets/warehouse/fct_orders-&lt;uuid&gt;.yaml
 * charts/revenue_by_month-&lt;uuid&gt;.yaml
 * dashboards/revenue-&lt;uuid&gt;.yaml
 * </pre>
 *
 * <p>Files hold Superset's export format in a normal form: keys sorted, JSON fields as YAML trees,
 * no server ids, no secrets. Values may use Jinja, rendered when the folder is read; Jinja that
 * Superset evaluates itself (in virtual-dataset SQL) is kept in {@code {% raw %}} blocks. Produced by
 * {@link SupersetAssets#export()} or {@link #read}; applied by {@link SupersetAssets#apply}.
 *
 * <p>Immutable and thread-safe.
 */
public final class AssetsFolder {

  private final List<Doc> docs;

  private AssetsFolder(List<Doc> docs) {
    List<Doc> sorted = new ArrayList<>(docs);
    sorted.sort(java.util.Comparator.comparing(Doc::type).thenComparing(Doc::path));
    this.docs = List.copyOf(sorted);
  }

  static AssetsFolder of(List<Doc> docs) {
    return new AssetsFolder(docs);
  }

  List<Doc> docs() {
    return docs;
  }

  /**
   * Reads a folder, rendering its Jinja values with the given variables.
   *
   * @param dir the folder
   * @param values the template variables
   * @return the folder's assets
   * @throws NullPointerException if an argument is null
   * @throws AssetsFormatException if a file is not valid YAML or lacks its UUID or name
   * @throws UnknownAssetTypeException if a YAML file lies outside the asset directories
   * @throws UuidConflictException if two files have the same UUID
   * @throws TemplateException if a value uses a variable without a value
   * @throws AssetsException if {@code dir} is not a directory
   * @throws java.io.UncheckedIOException if a file cannot be read
   */
  public static AssetsFolder read(Path dir, TemplateValues values) {
    Objects.requireNonNull(dir, "dir");
    Objects.requireNonNull(values, "values");
    return new AssetsFolder(FolderIo.read(dir, values.asMap()));
  }

  /**
   * Writes the assets into a folder. The {@code databases}, {@code datasets}, {@code charts} and
   * {@code dashboards} directories are replaced as a whole; other files are kept. The same assets
   * always give the same bytes.
   *
   * @param dir the folder, created if missing
   * @throws NullPointerException if {@code dir} is null
   * @throws java.io.UncheckedIOException if a file cannot be written
   */
  public void write(Path dir) {
    Objects.requireNonNull(dir, "dir");
    FolderIo.write(dir, docs);
  }

  /**
   * The assets, in dependency order (databases, datasets, charts, dashboards), then by file.
   *
   * @return the assets
   */
  public List<AssetRef> assets() {
    return docs.stream().map(Doc::ref).toList();
  }

  /**
   * The dashboards named and every asset of this folder they need: their charts, the charts'
   * datasets, the datasets of their native filters, and those datasets' databases. Dependencies the
   * folder lacks are looked up on the server when the selection is planned or applied.
   *
   * @param dashboards dashboards by slug, UUID or title
   * @return the selection
   * @throws NullPointerException if {@code dashboards} or an element is null
   * @throws AssetsException if a dashboard is not in the folder
   */
  public AssetsFolder select(Collection<String> dashboards) {
    Map<UUID, Doc> byUuid = new LinkedHashMap<>();
    docs.forEach(d -> byUuid.put(d.uuid(), d));
    Set<UUID> keep = new LinkedHashSet<>();
    Deque<UUID> todo = new ArrayDeque<>();
    for (String wanted : dashboards) {
      Objects.requireNonNull(wanted, "dashboard");
      Doc found = docs.stream()
          .filter(d -> d.type() == AssetType.DASHBOARD)
          .filter(d -> d.uuid().toString().equalsIgnoreCase(wanted) || wanted.equals(d.content().get("slug"))
              || wanted.equals(d.name()))
          .findFirst()
          .orElseThrow(() -> new AssetsException("no dashboard '" + wanted + "' in the folder"
              + (!wanted.isEmpty() && wanted.chars().allMatch(Character::isDigit)
                  ? " (a folder's dashboards are named by slug, UUID or title; its files hold no server ids)" : ""),
              null, null));
      todo.add(found.uuid());
    }
    while (!todo.isEmpty()) {
      UUID u = todo.pop();
      Doc d = byUuid.get(u);
      if (d != null && keep.add(u)) {
        todo.addAll(d.dependencies().keySet());
      }
    }
    return new AssetsFolder(docs.stream().filter(d -> keep.contains(d.uuid())).toList());
  }

  /**
   * A separate copy of these assets for one tenant: every dataset, chart and dashboard gets a UUID
   * derived from its own and the tenant (RFC 9562 version 5), so that provisioning the same tenant
   * again updates its copy instead of adding one; references follow, and dashboard slugs get
   * {@code -<tenant>} appended. Databases keep their UUIDs: map them to the tenant's connection with
   * {@link SupersetAssets.Builder#mapDatabase}. Read the template with the tenant's values first so
   * that its Jinja (schemas, SQL, titles) is the tenant's.
   *
   * @param tenant the tenant's key
   * @return the tenant's copy
   * @throws NullPointerException if {@code tenant} is null
   * @throws IllegalArgumentException if {@code tenant} is blank
   */
  public AssetsFolder forTenant(String tenant) {
    Objects.requireNonNull(tenant, "tenant");
    if (tenant.isBlank()) {
      throw new IllegalArgumentException("tenant is blank");
    }
    Map<String, String> renames = new HashMap<>();
    for (Doc d : docs) {
      if (d.type() != AssetType.DATABASE) {
        renames.put(d.uuid().toString(), Uuids.v5(d.uuid(), tenant).toString());
      }
    }
    List<Doc> out = new ArrayList<>();
    for (Doc d : docs) {
      @SuppressWarnings("unchecked")
      Map<String, Object> c = (Map<String, Object>) replaceStrings(d.content(), renames);
      if (d.type() == AssetType.DASHBOARD && c.get("slug") instanceof String slug && !slug.isBlank()) {
        c.put("slug", slug + "-" + tenant);
      }
      UUID uuid = UUID.fromString(renames.getOrDefault(d.uuid().toString(), d.uuid().toString()));
      out.add(new Doc(d.type(), uuid, d.path(), Normalizer.normalize(d.type(), c)));
    }
    return new AssetsFolder(out);
  }

  private static Object replaceStrings(Object v, Map<String, String> renames) {
    if (v instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, x) -> out.put(String.valueOf(k), x == null ? null : replaceStrings(x, renames)));
      return out;
    }
    if (v instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      l.forEach(x -> out.add(x == null ? null : replaceStrings(x, renames)));
      return out;
    }
    return v instanceof String s ? renames.getOrDefault(s, s) : v;
  }

  /** Names the number of assets of each kind. */
  @Override
  public String toString() {
    Map<AssetType, Integer> counts = new LinkedHashMap<>();
    docs.forEach(d -> counts.merge(d.type(), 1, Integer::sum));
    return "AssetsFolder" + counts;
  }
}
