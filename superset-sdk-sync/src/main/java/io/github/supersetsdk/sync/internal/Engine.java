package io.github.supersetsdk.sync.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.supersetsdk.client.ServerInfo;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.exception.BadRequestException;
import io.github.supersetsdk.client.exception.FieldUnsupportedException;
import io.github.supersetsdk.client.exception.NotFoundException;
import io.github.supersetsdk.client.exception.SupersetApiException;
import io.github.supersetsdk.client.exception.SupersetException;
import io.github.supersetsdk.client.id.DatabaseId;
import io.github.supersetsdk.client.id.DatasetId;
import io.github.supersetsdk.client.model.Chart;
import io.github.supersetsdk.client.model.Database;
import io.github.supersetsdk.client.model.Dataset;
import io.github.supersetsdk.client.model.DatasetColumn;
import io.github.supersetsdk.client.model.DependentChart;
import io.github.supersetsdk.client.model.DependentDashboard;
import io.github.supersetsdk.client.model.DependentObjects;
import io.github.supersetsdk.client.request.CreateDatabaseRequest;
import io.github.supersetsdk.client.request.CreateDatasetRequest;
import io.github.supersetsdk.client.request.DatasetColumnUpdate;
import io.github.supersetsdk.client.request.Filter;
import io.github.supersetsdk.client.request.FilterOperator;
import io.github.supersetsdk.client.request.ImportBundleRequest;
import io.github.supersetsdk.client.request.ListQuery;
import io.github.supersetsdk.client.request.UpdateDatasetRequest;
import io.github.supersetsdk.dbt.manifest.DbtManifest;
import io.github.supersetsdk.dbt.manifest.DbtNode;
import io.github.supersetsdk.dbt.manifest.DbtSource;
import io.github.supersetsdk.dbt.manifest.ResourceType;
import io.github.supersetsdk.dbt.run.RunResult;
import io.github.supersetsdk.dbt.run.RunResults;
import io.github.supersetsdk.dbt.run.RunStatus;
import io.github.supersetsdk.dbt.select.InvalidSelectorException;
import io.github.supersetsdk.dbt.select.NodeSelector;
import io.github.supersetsdk.dbt.select.SelectionRequest;
import io.github.supersetsdk.sync.DatasetPlan;
import io.github.supersetsdk.sync.DatasetResult;
import io.github.supersetsdk.sync.DbtArtifacts;
import io.github.supersetsdk.sync.FieldChange;
import io.github.supersetsdk.sync.ImpactedAsset;
import io.github.supersetsdk.sync.SyncAction;
import io.github.supersetsdk.sync.SyncEvent;
import io.github.supersetsdk.sync.SyncException;
import io.github.supersetsdk.sync.SyncListener;
import io.github.supersetsdk.sync.SyncMode;
import io.github.supersetsdk.sync.SyncReport;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Plans and applies a sync. Thread-safe; one instance per {@code DbtSync}. */
public final class Engine {

  private static final Logger LOG = LoggerFactory.getLogger(Engine.class);
  private static final String DATASET_CREATE = "/api/v1/dataset/";
  private static final Set<String> MATERIALIZED = Set.of("table", "incremental", "view", "materialized_view");

  /**
   * What to sync and how.
   *
   * @param databaseId the target connection by id, or null
   * @param databaseName the target connection by name, or null
   * @param databaseUri the SQLAlchemy URI to create the connection with when missing, or null
   * @param select the --select selectors
   * @param exclude the --exclude selectors
   * @param seeds whether seeds are synced
   * @param snapshots whether snapshots are synced
   * @param sources whether sources are synced
   * @param mode the mode
   * @param prune whether gone datasets are deleted
   * @param force whether prune deletes datasets charts use
   * @param maxInFlight the number of datasets handled at once
   * @param verifyAll whether datasets whose dbt side is unchanged are still read and compared
   * @param docsUrl the dbt docs site, or null
   * @param managedExternally whether datasets are marked as managed externally
   * @param metrics the metric source
   * @param listeners the listeners
   * @param bulkImport whether new datasets with a complete catalog.json entry are created by
   *     dataset-bundle import (PostgreSQL connections only)
   */
  public record Settings(
      @Nullable DatabaseId databaseId,
      @Nullable String databaseName,
      @Nullable String databaseUri,
      List<String> select,
      List<String> exclude,
      boolean seeds,
      boolean snapshots,
      boolean sources,
      SyncMode mode,
      boolean prune,
      boolean force,
      int maxInFlight,
      boolean verifyAll,
      @Nullable String docsUrl,
      boolean managedExternally,
      MetricSource metrics,
      List<SyncListener> listeners,
      boolean bulkImport) {

    @Override
    public String toString() {
      // The URI may hold a password.
      return "Settings[database=" + (databaseId != null ? databaseId : databaseName) + ", mode="
          + mode + ", prune=" + prune + ", force=" + force + "]";
    }
  }

  /** One planned dataset with what apply needs. */
  record Item(
      DatasetPlan plan,
      @Nullable Desired desired,
      @Nullable Dataset details,
      Current.Block block,
      Differ.@Nullable Diff diff) {}

  /**
   * The internal part of a plan.
   *
   * @param databaseName the connection's name
   * @param databaseId the connection, or null if apply creates it
   * @param items the planned datasets
   * @param reads the reads the plan made
   */
  public record Work(String databaseName, @Nullable DatabaseId databaseId, List<Item> items, int reads) {
    /**
     * The unique ids of the datasets the sync made whose node is gone, disabled or now ephemeral.
     *
     * @return the ids, in plan order
     */
    public List<String> orphaned() {
      List<String> ids = new ArrayList<>();
      items.forEach(i -> {
        if (i.desired() == null && i.details() != null) {
          ids.add(i.plan().uniqueId());
        }
      });
      return ids;
    }

    /** @return the per-dataset plans */
    public List<DatasetPlan> plans() {
      List<DatasetPlan> p = new ArrayList<>();
      items.forEach(i -> p.add(i.plan()));
      return p;
    }
  }

  private final SupersetClient client;
  private final HttpCounter counter;
  private final Settings settings;

  /**
   * Creates an engine.
   *
   * @param client the client whose requests the counter sees
   * @param counter the counter
   * @param settings the settings
   */
  public Engine(SupersetClient client, HttpCounter counter, Settings settings) {
    this.client = client;
    this.counter = counter;
    this.settings = settings;
  }

  // ---------------------------------------------------------------------------------- plan

