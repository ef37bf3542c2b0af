/**
 * Build-time annotations from which the request builders and the typed ids of superset-sdk-core are
 * generated. They have source retention: nothing of this package is needed at run time.
 */
@NullMarked
package io.github.supersetsdk.codegen;

import org.jspecify.annotations.NullMarked;
