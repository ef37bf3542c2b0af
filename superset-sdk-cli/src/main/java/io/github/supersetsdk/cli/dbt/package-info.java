/** The {@code superset-sdk dbt} commands; an application, not a library API. */
@NullMarked
package io.github.supersetsdk.cli.dbt;

import org.jspecify.annotations.NullMarked;
