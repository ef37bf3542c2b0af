/**
 * Not API; may change in any release. Internal implementation of superset-sdk-ops: do not use
 * these types from application code, they are not covered by any compatibility promise.
 */
@NullMarked
package io.github.supersetsdk.ops.internal;

import org.jspecify.annotations.NullMarked;
