package io.github.supersetsdk.sync;

import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.id.DatabaseId;
import io.github.supersetsdk.dbt.run.RunResults;
import io.github.supersetsdk.sync.internal.CompilerMetricSource;
import io.github.supersetsdk.sync.internal.Engine;
import io.github.supersetsdk.sync.internal.HttpCounter;
import io.github.supersetsdk.sync.internal.MetricSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Syncs dbt models into Superset datasets: {@link #plan(DbtArtifacts)} compares the artifacts with
 * Superset and writes nothing; {@link #apply(SyncPlan)} makes the planned changes in parallel and
 * reports what it did.
 *
 * {@snippet class=io.github.supersetsdk.sync.snippets.SyncSnippets region=DbtSync}
 *
 * <p>A dataset is matched to its dbt node by the {@code unique_id} in its {@code extra}, then by
 * relation, so renaming a model updates its dataset. A sync right after a sync reads the dataset
 * list only and writes nothing.
 *
 * <p>Immutable and thread-safe. It makes its requests through a client derived from the given one
 * (sharing its connection pool) so that it can count them; {@link #close()} releases that client.
 */
public final class DbtSync implements AutoCloseable {

  private final SupersetClient derived;
  private final Engine engine;
  private final SyncMode mode;

  private DbtSync(Builder b) {
    HttpCounter counter = new HttpCounter();
    this.derived = b.client.newBuilder().addEventListener(counter)
        .maxRequestsInFlight(b.maxInFlight).build();
    this.mode = b.mode;
    this.engine = new Engine(derived, counter, new Engine.Settings(b.databaseId, b.databaseName,
        b.databaseUri, List.copyOf(b.select), List.copyOf(b.exclude), b.seeds, b.snapshots,
        b.sources, b.mode, b.prune, b.force, b.maxInFlight, b.verifyAll, b.docsUrl,
        b.managedExternally, b.metrics, List.copyOf(b.listeners), b.bulkImport));
  }

  /**
   * Starts a builder.
   *
   * @param client the Superset client to sync into
   * @return a builder
   * @throws NullPointerException if {@code client} is null
   */
  public static Builder builder(SupersetClient client) {
    return new Builder(Objects.requireNonNull(client, "client"));
  }

  /**
   * Compares the artifacts with Superset. Reads the database's dataset list once (paged) and the
   * details of only the datasets whose dbt side changed; writes nothing.
   *
   * @param artifacts the dbt artifacts
   * @return the plan
   * @throws NullPointerException if {@code artifacts} is null
   * @throws SyncException if the target database does not exist (and is not to be created) or a
   *     selector is invalid
   * @throws io.github.supersetsdk.client.exception.SupersetException if reading Superset fails
   */
  public SyncPlan plan(DbtArtifacts artifacts) {
    Objects.requireNonNull(artifacts, "artifacts");
    Engine.Work work = engine.plan(artifacts);
    return new SyncPlan(work.databaseName(), work.databaseId(), mode, work.plans(), work.reads(),
        work);
  }

  /**
   * Applies a plan made by this sync: creates, updates and deletes datasets, {@code maxInFlight}
   * at a time. A dataset that fails is reported and does not stop the others; applying again after
   * an interruption converges without duplicates. Each dataset to update is read again first: one
   * that changed in Superset since the plan is updated as it is now (its result notes it), and a
   * dataset to prune that a chart uses by now is skipped unless {@code force}.
   *
   * @param plan the plan
   * @return what was done
   * @throws NullPointerException if {@code plan} is null
   * @throws IllegalArgumentException if the plan was made by another {@code DbtSync}
   * @throws io.github.supersetsdk.client.exception.SupersetException if creating the database
   *     connection fails
   */
  public SyncReport apply(SyncPlan plan) {
    Objects.requireNonNull(plan, "plan");
    if (!(plan.work() instanceof Engine.Work work)) {
      throw new IllegalArgumentException("plan was not made by a DbtSync");
    }
    return engine.apply(work);
  }

  /**
   * Plans and applies in one step.
   *
   * @param artifacts the dbt artifacts
   * @return what was done
   * @throws NullPointerException if {@code artifacts} is null
   * @throws SyncException if the target database does not exist or a selector is invalid
   * @throws io.github.supersetsdk.client.exception.SupersetException if reading Superset fails
   */
  public SyncReport sync(DbtArtifacts artifacts) {
    return apply(plan(artifacts));
  }

  /**
   * After a dbt run: refreshes from the warehouse ({@code PUT /dataset/{pk}/refresh}) the datasets
   * of the selected models that the run rebuilt successfully (status {@code success}, or {@code
   * partial success}: a microbatch model that wrote some of its batches), and publishes a {@link
   * SyncEvent} to the listeners.
   *
   * @param artifacts the artifacts (the manifest is used for the selection)
   * @param runResults the run's {@code run_results.json}
   * @return the event: the models and datasets refreshed
   * @throws NullPointerException if an argument is null
   * @throws SyncException if the target database does not exist
   * @throws io.github.supersetsdk.client.exception.SupersetException if listing datasets fails
   */
  public SyncEvent syncAfterRun(DbtArtifacts artifacts, RunResults runResults) {
    Objects.requireNonNull(artifacts, "artifacts");
    Objects.requireNonNull(runResults, "runResults");
    return engine.afterRun(artifacts, runResults);
  }

  /** Releases the sync's derived client; the client given to the builder stays open. */
  @Override
  public void close() {
    derived.close();
  }

  @Override
  public String toString() {
    return "DbtSync[mode=" + mode + "]";
  }

  /** Builds a {@link DbtSync}. Not thread-safe. */
  public static final class Builder {
    private final SupersetClient client;
    private @Nullable DatabaseId databaseId;
    private @Nullable String databaseName;
    private @Nullable String databaseUri;
    private final List<String> select = new ArrayList<>();
    private final List<String> exclude = new ArrayList<>();
    private boolean seeds;
    private boolean snapshots;
    private boolean sources;
    private SyncMode mode = SyncMode.MERGE;
    private boolean prune;
    private boolean force;
    private int maxInFlight = 4;
    private boolean verifyAll;
    private @Nullable String docsUrl;
    private boolean managedExternally;
    private MetricSource metrics = new CompilerMetricSource();
    private final List<SyncListener> listeners = new ArrayList<>();
    private boolean bulkImport = true;

    private Builder(SupersetClient client) {
      this.client = client;
    }

    /**
     * The target database connection by id.
     *
     * @param id the connection's id
     * @return this builder
     * @throws NullPointerException if {@code id} is null
     */
    public Builder database(DatabaseId id) {
      this.databaseId = Objects.requireNonNull(id, "id");
      this.databaseName = null;
      this.databaseUri = null;
      return this;
    }

    /**
     * The target database connection by name; it must exist.
     *
     * @param name the connection's {@code database_name}
     * @return this builder
     * @throws NullPointerException if {@code name} is null
     */
    public Builder database(String name) {
      this.databaseName = Objects.requireNonNull(name, "name");
      this.databaseId = null;
      this.databaseUri = null;
      return this;
    }

    /**
     * The target database connection by name, created by {@link DbtSync#apply(SyncPlan)} with the
     * given SQLAlchemy URI when there is none by that name. The URI's password never appears in
     * plans, reports, logs or errors. Give Superset a read-only role, not dbt's credentials.
     *
     * @param name the connection's {@code database_name}
     * @param sqlalchemyUri the URI to create it with
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public Builder database(String name, String sqlalchemyUri) {
      this.databaseName = Objects.requireNonNull(name, "name");
      this.databaseUri = Objects.requireNonNull(sqlalchemyUri, "sqlalchemyUri");
      this.databaseId = null;
      return this;
    }

    /**
     * Selects dbt nodes as {@code dbt ls --select}; by default every model materialised as table,
     * incremental or view.
     *
     * @param selectors space-separated selectors, in one or several strings
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public Builder select(String... selectors) {
      select.addAll(Arrays.asList(selectors));
      return this;
    }

    /**
     * Excludes dbt nodes as {@code dbt ls --exclude}.
     *
     * @param selectors space-separated selectors
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public Builder exclude(String... selectors) {
      exclude.addAll(Arrays.asList(selectors));
      return this;
    }

    /**
     * Also syncs seeds, snapshots and/or sources (each off by default).
     *
     * @param seeds whether seeds get datasets
     * @param snapshots whether snapshots get datasets
     * @param sources whether source tables get datasets
     * @return this builder
     */
    public Builder include(boolean seeds, boolean snapshots, boolean sources) {
      this.seeds = seeds;
      this.snapshots = snapshots;
      this.sources = sources;
      return this;
    }

    /**
     * How hand edits in Superset are treated; {@link SyncMode#MERGE} by default.
     *
     * @param mode the mode
     * @return this builder
     * @throws NullPointerException if {@code mode} is null
     */
    public Builder mode(SyncMode mode) {
      this.mode = Objects.requireNonNull(mode, "mode");
      return this;
    }

    /**
     * Whether datasets the sync created whose dbt node is gone are deleted; off by default.
     *
     * @param prune whether to delete them
     * @return this builder
     */
    public Builder prune(boolean prune) {
      this.prune = prune;
      return this;
    }

    /**
     * Whether prune deletes datasets that charts still use; off by default.
     *
     * @param force whether to delete them anyway
     * @return this builder
     */
    public Builder force(boolean force) {
      this.force = force;
      return this;
    }

    /**
     * How many datasets are handled at once (and the bound on requests in flight); 4 by default,
     * which saturates a Superset with two workers.
     *
     * @param max 1 or more
     * @return this builder
     * @throws IllegalArgumentException if {@code max} is below 1
     */
    public Builder maxInFlight(int max) {
      if (max < 1) {
        throw new IllegalArgumentException("maxInFlight < 1: " + max);
      }
      this.maxInFlight = max;
      return this;
    }

    /**
     * Whether to read and compare every dataset, not only those whose dbt side changed since the
     * last sync; this also reverts hand edits of dbt-managed fields in {@link SyncMode#MERGE} and
     * {@link SyncMode#REPLACE}. Off by default.
     *
     * @param verifyAll whether to compare every dataset
     * @return this builder
     */
    public Builder verifyAll(boolean verifyAll) {
      this.verifyAll = verifyAll;
      return this;
    }

    /**
     * The dbt docs site; datasets then link to their model's page in {@code external_url}.
     *
     * @param docsUrl the site's base URL, e.g. {@code https://docs.example.com/dbt}
     * @return this builder
     * @throws NullPointerException if {@code docsUrl} is null
     */
    public Builder docsUrl(String docsUrl) {
      this.docsUrl = Objects.requireNonNull(docsUrl, "docsUrl");
      return this;
    }

    /**
     * Whether datasets are marked {@code is_managed_externally} (Superset then discourages editing
     * them in its UI); off by default.
     *
     * @param managed whether to mark them
     * @return this builder
     */
    public Builder managedExternally(boolean managed) {
      this.managedExternally = managed;
      return this;
    }

    /**
     * Adds a listener for progress and sync events.
     *
     * @param listener the listener
     * @return this builder
     * @throws NullPointerException if {@code listener} is null
     */
    public Builder listener(SyncListener listener) {
      listeners.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    /**
     * Whether metrics are compiled from the semantic layer (or legacy metrics) and synced onto the
     * datasets of their models; on by default. Off, the sync leaves every dataset's metrics as they
     * are, the ones it wrote before included.
     *
     * @param enabled whether to sync metrics
     * @return this builder
     */
    public Builder metrics(boolean enabled) {
      this.metrics = enabled ? new CompilerMetricSource() : MetricSource.NONE;
      return this;
    }

    /**
     * Whether new datasets on a PostgreSQL connection are created by dataset-bundle import (up to
     * 10 per request) when the artifacts' catalog.json describes every column of their relation
     * with a type this sync maps; on by default. The imported datasets equal what the one-by-one
     * REST path creates (Superset's column types, time flags, default {@code count} metric and
     * time column, then dbt's fields); without a catalog, or for a relation the catalog does not
     * fully describe, datasets are created over REST. Turn it off when catalog.json may be older
     * than the warehouse.
     *
     * @param bulkImport whether to import new datasets in bundles
     * @return this builder
     */
    public Builder bulkImport(boolean bulkImport) {
      this.bulkImport = bulkImport;
      return this;
    }

    /**
     * Builds the sync.
     *
     * @return the sync
     * @throws IllegalStateException if no target database was given
     */
    public DbtSync build() {
      if (databaseId == null && databaseName == null) {
        throw new IllegalStateException("database is not set");
      }
      return new DbtSync(this);
    }
  }
}
