/** {@code superset-sdk assets}: dashboards as code (export, plan, apply, provision). */
@NullMarked
package io.github.supersetsdk.cli.assets;

import org.jspecify.annotations.NullMarked;
