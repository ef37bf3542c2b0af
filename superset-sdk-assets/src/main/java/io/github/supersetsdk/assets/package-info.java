/**
 * Dashboards as code: {@link io.github.supersetsdk.assets.SupersetAssets} exports Superset's
 * dashboards, charts, datasets and database connections into an {@link
 * io.github.supersetsdk.assets.AssetsFolder} of YAML files, plans the difference between a folder
 * and a server ({@link io.github.supersetsdk.assets.AssetPlan}) and applies it through Superset's
 * asset import, promoting between environments and provisioning per tenant on the way.
 */
@NullMarked
package io.github.supersetsdk.assets;

import org.jspecify.annotations.NullMarked;
