/** Not API; may change in any release: property checks and the failure analyzer. */
@NullMarked
package io.github.supersetsdk.spring.boot.autoconfigure.internal;

import org.jspecify.annotations.NullMarked;
