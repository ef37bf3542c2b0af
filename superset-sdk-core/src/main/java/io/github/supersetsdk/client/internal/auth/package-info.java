/**
 * Not API; may change in any release. Internal implementation of superset-sdk-core: do not use
 * these types from application code, they are not covered by any compatibility promise.
 */
@NullMarked
package io.github.supersetsdk.client.internal.auth;

import org.jspecify.annotations.NullMarked;