  /**
   * Plans a sync; reads only.
   *
   * @param artifacts the dbt artifacts
   * @return the work
   */
  public Work plan(DbtArtifacts artifacts) {
    int reads0 = counter.reads();
    DbtManifest manifest = artifacts.manifest();
    Database db = resolveDatabase();
    String dbName = db != null ? db.databaseName() : Objects.requireNonNull(settings.databaseName());
    boolean upper = db != null && db.backend() != null
        && Set.of("snowflake", "oracle", "db2").contains(db.backend().toLowerCase(Locale.ROOT));
    Map<String, String> notSynced = new LinkedHashMap<>();
    List<String> ids = select(manifest, notSynced);
    // PostgreSQL keeps the case of quoted names (dbt quotes them there): "Orders" is not orders.
    // A connection the sync is to create is known by its URI ("Amount" and amount on the first sync).
    boolean caseSensitive = db != null ? "postgresql".equalsIgnoreCase(db.backend())
        : settings.databaseUri() != null && settings.databaseUri().toLowerCase(Locale.ROOT).startsWith("postgres");
    Mapping mapping = new Mapping(manifest, artifacts.catalog(), settings.mode(),
        settings.docsUrl(), settings.managedExternally(), upper, caseSensitive, Instant.now());
    MetricSource.Compiled compiled = settings.metrics().compile(artifacts);
    List<Desired> desired = new ArrayList<>();
    for (String id : ids) {
      DbtNode node = manifest.nodes().get(id);
      if (node != null) {
        desired.add(mapping.map(node, compiled.metrics().getOrDefault(id, List.of()),
            compiled.notes().getOrDefault(id, List.of())));
        continue;
      }
      DbtSource source = manifest.sources().get(id);
      if (source != null) {
        desired.add(mapping.map(source));
      }
    }
    List<Dataset> existing = db == null ? List.of() : listDatasets(db.id());
    Map<String, List<Dataset>> byUid = new HashMap<>();
    Map<String, Dataset> byRelation = new HashMap<>();
    for (Dataset ds : existing) {
      Current.Block b = Current.block(ds.extra());
      if (b.uniqueId() != null) {
        byUid.computeIfAbsent(b.uniqueId(), k -> new ArrayList<>()).add(ds);
      }
      if (ds.sql() == null || ds.sql().isBlank()) {
        byRelation.put(relationKey(ds.schema(), ds.tableName()), ds);
      }
    }
    Set<String> manifestIds = new HashSet<>(manifest.nodes().keySet());
    manifestIds.addAll(manifest.sources().keySet());
    Set<Long> matched = new HashSet<>();
    List<Item> items = new ArrayList<>();
    List<Integer> toRead = new ArrayList<>();
    // One dataset per relation: selected nodes that land on the same one (a seed and the source that
    // reads its table) are settled here, before anything is written.
    Map<String, List<String>> byTarget = new HashMap<>();
    for (Desired d : desired) {
      byTarget.computeIfAbsent(relationKey(d.schema(), d.table()), k -> new ArrayList<>()).add(d.uniqueId());
    }
    String connectionDb = connectionDatabase(db);
    for (Desired d : desired) {
      List<Dataset> claims = byUid.getOrDefault(d.uniqueId(), List.of());
      String elsewhere = otherDatabase(manifest, d.uniqueId(), connectionDb);
      if (elsewhere != null) {
        // A PostgreSQL connection reads one database: a dataset on the same schema and table name
        // there would read another table (or none) without a word.
        claims.forEach(c -> matched.add(c.id().value()));
        items.add(new Item(plan(d, claims.size() == 1 ? claims.get(0).id() : null, SyncAction.SKIPPED, List.of(),
            "dbt builds it in database '" + elsewhere + "', but connection '" + dbName + "' reads database '"
                + connectionDb + "': sync it to a connection on " + elsewhere + " (--database), or select it out",
            List.of()), d, null, Current.block(null), null));
        continue;
      }
      Dataset match = null;
      List<String> sameTarget = byTarget.get(relationKey(d.schema(), d.table()));
      String conflict = sharedRelation(d, sameTarget);
      if (conflict != null) {
        claims.forEach(c -> matched.add(c.id().value()));
      } else if (claims.size() > 1) {
        List<Long> cids = new ArrayList<>();
        claims.forEach(c -> cids.add(c.id().value()));
        conflict = "conflict: datasets " + cids + " all claim " + d.uniqueId() + " in their extra;"
            + " delete or fix all but one";
        claims.forEach(c -> matched.add(c.id().value()));
      } else if (claims.size() == 1) {
        match = claims.get(0);
      } else {
        Dataset r = byRelation.get(relationKey(d.schema(), d.table()));
        if (r != null) {
          String other = Current.block(r.extra()).uniqueId();
          // A source's dataset passes to the node that builds its relation.
          if (other != null && !other.equals(d.uniqueId()) && manifestIds.contains(other) && !sameTarget.contains(other)) {
            conflict = "conflict: dataset " + r.id().value() + " on " + d.relation() + " belongs to "
                + other;
            matched.add(r.id().value());
          } else {
            match = r;
          }
        }
      }
      if (conflict != null) {
        items.add(new Item(plan(d, null, SyncAction.SKIPPED, List.of(), conflict, List.of()),
            d, null, Current.block(null), null));
        continue;
      }
      if (match == null) {
        DatasetPlan p = plan(d, null, SyncAction.CREATE, createChanges(d), null, List.of());
        String note = createUuidNote();
        if (note != null) {
          List<String> notes = new ArrayList<>(p.notes());
          notes.add(note);
          p = new DatasetPlan(p.uniqueId(), null, p.action(), p.relation(), p.changes(), null,
              p.impact(), p.columns(), p.metrics(), notes);
        }
        items.add(new Item(p, d, null, Current.block(null), null));
        continue;
      }
      matched.add(match.id().value());
      Current.Block block = Current.block(match.extra());
      boolean sameRelation = d.isOn(match.schema(), match.tableName());
      if (!settings.verifyAll() && sameRelation && d.hash().equals(block.hash())
          && d.uniqueId().equals(block.uniqueId())) {
        DatasetPlan p = plan(d, match.id(), SyncAction.UNCHANGED, List.of(), null, List.of());
        if (d.catalogTable() == null && !block.absent().isEmpty()) {
          // What the last apply found of the table, said on every plan as catalog.json's would be.
          List<String> notes = new ArrayList<>(p.notes());
          block.absent().stream().filter(c -> d.columnNames().containsKey(c))
              .forEach(c -> notes.add(Differ.absentNote(d, c)));
          p = new DatasetPlan(p.uniqueId(), p.datasetId(), p.action(), p.relation(), p.changes(), null,
              p.impact(), p.columns(), p.metrics(), notes);
        }
        items.add(new Item(p, d, match, block, null));
      } else {
        toRead.add(items.size());
        items.add(new Item(plan(d, match.id(), SyncAction.UPDATE, List.of(), null, List.of()),
            d, match, block, null));
      }
    }
    // Details only for datasets that may change, in parallel.
    List<Item> detailed = parallel(toRead, idx -> detail(items.get(idx)));
    for (int k = 0; k < toRead.size(); k++) {
      items.set(toRead.get(k), detailed.get(k));
    }
    // Datasets the sync made whose dbt node is gone, or builds no relation any more.
    Set<String> disabled = new HashSet<>(manifest.disabled());
    List<Dataset> orphans = new ArrayList<>();
    Map<Long, String> whyOrphaned = new HashMap<>();
    for (Dataset ds : existing) {
      Current.Block b = Current.block(ds.extra());
      if (!b.marked() || b.uniqueId() == null || matched.contains(ds.id().value())) {
        continue;
      }
      String uid = b.uniqueId();
      DbtNode node = manifest.nodes().get(uid);
      if (node != null && node.resourceType().equals(ResourceType.MODEL) && "ephemeral".equals(node.materialized())) {
        // dbt no longer builds or updates its table; what is left there is stale.
        orphans.add(ds);
        whyOrphaned.put(ds.id().value(), "its dbt model is now ephemeral, so dbt builds no relation for it");
        notSynced.remove(uid);
      } else if (!manifestIds.contains(uid) && disabled.contains(uid)) {
        // A disabled node may be enabled again (or be enabled on another target): never pruned.
        items.add(new Item(new DatasetPlan(uid, ds.id(), SyncAction.SKIPPED, relation(ds.schema(), ds.tableName()),
            List.of(), "its dbt node is disabled (enabled: false); the dataset is kept, also with prune",
            List.of(), 0, 0, List.of()), null, ds, b, null));
      } else if (!manifestIds.contains(uid)) {
        orphans.add(ds);
        whyOrphaned.put(ds.id().value(), "its dbt node is gone");
      }
    }
    List<Item> pruned = parallel(orphans, ds -> pruneItem(ds, Objects.requireNonNull(whyOrphaned.get(ds.id().value()))));
    items.addAll(pruned);
    settleMoves(items, byRelation);
    notSynced.forEach((id, why) -> items.add(new Item(new DatasetPlan(id, null, SyncAction.SKIPPED,
        "(no relation)", List.of(), why, List.of(), 0, 0, List.of()), null, null, Current.block(null), null)));
    return new Work(dbName, db == null ? null : db.id(), items, counter.reads() - reads0);
  }

  /**
   * A dataset moving onto a relation another dataset holds (a model version taking over the
   * unsuffixed name, say) is refused by Superset (422) unless that dataset moves away or is
   * deleted first, which apply then does (see {@link #waves}). Otherwise the move is planned as a
   * conflict that names the holder and what frees the relation, instead of failing every apply.
   */
  private static void settleMoves(List<Item> items, Map<String, Dataset> byRelation) {
    Map<Long, Item> byDataset = new HashMap<>();
    for (Item it : items) {
      if (it.details() != null) {
        byDataset.put(it.details().id().value(), it);
      }
    }
    for (int i = 0; i < items.size(); i++) {
      Item it = items.get(i);
      String target = moveTarget(it);
      if (target == null) {
        continue;
      }
      Dataset holder = byRelation.get(target);
      if (holder == null || holder.id().equals(Objects.requireNonNull(it.details()).id())) {
        continue;
      }
      Item held = byDataset.get(holder.id().value());
      if (held != null && (held.plan().action() == SyncAction.DELETE || moveTarget(held) != null)) {
        continue;
      }
      Desired d = Objects.requireNonNull(it.desired());
      String uid = Current.block(holder.extra()).uniqueId();
      String heldWhy = held == null || held.plan().reason() == null ? "" : held.plan().reason();
      String why;
      if (heldWhy.startsWith("its dbt node is disabled")) {
        why = ", whose dbt node is disabled: delete that dataset, or enable the node, to settle it";
      } else if (heldWhy.contains("sync with prune") || heldWhy.contains("not deleted without force")) {
        why = ", whose " + heldWhy.replaceFirst("^its ", "").replaceFirst("(; sync with prune| but \\d+ chart).*", "")
            + ": sync with prune (and force while charts use it) to delete it; this dataset then moves there in"
            + " the same run";
      } else {
        why = ": Superset keeps one dataset per table; delete it or point one of the models elsewhere";
      }
      DatasetPlan p = it.plan();
      items.set(i, new Item(new DatasetPlan(p.uniqueId(), p.datasetId(), SyncAction.SKIPPED, p.relation(),
          List.of(), "conflict: " + d.relation() + " is held by dataset " + holder.id().value()
              + (uid == null ? "" : " (" + uid + ")") + why, List.of(), p.columns(), p.metrics(), p.notes()),
          d, it.details(), it.block(), it.diff()));
    }
  }

