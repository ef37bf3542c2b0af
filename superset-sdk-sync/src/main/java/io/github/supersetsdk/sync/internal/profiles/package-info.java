/**
 * Parsing, Jinja rendering and URI mapping behind {@code io.github.supersetsdk.sync.profiles}. Not
 * API; may change in any release.
 */
@NullMarked
package io.github.supersetsdk.sync.internal.profiles;

import org.jspecify.annotations.NullMarked;
