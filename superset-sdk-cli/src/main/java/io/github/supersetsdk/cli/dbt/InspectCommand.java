package io.github.supersetsdk.cli.dbt;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.supersetsdk.cli.ConnectionOptions;
import io.github.supersetsdk.cli.ManifestFiles;
import io.github.supersetsdk.dbt.ArtifactMetadata;
import io.github.supersetsdk.dbt.DbtArtifact;
import io.github.supersetsdk.dbt.DbtArtifactParseException;
import io.github.supersetsdk.dbt.DbtArtifactReader;
import io.github.supersetsdk.dbt.catalog.DbtCatalog;
import io.github.supersetsdk.dbt.manifest.DbtManifest;
import io.github.supersetsdk.dbt.manifest.DbtNode;
import io.github.supersetsdk.dbt.run.RunResults;
import io.github.supersetsdk.dbt.run.RunStatus;
import io.github.supersetsdk.dbt.run.SourceFreshnessResults;
import io.github.supersetsdk.dbt.semantic.Metric;
import io.github.supersetsdk.dbt.semantic.SemanticManifest;
import io.github.supersetsdk.dbt.semantic.SemanticModel;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * {@code superset-sdk dbt inspect FILE [--json]}: detects the artifact and prints a summary. Exits
 * 2 with the parse error (file, line:column, JSON path) on standard error for invalid input.
 */
@Command(
    name = "inspect",
    mixinStandardHelpOptions = true,
    description = {"Detect a dbt artifact's kind and version and summarise its contents.",
        "Exit status: 0 read, 2 the file cannot be read or parsed (the message says where)."})