  // The relation key an update moves its dataset to, or null when it stays where it is.
  private static @Nullable String moveTarget(Item it) {
    Dataset ds = it.details();
    Desired d = it.desired();
    if (it.plan().action() != SyncAction.UPDATE || ds == null || d == null) {
      return null;
    }
    return d.isOn(ds.schema(), ds.tableName()) ? null : relationKey(d.schema(), d.table());
  }

  /**
   * One step of the apply: datasets first parked on a temporary table name, to free their relation
   * for a move onto it, then items applied in parallel.
   *
   * @param park the items whose dataset is parked before the wave
   * @param items the items applied in the wave
   */
  record Wave(List<Integer> park, List<Integer> items) {}

  /**
   * Apply's order: deletes first, then the items in waves such that a dataset moving onto a
   * relation another item frees (by moving away or being deleted) goes in a wave after it. A cycle
   * (datasets swapping relations) is broken by parking one of its datasets on a temporary name,
   * which frees its relation; it moves to its own target in a later wave.
   */
  static List<Wave> waves(List<Item> items, List<Integer> indices) {
    Map<String, Integer> freedBy = new HashMap<>();
    for (int i : indices) {
      Item it = items.get(i);
      Dataset ds = it.details();
      if (ds != null && (it.plan().action() == SyncAction.DELETE || moveTarget(it) != null)) {
        freedBy.put(relationKey(ds.schema(), ds.tableName()), i);
      }
    }
    List<Wave> waves = new ArrayList<>();
    Set<Integer> freed = new HashSet<>();
    List<Integer> pending = new ArrayList<>();
    List<Integer> deletes = new ArrayList<>();
    for (int i : indices) {
      (items.get(i).plan().action() == SyncAction.DELETE ? deletes : pending).add(i);
    }
    if (!deletes.isEmpty()) {
      waves.add(new Wave(List.of(), deletes));
      freed.addAll(deletes);
    }
    List<Integer> park = new ArrayList<>();
    while (!pending.isEmpty()) {
      List<Integer> wave = new ArrayList<>();
      for (int i : pending) {
        String target = moveTarget(items.get(i));
        Integer blocker = target == null ? null : freedBy.get(target);
        if (blocker == null || blocker == i || freed.contains(blocker)) {
          wave.add(i);
        }
      }
      if (wave.isEmpty()) {
        // Every pending item waits for another: a cycle. Parking the first frees its relation.
        int first = pending.get(0);
        park.add(first);
        freed.add(first);
        continue;
      }
      waves.add(new Wave(List.copyOf(park), wave));
      park.clear();
      freed.addAll(wave);
      pending.removeAll(wave);
    }
    return waves;
  }

  // A table name no dataset of the connection has, for a dataset moved out of a swap's way; the
  // dataset keeps its dbt node in its extra, so a run stopped before the move back finds it.
  static String parkingName(Dataset ds) {
    return ds.tableName() + "__sync_swap_" + ds.id().value();
  }

  // The database a PostgreSQL connection reads (one per connection), or null when unknown or another
  // engine; one read for an existing connection (the plain view masks no URI but lacks it).
  private @Nullable String connectionDatabase(@Nullable Database db) {
    if (db == null) {
      String uri = settings.databaseUri();
      return uri == null ? null : BundleImport.postgresDatabase(uri);
    }
    if (db.backend() == null || !db.backend().equalsIgnoreCase("postgresql")) {
      return null;
    }
    try {
      String uri = client.databases().getConnection(db.id()).sqlalchemyUri();
      return uri == null ? null : BundleImport.postgresDatabase(uri);
    } catch (SupersetException e) {
      LOG.warn("cannot read connection {} to compare its database with the models': {}", db.id().value(),
          e.getMessage());
      return null;
    }
  }

  // The database dbt builds the node in when it is not the connection's, else null.
  private static @Nullable String otherDatabase(DbtManifest manifest, String uniqueId, @Nullable String connectionDb) {
    if (connectionDb == null) {
      return null;
    }
    DbtNode n = manifest.nodes().get(uniqueId);
    String database = n != null ? n.database() : null;
    if (n == null && manifest.sources().get(uniqueId) != null) {
      database = manifest.sources().get(uniqueId).database();
    }
    return database == null || database.isBlank() || database.equalsIgnoreCase(connectionDb) ? null : database;
  }

  // Why a node is not synced because another selected node maps to its relation, or null. A node
  // that builds the relation (model, seed, snapshot) owns it over the sources that read it; two
  // builders, or two sources, are a conflict to settle with the selection.
  private static @Nullable String sharedRelation(Desired d, List<String> sameRelation) {
    if (sameRelation.size() < 2) {
      return null;
    }
    List<String> builders = sameRelation.stream().filter(id -> !id.startsWith("source.")).toList();
    if (builders.size() == 1) {
      return builders.get(0).equals(d.uniqueId()) ? null
          : "skipped: " + builders.get(0) + " builds " + d.relation() + ", which this source reads; the"
              + " relation's dataset is that node's";
    }
    return "conflict: " + String.join(", ", sameRelation) + " all map to " + d.relation()
        + "; select one of them (--select/--exclude)";
  }

  private Item detail(Item item) {
    Desired d = Objects.requireNonNull(item.desired());
    Dataset listed = Objects.requireNonNull(item.details());
    return detail(d, client.datasets().get(listed.id()));
  }

  private Item detail(Desired d, Dataset ds) {
    Current.Block block = Current.block(ds.extra());
    Differ.Diff diff = Differ.diff(d, ds, block, settings.mode(), metricsSynced());
    List<FieldChange> changes = new ArrayList<>();
    if (!d.isOn(ds.schema(), ds.tableName())) {
      changes.add(new FieldChange("table", relation(ds.schema(), ds.tableName()), d.relation()));
    }
    changes.addAll(diff.changes());
    List<String> notes = new ArrayList<>(d.notes());
    List<String> missing = missingFromTheTable(d, diff.missingColumns());
    // The others the table does not have either: the mapping notes them on every plan.
    for (String col : diff.missingColumns()) {
      if (missing.contains(col)) {
        changes.add(new FieldChange("columns." + d.columnNames().getOrDefault(col, col), null,
            "(from the warehouse on refresh)"));
      }
    }
    diff.kept().forEach(k -> notes.add("kept the value set in Superset for " + k));
    notes.addAll(diff.notes());
    // catalog.json also tells columns the table gained or lost that dbt does not document.
    List<String> gone = removedByRefresh(d, ds);
    List<String> added = addedByRefresh(d, ds);
    for (String col : added) {
      if (!diff.missingColumns().contains(d.columnKey(col))) {
        changes.add(new FieldChange("columns." + col, null, "(from the warehouse on refresh)"));
      }
    }
    for (String col : noLongerDocumented(d, ds, block)) {
      changes.add(new FieldChange("columns." + col, col, "(kept by the refresh only if the table still has it)"));
      notes.add("dbt no longer documents column " + col + ", which the sync described: without catalog.json the"
          + " plan cannot tell whether the table still has it; the refresh keeps it only if so");
    }
    boolean refresh = refreshes(d, ds, block, diff.missingColumns());
    List<String> removedColumns = new ArrayList<>(diff.removedColumns());
    if (refresh) {
      if (gone == null) {
        notes.add("the warehouse refresh removes columns the table no longer has; without"
            + " catalog.json the plan cannot tell which");
      } else {
        removedColumns.addAll(gone);
        gone.forEach(c -> changes.add(new FieldChange("columns." + c, c, null)));
      }
    }
    boolean write = diff.request() != null || !changes.isEmpty();
    List<ImpactedAsset> impact = diff.removedMetrics().isEmpty() && removedColumns.isEmpty()
        ? List.of() : impact(ds.id(), diff.removedMetrics(), removedColumns);
    SyncAction action = write ? SyncAction.UPDATE : SyncAction.UNCHANGED;
    DatasetPlan p = new DatasetPlan(d.uniqueId(), ds.id(), action, d.relation(), changes, null,
        impact, d.columnCount(), d.metricNames().size(), notes);
    return new Item(p, d, ds, block, diff);
  }

