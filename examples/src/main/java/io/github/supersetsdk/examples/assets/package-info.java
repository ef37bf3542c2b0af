/** Examples of dashboards as code: a Superset dashboard kept in a folder of YAML files. */
@NullMarked
package io.github.supersetsdk.examples.assets;

import org.jspecify.annotations.NullMarked;
