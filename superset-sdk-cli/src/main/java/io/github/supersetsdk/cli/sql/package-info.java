/**
 * The {@code superset-sdk sql} command: run SQL through SQL Lab, synchronously or on Superset's
 * Celery workers, and print the rows as a table or as JSON.
 */
@NullMarked
package io.github.supersetsdk.cli.sql;

import org.jspecify.annotations.NullMarked;