  private Item pruneItem(Dataset ds, String why) {
    Current.Block b = Current.block(ds.extra());
    String uid = Objects.requireNonNull(b.uniqueId());
    String rel = relation(ds.schema(), ds.tableName());
    if (!settings.prune()) {
      return new Item(new DatasetPlan(uid, ds.id(), SyncAction.SKIPPED, rel, List.of(),
          why + "; sync with prune to delete the dataset", List.of(), 0, 0, List.of()),
          null, ds, b, null);
    }
    DependentObjects deps = client.datasets().getDependents(ds.id());
    List<ImpactedAsset> impact = new ArrayList<>();
    for (DependentChart c : deps.charts()) {
      impact.add(new ImpactedAsset("chart", c.id().value(), nz(c.sliceName()), "dataset"));
    }
    for (DependentDashboard dash : deps.dashboards()) {
      impact.add(new ImpactedAsset("dashboard", dash.id().value(), nz(dash.title()), "dataset"));
    }
    if (!deps.charts().isEmpty() && !settings.force()) {
      return new Item(new DatasetPlan(uid, ds.id(), SyncAction.SKIPPED, rel, List.of(),
          why + " but " + deps.charts().size() + " chart(s) use it; not deleted without force", impact, 0, 0,
          List.of()),
          null, ds, b, null);
    }
    return new Item(new DatasetPlan(uid, ds.id(), SyncAction.DELETE, rel, List.of(),
        why, impact, 0, 0, List.of()), null, ds, b, null);
  }

  // The catalog's column names of the relation, as keys (Desired.columnKey); null without catalog.json.
  private static @Nullable Set<String> catalogColumns(Desired d) {
    if (d.catalogTable() == null) {
      return null;
    }
    Set<String> names = new HashSet<>();
    d.catalogTable().columns().values().forEach(c -> names.add(d.columnKey(c.name())));
    return names;
  }

  // Of the documented columns the dataset lacks, those a refresh can bring: all of them without a
  // catalog; with one, those the table has (a refresh cannot bring the others, and would run on
  // every plan).
  static List<String> missingFromTheTable(Desired d, Collection<String> missing) {
    Set<String> inTable = catalogColumns(d);
    return inTable == null ? List.copyOf(missing)
        : missing.stream().filter(c -> inTable.contains(d.columnKey(c))).toList();
  }

  // The catalog's columns of the relation that the dataset does not have yet (empty without catalog).
  static List<String> addedByRefresh(Desired d, Dataset ds) {
    if (d.catalogTable() == null) {
      return List.of();
    }
    Set<String> have = new HashSet<>();
    ds.columns().forEach(c -> have.add(d.columnKey(c.columnName())));
    // As the warehouse spells them (the plan shows "Nouvelle Colonne", not its lower case).
    return d.catalogTable().columns().values().stream().map(c -> c.name())
        .filter(c -> !have.contains(d.columnKey(c))).distinct().sorted().toList();
  }

  /**
   * The physical columns a warehouse refresh of the dataset will remove: those catalog.json no
   * longer lists for the relation.
   *
   * @param d what dbt wants (with its catalog entry)
   * @param ds the dataset's details
   * @return the column names, or null without a catalog entry
   */
  static @Nullable List<String> removedByRefresh(Desired d, Dataset ds) {
    Set<String> present = catalogColumns(d);
    if (present == null) {
      return null;
    }
    List<String> gone = new ArrayList<>();
    for (DatasetColumn c : ds.columns()) {
      boolean physical = c.expression() == null || c.expression().isBlank();
      if (physical && !present.contains(d.columnKey(c.columnName()))) {
        gone.add(c.columnName());
      }
    }
    return gone;
  }

  // Whether applying the plan refreshes the dataset from the warehouse: it moves to another table, or
  // gains or loses columns (documented ones it lacks, or what catalog.json says of the table).
  static boolean refreshes(Desired d, Dataset ds, Current.Block block, Collection<String> missingColumns) {
    List<String> gone = removedByRefresh(d, ds);
    return !d.isOn(ds.schema(), ds.tableName())
        || !missingFromTheTable(d, missingColumns).isEmpty() || !addedByRefresh(d, ds).isEmpty()
        || (gone != null && !gone.isEmpty()) || !noLongerDocumented(d, ds, block).isEmpty();
  }

  // Without catalog.json: the dataset's table columns that the sync described last time and dbt no
  // longer documents, as the dataset spells them. dbt's docs usually follow the model's SQL, so the
  // table may have dropped them, which only a refresh shows; once refreshed, the sync's record no
  // longer has them and the plan is quiet again.
  static List<String> noLongerDocumented(Desired d, Dataset ds, Current.Block block) {
    if (d.catalogTable() != null) {
      return List.of();
    }
    Set<String> described = new HashSet<>();
    for (String k : block.fields().keySet()) {
      if (k.startsWith("columns.") && k.lastIndexOf('.') > 8) {
        described.add(k.substring(8, k.lastIndexOf('.')));
      }
    }
    List<String> out = new ArrayList<>();
    UnaryOperator<String> columnKey = Current.columnKey(d, ds);
    for (DatasetColumn c : ds.columns()) {
      String key = columnKey.apply(c.columnName());
      boolean physical = c.expression() == null || c.expression().isBlank();
      if (physical && described.contains(key) && !d.columnNames().containsKey(key)) {
        out.add(c.columnName());
      }
    }
    return out;
  }

  // Charts on the dataset whose saved form data or query context names a removed metric or column.
  private List<ImpactedAsset> impact(DatasetId id, List<String> removedMetrics,
      List<String> removedColumns) {
    DependentObjects deps = client.datasets().getDependents(id);
    List<ImpactedAsset> out = new ArrayList<>();
    Map<Long, String> dashboards = new java.util.TreeMap<>();
    // By id: Superset lists dependents in no fixed order, and a plan should read the same twice.
    List<DependentChart> charts = new ArrayList<>(deps.charts());
    charts.sort(java.util.Comparator.comparingLong(c -> c.id().value()));
    for (DependentChart dc : charts) {
      Chart c = client.charts().get(dc.id());
      String text = nz(c.params()) + nz(c.queryContext());
      String sql = sqlOf(text);
      boolean hit = false;
      for (String m : removedMetrics) {
        if (text.contains("\"" + m + "\"")) {
          out.add(new ImpactedAsset("chart", dc.id().value(), nz(dc.sliceName()), "metric " + m));
          hit = true;
        }
      }
      for (String col : removedColumns) {
        if (text.contains("\"" + col + "\"") || namesColumn(sql, col)) {
          out.add(new ImpactedAsset("chart", dc.id().value(), nz(dc.sliceName()), "column " + col));
          hit = true;
        }
      }
      if (hit) {
        // Only the dashboards that show an impacted chart, not every one the dataset has a chart on.
        c.dashboards().forEach(d -> dashboards.put(d.id().value(), nz(d.dashboardTitle())));
      }
    }
    dashboards.forEach((dashId, title) -> out.add(new ImpactedAsset("dashboard", dashId, title,
        "charts on this dataset that use a removed metric or column")));
    return out;
  }

