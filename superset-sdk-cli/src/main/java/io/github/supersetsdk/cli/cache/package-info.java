/** {@code superset-sdk cache}: warm and invalidate the chart-data cache. */
@org.jspecify.annotations.NullMarked
package io.github.supersetsdk.cli.cache;
