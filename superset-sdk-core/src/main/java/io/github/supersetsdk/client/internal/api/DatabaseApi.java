package io.github.supersetsdk.client.internal.api;

import feign.Param;
import feign.RequestLine;
import io.github.supersetsdk.client.internal.api.Envelopes.Item;
import io.github.supersetsdk.client.internal.api.Envelopes.ListPage;
import io.github.supersetsdk.client.internal.api.Envelopes.Message;
import io.github.supersetsdk.client.internal.api.Envelopes.Result;
import io.github.supersetsdk.client.model.CreateDatabaseRequest;
import io.github.supersetsdk.client.model.Database;
import io.github.supersetsdk.client.model.DatabaseTable;
import io.github.supersetsdk.client.model.TestDatabaseConnectionRequest;
import io.github.supersetsdk.client.model.UpdateDatabaseRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Superset's {@code /api/v1/database} endpoints (tag "Database"). */
public interface DatabaseApi {

  @RequestLine("GET /api/v1/database/?q={q}")
  ListPage<Database> list(@Param("q") String q);

  @RequestLine("GET /api/v1/database/{pk}")
  Item<Database> get(@Param("pk") long pk);

  @RequestLine("POST /api/v1/database/")
  @Sensitive
  Item<Map<String, Object>> create(CreateDatabaseRequest body);

  @RequestLine("GET /api/v1/database/{pk}/connection")
  @Sensitive
  Item<Database> connection(@Param("pk") long pk);

  @RequestLine("PUT /api/v1/database/{pk}")
  @Sensitive
  Item<Map<String, Object>> update(@Param("pk") long pk, UpdateDatabaseRequest body);

  @RequestLine("DELETE /api/v1/database/{pk}")
  Message delete(@Param("pk") long pk);

  @RequestLine("POST /api/v1/database/test_connection/")
  @RetrySafe
  @Sensitive
  Message testConnection(TestDatabaseConnectionRequest body);

  @RequestLine("GET /api/v1/database/{pk}/schemas/?q={q}")
  Result<List<String>> schemas(@Param("pk") long pk, @Param("q") @Nullable String q);

  @RequestLine("GET /api/v1/database/{pk}/tables/?q={q}")
  ListPage<DatabaseTable> tables(@Param("pk") long pk, @Param("q") String q);
}