  // The SQL a chart's form data and query context hold: custom SQL metrics, columns and filters
  // (sqlExpression) and the where and having clauses; JSON string escapes left as they are.
  private static final java.util.regex.Pattern SQL_FIELD = java.util.regex.Pattern.compile(
      "\"(?:sqlExpression|where|having)\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

  private static String sqlOf(String json) {
    StringBuilder sql = new StringBuilder();
    java.util.regex.Matcher m = SQL_FIELD.matcher(json);
    while (m.find()) {
      sql.append(m.group(1)).append('\n');
    }
    return sql.toString();
  }

  // Whether SQL names the column as an identifier: bare, case-insensitive (SQL folds unquoted names),
  // or quoted (written \"name\" inside the JSON string); not as part of a longer name, and not inside
  // a string literal ('...', '' escaping a quote) or a comment, where the name is only text.
  static boolean namesColumn(String sql, String column) {
    String code = NOT_CODE.matcher(sql).replaceAll(" ");
    if (code.isBlank()) {
      return false;
    }
    String q = java.util.regex.Pattern.quote(column);
    return java.util.regex.Pattern.compile("(?i)(?<![\\w$])" + q + "(?![\\w$])").matcher(code).find()
        || code.contains("\\\"" + column + "\\\"");
  }

  // String literals and comments; the SQL is still JSON-escaped, so a line comment ends at a
  // written \n as well as at a real line break.
  private static final java.util.regex.Pattern NOT_CODE = java.util.regex.Pattern.compile(
      "'(?:[^']|'')*'|--(?:(?!\\\\n)[^\\n])*|/\\*[\\s\\S]*?\\*/");

  private DatasetPlan plan(Desired d, @Nullable DatasetId id, SyncAction action,
      List<FieldChange> changes, @Nullable String reason, List<ImpactedAsset> impact) {
    return new DatasetPlan(d.uniqueId(), id, action, d.relation(), changes, reason, impact,
        d.columnCount(), d.metricNames().size(), d.notes());
  }

  private static List<FieldChange> createChanges(Desired d) {
    List<FieldChange> c = new ArrayList<>();
    for (Map.Entry<String, @Nullable String> e : d.fields().entrySet()) {
      if (e.getValue() != null) {
        c.add(new FieldChange(e.getKey(), null, e.getValue()));
      }
    }
    return c;
  }

  private @Nullable Database resolveDatabase() {
    if (settings.databaseId() != null) {
      try {
        return client.databases().get(settings.databaseId());
      } catch (io.github.supersetsdk.client.exception.NotFoundException e) {
        throw new SyncException("no Superset database connection with id "
            + settings.databaseId().value() + " at " + client.baseUrl() + UNSEEN_CONNECTION);
      }
    }
    String name = Objects.requireNonNull(settings.databaseName(), "database");
    List<String> known = new ArrayList<>();
    for (Database db : client.databases().list(ListQuery.all())) {
      if (db.databaseName().equals(name)) {
        return db;
      }
      known.add(db.databaseName());
    }
    if (settings.databaseUri() != null) {
      return null;
    }
    throw new SyncException("no Superset database connection named '" + name + "' at "
        + client.baseUrl() + " (known: " + (known.isEmpty() ? "none"
            : known.size() <= 10 ? String.join(", ", known)
            : String.join(", ", known.subList(0, 10)) + " and " + (known.size() - 10) + " more")
        + ")" + UNSEEN_CONNECTION + "; give its SQLAlchemy URI to create it (DbtSync.Builder.database(name, uri), or"
        + " --database-uri on the command line)");
  }

  // Superset hides a connection from users without access to it: lists leave it out and reading it
  // answers 404, exactly as if it did not exist.
  private static final String UNSEEN_CONNECTION = "; Superset shows a user only the connections its roles grant"
      + " database_access on (or all_database_access), so one that exists may be hidden from this user";

  // The selected nodes to sync. Models a --select names that have no table or view to make a
  // dataset of (ephemeral ones) go to notSynced with the reason, so that the plan says why.
  private List<String> select(DbtManifest manifest, Map<String, String> notSynced) {
    Set<ResourceType> types = new HashSet<>();
    types.add(ResourceType.MODEL);
    if (settings.seeds()) {
      types.add(ResourceType.SEED);
    }
    if (settings.snapshots()) {
      types.add(ResourceType.SNAPSHOT);
    }
    if (settings.sources()) {
      types.add(ResourceType.SOURCE);
    }
    SelectionRequest.Builder b = SelectionRequest.builder().resourceTypes(types);
    if (!settings.select().isEmpty()) {
      b.select(settings.select().toArray(String[]::new));
    }
    if (!settings.exclude().isEmpty()) {
      b.exclude(settings.exclude().toArray(String[]::new));
    }
    List<String> ids;
    try {
      ids = NodeSelector.of(manifest).select(b.build());
    } catch (InvalidSelectorException e) {
      throw new SyncException("invalid selector: " + e.getMessage(), e);
    }
    List<String> out = new ArrayList<>();
    for (String id : ids) {
      DbtNode n = manifest.nodes().get(id);
      if (n != null) {
        if (n.resourceType().equals(ResourceType.MODEL)) {
          String m = n.materialized();
          if (m != null && MATERIALIZED.contains(m)) {
            out.add(id);
          } else if (!settings.select().isEmpty()) {
            notSynced.put(id, "ephemeral".equals(m)
                ? "materialized as ephemeral: dbt builds no table or view to make a dataset of"
                : "materialized as " + (m == null ? "(none)" : "'" + m + "'") + ", which the sync does not"
                    + " know to build a table or view (it syncs table, incremental, view and materialized_view)");
          }
        } else if (n.resourceType().equals(ResourceType.SEED)
            || n.resourceType().equals(ResourceType.SNAPSHOT)) {
          out.add(id);
        }
      } else if (manifest.sources().containsKey(id)) {
        out.add(id);
      }
    }
    return out;
  }

  private List<Dataset> listDatasets(DatabaseId db) {
    List<Dataset> all = new ArrayList<>();
    for (Dataset ds : client.datasets().list(
        ListQuery.where(Filter.of("database", FilterOperator.RELATION_ONE_TO_MANY, db.value())))) {
      all.add(ds);
    }
    return all;
  }

  // ---------------------------------------------------------------------------------- apply

  /**
   * Applies planned work; one dataset's failure does not stop the others.
   *
   * @param work the plan's work
   * @return the report
   */
  public SyncReport apply(Work work) {
    long t0 = System.nanoTime();
    int reads0 = counter.reads();
    int writes0 = counter.writes();
    DatabaseId dbId = work.databaseId();
    if (dbId == null) {
      dbId = createDatabase(work.databaseName());
    }
    final DatabaseId db = dbId;
    List<Item> todo = work.items();
    int total = todo.size();
    AtomicInteger done = new AtomicInteger();
    Consumer<DatasetResult> progress = r -> {
      int n = done.incrementAndGet();
      for (SyncListener l : settings.listeners()) {
        try {
          l.datasetDone(n, total, r);
        } catch (RuntimeException e) {
          LOG.warn("sync listener failed: {}", e.toString());
        }
      }
    };
    List<Integer> fallbacks = new ArrayList<>();
    Map<Integer, DatasetResult> imported = settings.bulkImport()
        ? importNew(db, todo, progress, fallbacks) : Map.of();
    List<Integer> rest = new ArrayList<>();
    for (int i = 0; i < todo.size(); i++) {
      if (!imported.containsKey(i)) {
        rest.add(i);
      }
    }
    Map<Integer, DatasetResult> restResults = new HashMap<>();
    Set<Long> parked = new HashSet<>();
    for (Wave w : waves(todo, rest)) {
      for (int i : w.park()) {
        Dataset ds = Objects.requireNonNull(todo.get(i).details());
        try {
          client.datasets().update(ds.id(), UpdateDatasetRequest.builder().tableName(parkingName(ds)).build());
          parked.add(ds.id().value());
        } catch (SupersetException e) {
          // The swap's moves then meet a held relation, and Superset refuses one: said on that item.
          LOG.warn("cannot move dataset {} out of the way of a swap of relations: {}", ds.id().value(), e.getMessage());
        }
      }
      List<Integer> wave = w.items();
      List<DatasetResult> waveResults = parallel(wave, i -> {
        DatasetResult r = applyOne(db, todo.get(i), parked);
        progress.accept(r);
        return r;
      });
      for (int k = 0; k < wave.size(); k++) {
        restResults.put(wave.get(k), waveResults.get(k));
      }
    }
    List<DatasetResult> results = new ArrayList<>();
    List<String> bulk = new ArrayList<>();
    for (int i = 0; i < todo.size(); i++) {
      DatasetResult r = imported.get(i);
      if (r != null) {
        bulk.add(r.uniqueId());
      }
      results.add(r != null ? r : Objects.requireNonNull(restResults.get(i)));
    }
    Collections.sort(fallbacks);
    List<String> fellBack = new ArrayList<>();
    fallbacks.forEach(i -> fellBack.add(todo.get(i).plan().uniqueId()));
    return new SyncReport(results, counter.reads() - reads0, counter.writes() - writes0,
        Duration.ofNanos(System.nanoTime() - t0), bulk, fellBack, work.orphaned());
  }

  // New datasets whose columns catalog.json fully describes are created by dataset-bundle import,
  // many per request: Superset then neither inspects the warehouse per dataset nor needs the GET
  // and PUT that follow a POST. What cannot be imported, or a batch Superset rejects, goes the REST
  // way (whose create finds a dataset that exists after all).
  private Map<Integer, DatasetResult> importNew(
      DatabaseId dbId, List<Item> items, Consumer<DatasetResult> progress, List<Integer> fallbacks) {
    List<Integer> candidates = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      Item it = items.get(i);
      if (it.plan().action() == SyncAction.CREATE && it.desired() != null
          && it.desired().catalogTable() != null) {
        candidates.add(i);
      }
    }
    if (candidates.isEmpty()) {
      return Map.of();
    }
    Database db;
    try {
      // The connection view, unlike the plain one, holds the (masked) URI: its database is the
      // catalog Superset gives new datasets.
      db = client.databases().getConnection(dbId);
    } catch (SupersetException e) {
      LOG.warn("bundle import skipped: cannot read the connection: {}", e.getMessage());
      return Map.of();
    }
    String catalogName = BundleImport.defaultCatalog(db);
    UUID dbUuid = db.uuid();
    if (catalogName == null || dbUuid == null) {
      return Map.of();
    }
    Map<Integer, ObjectNode> docs = new LinkedHashMap<>();
    for (int i : candidates) {
      Desired d = Objects.requireNonNull(items.get(i).desired());
      Dataset created = BundleImport.asCreated(d, catalogName);
      if (created != null) {
        docs.put(i, BundleImport.datasetYaml(d, created, settings.mode(),
            uuidFor(dbId, d.uniqueId()), dbUuid, metricsSynced()));
      }
    }
    if (docs.isEmpty()) {
      return Map.of();
    }
    List<Integer> keys = new ArrayList<>(docs.keySet());
    int n = keys.size();
    int batches = Math.max((n + BundleImport.MAX_PER_BUNDLE - 1) / BundleImport.MAX_PER_BUNDLE,
        Math.min(Math.max(1, settings.maxInFlight()), n));
    int size = (n + batches - 1) / batches;
    List<List<Integer>> chunks = new ArrayList<>();
    for (int from = 0; from < n; from += size) {
      chunks.add(keys.subList(from, Math.min(n, from + size)));
    }
    List<Boolean> ok = parallel(chunks, chunk -> {
      List<ObjectNode> batch = new ArrayList<>();
      chunk.forEach(i -> batch.add(docs.get(i)));
      try {
        client.datasets().importBundle(ImportBundleRequest.builder(BundleImport.bundle(db, batch)).build());
        return true;
      } catch (SupersetException e) {
        LOG.warn("bundle import of {} datasets failed, creating them one by one: {}", chunk.size(),
            e.getMessage());
        return false;
      }
    });
    // One listing tells which datasets landed: a batch is one transaction, and a batch whose
    // response was lost (a timeout on a busy server) may have landed all the same.
    Map<String, Dataset> landed = new HashMap<>();
    try {
      for (Dataset ds : listDatasets(dbId)) {
        String uid = Current.block(ds.extra()).uniqueId();
        if (uid != null) {
          landed.put(uid, ds);
        }
      }
    } catch (SupersetException e) {
      // Unknown what landed: every candidate goes the REST way, whose create finds a dataset that
      // landed after all (by its relation) and updates it instead of failing or duplicating it.
      LOG.warn("cannot list the datasets after the bundle import; creating {} datasets one by one: {}",
          keys.size(), e.getMessage());
      fallbacks.addAll(keys);
      return Map.of();
    }
    Map<Integer, DatasetResult> out = new HashMap<>();
    for (int c = 0; c < chunks.size(); c++) {
      for (int i : chunks.get(c)) {
        DatasetPlan p = items.get(i).plan();
        Desired d = Objects.requireNonNull(items.get(i).desired());
        Dataset ds = landed.get(d.uniqueId());
        if (ds != null && d.hash().equals(Current.block(ds.extra()).hash())) {
          DatasetResult r = new DatasetResult(p.uniqueId(), ds.id(), SyncAction.CREATE, null,
              p.columns(), p.metrics(), List.of());
          out.put(i, r);
          progress.accept(r);
        } else {
          if (ok.get(c)) {
            LOG.warn("{} is missing after its bundle import; creating it over REST", d.uniqueId());
          }
          fallbacks.add(i);
        }
      }
    }
    return out;
  }

