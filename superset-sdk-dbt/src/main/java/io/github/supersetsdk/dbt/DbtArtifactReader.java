package io.github.supersetsdk.dbt;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.supersetsdk.dbt.catalog.DbtCatalog;
import io.github.supersetsdk.dbt.internal.json.JsonFactories;
import io.github.supersetsdk.dbt.internal.json.JsonIn;
import io.github.supersetsdk.dbt.internal.parse.Detector;
import io.github.supersetsdk.dbt.internal.parse.ManifestParser;
import io.github.supersetsdk.dbt.internal.parse.ResultsParser;
import io.github.supersetsdk.dbt.internal.parse.SemanticParser;
import io.github.supersetsdk.dbt.internal.parse.SplitManifestReader;
import io.github.supersetsdk.dbt.manifest.DbtManifest;
import io.github.supersetsdk.dbt.run.RunResults;
import io.github.supersetsdk.dbt.run.SourceFreshnessResults;
import io.github.supersetsdk.dbt.semantic.SemanticManifest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads dbt artifacts with Jackson's streaming parser, in one pass and in memory bounded by what is
 * kept: fields the model does not hold are skipped without being decoded, and large text fields
 * (code, macro bodies, docs blocks) are kept only when {@link ReadOptions} asks for them.
 *
 * <p>Every version dbt has written is accepted: manifest v1 to v12 and later (including dbt
 * platform and Fusion files), run results v1 to v6, catalog v1, sources v1 to v3, and every shape
 * of {@code semantic_manifest.json}. Unknown fields are ignored and unknown enumerated values are
 * kept as open values. Bad input fails with a {@link DbtArtifactParseException}; no partial result
 * is returned.
 *
 * <p>A manifest file of 4 MB or more is read on several threads (see
 * {@link ReadOptions#parallelism()}): its maps of resources are cut into slices between entries and
 * the slices parsed side by side. The result, and any error, is the same as on one thread.
 *
 * {@snippet class=io.github.supersetsdk.dbt.snippets.DbtSnippets region=DbtArtifactReader}
 *
 * <p>Instances are immutable and thread-safe; create one and reuse it.
 */
public final class DbtArtifactReader {

  // Below this size one thread is as fast (2 cores: 2 MB in 7.7 ms on one thread, 8.9 on two;
  // 4 MB in 9.8 and 8.6; 8 MB in 19.0 and 10.6).
  private static final long SPLIT_MIN_BYTES = 4L << 20;
  private static final long MIN_SLICE_BYTES = 256L << 10;
  private static final long MAX_SLICE_BYTES = 4L << 20;
  private static final int MAX_AUTO_THREADS = 4;
  private static final boolean WINDOWS =
      System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows");

  private static final Logger LOG = LoggerFactory.getLogger(DbtArtifactReader.class);

  /**
   * Jackson names a second location inside some messages (where an unclosed object started) as
   * {@code [Source: REDACTED (...); line: 1, column: 113]}; users read {@code line 1, column 113}.
   */
  private static final Pattern JACKSON_LOCATION =
      Pattern.compile("\\[Source: .*?; line: (\\d+), column: (\\d+)\\]");

  private final ReadOptions options;

  private DbtArtifactReader(ReadOptions options) {
    this.options = options;
  }

  /**
   * Returns a reader with {@link ReadOptions#defaults()}.
   *
   * @return a reader
   */
  public static DbtArtifactReader create() {
    return new DbtArtifactReader(ReadOptions.defaults());
  }

  /**
   * Returns a reader with the given options.
   *
   * @param options what large text fields to keep
   * @return a reader
   * @throws NullPointerException if {@code options} is null
   */
  public static DbtArtifactReader create(ReadOptions options) {
    return new DbtArtifactReader(Objects.requireNonNull(options, "options"));
  }

  /**
   * Returns this reader's options.
   *
   * @return the options
   */
  public ReadOptions options() {
    return options;
  }

  /**
   * Reads a {@code manifest.json}; a large file on several threads, as {@link
   * ReadOptions#parallelism()} allows, with the same result as on one.
   *
   * @param file the file
   * @return the manifest
   * @throws DbtArtifactParseException if the file is not a valid manifest
   * @throws UncheckedIOException if the file cannot be read
   * @throws NullPointerException if {@code file} is null
   */
  public DbtManifest readManifest(Path file) {
    Objects.requireNonNull(file, "file");
    DbtManifest split = readSplit(file);
    if (split != null) {
      return split;
    }
    return withFile(file, in -> new ManifestParser(in, options).parse());
  }

  /**
   * Reads a large manifest on several threads (see {@link ReadOptions#parallelism()}), or returns
   * null to have it read in one piece: when one thread is asked for, the file is small or beyond
   * what one mapping holds, or anything in it is unexpected. The one-piece read then reports any
   * error with its exact position, so errors never depend on how a file was read.
   */
  private @Nullable DbtManifest readSplit(Path file) {
    int threads =
        options.parallelism() == 0
            ? Math.min(MAX_AUTO_THREADS, Runtime.getRuntime().availableProcessors())
            : options.parallelism();
    if (threads < 2) {
      return null;
    }
    long start = System.nanoTime();
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = channel.size();
      if (size < SPLIT_MIN_BYTES || size > Integer.MAX_VALUE - 16) {
        return null;
      }
      ByteBuffer bytes;
      if (!WINDOWS) {
        // Mapped, so a file larger than the heap can be read, and slices are read where they lie.
        bytes = channel.map(FileChannel.MapMode.READ_ONLY, 0, size);
      } else if (size <= Runtime.getRuntime().maxMemory() / 4) {
        // Windows refuses to replace a file while a mapping of it lives, and a mapping lives
        // until garbage collection: dbt's next run could not write its manifest. Copy it instead.
        bytes = ByteBuffer.allocate((int) size);
        while (bytes.hasRemaining() && channel.read(bytes) >= 0) {
          // read until full
        }
        if (bytes.hasRemaining()) {
          return null;
        }
        bytes.flip();
      } else {
        return null;
      }
      // Many slices per thread even out the threads' shares; slices of a few megabytes at most
      // keep each parser's field-name table small.
      int sliceBytes =
          (int) Math.max(MIN_SLICE_BYTES, Math.min(MAX_SLICE_BYTES, size / (threads * 32L)));
      DbtManifest manifest =
          new SplitManifestReader(JsonFactories.SLICE, options, threads, sliceBytes)
              .read(bytes, file.toString());
      if (manifest != null && LOG.isDebugEnabled()) {
        LOG.debug(
            "read {} ({} bytes, schema v{}) on {} threads in {} ms",
            file, size, manifest.metadata().schemaVersion(), threads,
            (System.nanoTime() - start) / 1_000_000);
      }
      return manifest;
    } catch (IOException | UnsupportedOperationException e) {
      return null;
    }
  }

  /**
   * Reads a {@code manifest.json} from a stream, which is not closed.
   *
   * @param stream the stream
   * @param sourceName the name used in errors, such as a file name or URL
   * @return the manifest
   * @throws DbtArtifactParseException if the content is not a valid manifest
   * @throws UncheckedIOException if the stream cannot be read
   * @throws NullPointerException if an argument is null
   */
  public DbtManifest readManifest(InputStream stream, String sourceName) {
    return withStream(stream, sourceName, in -> new ManifestParser(in, options).parse());
  }

  /**
   * Reads a {@code semantic_manifest.json}.
   *
   * @param file the file
   * @return the semantic manifest
   * @throws DbtArtifactParseException if the file is not a valid semantic manifest
   * @throws UncheckedIOException if the file cannot be read
   * @throws NullPointerException if {@code file} is null
   */
  public SemanticManifest readSemanticManifest(Path file) {
    return withFile(file, SemanticParser::semanticManifest);
  }

  /**
   * Reads a {@code semantic_manifest.json} from a stream, which is not closed.
   *
   * @param stream the stream
   * @param sourceName the name used in errors
   * @return the semantic manifest
   * @throws DbtArtifactParseException if the content is not a valid semantic manifest
   * @throws UncheckedIOException if the stream cannot be read
   * @throws NullPointerException if an argument is null
   */
  public SemanticManifest readSemanticManifest(InputStream stream, String sourceName) {
    return withStream(stream, sourceName, SemanticParser::semanticManifest);
  }

  /**
   * Reads a {@code run_results.json}.
   *
   * @param file the file
   * @return the run results
   * @throws DbtArtifactParseException if the file is not valid run results
   * @throws UncheckedIOException if the file cannot be read
   * @throws NullPointerException if {@code file} is null
   */
  public RunResults readRunResults(Path file) {
    return withFile(file, in -> ResultsParser.runResults(in, options));
  }

  /**
   * Reads a {@code run_results.json} from a stream, which is not closed.
   *
   * @param stream the stream
   * @param sourceName the name used in errors
   * @return the run results
   * @throws DbtArtifactParseException if the content is not valid run results
   * @throws UncheckedIOException if the stream cannot be read
   * @throws NullPointerException if an argument is null
   */
  public RunResults readRunResults(InputStream stream, String sourceName) {
    return withStream(stream, sourceName, in -> ResultsParser.runResults(in, options));
  }

  /**
   * Reads a {@code catalog.json}.
   *
   * @param file the file
   * @return the catalog
   * @throws DbtArtifactParseException if the file is not a valid catalog
   * @throws UncheckedIOException if the file cannot be read
   * @throws NullPointerException if {@code file} is null
   */
  public DbtCatalog readCatalog(Path file) {
    return withFile(file, ResultsParser::catalog);
  }

  /**
   * Reads a {@code catalog.json} from a stream, which is not closed.
   *
   * @param stream the stream
   * @param sourceName the name used in errors
   * @return the catalog
   * @throws DbtArtifactParseException if the content is not a valid catalog
   * @throws UncheckedIOException if the stream cannot be read
   * @throws NullPointerException if an argument is null
   */
  public DbtCatalog readCatalog(InputStream stream, String sourceName) {
    return withStream(stream, sourceName, ResultsParser::catalog);
  }

  /**
   * Reads a {@code sources.json} from a stream, which is not closed.
   *
   * @param stream the stream
   * @param sourceName the name used in errors
   * @return the freshness results
   * @throws DbtArtifactParseException if the content is not valid source freshness results
   * @throws UncheckedIOException if the stream cannot be read
   * @throws NullPointerException if an argument is null
   */
  public SourceFreshnessResults readSourceFreshness(InputStream stream, String sourceName) {
    return withStream(stream, sourceName, ResultsParser::sources);
  }

  /**
   * Reads a {@code sources.json} (source freshness results).
   *
   * @param file the file
   * @return the freshness results
   * @throws DbtArtifactParseException if the file is not valid source freshness results
   * @throws UncheckedIOException if the file cannot be read
   * @throws NullPointerException if {@code file} is null
   */
  public SourceFreshnessResults readSourceFreshness(Path file) {
    return withFile(file, ResultsParser::sources);
  }

  /**
   * Detects a file's artifact kind from {@code metadata.dbt_schema_version}, or from the keys of a
   * semantic manifest, which has no metadata. For files dbt wrote, only the beginning is read.
   *
   * @param file the file
   * @return the kind
   * @throws DbtArtifactParseException if the file is not a dbt artifact
   * @throws UncheckedIOException if the file cannot be read
   * @throws NullPointerException if {@code file} is null
   */
  public ArtifactKind detect(Path file) {
    Objects.requireNonNull(file, "file");
    try (InputStream stream = Files.newInputStream(file)) {
      return withStream(stream, file.toString(), Detector::detect, false);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + reason(e), e);
    }
  }

  /**
   * Detects a file's kind and reads it with the matching method.
   *
   * @param file the file
   * @return the artifact: a {@link DbtManifest}, {@link SemanticManifest}, {@link RunResults},
   *     {@link DbtCatalog} or {@link SourceFreshnessResults}
   * @throws DbtArtifactParseException if the file is not a valid dbt artifact
   * @throws UncheckedIOException if the file cannot be read
   * @throws NullPointerException if {@code file} is null
   */
  public DbtArtifact read(Path file) {
    switch (detect(file)) {
      case MANIFEST:
        return readManifest(file);
      case SEMANTIC_MANIFEST:
        return readSemanticManifest(file);
      case RUN_RESULTS:
        return readRunResults(file);
      case CATALOG:
        return readCatalog(file);
      case SOURCES:
        return readSourceFreshness(file);
      default:
        throw new IllegalStateException("unhandled kind");
    }
  }

  @FunctionalInterface
  private interface Body<T> {
    T read(JsonIn in) throws IOException;
  }

  private <T> T withFile(Path file, Body<T> body) {
    Objects.requireNonNull(file, "file");
    try (InputStream stream = Files.newInputStream(file)) {
      return withStream(stream, file.toString(), body);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + reason(e), e);
    }
  }

  private <T> T withStream(InputStream stream, String sourceName, Body<T> body) {
    return withStream(stream, sourceName, body, true);
  }

  private <T> T withStream(
      InputStream stream, String sourceName, Body<T> body, boolean wholeDocument) {
    Objects.requireNonNull(stream, "stream");
    Objects.requireNonNull(sourceName, "sourceName");
    JsonIn in = null;
    long start = System.nanoTime();
    try (JsonParser parser = JsonFactories.DOCUMENT.createParser(stream)) {
      in = new JsonIn(parser, sourceName);
      in.startDocument();
      T result = body.read(in);
      if (wholeDocument) {
        in.endDocument();
        if (LOG.isDebugEnabled()) {
          LOG.debug(
              "read {} ({} bytes, schema v{}) in {} ms",
              sourceName,
              parser.currentLocation().getByteOffset(),
              in.schemaVersion(),
              (System.nanoTime() - start) / 1_000_000);
        }
      }
      return result;
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      String path = "$";
      if (e.getProcessor() instanceof JsonParser) {
        path = JsonIn.path(((JsonParser) e.getProcessor()).getParsingContext());
      }
      throw new DbtArtifactParseException(
          "malformed JSON: " + withPlainLocations(e.getOriginalMessage()),
          sourceName,
          loc == null ? 0 : Math.max(loc.getLineNr(), 0),
          loc == null ? 0 : Math.max(loc.getColumnNr(), 0),
          path,
          in == null ? null : in.schemaVersion(),
          e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + sourceName + ": " + reason(e), e);
    }
  }

  private static String withPlainLocations(String jacksonMessage) {
    return JACKSON_LOCATION.matcher(jacksonMessage).replaceAll("line $1, column $2");
  }

  // NoSuchFileException and its kin carry the path alone as their message; say what went wrong.
  private static String reason(IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
