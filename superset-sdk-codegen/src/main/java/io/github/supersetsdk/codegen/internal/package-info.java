/** The annotation processor that writes the request builders; not API. */
@NullMarked
package io.github.supersetsdk.codegen.internal;

import org.jspecify.annotations.NullMarked;