  private DatabaseId createDatabase(String name) {
    // Another sync may have created it since the plan.
    for (Database db : client.databases().list(ListQuery.all())) {
      if (db.databaseName().equals(name)) {
        return db.id();
      }
    }
    try {
      return client.databases().create(CreateDatabaseRequest.builder(name,
          Objects.requireNonNull(settings.databaseUri(), "databaseUri")).exposeInSqllab(true).build());
    } catch (BadRequestException e) {
      // Another sync that started at the same time may have just created it: Superset refuses a
      // second connection of the same name ("Database could not be created.").
      for (Database db : client.databases().list(ListQuery.all())) {
        if (db.databaseName().equals(name)) {
          LOG.info("database connection '{}' was created by someone else meanwhile; using it", name);
          return db.id();
        }
      }
      // The URI or its credentials: the caller's input, and nothing was written.
      throw new SyncException("cannot create the Superset database connection '" + name
          + "': " + e.getMessage(), e);
    }
  }

  private DatasetResult applyOne(DatabaseId db, Item item, Set<Long> parked) {
    DatasetPlan p = item.plan();
    DatasetId id = p.datasetId();
    List<String> notes = new ArrayList<>();
    try {
      switch (p.action()) {
        case CREATE -> {
          Desired d = Objects.requireNonNull(item.desired());
          id = create(db, d);
          Dataset ds = client.datasets().get(id);
          // Without catalog.json the plan could not check names against the table's columns; the
          // created dataset has them, so what the update leaves out is said here.
          write(d, ds, true).stream().filter(n -> !p.notes().contains(n)).forEach(notes::add);
        }
        case UPDATE -> {
          Desired d = Objects.requireNonNull(item.desired());
          Dataset planned = Objects.requireNonNull(item.details());
          // Superset has no conditional write, and a dataset PUT replaces the whole metric and
          // column lists and the extra: a write built from the plan's copy would drop what a person
          // (or another sync) added since. So the dataset is read again and, if it moved on, diffed
          // as it is now.
          Dataset ds = client.datasets().get(planned.id());
          Differ.Diff diff = item.diff();
          Current.Block block = item.block();
          if (!asPlanned(planned, ds, parked.contains(planned.id().value()))) {
            Item now = detail(d, ds);
            notes.add(changedSincePlan(ds, now.plan().action()));
            if (now.plan().action() != SyncAction.UPDATE) {
              return new DatasetResult(p.uniqueId(), id, SyncAction.UNCHANGED, null, p.columns(), p.metrics(),
                  notes);
            }
            diff = now.diff();
            block = now.block();
          }
          boolean moved = !d.isOn(ds.schema(), ds.tableName());
          boolean refresh = refreshes(d, ds, block, diff == null ? List.of() : diff.missingColumns());
          if (moved) {
            UpdateDatasetRequest.Builder b = UpdateDatasetRequest.builder().tableName(d.table());
            if (d.schema() != null) {
              b.schema(d.schema());
            }
            client.datasets().update(ds.id(), b.build());
          }
          if (refresh) {
            // New columns (or a new table) come from the warehouse; re-read to get their ids.
            client.datasets().refresh(ds.id());
            Dataset before = ds;
            ds = client.datasets().get(ds.id());
            notes.addAll(writeAfterRefresh(d, before, ds));
          } else if (diff != null && diff.request() != null) {
            client.datasets().update(ds.id(), diff.request());
          }
        }
        case DELETE -> {
          DatasetId gone = Objects.requireNonNull(id);
          if (!settings.force()) {
            // A chart made since the plan would lose its dataset: prune never deletes one in use.
            List<DependentChart> charts = client.datasets().getDependents(gone).charts();
            if (!charts.isEmpty()) {
              List<Long> ids = new ArrayList<>();
              charts.forEach(c -> ids.add(c.id().value()));
              notes.add("not deleted: chart(s) " + ids + " started using dataset " + gone.value()
                  + " after the plan; sync with prune and force to delete it");
              return new DatasetResult(p.uniqueId(), id, SyncAction.SKIPPED, null, p.columns(), p.metrics(),
                  notes);
            }
          }
          client.datasets().delete(gone);
        }
        default -> {
          // UNCHANGED and SKIPPED write nothing.
        }
      }
      return new DatasetResult(p.uniqueId(), id, p.action(), null, p.columns(), p.metrics(), notes);
    } catch (SupersetException e) {
      if (p.action() == SyncAction.DELETE && e instanceof NotFoundException) {
        // Gone already: a DELETE whose answer was lost is sent again, and finds nothing to delete.
        notes.add("the dataset was already gone (" + e.getMessage() + ")");
        return new DatasetResult(p.uniqueId(), id, p.action(), null, p.columns(), p.metrics(), notes);
      }
      if (id != null && item.desired() != null && p.action() != SyncAction.DELETE && landed(item.desired(), id)) {
        LOG.warn("sync of {}: {}; read back, dataset {} holds what dbt wants", p.uniqueId(), e.getMessage(),
            id.value());
        notes.add("a write's answer was lost or refused after it had landed (" + e.getMessage()
            + "); read back, the dataset holds what dbt wants");
        return new DatasetResult(p.uniqueId(), id, p.action(), null, p.columns(), p.metrics(), notes);
      }
      LOG.warn("sync of {} failed: {}", p.uniqueId(), e.getMessage());
      String why = p.action() == SyncAction.UPDATE && id != null && e instanceof NotFoundException
          ? "dataset " + id.value() + " was deleted after the plan (by a person, or by another sync's prune);"
              + " the next sync creates it again: "
          : unfinished(p, id);
      return new DatasetResult(p.uniqueId(), id, p.action(), why + describe(e), p.columns(), p.metrics(), notes);
    } catch (IllegalArgumentException | IllegalStateException e) {
      LOG.warn("sync of {} failed: {}", p.uniqueId(), e.getMessage());
      return new DatasetResult(p.uniqueId(), id, p.action(), unfinished(p, id) + describe(e), p.columns(),
          p.metrics(), notes);
    }
  }

