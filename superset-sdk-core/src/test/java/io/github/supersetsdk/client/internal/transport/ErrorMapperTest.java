package io.github.supersetsdk.client.internal.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.supersetsdk.client.exception.AuthenticationException;
import io.github.supersetsdk.client.exception.BadRequestException;
import io.github.supersetsdk.client.exception.ConflictException;
import io.github.supersetsdk.client.exception.ErrorType;
import io.github.supersetsdk.client.exception.NotFoundException;
import io.github.supersetsdk.client.exception.PermissionDeniedException;
import io.github.supersetsdk.client.exception.RateLimitedException;
import io.github.supersetsdk.client.exception.ServerException;
import io.github.supersetsdk.client.exception.SupersetApiException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ErrorMapperTest {

  private static Exchange exchange(int status, String body, String... headers) {
    Map<String, java.util.Collection<String>> h = new java.util.HashMap<>();
    for (int i = 0; i < headers.length; i += 2) {
      h.put(headers[i], List.of(headers[i + 1]));
    }
    return new Exchange(status, h, body.getBytes(StandardCharsets.UTF_8));
  }

  private static SupersetApiException map(Exchange e) {
    return ErrorMapper.toException("PUT", "/api/v1/dataset/3", "req-1", e, false);
  }

  @Test
  void toException_messageString_isServerMessage() {
    SupersetApiException e = map(exchange(404, "{\"message\": \"Not found\"}"));

    assertThat(e).isInstanceOf(NotFoundException.class);
    assertThat(e.serverMessage()).isEqualTo("Not found");
    assertThat(e.getMessage()).isEqualTo("PUT /api/v1/dataset/3 -> 404: Not found (request id req-1)");
  }

  @Test
  void toException_messageMapOfFieldLists_isFieldErrors() {
    SupersetApiException e =
        map(exchange(400, "{\"message\": {\"table_name\": [\"Missing data for required field.\"],"
            + " \"columns\": {\"0\": {\"column_name\": [\"Field may not be null.\"]}}}}"));

    assertThat(e).isInstanceOf(BadRequestException.class);
    assertThat(e.fieldErrors())
        .containsEntry("table_name", List.of("Missing data for required field."))
        .containsEntry("columns.0.column_name", List.of("Field may not be null."));
    assertThat(e.serverMessage()).startsWith("invalid fields: table_name: Missing data");
  }

  @Test
  void toException_errorsArray_givesMessageTypeAndInvalidFields() {
    String body =
        "{\"errors\": [{\"message\": \"Connection failed for postgresql://u:hunter2@db/w\","
            + " \"error_type\": \"CONNECTION_ACCESS_DENIED_ERROR\", \"level\": \"error\","
            + " \"extra\": {\"invalid\": [\"username\", \"password\"]}}]}";

    SupersetApiException e = map(exchange(422, body));

    assertThat(e).isInstanceOf(BadRequestException.class);
    assertThat(e.errorType()).isEqualTo(ErrorType.CONNECTION_ACCESS_DENIED_ERROR);
    assertThat(e.serverMessage()).isEqualTo("Connection failed for postgresql://u:***@db/w");
    assertThat(e.getMessage()).doesNotContain("hunter2");
    assertThat(e.fieldErrors()).containsOnlyKeys("username", "password");
  }

  @Test
  void toException_marshmallowErrorExtraMessages_areFieldErrors_payloadIgnored() {
    SupersetApiException e = map(exchange(422, "{\"errors\": [{\"message\": \"The schema of the submitted payload is invalid.\","
        + " \"error_type\": \"MARSHMALLOW_ERROR\", \"level\": \"error\", \"extra\": {\"messages\": {\"folders\":"
        + " [\"Unknown field.\"]}, \"payload\": {\"folders\": [], \"sql\": \"select 'payload-secret'\"}}}]}"));

    assertThat(e).isInstanceOf(BadRequestException.class);
    assertThat(e.fieldErrors()).containsExactly(Map.entry("folders", List.of("Unknown field.")));
    assertThat(e.serverMessage()).isEqualTo("The schema of the submitted payload is invalid.");
    assertThat(e.getMessage()).doesNotContain("payload-secret");
  }

  @Test
  void toException_flaskJwtMsg_isServerMessage() {
    SupersetApiException e = map(exchange(401, "{\"msg\": \"Token has expired\"}"));

    assertThat(e).isInstanceOf(AuthenticationException.class);
    assertThat(e.serverMessage()).isEqualTo("Token has expired");
  }

  @Test
  void toException_proxyHtmlPage_saysAProxyAnswered_andThatAWriteMayHaveLanded() {
    SupersetApiException e = map(exchange(502, "<html><body>Bad gateway</body></html>", "Content-Type", "text/html"));

    assertThat(e).isInstanceOf(ServerException.class);
    assertThat(e.getMessage()).isEqualTo("PUT /api/v1/dataset/3 -> 502: not Superset's answer: an HTML page, as a"
        + " proxy or load balancer in front of Superset sends when Superset fails or closes the connection;"
        + " Superset may have applied the PUT all the same (request id req-1)");
    SupersetApiException timeout = ErrorMapper.toException("GET", "/api/v1/chart/1", "req-2", exchange(504, ""), true);
    assertThat(timeout.serverMessage()).isEqualTo("not Superset's answer: an empty body, as a proxy or load"
        + " balancer in front of Superset sends when Superset does not answer in time");
    SupersetApiException unavailable = ErrorMapper.toException("POST", "/api/v1/dataset/", "req-3",
        exchange(503, "<html>down</html>", "Content-Type", "text/html; charset=utf-8"), true);
    assertThat(unavailable.serverMessage()).endsWith("when it has no Superset to send to");
  }

  @Test
  void toException_supersetsOwnJson5xx_keepsItsMessage() {
    SupersetApiException e = map(exchange(502, "{\"message\": \"upstream database gone\"}",
        "Content-Type", "application/json"));

    assertThat(e.serverMessage()).isEqualTo("upstream database gone");
    SupersetApiException plain500 = map(exchange(500, "<html>Internal Server Error</html>", "Content-Type", "text/html"));
    assertThat(plain500.serverMessage()).isNull();
  }

  @Test
  void toException_redirect_namesLocationWithoutQuery() {
    SupersetApiException e = map(exchange(302, "", "Location", "http://h/login/?next=http://h/secret"));

    assertThat(e.serverMessage()).isEqualTo("redirected to http://h/login/");
  }

  @Test
  void toException_500WithSqlTheDatabaseRefused_isABadRequest_notRetried() {
    for (String type : List.of("COLUMN_DOES_NOT_EXIST_ERROR", "DML_NOT_ALLOWED_ERROR", "GENERIC_DB_ENGINE_ERROR")) {
      SupersetApiException e = ErrorMapper.toException("POST", "/api/v1/sqllab/execute/", "rid", exchange(500,
          "{\"errors\": [{\"message\": \"refused\", \"error_type\": \"" + type + "\", \"level\": \"error\"}]}"), true);

      assertThat(e).as(type).isInstanceOf(BadRequestException.class);
      assertThat(e.statusCode()).isEqualTo(500);
      assertThat(e.errorType()).isEqualTo(ErrorType.of(type));
      assertThat(e.isRetryable()).isFalse();
    }
    // A 500 that does not blame the request stays a server failure.
    assertThat(map(exchange(500, "{\"errors\": [{\"message\": \"x\", \"error_type\": \"GENERIC_BACKEND_ERROR\"}]}")))
        .isInstanceOf(ServerException.class);
  }

  @Test
  void toException_statuses_mapToTheirSubclasses() {
    assertThat(map(exchange(403, "{}"))).isInstanceOf(PermissionDeniedException.class);
    assertThat(map(exchange(409, "{}"))).isInstanceOf(ConflictException.class);
    assertThat(map(exchange(422, "{}"))).isInstanceOf(BadRequestException.class);
    assertThat(map(exchange(500, "{}"))).isInstanceOf(ServerException.class);
    assertThat(map(exchange(418, "{}")).getClass()).isEqualTo(SupersetApiException.class);
  }

  @Test
  void toException_rateLimitedWithRetryAfterSeconds_carriesDelay() {
    SupersetApiException e = map(exchange(429, "{\"message\": \"slow down\"}", "Retry-After", "7"));

    assertThat(e).isInstanceOfSatisfying(
        RateLimitedException.class, r -> assertThat(r.retryAfter()).isEqualTo(Duration.ofSeconds(7)));
  }

  @Test
  void retryAfter_httpDateInThePast_isZero() {
    assertThat(ErrorMapper.retryAfter(exchange(429, "", "Retry-After", "Wed, 21 Oct 2015 07:28:00 GMT")))
        .isEqualTo(Duration.ZERO);
    assertThat(ErrorMapper.retryAfter(exchange(429, "", "Retry-After", "soon"))).isNull();
  }

  @Test
  void toException_echoedRequestId_winsOverSentOne() {
    assertThat(map(exchange(500, "{}", "X-Request-Id", "from-server")).requestId()).isEqualTo("from-server");
  }
}
