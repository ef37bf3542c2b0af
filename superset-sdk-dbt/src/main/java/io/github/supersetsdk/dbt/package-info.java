/**
 * Reading dbt artifacts: the {@link io.github.supersetsdk.dbt.DbtArtifactReader} entry point, the
 * artifact kinds it detects, its {@link io.github.supersetsdk.dbt.ReadOptions} and the single
 * {@link io.github.supersetsdk.dbt.DbtArtifactParseException} it throws for bad input.
 *
 * <p>The typed models live in the sub-packages: {@code manifest}, {@code semantic}, {@code run} and
 * {@code catalog}; {@code select} implements dbt's node selection syntax and {@code lineage} walks
 * the dependency graph.
 */
@NullMarked
package io.github.supersetsdk.dbt;

import org.jspecify.annotations.NullMarked;
