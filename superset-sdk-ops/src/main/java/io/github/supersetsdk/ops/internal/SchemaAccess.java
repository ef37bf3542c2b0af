package io.github.supersetsdk.ops.internal;

import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.exception.AuthenticationException;
import io.github.supersetsdk.client.exception.SupersetApiException;
import io.github.supersetsdk.client.model.ChartDatasource;
import io.github.supersetsdk.client.model.Database;
import io.github.supersetsdk.client.model.DatabaseRef;
import io.github.supersetsdk.client.model.Dataset;
import io.github.supersetsdk.client.request.ChartDataQuery;
import io.github.supersetsdk.client.request.ChartDataRequest;
import io.github.supersetsdk.client.request.ListQuery;
import io.github.supersetsdk.client.request.Metric;
import io.github.supersetsdk.ops.CheckResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Whether each database connection can read the schemas its datasets are in. A role without
 * access to a schema still sees its tables' metadata (PostgreSQL's catalog, for one), so the
 * datasets are created and match their tables, and only their queries fail: one row of one
 * dataset per schema tells.
 */
public final class SchemaAccess {

  // How warehouses refuse a role a schema or table, as Superset passes their errors on.
  private static final Pattern DENIED = Pattern.compile(
      "permission denied|insufficient privilege|access denied|not authorized|does not have privileges"
          + "|user does not have|access to .* denied",
      Pattern.CASE_INSENSITIVE);

  private SchemaAccess() {}

  private record Schema(String database, long databaseId, String schema) {}

  /**
   * Runs the check.
   *
   * @param client the client
   * @return a warning per schema the connection cannot read, else one ok result
   */
  public static List<CheckResult> check(SupersetClient client) {
    Map<Schema, List<Dataset>> bySchema = new LinkedHashMap<>();
    for (Dataset d : client.datasets().list(ListQuery.all())) {
      boolean physical = d.sql() == null || d.sql().isBlank();
      if (physical && d.database() != null && d.schema() != null && !d.schema().isBlank()) {
        bySchema.computeIfAbsent(new Schema(name(d.database()), d.database().id().value(), d.schema()),
            k -> new ArrayList<>()).add(d);
      }
    }
    List<CheckResult> out = new ArrayList<>();
    for (Map.Entry<Schema, List<Dataset>> e : bySchema.entrySet()) {
      String denied = denied(client, e.getValue().get(0));
      if (denied != null) {
        Schema s = e.getKey();
        int n = e.getValue().size();
        out.add(CheckResult.warn("schema[" + s.database() + "." + s.schema() + "]",
            "connection '" + s.database() + "' (id " + s.databaseId() + ") cannot read schema " + s.schema() + ", so "
                + n + " dataset" + (n == 1 ? "" : "s") + " on it answer every query with an error: "
                + String.valueOf(Database.redact(denied)).strip().lines().findFirst().orElse(""),
            "grant the connection's database role USAGE on the schema and SELECT on its tables, or remove those"
                + " datasets (a dbt sync selecting only what the role reads, e.g. --select marts, with --prune)"));
      }
    }
    if (out.isEmpty()) {
      out.add(CheckResult.ok("schemas", "each connection reads the " + bySchema.size()
          + " schemas its physical datasets are in"));
    }
    return out;
  }

  private static String name(DatabaseRef db) {
    return db.databaseName() == null ? "#" + db.id().value() : db.databaseName();
  }

  // The warehouse's refusal of one row of the dataset, or null when it answers (or fails otherwise).
  private static @Nullable String denied(SupersetClient client, Dataset d) {
    try {
      client.charts().data(ChartDataRequest.builder(ChartDatasource.dataset(d.id()))
          .query(ChartDataQuery.builder().metric(Metric.sql("COUNT(*)").as("rows")).rowLimit(1).build()).build());
      return null;
    } catch (AuthenticationException e) {
      throw e;
    } catch (SupersetApiException e) {
      String message = e.serverMessage() == null ? e.getMessage() : e.serverMessage();
      return message != null && DENIED.matcher(message.toLowerCase(Locale.ROOT)).find() ? message : null;
    } catch (RuntimeException other) {
      return null;
    }
  }
}