  // Whether a dataset read again before its update is as the plan read it, but for this apply's own
  // park of it on a temporary name (and that write's time).
  static boolean asPlanned(Dataset planned, Dataset now, boolean parked) {
    if (planned.equals(now)) {
      return true;
    }
    return parked && now.tableName().equals(parkingName(planned))
        && withTable(planned, now.tableName(), now.changedOn()).equals(now);
  }

  private static Dataset withTable(Dataset ds, String table, @Nullable Instant changedOn) {
    return new Dataset(ds.id(), table, ds.schema(), ds.catalog(), ds.database(), ds.sql(), ds.description(),
        ds.kind(), ds.mainDttmCol(), ds.cacheTimeout(), ds.isSqllabView(), ds.isManagedExternally(),
        ds.externalUrl(), ds.templateParams(), ds.extra(), ds.filterSelectEnabled(), ds.normalizeColumns(),
        ds.alwaysFilterMainDttm(), ds.fetchValuesPredicate(), ds.defaultEndpoint(), ds.offset(), ds.owners(),
        ds.columns(), ds.metrics(), ds.uuid(), changedOn);
  }

  // What the apply says of a dataset that changed in Superset between the plan and the apply.
  private static String changedSincePlan(Dataset now, SyncAction action) {
    return "dataset " + now.id().value() + " changed in Superset after the plan"
        + (now.changedOn() == null ? "" : " (at " + now.changedOn() + ")") + "; "
        + (action == SyncAction.UPDATE ? "the update was diffed against it as it is now, keeping what the mode keeps"
            : "as it is now it already holds what dbt wants, so nothing was written");
  }

  // A write whose answer was lost (a dropped connection, a proxy's 502 or 504) may have landed, and
  // so may one whose retry Superset refused because the first attempt had landed (a dataset PUT
  // that adds metrics or calculated columns answers 422 "already exist" when sent again). The
  // dataset is read back: when the plan would find nothing left to do (the sync's record of what dbt
  // wants, which the last write of a dataset carries, or else every field), the write landed.
  private boolean landed(Desired d, DatasetId id) {
    try {
      Dataset ds = client.datasets().get(id);
      Current.Block block = Current.block(ds.extra());
      if (d.isOn(ds.schema(), ds.tableName())
          && d.hash().equals(block.hash()) && d.uniqueId().equals(block.uniqueId())) {
        return true;
      }
      return detail(d, ds).plan().action() == SyncAction.UNCHANGED;
    } catch (SupersetException | IllegalArgumentException | IllegalStateException e) {
      LOG.debug("cannot read dataset {} back: {}", id.value(), e.getMessage());
      return false;
    }
  }

  // Superset before 6.0 has no uuid in the dataset create schema: it refuses the field as
  // "Unknown field", so the dataset gets a UUID of the server's choosing there. Asked of the
  // server's OpenAPI document (read once per client); where that cannot be read, the server's
  // refusal says the same.
  private boolean createTakesUuid() {
    return client.server().supportsField("POST", DATASET_CREATE, "uuid")
        != ServerInfo.Support.UNSUPPORTED;
  }

  private @Nullable String createUuidNote() {
    if (createTakesUuid()) {
      return null;
    }
    String version = client.server().version();
    return "Superset " + (version == null ? "(version unknown)" : version) + " does not take a"
        + " dataset UUID on create: unless a bundle import creates it, the dataset gets a UUID of"
        + " Superset's choosing instead of the sync's stable one";
  }

  private DatasetId create(DatabaseId db, Desired d) {
    boolean withUuid = createTakesUuid();
    try {
      return client.datasets().create(createRequest(db, d, withUuid));
    } catch (FieldUnsupportedException e) {
      if (!withUuid || !e.fields().equals(List.of("uuid"))) {
        throw e;
      }
      // The server refused the UUID before its document was read: send the rest.
      return client.datasets().create(createRequest(db, d, false));
    } catch (SupersetException e) {
      // A retry after an interrupted apply (Superset answers that the dataset exists), or a create
      // whose answer was lost after Superset made the dataset (a dropped connection, a proxy's 502
      // or 504): the dataset exists, so update it instead.
      Dataset existing;
      try {
        existing = findByRelation(db, d);
      } catch (SupersetException lookup) {
        e.addSuppressed(lookup);
        throw e;
      }
      if (existing != null) {
        return existing.id();
      }
      if (!(e instanceof SupersetApiException api) || !failedInsideSuperset(api)) {
        throw e;
      }
      // Superset's own race, not the request: with TAGGING_SYSTEM on, the first datasets a user
      // creates at once each insert its "owner:<id>" tag, and all but one fail. Nothing was
      // created (looked up above), so sending the create once more is safe.
      LOG.info("creating the dataset of {} failed inside Superset ({}); trying once more",
          d.uniqueId(), e.getMessage());
      return client.datasets().create(createRequest(db, d, withUuid));
    }
  }

  // Superset's answer when its create command failed as a whole ("Dataset could not be created."),
  // as opposed to a refusal of the request (a field, a missing table, a duplicate).
  private static boolean failedInsideSuperset(SupersetApiException e) {
    String m = e.serverMessage();
    return e.statusCode() == 422 && m != null && m.contains("could not be created");
  }

  private static CreateDatasetRequest createRequest(DatabaseId db, Desired d, boolean withUuid) {
    CreateDatasetRequest.Builder b = CreateDatasetRequest.builder(db, d.table());
    if (withUuid) {
      b.uuid(uuidFor(db, d.uniqueId()));
    }
    if (d.schema() != null) {
      b.schema(d.schema());
    }
    return b.build();
  }

  private @Nullable Dataset findByRelation(DatabaseId db, Desired d) {
    for (Dataset ds : client.datasets().list(ListQuery.where(
        Filter.of("database", FilterOperator.RELATION_ONE_TO_MANY, db.value()),
        Filter.eq("table_name", d.table())))) {
      if (d.isOn(ds.schema(), ds.tableName())) {
        return ds;
      }
    }
    return null;
  }

  // Returns the diff's notes: what it left out and why, and, on a dataset just made from its table,
  // the documented columns the table lacks (without catalog.json, only now known).
  private List<String> write(Desired d, Dataset ds, boolean columnsFromTable) {
    Differ.Diff diff = Differ.diff(d, ds, Current.block(ds.extra()), settings.mode(), metricsSynced(),
        columnsFromTable);
    if (diff.request() != null) {
      client.datasets().update(ds.id(), diff.request());
    }
    List<String> notes = new ArrayList<>(diff.notes());
    if (columnsFromTable) {
      notes.addAll(lacked(d, diff, ""));
    }
    return notes;
  }

  // Without catalog.json, the documented columns a dataset just read from its table lacks: the
  // table lacks them, which only the apply could learn.
  private static List<String> lacked(Desired d, Differ.Diff diff, String why) {
    if (d.catalogTable() != null) {
      return List.of();
    }
    return diff.missingColumns().stream().map(c -> "dbt documents column " + d.columnNames().getOrDefault(c, c)
        + ", which the table does not have" + why).toList();
  }

