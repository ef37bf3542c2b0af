/** Implementation of the asset folders, plans and applies; not API; may change in any release. */
@NullMarked
package io.github.supersetsdk.assets.internal;

import org.jspecify.annotations.NullMarked;
