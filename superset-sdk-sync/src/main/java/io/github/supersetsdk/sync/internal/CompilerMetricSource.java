package io.github.supersetsdk.sync.internal;

import io.github.supersetsdk.dbt.manifest.DbtManifest;
import io.github.supersetsdk.dbt.manifest.DbtMetric;
import io.github.supersetsdk.sync.DbtArtifacts;
import io.github.supersetsdk.sync.metrics.CompiledMetric;
import io.github.supersetsdk.sync.metrics.MetricCompilation;
import io.github.supersetsdk.sync.metrics.MetricCompiler;
import io.github.supersetsdk.sync.metrics.ModelMetrics;
import io.github.supersetsdk.sync.metrics.SkippedMetric;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Metrics from the native metric compiler (semantic manifest, or the manifest's own metrics). */
public final class CompilerMetricSource implements MetricSource {

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CompilerMetricSource.class);

  @Override
  public Compiled compile(DbtArtifacts artifacts) {
    DbtManifest manifest = artifacts.manifest();
    // The warehouse's SQL, by the adapter that built the manifest (PostgreSQL when it does not say).
    String adapter = manifest.metadata().adapterType();
    MetricCompiler compiler = adapter == null ? MetricCompiler.create()
        : MetricCompiler.forAdapter(adapter).orElse(null);
    // Without a dialect for the warehouse, no SQL is written: each metric is noted, not guessed.
    String unsupported = compiler != null ? null
        : "the metric compiler writes no SQL for dbt adapter '" + adapter + "' (it writes for "
            + String.join(", ", MetricCompiler.supportedAdapters()) + ")";
    MetricCompiler used = compiler != null ? compiler : MetricCompiler.create();
    MetricCompilation c = artifacts.semanticManifest() != null
        ? used.compile(artifacts.semanticManifest(), manifest)
        : used.compile(manifest);
    // The number format from the metric's meta.superset, for metrics the compiler gave none.
    Map<String, String> formats = new HashMap<>();
    for (DbtMetric m : manifest.metrics().values()) {
      Map<String, @Nullable Object> meta = m.config().meta().isEmpty() ? m.meta() : m.config().meta();
      Object f = Mapping.supersetMeta(meta).get("d3format");
      if (f != null) {
        formats.put(m.name(), f.toString());
      }
    }
    Map<String, List<DesiredMetric>> metrics = new LinkedHashMap<>();
    Map<String, List<String>> notes = new LinkedHashMap<>();
    for (ModelMetrics mm : c.models()) {
      if (mm.modelUniqueId() == null) {
        continue;
      }
      if (unsupported != null) {
        for (CompiledMetric cm : mm.metrics()) {
          notes.computeIfAbsent(mm.modelUniqueId(), k -> new ArrayList<>())
              .add("metric " + cm.name() + " skipped: " + unsupported);
        }
        continue;
      }
      List<DesiredMetric> list = metrics.computeIfAbsent(mm.modelUniqueId(), k -> new ArrayList<>());
      for (CompiledMetric cm : mm.metrics()) {
        list.add(new DesiredMetric(cm.name(), cm.expression(), cm.verboseName(), cm.description(),
            cm.d3format() != null ? cm.d3format() : formats.get(cm.name()), cm.certifiedBy(),
            cm.certificationDetails(), cm.warningText()));
      }
    }
    for (SkippedMetric s : c.skipped()) {
      String note = "metric " + s.name() + " (" + s.metricType().value() + ") skipped: " + s.reason();
      if (s.modelUniqueId() != null) {
        notes.computeIfAbsent(s.modelUniqueId(), k -> new ArrayList<>()).add(note);
      } else {
        // No model to note it on (no input measures): said here, or it would vanish unsaid.
        LOG.warn("{} (it names no measure, so no dataset carries it)", note);
      }
    }
    return new Compiled(metrics, notes);
  }
}
