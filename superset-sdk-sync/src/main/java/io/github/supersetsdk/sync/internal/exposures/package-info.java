/** Exposures YAML: Superset assets read, names derived, merged into a file; not API; may change in any release. */
@NullMarked
package io.github.supersetsdk.sync.internal.exposures;

import org.jspecify.annotations.NullMarked;
