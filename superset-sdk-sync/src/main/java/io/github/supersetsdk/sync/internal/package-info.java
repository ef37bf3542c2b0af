/** Implementation of the sync; not API; may change in any release. */
@NullMarked
package io.github.supersetsdk.sync.internal;

import org.jspecify.annotations.NullMarked;
