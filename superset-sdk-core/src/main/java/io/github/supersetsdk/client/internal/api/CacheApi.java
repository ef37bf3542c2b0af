package io.github.supersetsdk.client.internal.api;

import feign.RequestLine;
import io.github.supersetsdk.client.model.CacheDatasource;
import java.util.List;
import java.util.Map;

/** Superset's {@code /api/v1/cachekey} endpoint (tag "CacheRestApi"). */
public interface CacheApi {

  // Deleting cache entries twice leaves the same state, so a lost answer may be retried.
  @RetrySafe
  @RequestLine("POST /api/v1/cachekey/invalidate")
  Map<String, Object> invalidate(InvalidateBody body);

  /** The body of {@code invalidate}. */
  record InvalidateBody(List<String> datasourceUids, List<CacheDatasource> datasources) {}
}
