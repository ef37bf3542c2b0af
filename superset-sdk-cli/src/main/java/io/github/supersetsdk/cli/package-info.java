/** The {@code superset-sdk} command line; an application, not a library API. */
package io.github.supersetsdk.cli;