public final class InspectCommand implements Callable<Integer> {


  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "manifest.json, semantic_manifest.json, run_results.json, catalog.json or sources.json")
  Path file;

  @Option(names = "--json", description = "Print one JSON object instead of text.")
  boolean json;

  @Override
  public Integer call() throws JsonProcessingException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    DbtArtifact artifact;
    try {
      artifact = DbtArtifactReader.create().read(file);
    } catch (DbtArtifactParseException e) {
      err.println("superset-sdk: " + e.getMessage());
      err.flush();
      return 2;
    } catch (UncheckedIOException e) {
      err.println("superset-sdk: cannot read " + file + ": " + whyUnreadable(file, e.getCause()));
      err.flush();
      return 2;
    }
    ArtifactMetadata metadata = metadata(artifact);
    if (metadata != null) {
      ManifestFiles.warnIfUnknownVersion(err, file, metadata);
    }
    Map<String, Object> summary = summarise(artifact);
    if (json) {
      out.println(ConnectionOptions.JSON.writeValueAsString(summary));
    } else {
      printText(out, summary);
    }
    out.flush();
    return 0;
  }

  /**
   * Why a file could not be read, in words: the JDK names the failing path as the message of
   * {@code NoSuchFileException} and its kin, which would print the path twice and no reason.
   */
  static String whyUnreadable(Path file, IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    String reason = e instanceof FileSystemException fse ? fse.getReason() : null;
    if (e instanceof NotDirectoryException || "Not a directory".equals(reason)) {
      return "a parent of it is not a directory";
    }
    if (Files.isDirectory(file)) {
      return "it is a directory, not a file";
    }
    if (reason != null && !reason.isBlank()) {
      return Character.toLowerCase(reason.charAt(0)) + reason.substring(1);
    }
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }

  /** The artifact's metadata; the semantic manifest has none. */
  static @Nullable ArtifactMetadata metadata(DbtArtifact artifact) {
    if (artifact instanceof DbtManifest m) {
      return m.metadata();
    }
    if (artifact instanceof RunResults r) {
      return r.metadata();
    }
    if (artifact instanceof DbtCatalog c) {
      return c.metadata();
    }
    if (artifact instanceof SourceFreshnessResults f) {
      return f.metadata();
    }
    return null;
  }

  static Map<String, Object> summarise(DbtArtifact artifact) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("artifact", artifact.kind().id());
    if (artifact instanceof DbtManifest) {
      DbtManifest m = (DbtManifest) artifact;
      s.put("schemaVersion", m.metadata().schemaVersion());
      s.put("dbtVersion", m.metadata().dbtVersion());
      s.put("adapterType", m.metadata().adapterType());
      s.put("nodes", m.nodes().size());
      Map<String, Integer> byType = new LinkedHashMap<>();
      for (DbtNode n : m.nodes().values()) {
        byType.merge(n.resourceType().value(), 1, Integer::sum);
      }
      s.put("nodesByType", byType);
      s.put("sources", m.sources().size());
      s.put("macros", m.macros().size());
      s.put("docs", m.docs().size());
      s.put("exposures", m.exposures().size());
      s.put("metrics", m.metrics().size());
      s.put("semanticModels", m.semanticModels().size());
      s.put("savedQueries", m.savedQueries().size());
      s.put("unitTests", m.unitTests().size());
      s.put("groups", m.groups().size());
      s.put("selectors", m.selectors().size());
      s.put("functions", m.functions().size());
    } else if (artifact instanceof SemanticManifest) {
      SemanticManifest sm = (SemanticManifest) artifact;
      s.put("semanticModels", sm.semanticModels().size());
      s.put("metrics", sm.metrics().size());
      Map<String, Integer> byType = new LinkedHashMap<>();
      for (Metric metric : sm.metrics()) {
        byType.merge(metric.type().value(), 1, Integer::sum);
      }
      s.put("metricsByType", byType);
      int measures = 0;
      int dimensions = 0;
      int entities = 0;
      for (SemanticModel model : sm.semanticModels()) {
        measures += model.measures().size();
        dimensions += model.dimensions().size();
        entities += model.entities().size();
      }
      s.put("measures", measures);
      s.put("dimensions", dimensions);
      s.put("entities", entities);
      s.put("savedQueries", sm.savedQueries().size());
    } else if (artifact instanceof RunResults) {
      RunResults r = (RunResults) artifact;
      s.put("schemaVersion", r.metadata().schemaVersion());
      s.put("dbtVersion", r.metadata().dbtVersion());
      s.put("results", r.results().size());
      s.put("statusCounts", statusCounts(r.statusCounts()));
    } else if (artifact instanceof SourceFreshnessResults) {
      SourceFreshnessResults r = (SourceFreshnessResults) artifact;
      s.put("schemaVersion", r.metadata().schemaVersion());
      s.put("dbtVersion", r.metadata().dbtVersion());
      s.put("results", r.results().size());
      s.put("statusCounts", statusCounts(r.statusCounts()));
    } else if (artifact instanceof DbtCatalog) {
      DbtCatalog c = (DbtCatalog) artifact;
      s.put("schemaVersion", c.metadata().schemaVersion());
      s.put("dbtVersion", c.metadata().dbtVersion());
      s.put("nodes", c.nodes().size());
      s.put("sources", c.sources().size());
    }
    return s;
  }

  private static Map<String, Integer> statusCounts(Map<RunStatus, Integer> counts) {
    Map<String, Integer> out = new LinkedHashMap<>();
    counts.forEach((k, v) -> out.put(k.value(), v));
    return out;
  }

  private void printText(PrintWriter out, Map<String, Object> s) {
    StringBuilder head = new StringBuilder();
    head.append(file).append(": ").append(s.get("artifact"));
    if (s.containsKey("schemaVersion")) {
      head.append(" v").append(s.get("schemaVersion"));
    }
    if (s.get("dbtVersion") != null) {
      head.append(", dbt ").append(s.get("dbtVersion"));
    }
    if (s.get("adapterType") != null) {
      head.append(", ").append(s.get("adapterType"));
    }
    out.println(head);
    for (Map.Entry<String, Object> e : s.entrySet()) {
      String key = e.getKey();
      if (key.equals("artifact") || key.equals("schemaVersion") || key.equals("dbtVersion")
          || key.equals("adapterType")) {
        continue;
      }
      Object v = e.getValue();
      if (v instanceof Map) {
        StringBuilder parts = new StringBuilder();
        ((Map<?, ?>) v).forEach((k, n) -> parts.append(parts.length() == 0 ? "" : ", ").append(k).append(' ').append(n));
        if (parts.length() > 0) {
          out.printf("  %-16s %s%n", "", parts);
        }
      } else {
        out.printf("  %-16s %s%n", key, v);
      }
    }
  }
}
