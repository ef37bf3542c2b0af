package io.github.supersetsdk.sync;

import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.id.DatasetId;
import io.github.supersetsdk.sync.internal.exposures.AssetReader;
import io.github.supersetsdk.sync.internal.exposures.ExposureMerger;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Writes the Superset charts and dashboards that use synced datasets back into dbt as exposures,
 * merged into a YAML properties file:
 *
 * {@snippet class=io.github.supersetsdk.sync.snippets.SyncSnippets region=DbtExposures}
 *
 * <p>A dashboard becomes an exposure of type {@code dashboard}, a chart one of type {@code
 * analysis}, each with its label, URL, first owner and a {@code depends_on} {@code ref()} for each
 * synced model it uses. New exposures are named {@code <title>_<kind>_<id>} (lower-case ASCII,
 * {@code [a-z0-9_]}); the entry is marked {@code config.meta.superset_sdk: {kind, id}}, and from
 * then on it is found by that marker, so renaming the asset in Superset updates its label but
 * keeps the exposure's name. Only marked entries are ever changed or removed: hand-written
 * exposures, other keys and comments outside marked entries are kept as they are, and a
 * description edited by hand in a marked entry is kept too. An asset without owners gets the
 * {@linkplain Builder#fallbackOwner fallback owner}, as dbt requires one.
 *
 * <p>Immutable and thread-safe.
 */
public final class DbtExposures {

  /** The owner name written for assets without an owner, unless the builder sets another. */
  public static final String DEFAULT_FALLBACK_OWNER = "Superset (no owner)";

  private final SupersetClient client;
  private final String publicUrl;
  private final ExposureMerger.Owner fallback;

  private DbtExposures(Builder b) {
    this.client = b.client;
    this.publicUrl = b.publicUrl != null ? b.publicUrl : b.client.baseUrl().toString();
    this.fallback = new ExposureMerger.Owner(b.ownerName, b.ownerEmail);
  }

  /**
   * Starts a builder.
   *
   * @param client the Superset client to read charts and dashboards with
   * @return a builder
   * @throws NullPointerException if {@code client} is null
   */
  public static Builder builder(SupersetClient client) {
    return new Builder(Objects.requireNonNull(client, "client"));
  }

  /**
   * Plans the exposures of the datasets an apply synced (created, updated or unchanged, failed
   * ones included when they have an id). Datasets whose dbt node is gone, disabled or ephemeral
   * ({@link SyncReport#orphaned()}) are left out, and a {@code ref()} to such a node is dropped from
   * entries written before (an entry left with none is removed): {@code dbt parse} refuses a
   * {@code ref()} to a node it does not have. Reads Superset and the file; writes nothing.
   *
   * @param report what the sync did
   * @param file the YAML file; it need not exist
   * @return the plan
   * @throws NullPointerException if an argument is null
   * @throws ExposuresFileException if the file is malformed
   * @throws UncheckedIOException if the file cannot be read
   * @throws io.github.supersetsdk.client.exception.SupersetException if reading Superset fails
   */
  public ExposuresPlan plan(SyncReport report, Path file) {
    Objects.requireNonNull(report, "report");
    Map<DatasetId, String> datasets = new LinkedHashMap<>();
    java.util.Set<String> orphaned = new java.util.HashSet<>(report.orphaned());
    for (DatasetResult r : report.results()) {
      if (r.datasetId() != null && r.action() != SyncAction.DELETE && !orphaned.contains(r.uniqueId())) {
        datasets.put(r.datasetId(), r.uniqueId());
      }
    }
    return plan(datasets, orphaned, file);
  }

  /**
   * Plans the exposures of a sync plan's datasets, as they would be after applying it (datasets
   * still to be created have no charts yet; orphaned ones are left out, as by {@link
   * #plan(SyncReport, Path)}). Reads Superset and the file; writes nothing.
   *
   * @param syncPlan the sync plan
   * @param file the YAML file; it need not exist
   * @return the plan
   * @throws NullPointerException if an argument is null
   * @throws ExposuresFileException if the file is malformed
   * @throws UncheckedIOException if the file cannot be read
   * @throws io.github.supersetsdk.client.exception.SupersetException if reading Superset fails
   */
  public ExposuresPlan plan(SyncPlan syncPlan, Path file) {
    Objects.requireNonNull(syncPlan, "syncPlan");
    Map<DatasetId, String> datasets = new LinkedHashMap<>();
    java.util.Set<String> orphaned = new java.util.HashSet<>(syncPlan.orphaned());
    for (DatasetPlan d : syncPlan.datasets()) {
      if (d.datasetId() != null && d.action() != SyncAction.DELETE && !orphaned.contains(d.uniqueId())) {
        datasets.put(d.datasetId(), d.uniqueId());
      }
    }
    return plan(datasets, orphaned, file);
  }

  /**
   * Plans the exposures of the given datasets. Entries the sync wrote before for assets that no
   * longer exist, or that no longer use any of these datasets (and use no model outside them),
   * are removed. Reads Superset and the file; writes nothing.
   *
   * @param datasets each synced dataset with its dbt node's {@code unique_id}
   * @param file the YAML file; it need not exist
   * @return the plan
   * @throws NullPointerException if an argument is null
   * @throws ExposuresFileException if the file is malformed
   * @throws UncheckedIOException if the file cannot be read
   * @throws io.github.supersetsdk.client.exception.SupersetException if reading Superset fails
   */
  public ExposuresPlan plan(Map<DatasetId, String> datasets, Path file) {
    return plan(datasets, java.util.Set.of(), file);
  }

  private ExposuresPlan plan(Map<DatasetId, String> datasets, java.util.Set<String> gone, Path file) {
    Objects.requireNonNull(datasets, "datasets");
    Objects.requireNonNull(file, "file");
    String old = read(file);
    Map<Long, String> byId = new LinkedHashMap<>();
    datasets.forEach((k, v) -> byId.put(k.value(), v));
    AssetReader.Assets assets = AssetReader.read(client, publicUrl, byId);
    ExposureMerger.Result r = ExposureMerger.merge(file, old, assets.assets(),
        new java.util.HashSet<>(datasets.values()), gone, assets.existing(), fallback);
    return new ExposuresPlan(file, old, r.text(), r.changed(), r.changes(), assets.reads());
  }

  /**
   * Writes a plan's text to its file, atomically (a temporary file in the same directory moved
   * over it), and only if the plan changes it.
   *
   * @param plan the plan
   * @return whether the file was written
   * @throws NullPointerException if {@code plan} is null
   * @throws ExposuresFileException if the file changed since the plan was made (nothing written)
   * @throws UncheckedIOException if writing fails (the old file is then intact)
   */
  public boolean write(ExposuresPlan plan) {
    Objects.requireNonNull(plan, "plan");
    if (!plan.changed()) {
      return false;
    }
    Path file = plan.file();
    if (!Objects.equals(read(file), plan.oldText())) {
      throw new ExposuresFileException(file, 0, 0,
          "the file changed since the exposures were planned; plan again", null);
    }
    Path dir = file.toAbsolutePath().getParent();
    try {
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
      try {
        Files.writeString(tmp, plan.text(), StandardCharsets.UTF_8);
        try {
          Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
    return true;
  }

  /**
   * Plans and writes in one step.
   *
   * @param report what the sync did
   * @param file the YAML file; it need not exist
   * @return the plan that was written
   * @throws NullPointerException if an argument is null
   * @throws ExposuresFileException if the file is malformed
   * @throws UncheckedIOException if the file cannot be read or written
   * @throws io.github.supersetsdk.client.exception.SupersetException if reading Superset fails
   */
  public ExposuresPlan write(SyncReport report, Path file) {
    ExposuresPlan plan = plan(report, file);
    write(plan);
    return plan;
  }

  private static @Nullable String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return null;
    } catch (MalformedInputException e) {
      throw new ExposuresFileException(file, 0, 0, "not UTF-8 text", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return "DbtExposures[publicUrl=" + publicUrl + "]";
  }

  /** Builds a {@link DbtExposures}. Not thread-safe. */
  public static final class Builder {
    private final SupersetClient client;
    private @Nullable String publicUrl;
    private @Nullable String ownerName = DEFAULT_FALLBACK_OWNER;
    private @Nullable String ownerEmail;

    private Builder(SupersetClient client) {
      this.client = client;
    }

    /**
     * The Superset address people open, prefixed to each asset's path in {@code url}; by default
     * the client's base URL.
     *
     * @param url e.g. {@code https://superset.example.com}
     * @return this builder
     * @throws NullPointerException if {@code url} is null
     */
    public Builder publicUrl(String url) {
      this.publicUrl = Objects.requireNonNull(url, "url");
      return this;
    }

    /**
     * The owner written for an asset with no owner in Superset (dbt requires one); by default
     * the name {@value DbtExposures#DEFAULT_FALLBACK_OWNER} and no email.
     *
     * @param name the owner's name, or null for none
     * @param email the owner's email, or null for none
     * @return this builder
     * @throws IllegalArgumentException if both are null or blank
     */
    public Builder fallbackOwner(@Nullable String name, @Nullable String email) {
      if ((name == null || name.isBlank()) && (email == null || email.isBlank())) {
        throw new IllegalArgumentException("a fallback owner needs a name or an email");
      }
      this.ownerName = name;
      this.ownerEmail = email;
      return this;
    }

    /**
     * Builds it.
     *
     * @return the exposures writer
     */
    public DbtExposures build() {
      return new DbtExposures(this);
    }
  }
}