  // A refresh gives every column Superset's default flags (groupby and filterable on, is_dttm from
  // the type): those are Superset's doing, not dbt's or a person's. The update puts back the flags
  // the columns had before it, then applies what dbt wants as on any other update, so that hand-set
  // flags the mode keeps survive a refresh.
  // Returns what the plan could not know: documented columns the refresh did not bring.
  private List<String> writeAfterRefresh(Desired d, Dataset before, Dataset after) {
    Dataset restored = withFlagsOf(before, after);
    // Columns only the refresh brought hold Superset's defaults, nobody's edits: what the sync's
    // record says it wrote for them (it records every field dbt wants) must not read as a hand edit.
    Set<String> brought = new HashSet<>();
    UnaryOperator<String> columnKey = Current.columnKey(d, after);
    after.columns().forEach(c -> {
      if (before.column(c.columnName()) == null) {
        brought.add(columnKey.apply(c.columnName()));
      }
    });
    Current.Block block = Current.block(after.extra());
    Map<String, String> fields = new LinkedHashMap<>(block.fields());
    fields.keySet().removeIf(k -> k.startsWith("columns.")
        && brought.contains(k.substring("columns.".length(), k.lastIndexOf('.'))));
    Current.Block asBefore = new Current.Block(block.uniqueId(), block.marked(), block.hash(), fields,
        block.metrics(), block.columns(), block.absent());
    Differ.Diff diff = Differ.diff(d, restored, asBefore, settings.mode(), metricsSynced(), true);
    UpdateDatasetRequest r = diff.request();
    if (!restored.columns().equals(after.columns()) && (r == null || r.columns().isUnchanged())) {
      List<DatasetColumnUpdate> columns = new ArrayList<>();
      restored.columns().forEach(c -> columns.add(c.toUpdate()));
      r = (r == null ? UpdateDatasetRequest.builder() : r.toBuilder()).columns(columns).build();
    }
    if (r != null) {
      client.datasets().update(after.id(), r);
    }
    return lacked(d, diff, ": the refresh from the warehouse did not bring it");
  }

  /**
   * The refreshed dataset with each column's flags ({@code groupby}, {@code filterable},
   * {@code is_dttm}) as the column had them before the refresh; new columns as refreshed.
   *
   * @param before the dataset before the refresh
   * @param after the dataset after it
   * @return the refreshed dataset with the earlier flags
   */
  static Dataset withFlagsOf(Dataset before, Dataset after) {
    List<DatasetColumn> columns = new ArrayList<>();
    for (DatasetColumn c : after.columns()) {
      DatasetColumn was = before.column(c.columnName());
      columns.add(was == null ? c : new DatasetColumn(c.id(), c.columnName(), c.type(),
          was.isDttm() != null ? was.isDttm() : c.isDttm(), c.expression(), c.verboseName(),
          c.description(), was.groupby() != null ? was.groupby() : c.groupby(),
          was.filterable() != null ? was.filterable() : c.filterable(), c.isActive(),
          c.pythonDateFormat(), c.advancedDataType(), c.extra(), c.uuid()));
    }
    return new Dataset(after.id(), after.tableName(), after.schema(), after.catalog(), after.database(),
        after.sql(), after.description(), after.kind(), after.mainDttmCol(), after.cacheTimeout(),
        after.isSqllabView(), after.isManagedExternally(), after.externalUrl(), after.templateParams(),
        after.extra(), after.filterSelectEnabled(), after.normalizeColumns(), after.alwaysFilterMainDttm(),
        after.fetchValuesPredicate(), after.defaultEndpoint(), after.offset(), after.owners(), columns,
        after.metrics(), after.uuid(), after.changedOn());
  }

  // ---------------------------------------------------------------------------------- after a run

  /**
   * Refreshes the datasets of the models a dbt run rebuilt successfully: status {@code success}, or
   * {@code partial success} (a microbatch model that wrote some of its batches).
   *
   * @param artifacts the artifacts (for the selection)
   * @param run the run results
   * @return the event
   */
  public SyncEvent afterRun(DbtArtifacts artifacts, RunResults run) {
    Set<String> selected = new HashSet<>(select(artifacts.manifest(), new HashMap<>()));
    Set<String> rebuilt = new java.util.LinkedHashSet<>();
    for (RunResult r : run.results()) {
      if ((r.status().equals(RunStatus.SUCCESS) || r.status().equals(RunStatus.PARTIAL_SUCCESS))
          && selected.contains(r.uniqueId())) {
        rebuilt.add(r.uniqueId());
      }
    }
    if (rebuilt.isEmpty()) {
      return publish(new SyncEvent(List.of(), List.of()));
    }
    Database db = resolveDatabase();
    if (db == null) {
      return publish(new SyncEvent(List.of(), List.of()));
    }
    Map<String, DatasetId> byUid = new LinkedHashMap<>();
    for (Dataset ds : listDatasets(db.id())) {
      String uid = Current.block(ds.extra()).uniqueId();
      if (uid != null && rebuilt.contains(uid)) {
        byUid.put(uid, ds.id());
      }
    }
    List<String> uids = new ArrayList<>(byUid.keySet());
    List<Boolean> ok = parallel(uids, uid -> {
      try {
        refreshKeepingFlags(byUid.get(uid));
        return true;
      } catch (SupersetException e) {
        LOG.warn("refresh of {} failed: {}", uid, e.getMessage());
        return false;
      }
    });
    List<String> doneIds = new ArrayList<>();
    List<DatasetId> datasets = new ArrayList<>();
    for (int i = 0; i < uids.size(); i++) {
      if (ok.get(i)) {
        doneIds.add(uids.get(i));
        datasets.add(byUid.get(uids.get(i)));
      }
    }
    return publish(new SyncEvent(doneIds, datasets));
  }

  private boolean metricsSynced() {
    return settings.metrics() != MetricSource.NONE;
  }

  // A refresh gives every column Superset's default flags (groupby and filterable on): the values
  // the sync or a person set are put back on the columns the table still has.
  private void refreshKeepingFlags(DatasetId id) {
    Dataset before = client.datasets().get(id);
    client.datasets().refresh(id);
    Dataset after = client.datasets().get(id);
    Dataset restored = withFlagsOf(before, after);
    if (!restored.columns().equals(after.columns())) {
      List<DatasetColumnUpdate> columns = new ArrayList<>();
      restored.columns().forEach(c -> columns.add(c.toUpdate()));
      client.datasets().update(id, UpdateDatasetRequest.builder().columns(columns).build());
    }
  }


  private SyncEvent publish(SyncEvent event) {
    for (SyncListener l : settings.listeners()) {
      try {
        l.synced(event);
      } catch (RuntimeException e) {
        LOG.warn("sync listener failed: {}", e.toString());
      }
    }
    return event;
  }

  // ---------------------------------------------------------------------------------- helpers

  private <T, R> List<R> parallel(List<T> in, Function<T, R> f) {
    if (in.isEmpty()) {
      return List.of();
    }
    int n = Math.min(settings.maxInFlight(), in.size());
    if (n <= 1) {
      List<R> out = new ArrayList<>();
      in.forEach(x -> out.add(f.apply(x)));
      return out;
    }
    ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
      Thread t = new Thread(r, "superset-sdk-sync");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<R>> futures = new ArrayList<>();
      for (T x : in) {
        futures.add(pool.submit(() -> f.apply(x)));
      }
      List<R> out = new ArrayList<>();
      for (Future<R> fu : futures) {
        out.add(fu.get());
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SyncException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(c);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * The UUID a dataset created for a dbt node gets: stable, so that imports and retries find it.
   * It includes the connection: Superset's dataset UUIDs are unique over all connections, so one
   * project synced into two connections (staging and production) must get distinct UUIDs.
   *
   * @param db the target connection
   * @param uniqueId the dbt unique_id
   * @return the UUID
   */
  public static UUID uuidFor(DatabaseId db, String uniqueId) {
    return UUID.nameUUIDFromBytes(("superset-sdk-sync:" + db.value() + ":" + uniqueId)
        .getBytes(StandardCharsets.UTF_8));
  }

  static String relationKey(@Nullable String schema, String table) {
    return (schema == null ? "" : schema.toLowerCase(Locale.ROOT)) + "."
        + table.toLowerCase(Locale.ROOT);
  }

  private static String relation(@Nullable String schema, String table) {
    return schema == null ? table : schema + "." + table;
  }

  private static String nz(@Nullable String s) {
    return s == null ? "" : s;
  }

  // A create that made the dataset and then failed to write dbt's fields leaves a dataset behind:
  // the error says so, and that the next run finishes it (it claims the dataset by its relation).
  private static String unfinished(DatasetPlan p, @Nullable DatasetId id) {
    return p.action() == SyncAction.CREATE && id != null
        ? "created as dataset " + id.value() + " but not finished (the next sync finishes it): " : "";
  }

  private static String describe(RuntimeException e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
  }
}
