/**
 * dbt's node selection syntax over a parsed manifest: {@link
 * io.github.supersetsdk.dbt.select.NodeSelector} returns what {@code dbt ls --select ... --exclude
 * ...} would list, as unique ids.
 */
@NullMarked
package io.github.supersetsdk.dbt.select;

import org.jspecify.annotations.NullMarked;
