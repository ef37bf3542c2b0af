package io.github.supersetsdk.dbt.internal.parse;

import io.github.supersetsdk.dbt.ArtifactKind;
import io.github.supersetsdk.dbt.ArtifactMetadata;
import io.github.supersetsdk.dbt.ReadOptions;
import io.github.supersetsdk.dbt.catalog.CatalogColumn;
import io.github.supersetsdk.dbt.catalog.CatalogTable;
import io.github.supersetsdk.dbt.catalog.DbtCatalog;
import io.github.supersetsdk.dbt.internal.json.JsonIn;
import io.github.supersetsdk.dbt.run.BatchResults;
import io.github.supersetsdk.dbt.run.RunResult;
import io.github.supersetsdk.dbt.run.RunResults;
import io.github.supersetsdk.dbt.run.RunStatus;
import io.github.supersetsdk.dbt.run.SourceFreshnessResult;
import io.github.supersetsdk.dbt.run.SourceFreshnessResults;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Reads {@code run_results.json}, {@code sources.json} and {@code catalog.json}. */
public final class ResultsParser {
  private ResultsParser() {}

  /**
   * Reads run results.
   *
   * @param in the cursor on the root object
   * @param options whether to keep compiled code
   * @return the results
   * @throws IOException on read failure
   */
  public static RunResults runResults(JsonIn in, ReadOptions options) throws IOException {
    ArtifactMetadata metadata = null;
    List<RunResult> results = null;
    double elapsed = 0;
    Map<String, @Nullable Object> args = Map.of();
    for (String f; (f = in.nextField()) != null; ) {
      switch (f) {
        case "metadata":
          metadata = Common.metadata(in);
          Common.requireKind(in, metadata, ArtifactKind.RUN_RESULTS);
          break;
        case "results":
          results = in.list((c, k) -> runResult(c, options));
          break;
        case "elapsed_time":
          Double e = in.number();
          elapsed = e == null ? 0 : e;
          break;
        case "args":
          args = in.anyMap();
          break;
        default:
          in.skip();
      }
    }
    if (metadata == null) {
      throw in.error("not a dbt run_results artifact: no metadata.dbt_schema_version");
    }
    if (results == null) {
      // Every version of the format has it; read as an empty run, it would say nothing was rebuilt.
      throw in.error("run results without \"results\"");
    }
    return new RunResults(metadata, results, elapsed, args);
  }

  private static RunResult runResult(JsonIn in, ReadOptions options) throws IOException {
    if (!in.startObject()) {
      throw in.error("expected an object but found null");
    }
    String uniqueId = null;
    String status = null;
    double time = 0;
    String message = null;
    Long failures = null;
    String thread = null;
    String relation = null;
    String compiled = null;
    Map<String, @Nullable Object> adapter = Map.of();
    BatchResults batches = null;
    for (String f; (f = in.nextField()) != null; ) {
      switch (f) {
        case "unique_id":
          uniqueId = in.sharedString();
          break;
        case "status":
          status = in.sharedString();
          break;
        case "execution_time":
          Double t = in.number();
          time = t == null ? 0 : t;
          break;
        case "message":
          message = in.scalarText();
          break;
        case "failures":
          failures = in.integer();
          break;
        case "thread_id":
          thread = in.sharedString();
          break;
        case "relation_name":
          relation = in.string();
          break;
        case "compiled_code":
        case "compiled_sql":
          if (options.includeCompiledCode()) {
            compiled = in.string();
          } else {
            in.skip();
          }
          break;
        case "adapter_response":
          adapter = in.anyMap();
          break;
        case "batch_results":
          batches = batchResults(in);
          break;
        default:
          in.skip();
      }
    }
    if (uniqueId == null) {
      throw in.error("result without a unique_id");
    }
    if (status == null) {
      throw in.error("result without a status");
    }
    return new RunResult(
        uniqueId, RunStatus.of(status), time, message, failures, thread, relation, compiled, adapter,
        batches);
  }

  /** Reads {@code batch_results}: {@code successful} and {@code failed} lists of [start, end]. */
  private static @Nullable BatchResults batchResults(JsonIn in) throws IOException {
    if (!in.startObject()) {
      return null;
    }
    List<BatchResults.Batch> successful = List.of();
    List<BatchResults.Batch> failed = List.of();
    for (String f; (f = in.nextField()) != null; ) {
      switch (f) {
        case "successful":
          successful = in.list((c, k) -> batch(c));
          break;
        case "failed":
          failed = in.list((c, k) -> batch(c));
          break;
        default:
          in.skip();
      }
    }
    return new BatchResults(successful, failed);
  }

  private static BatchResults.@Nullable Batch batch(JsonIn in) throws IOException {
    if (!in.startArray()) {
      return null;
    }
    OffsetDateTime start = null;
    OffsetDateTime end = null;
    int i = 0;
    while (in.nextElement()) {
      OffsetDateTime t = Common.dateTime(in, "batch bound");
      if (i == 0) {
        start = t;
      } else if (i == 1) {
        end = t;
      }
      i++;
    }
    if (start == null || end == null || i != 2) {
      throw in.error("a batch is not [start, end]");
    }
    return new BatchResults.Batch(start, end);
  }

