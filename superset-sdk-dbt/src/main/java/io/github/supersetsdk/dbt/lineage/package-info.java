/**
 * Lineage over a parsed manifest: upstream and downstream walks with a depth, the exposures a
 * model feeds, and the impact of a dbt run ({@link io.github.supersetsdk.dbt.lineage.RunImpact}),
 * which drives metadata refresh and cache invalidation.
 */
@NullMarked
package io.github.supersetsdk.dbt.lineage;

import org.jspecify.annotations.NullMarked;
