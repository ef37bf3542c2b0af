/** The {@code superset-sdk} command line; an application, not a library API. */
@NullMarked
package io.github.supersetsdk.cli;

import org.jspecify.annotations.NullMarked;
