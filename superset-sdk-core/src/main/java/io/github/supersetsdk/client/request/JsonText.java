package io.github.supersetsdk.client.request;

import io.github.supersetsdk.client.internal.json.Json;
import io.github.supersetsdk.client.internal.json.QueryContexts;

/**
 * The one place where request types reach the SDK's JSON codec, for the fields Superset takes as
 * JSON text (form data, query contexts, dashboard positions). Kept in one class so that the model
 * packages' only upward dependency is a single known edge, frozen in the architecture tests.
 */
final class JsonText {

  private JsonText() {}

  /** Writes a value as JSON text with the SDK's settings. */
  static String write(Object value) {
    return Json.write(value);
  }

  /** Reads a saved query context; errors say where (JSON path, or line and column). */
  static ChartDataRequest readQueryContext(String text) {
    return QueryContexts.read(text);
  }
}
