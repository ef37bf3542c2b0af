/**
 * The typed model of {@code manifest.json}, schema v1 to v12 and later: {@link
 * io.github.supersetsdk.dbt.manifest.DbtManifest} and the resources it holds. Every type is an
 * immutable record whose collections are never {@code null}; fields a version lacks are empty or
 * {@code null} as documented on each component.
 */
@NullMarked
package io.github.supersetsdk.dbt.manifest;

import org.jspecify.annotations.NullMarked;
