package io.github.supersetsdk.client.model;

import io.github.supersetsdk.client.id.ChartId;
import org.jspecify.annotations.Nullable;

/**
 * The saved chart Explore opened.
 *
 * <p>Immutable and thread-safe.
 *
 * @param sliceId the chart's id
 * @param sliceName the chart's name
 * @param description the description
 * @param datasource the datasource uid, {@code "<id>__<type>"}
 * @param cacheTimeout the cache timeout in seconds
 * @param sliceUrl the relative URL of the chart in Explore
 * @param certifiedBy who certified it
 * @param isManagedExternally whether an external tool owns it
 */
public record ExploreSlice(
    ChartId sliceId,
    @Nullable String sliceName,
    @Nullable String description,
    @Nullable String datasource,
    @Nullable Integer cacheTimeout,
    @Nullable String sliceUrl,
    @Nullable String certifiedBy,
    @Nullable Boolean isManagedExternally) {}
