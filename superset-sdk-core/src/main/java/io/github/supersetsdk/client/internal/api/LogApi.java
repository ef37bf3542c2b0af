package io.github.supersetsdk.client.internal.api;

import feign.Param;
import feign.RequestLine;
import io.github.supersetsdk.client.internal.api.Envelopes.Item;
import io.github.supersetsdk.client.internal.api.Envelopes.Result;
import io.github.supersetsdk.client.model.AuditLogUser;
import io.github.supersetsdk.client.model.RecentActivity;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Superset's {@code /api/v1/log} endpoints, the audit log (tag "LogRestApi"). */
public interface LogApi {

  @RequestLine("GET /api/v1/log/?q={q}")
  LogPage list(@Param("q") String q);

  @RequestLine("GET /api/v1/log/{pk}")
  Item<LogWire> get(@Param("pk") long pk);

  @RequestLine("GET /api/v1/log/recent_activity/?q={q}")
  Result<List<RecentActivity>> recentActivity(@Param("q") String q);

  /** A page of the log; entries carry no id of their own, the envelope's {@code ids} do. */
  record LogPage(long count, @Nullable List<Long> ids, @Nullable List<LogWire> result) {}

  /** An entry as the log sends it. */
  record LogWire(
      @Nullable Long id,
      @Nullable String action,
      @Nullable AuditLogUser user,
      @Nullable Long userId,
      @Nullable String dttm,
      @Nullable Long durationMs,
      @Nullable String json,
      @Nullable String referrer,
      @Nullable Long sliceId,
      @Nullable Long dashboardId) {}
}
