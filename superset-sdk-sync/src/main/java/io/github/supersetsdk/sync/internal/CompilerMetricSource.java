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

  @Override
  public Compiled compile(DbtArtifacts artifacts) {
    DbtManifest manifest = artifacts.manifest();
    MetricCompilation c = artifacts.semanticManifest() != null
        ? MetricCompiler.create().compile(artifacts.semanticManifest(), manifest)
        : MetricCompiler.create().compile(manifest);
    // The compiled metric carries no number format; it sits in the metric's meta.superset.
    Map<String, String> formats = new HashMap<>();
    for (DbtMetric m : manifest.metrics().values()) {
      Map<String, @Nullable Object> meta = m.config().meta().isEmpty() ? m.meta() : m.config().meta();
      Object f = Mapping.supersetMeta(meta).get("d3format");
      if (f != null) {
        formats.put(m.name(), f.toString());
      }
    }
    Map<String, List<DesiredMetric>> metrics = new LinkedHashMap<>();
    for (ModelMetrics mm : c.models()) {
      if (mm.modelUniqueId() == null) {
        continue;
      }
      List<DesiredMetric> list = metrics.computeIfAbsent(mm.modelUniqueId(), k -> new ArrayList<>());
      for (CompiledMetric cm : mm.metrics()) {
        list.add(new DesiredMetric(cm.name(), cm.expression(), cm.verboseName(), cm.description(),
            formats.get(cm.name()), cm.certifiedBy()));
      }
    }
    Map<String, List<String>> notes = new LinkedHashMap<>();
    for (SkippedMetric s : c.skipped()) {
      if (s.modelUniqueId() != null) {
        notes.computeIfAbsent(s.modelUniqueId(), k -> new ArrayList<>())
            .add("metric " + s.name() + " (" + s.metricType().value() + ") skipped: " + s.reason());
      }
    }
    return new Compiled(metrics, notes);
  }
}
