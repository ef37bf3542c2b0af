/**
 * The warehouse catalog: {@link io.github.supersetsdk.dbt.catalog.DbtCatalog} ({@code
 * catalog.json} v1), written by {@code dbt docs generate}.
 */
@NullMarked
package io.github.supersetsdk.dbt.catalog;

import org.jspecify.annotations.NullMarked;
