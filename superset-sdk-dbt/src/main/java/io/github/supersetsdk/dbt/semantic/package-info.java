/**
 * MetricFlow's semantic layer: {@link io.github.supersetsdk.dbt.semantic.SemanticManifest} (the
 * {@code semantic_manifest.json} artifact) and the semantic models, metrics and saved queries it
 * holds, which the manifest (v10 and later) embeds too. Every shape is read, from the 2023
 * pre-release with {@code measure_proxy} metrics and no {@code project_configuration} to the simple
 * metrics without measures that Fusion writes. All types are immutable records.
 */
@NullMarked
package io.github.supersetsdk.dbt.semantic;

import org.jspecify.annotations.NullMarked;
