/**
 * Operations commands: {@code superset-sdk doctor}, {@code superset-sdk dashboard profile} and
 * {@code superset-sdk ops dashboard}.
 */
@NullMarked
package io.github.supersetsdk.cli.ops;

import org.jspecify.annotations.NullMarked;
