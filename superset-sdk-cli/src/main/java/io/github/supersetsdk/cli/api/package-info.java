/** The {@code superset-sdk api} commands; an application, not a library API. */
@NullMarked
package io.github.supersetsdk.cli.api;

import org.jspecify.annotations.NullMarked;
