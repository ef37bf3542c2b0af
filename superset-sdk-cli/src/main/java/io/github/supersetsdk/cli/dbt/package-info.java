/** The {@code superset-sdk dbt} commands; an application, not a library API. */
package io.github.supersetsdk.cli.dbt;
