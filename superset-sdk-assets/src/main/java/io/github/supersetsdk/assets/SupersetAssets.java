package io.github.supersetsdk.assets;

import io.github.supersetsdk.assets.internal.ChartsInScope;
import io.github.supersetsdk.assets.internal.Diff;
import io.github.supersetsdk.assets.internal.Doc;
import io.github.supersetsdk.assets.internal.FolderIo;
import io.github.supersetsdk.assets.internal.Normalizer;
import io.github.supersetsdk.assets.internal.ServerView;
import io.github.supersetsdk.assets.internal.Uuids;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.exception.SupersetApiException;
import io.github.supersetsdk.client.exception.SupersetException;
import io.github.supersetsdk.client.exception.SupersetTransportException;
import io.github.supersetsdk.client.request.ImportBundleRequest;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dashboards as code against one Superset: export its assets into an {@link AssetsFolder}, plan
 * what applying a folder would change, and apply it through Superset's asset import, which writes
 * a bundle in one transaction (all of it or nothing). Assets are matched by UUID; a plan lists per
 * asset whether it would be created, updated (with the differing fields) or left unchanged.
 *
 * {@snippet class=io.github.supersetsdk.assets.AssetsSnippets region=SupersetAssets}
 *
 * <p>For promotion, {@link Builder#mapDatabase} points the folder's datasets at another connection
 * and {@link Builder#mapSchema} rewrites their schema; database passwords never come from a
 * folder, only from {@link Builder#databasePassword}. Plans and applies read only the folder's
 * assets and their dependencies from the server, through the per-kind export endpoints (an apply
 * twice: before, and after to verify).
 *
 * <p>Immutable and thread-safe; the client is not closed by it.
 */
public final class SupersetAssets {

  private static final Logger LOG = LoggerFactory.getLogger(SupersetAssets.class);

  private final SupersetClient client;
  private final Map<String, String> databaseMap;
  private final Map<String, String> schemaMap;
  private final Map<String, String> passwords;

  private SupersetAssets(Builder b) {
    this.client = b.client;
    this.databaseMap = Map.copyOf(b.databaseMap);
    this.schemaMap = Map.copyOf(b.schemaMap);
    this.passwords = Map.copyOf(b.passwords);
  }

  /**
   * Returns a builder.
   *
   * @param client the client of the Superset to export from or apply to
   * @return a new builder
   * @throws NullPointerException if {@code client} is null
   */
  public static Builder builder(SupersetClient client) {
    return new Builder(Objects.requireNonNull(client, "client"));
  }

  /**
   * Exports every database, dataset, chart and dashboard the client can read.
   *
   * @return the assets
   * @throws SupersetException if the export fails
   */
  public AssetsFolder export() {
    return AssetsFolder.of(FolderIo.readBundle(client.assets().export()));
  }


  /**
   * Exports dashboards and everything they need: their charts, the charts' datasets, the datasets
   * of their native filters, and those datasets' databases.
   *
   * @param dashboards dashboards by id, slug or UUID
   * @return the assets
   * @throws NullPointerException if {@code dashboards} or an element is null
   * @throws AssetsException if a dashboard does not exist
   * @throws SupersetException if the export fails
   */
  public AssetsFolder export(Collection<String> dashboards) {
    ServerView view = new ServerView(client);
    Deque<UUID> todo = new ArrayDeque<>();
    for (String wanted : dashboards) {
      Objects.requireNonNull(wanted, "dashboard");
      UUID u = null;
      if (!wanted.isBlank() && !wanted.contains("/")) {
        u = client.dashboards().findByIdUuidOrSlug(wanted).map(d -> d.uuid()).orElse(null);
      }
      if (u == null) {
        throw new AssetsException("no dashboard '" + wanted + "' on the server (give an id, slug or UUID)", null, null);
      }
      todo.add(u);
    }
    Map<UUID, AssetType> first = new LinkedHashMap<>();
    todo.forEach(u -> first.put(u, AssetType.DASHBOARD));
    view.load(first);
    Set<UUID> keep = new LinkedHashSet<>();
    while (!todo.isEmpty()) {
      UUID u = todo.pop();
      Doc d = view.loaded().get(u);
      if (d != null && keep.add(u)) {
        view.load(d.dependencies());
        todo.addAll(d.dependencies().keySet());
      }
    }
    return AssetsFolder.of(FolderIo.layOut(view.loaded().values().stream().filter(d -> keep.contains(d.uuid())).toList()));
  }

  /**
   * Compares a folder with the server by UUID, writing nothing.
   *
   * @param folder the folder
   * @return the plan, one entry per asset of the folder (after database and schema mapping)
   * @throws NullPointerException if {@code folder} is null
   * @throws MissingDependencyException if an asset refers to one neither the folder nor the server has
   * @throws UuidConflictException if the server has the unique name of a folder asset under another
   *     UUID, or a folder dataset in another database
   * @throws AssetsException if a database mapping names a database the folder does not have, or a
   *     schema mapping a schema no dataset of the folder is in
   * @throws SupersetException if reading the server fails
   */
  public AssetPlan plan(AssetsFolder folder) {
    Objects.requireNonNull(folder, "folder");
    ServerView view = new ServerView(client);
    List<Doc> desired = prepare(folder.docs(), view);
    return plan(desired, view.loaded());
  }

  /**
   * Applies a folder: plans it, sends the changed assets and the dependencies Superset's import
   * needs to resolve them as one bundle (overwriting by UUID), then reads the server back and
   * reports what still differs. An up-to-date server is left untouched. If Superset refuses the
   * bundle, nothing of it is written. If the import's answer is lost (the connection drops, a
   * timeout, a proxy's 5xx), the server is read back: when it has the bundle, the apply goes on as
   * if the answer had come. Native filters that an earlier apply, stopped right after its import,
   * left pointing at the folder's chart numbers get the real chart ids, even when nothing else
   * changes.
   *
   * @param folder the folder
   * @return what was written and verified
   * @throws NullPointerException if {@code folder} is null
   * @throws MissingDependencyException if an asset refers to one neither the folder nor the server has
   * @throws UuidConflictException if the server has the unique name of a folder asset under another
   *     UUID, or a folder dataset in another database
   * @throws MissingPasswordException if a new database needs a password that was not given
   * @throws AssetsImportException if Superset refuses the bundle, or its answer is lost and the
   *     server does not have it (nothing was written), or whether it was written cannot be read
   *     back (the message says so)
   * @throws AssetsException if a database mapping names a database the folder does not have, or a
   *     schema mapping a schema no dataset of the folder is in
   * @throws SupersetException if reading the server fails
   */
  public ApplyReport apply(AssetsFolder folder) {
    Objects.requireNonNull(folder, "folder");
    ServerView view = new ServerView(client);
    List<Doc> desired = prepare(folder.docs(), view);
    Map<UUID, Doc> server = view.loaded();
    AssetPlan plan = plan(desired, server);
    if (!plan.hasChanges()) {
      return new ApplyReport(plan, List.of(), List.of(), fixChartsInScope(desired, view, Set.of()));
    }
    Map<UUID, Doc> wanted = index(desired);
    Set<UUID> send = new LinkedHashSet<>();
    Deque<UUID> todo = new ArrayDeque<>();
    plan.pending().forEach(c -> todo.add(c.asset().uuid()));
    while (!todo.isEmpty()) {
      UUID u = todo.pop();
      Doc d = wanted.getOrDefault(u, server.get(u));
      if (d != null && send.add(u)) {
        // The import resolves references only within the bundle: a chart needs its dataset and
        // database in it, a dashboard all its charts.
        view.load(d.dependencies());
        todo.addAll(d.dependencies().keySet());
      }
    }
    List<Doc> bundle = new ArrayList<>(send.stream().map(u -> wanted.getOrDefault(u, server.get(u))).toList());
    bundle.sort(java.util.Comparator.comparing(Doc::type).thenComparing(Doc::path));
    ImportBundleRequest.Builder request = ImportBundleRequest.builder(FolderIo.writeBundle(bundle)).overwrite(true);
    for (Doc d : bundle) {
      if (d.type() != AssetType.DATABASE) {
        continue;
      }
      String pw = passwords.containsKey(d.uuid().toString()) ? passwords.get(d.uuid().toString())
          : passwords.get(d.name());
      if (pw != null) {
        request.password(d.path(), pw);
      } else if (!server.containsKey(d.uuid()) && d.content().get("sqlalchemy_uri") instanceof String uri
          && uri.contains(Normalizer.MASK)) {
        throw new MissingPasswordException(d.path(), d.name());
      }
    }
    try {
      client.assets().importBundle(request.build());
    } catch (SupersetException e) {
      String sent = bundle.stream().map(Doc::path).collect(Collectors.joining(", "));
      if (!mayHaveLanded(e)) {
        throw new AssetsImportException("Superset refused the bundle, so nothing of it was written ("
            + sent + "): " + e.getMessage(), e);
      }
      // The answer was lost (a dropped connection, a timeout, a proxy's 5xx): Superset may have
      // imported the bundle all the same. One transaction: either all of it is there or none.
      Boolean landed = landed(desired);
      if (landed == null) {
        throw new AssetsImportException("the answer to the import was lost, and reading the server back"
            + " failed too, so whether the bundle (" + sent + ") was written is unknown; apply again: it"
            + " writes what is still missing: " + e.getMessage(), e);
      }
      if (!landed) {
        throw new AssetsImportException("the import failed and the server does not have the bundle, so"
            + " nothing of it was written (" + sent + "): " + e.getMessage(), e);
      }
      LOG.warn("the answer to the import was lost ({}); read back, the server has the bundle", e.getMessage());
    }
    List<AssetRef> repaired = fixChartsInScope(desired, view, send);
    ServerView after = new ServerView(client);
    Map<UUID, AssetType> all = new LinkedHashMap<>();
    desired.forEach(d -> all.put(d.uuid(), d.type()));
    after.load(all);
    List<AssetChange> drift = new ArrayList<>();
    for (AssetChange c : plan(desired, after.loaded()).changes()) {
      if (c.action() != AssetChange.Action.UNCHANGED) {
        drift.add(c);
      }
    }
    return new ApplyReport(plan, bundle.stream().map(Doc::ref).toList(), drift, repaired);
  }

  // A failure after which Superset may have imported the bundle: no answer came (the connection broke
  // or timed out after the request was sent), or a 5xx, which a proxy answers when Superset is slow.
  private static boolean mayHaveLanded(SupersetException e) {
    if (e instanceof SupersetTransportException t) {
      return t.kind() != SupersetTransportException.Kind.CONNECT;
    }
    return e instanceof SupersetApiException api && api.statusCode() >= 500;
  }

  // Whether the server now has every folder asset as the folder has it; null if it cannot be read.
  private @Nullable Boolean landed(List<Doc> desired) {
    try {
      ServerView check = new ServerView(client);
      Map<UUID, AssetType> all = new LinkedHashMap<>();
      desired.forEach(d -> all.put(d.uuid(), d.type()));
      check.load(all);
      return !plan(desired, check.loaded()).hasChanges();
    } catch (SupersetException e) {
      LOG.debug("cannot read the server back after the import: {}", e.getMessage());
      return null;
    }
  }

  // Native filters whose chartsInScope still hold the folder's chart numbers get the real ids: the
  // dashboards just imported (read again), and the folder's other dashboards as the view read them,
  // which an apply stopped between its import and this fix left so (a plan cannot see it: a
  // normalised export writes real ids as those numbers too). Returns the dashboards of the second
  // kind that were repaired: the fix of an imported dashboard is part of its import.
  private List<AssetRef> fixChartsInScope(List<Doc> desired, ServerView view, Set<UUID> imported) {
    List<AssetRef> repaired = new ArrayList<>();
    for (Doc d : desired) {
      if (d.type() != AssetType.DASHBOARD) {
        continue;
      }
      if (imported.contains(d.uuid())) {
        ChartsInScope.fix(client, d.uuid());
      } else if (view.dashboards().get(d.uuid()) != null
          && ChartsInScope.fix(client, view.dashboards().get(d.uuid())) > 0) {
        repaired.add(d.ref());
      }
    }
    return repaired;
  }

  private static Map<UUID, Doc> index(List<Doc> docs) {
    Map<UUID, Doc> m = new LinkedHashMap<>();
    docs.forEach(d -> m.put(d.uuid(), d));
    return m;
  }

  /** The folder's documents after database and schema mapping, checked against the server. */
  private List<Doc> prepare(List<Doc> docs, ServerView view) {
    for (Map.Entry<String, String> m : schemaMap.entrySet()) {
      // A mistyped schema would otherwise map nothing and pass unnoticed.
      if (docs.stream().noneMatch(d -> d.type() == AssetType.DATASET && m.getKey().equals(d.content().get("schema")))) {
        throw new AssetsException("schema map " + m.getKey() + "=" + m.getValue()
            + ": the folder has no dataset in that schema", null, null);
      }
    }
    List<Doc> out = new ArrayList<>(docs);
    Map<String, String> uuidRenames = new LinkedHashMap<>();
    for (Map.Entry<String, String> m : databaseMap.entrySet()) {
      int i = indexOfDatabase(out, m.getKey());
      if (i < 0) {
        throw new AssetsException("database map " + m.getKey() + "=" + m.getValue()
            + ": the folder has no database with that name or UUID", null, null);
      }
      Doc from = out.get(i);
      Doc target = view.databases().stream()
          .filter(d -> d.databaseName().equals(m.getValue())
              || d.uuid() != null && d.uuid().toString().equalsIgnoreCase(m.getValue()))
          .findFirst()
          .flatMap(d -> d.uuid() == null ? java.util.Optional.empty() : view.get(d.uuid(), AssetType.DATABASE))
          .orElse(null);
      if (target == null) {
        if (Doc.parseUuid(m.getValue()) != null) {
          throw new AssetsException("database map " + m.getKey() + "=" + m.getValue()
              + ": the server has no database with that UUID", from.path(), null);
        }
        // A new connection under the new name, with an id derived from the folder's and the name.
        Map<String, Object> c = Normalizer.copyMap(from.content());
        UUID uuid = Uuids.v5(from.uuid(), "database:" + m.getValue());
        c.put("database_name", m.getValue());
        c.put("uuid", uuid.toString());
        target = new Doc(AssetType.DATABASE, uuid, from.path(), c);
      } else {
        target = target.withPath(from.path());
      }
      uuidRenames.put(from.uuid().toString(), target.uuid().toString());
      out.set(i, target);
    }
    List<Doc> mapped = new ArrayList<>();
    for (Doc d : out) {
      if (d.type() == AssetType.DATASET) {
        Map<String, Object> c = Normalizer.copyMap(d.content());
        if (c.get("database_uuid") instanceof String db && uuidRenames.containsKey(db)) {
          c.put("database_uuid", uuidRenames.get(db));
        }
        if (c.get("schema") instanceof String s && schemaMap.containsKey(s)) {
          c.put("schema", schemaMap.get(s));
        }
        d = d.withContent(c);
      }
      mapped.add(d);
    }
    Map<UUID, AssetType> wanted = new LinkedHashMap<>();
    for (Doc d : mapped) {
      wanted.put(d.uuid(), d.type());
      d.dependencies().forEach(wanted::putIfAbsent);
    }
    view.load(wanted);
    check(mapped, view);
    return mapped;
  }

  private static int indexOfDatabase(List<Doc> docs, String key) {
    for (int i = 0; i < docs.size(); i++) {
      Doc d = docs.get(i);
      if (d.type() == AssetType.DATABASE && (d.name().equals(key) || d.uuid().toString().equalsIgnoreCase(key))) {
        return i;
      }
    }
    return -1;
  }

  private void check(List<Doc> docs, ServerView view) {
    Map<UUID, Doc> mine = index(docs);
    Map<UUID, Doc> server = view.loaded();
    for (Doc d : docs) {
      for (Map.Entry<UUID, AssetType> dep : d.dependencies().entrySet()) {
        if (!mine.containsKey(dep.getKey()) && !server.containsKey(dep.getKey())) {
          throw new MissingDependencyException(d.path(), dep.getValue(), dep.getKey());
        }
      }
      Doc there = server.get(d.uuid());
      if (there != null && there.type() != d.type()) {
        throw new UuidConflictException(d.path(), d.uuid(), "UUID " + d.uuid() + " is a "
            + there.type().name().toLowerCase(java.util.Locale.ROOT) + " on the server");
      }
      if (d.type() == AssetType.DATASET && there != null
          && !Objects.equals(there.content().get("database_uuid"), d.content().get("database_uuid"))) {
        // Superset's import finds an existing dataset by database, schema and name, so one with this
        // UUID in another database makes it fail on the UUID's uniqueness.
        throw new UuidConflictException(d.path(), d.uuid(), "the server has dataset " + d.uuid()
            + " in database " + there.content().get("database_uuid") + ", and Superset's import cannot move a"
            + " dataset to another database (" + d.content().get("database_uuid") + "); promote into another"
            + " Superset, or provision a copy with its own UUIDs (forTenant, --tenant)");
      }
      if (d.type() == AssetType.DATASET && there == null) {
        checkNewDataset(d, view);
      }
      if (d.type() == AssetType.DATABASE) {
        for (var db : view.databases()) {
          if (db.databaseName().equals(d.name()) && db.uuid() != null && !db.uuid().equals(d.uuid())) {
            throw new UuidConflictException(d.path(), d.uuid(), "the server's database '" + d.name() + "' has UUID "
                + db.uuid() + ", not " + d.uuid() + "; map the folder's database to it (mapDatabase, --database-map)");
          }
        }
      }
      if (d.type() == AssetType.DASHBOARD && d.content().get("slug") instanceof String slug && !slug.isBlank()
          && !slug.contains("/") && !slug.chars().allMatch(Character::isDigit)) {
        var other = client.dashboards().findBySlug(slug);
        if (other.isPresent() && other.get().uuid() != null && !other.get().uuid().equals(d.uuid())) {
          throw new UuidConflictException(d.path(), d.uuid(), "the server's dashboard with slug '" + slug
              + "' has UUID " + other.get().uuid() + ", not " + d.uuid());
        }
      }
    }
  }

  /**
   * Superset's import finds an existing dataset by database, schema and table name before UUID, so
   * a new dataset for a table that already has one would overwrite that one.
   */
  private void checkNewDataset(Doc d, ServerView view) {
    UUID dbUuid = Doc.parseUuid(d.content().get("database_uuid"));
    if (dbUuid == null) {
      return;
    }
    var db = view.databases().stream().filter(x -> dbUuid.equals(x.uuid())).findFirst();
    if (db.isEmpty()) {
      return;
    }
    var sameName = client.datasets().list(io.github.supersetsdk.client.request.ListQuery.where(
        io.github.supersetsdk.client.request.Filter.of("database",
            io.github.supersetsdk.client.request.FilterOperator.RELATION_ONE_TO_MANY, db.get().id().value()),
        io.github.supersetsdk.client.request.Filter.eq("table_name", d.name())));
    for (var existing : sameName) {
      if (Objects.equals(existing.schema(), d.content().get("schema")) && existing.uuid() != null
          && !existing.uuid().equals(d.uuid())) {
        throw new UuidConflictException(d.path(), d.uuid(), "the server already has dataset "
            + d.content().get("schema") + "." + d.name() + " in database '" + db.get().databaseName()
            + "' with UUID " + existing.uuid() + ", not " + d.uuid() + "; a tenant's copy needs its own schema,"
            + " table name or database (template them, or --database-map)");
      }
    }
  }

  private static AssetPlan plan(List<Doc> desired, Map<UUID, Doc> server) {
    List<AssetChange> changes = new ArrayList<>();
    for (Doc d : desired) {
      Doc s = server.get(d.uuid());
      if (s == null) {
        changes.add(new AssetChange(d.ref(), AssetChange.Action.CREATE, List.of()));
        continue;
      }
      List<FieldChange> fields = Diff.diff(s.content(), d.content());
      changes.add(new AssetChange(d.ref(), fields.isEmpty() ? AssetChange.Action.UNCHANGED : AssetChange.Action.UPDATE,
          fields));
    }
    return new AssetPlan(changes);
  }

  /** Names the mappings and the databases that have passwords; never a password. */
  @Override
  public String toString() {
    return "SupersetAssets[databaseMap=" + databaseMap + ", schemaMap=" + schemaMap
        + ", passwords=" + passwords.keySet() + "]";
  }

  /** Builds {@link SupersetAssets}. Not thread-safe. */
  public static final class Builder {
    private final SupersetClient client;
    private final Map<String, String> databaseMap = new LinkedHashMap<>();
    private final Map<String, String> schemaMap = new LinkedHashMap<>();
    private final Map<String, String> passwords = new LinkedHashMap<>();

    private Builder(SupersetClient client) {
      this.client = client;
    }

    /**
     * Points the folder's database {@code from} at the server's connection {@code to}: datasets
     * move to it, and the connection itself is left as the server has it. When the server has no
     * connection named {@code to}, the folder's connection is created under that name (with a UUID
     * derived from its own and the name), which needs its password.
     *
     * @param from the folder's database, by name or UUID
     * @param to the server's connection, by name or UUID, or a new connection's name
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public Builder mapDatabase(String from, String to) {
      databaseMap.put(Objects.requireNonNull(from, "from"), Objects.requireNonNull(to, "to"));
      return this;
    }

    /**
     * Rewrites the schema of the folder's datasets from {@code from} to {@code to}. Virtual
     * datasets' SQL is not rewritten: template it instead. Plans and applies refuse a {@code from}
     * that no dataset of the folder is in.
     *
     * @param from the folder's schema
     * @param to the server's schema
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public Builder mapSchema(String from, String to) {
      schemaMap.put(Objects.requireNonNull(from, "from"), Objects.requireNonNull(to, "to"));
      return this;
    }

    /**
     * Gives the password of a database connection, sent with the import. Needed for connections
     * new on the server whose URI has a password; existing connections keep theirs otherwise.
     *
     * @param database the database, by name or UUID (after mapping)
     * @param password the password
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public Builder databasePassword(String database, String password) {
      passwords.put(Objects.requireNonNull(database, "database"), Objects.requireNonNull(password, "password"));
      return this;
    }

    /**
     * Builds the instance.
     *
     * @return the instance
     */
    public SupersetAssets build() {
      return new SupersetAssets(this);
    }
  }
}