  /**
   * Reads source freshness results.
   *
   * @param in the cursor on the root object
   * @return the results
   * @throws IOException on read failure
   */
  public static SourceFreshnessResults sources(JsonIn in) throws IOException {
    ArtifactMetadata metadata = null;
    List<SourceFreshnessResult> results = List.of();
    double elapsed = 0;
    for (String f; (f = in.nextField()) != null; ) {
      switch (f) {
        case "metadata":
          metadata = Common.metadata(in);
          Common.requireKind(in, metadata, ArtifactKind.SOURCES);
          break;
        case "results":
          results = in.list((c, k) -> freshness(c));
          break;
        case "elapsed_time":
          Double e = in.number();
          elapsed = e == null ? 0 : e;
          break;
        default:
          in.skip();
      }
    }
    if (metadata == null) {
      throw in.error("not a dbt sources artifact: no metadata.dbt_schema_version");
    }
    return new SourceFreshnessResults(metadata, results, elapsed);
  }

  private static SourceFreshnessResult freshness(JsonIn in) throws IOException {
    if (!in.startObject()) {
      throw in.error("expected an object but found null");
    }
    String uniqueId = null;
    String status = null;
    String maxLoadedAt = null;
    String snapshottedAt = null;
    Double ago = null;
    double time = 0;
    String error = null;
    for (String f; (f = in.nextField()) != null; ) {
      switch (f) {
        case "unique_id":
          uniqueId = in.sharedString();
          break;
        case "status":
          status = in.sharedString();
          break;
        case "max_loaded_at":
          maxLoadedAt = in.string();
          break;
        case "snapshotted_at":
          snapshottedAt = in.string();
          break;
        case "max_loaded_at_time_ago_in_s":
          ago = in.number();
          break;
        case "execution_time":
          Double t = in.number();
          time = t == null ? 0 : t;
          break;
        case "error":
          error = in.scalarText();
          break;
        default:
          in.skip();
      }
    }
    if (uniqueId == null) {
      throw in.error("result without a unique_id");
    }
    if (status == null) {
      throw in.error("result without a status");
    }
    return new SourceFreshnessResult(
        uniqueId, RunStatus.of(status), maxLoadedAt, snapshottedAt, ago, time, error);
  }

  /**
   * Reads a catalog.
   *
   * @param in the cursor on the root object
   * @return the catalog
   * @throws IOException on read failure
   */
  public static DbtCatalog catalog(JsonIn in) throws IOException {
    ArtifactMetadata metadata = null;
    Map<String, CatalogTable> nodes = Map.of();
    Map<String, CatalogTable> sources = Map.of();
    List<String> errors = List.of();
    for (String f; (f = in.nextField()) != null; ) {
      switch (f) {
        case "metadata":
          metadata = Common.metadata(in);
          Common.requireKind(in, metadata, ArtifactKind.CATALOG);
          break;
        case "nodes":
          nodes = in.map(ResultsParser::table);
          break;
        case "sources":
          sources = in.map(ResultsParser::table);
          break;
        case "errors":
          errors = in.strings();
          break;
        default:
          in.skip();
      }
    }
    if (metadata == null) {
      throw in.error("not a dbt catalog artifact: no metadata.dbt_schema_version");
    }
    return new DbtCatalog(metadata, nodes, sources, errors);
  }

  private static CatalogTable table(JsonIn in, @Nullable String key) throws IOException {
    if (!in.startObject()) {
      throw in.error("expected an object but found null");
    }
    String uniqueId = null;
    String type = null;
    String database = null;
    String schema = null;
    String name = null;
    String comment = null;
    String owner = null;
    Map<String, CatalogColumn> columns = Map.of();
    for (String f; (f = in.nextField()) != null; ) {
      switch (f) {
        case "unique_id":
          uniqueId = in.sharedString();
          break;
        case "metadata":
          if (in.startObject()) {
            for (String g; (g = in.nextField()) != null; ) {
              switch (g) {
                case "type":
                  type = in.sharedString();
                  break;
                case "database":
                  database = in.sharedString();
                  break;
                case "schema":
                  schema = in.sharedString();
                  break;
                case "name":
                  name = in.string();
                  break;
                case "comment":
                  comment = in.string();
                  break;
                case "owner":
                  owner = in.string();
                  break;
                default:
                  in.skip();
              }
            }
          }
          break;
        case "columns":
          columns = in.map(ResultsParser::column);
          break;
        default:
          in.skip();
      }
    }
    String id = uniqueId != null ? uniqueId : key;
    if (id == null) {
      throw in.error("catalog entry without a unique_id");
    }
    return new CatalogTable(id, type, database, schema, name, comment, owner, columns);
  }

  private static CatalogColumn column(JsonIn in, @Nullable String key) throws IOException {
    if (!in.startObject()) {
      throw in.error("expected an object but found null");
    }
    String name = key;
    String type = null;
    int index = 0;
    String comment = null;
    for (String f; (f = in.nextField()) != null; ) {
      switch (f) {
        case "name":
          String n = in.string();
          name = n != null ? n : name;
          break;
        case "type":
          type = in.sharedString();
          break;
        case "index":
          Long i = in.integer();
          index = i == null ? 0 : i.intValue();
          break;
        case "comment":
          comment = in.string();
          break;
        default:
          in.skip();
      }
    }
    return new CatalogColumn(name == null ? "" : name, type == null ? "" : type, index, comment);
  }
}
