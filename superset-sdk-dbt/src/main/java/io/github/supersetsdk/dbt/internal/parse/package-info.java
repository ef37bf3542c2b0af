/** Internal implementation of superset-sdk-dbt: not API; may change in any release. */
@NullMarked
package io.github.supersetsdk.dbt.internal.parse;

import org.jspecify.annotations.NullMarked;
