package io.github.supersetsdk.client;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.supersetsdk.client.model.VizType;
import io.github.supersetsdk.client.request.CreateChartRequest;
import io.github.supersetsdk.client.testing.FakeSuperset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

// A request record built with its canonical constructor skips the builder's checks; the client
// still refuses to send a required field as null, and names it.
class RequiredComponentsTest {

  @RegisterExtension
  static final FakeSuperset superset = FakeSuperset.create();

  private SupersetClient client;

  @BeforeEach
  void setUp() {
    client = superset.client();
    superset.stubFor(post(urlPathEqualTo("/api/v1/chart/")).willReturn(okJson("{\"id\":12,\"result\":{}}")));
  }

  @Test
  void create_requiredComponentNull_namedAndNotSent() {
    CreateChartRequest missingName =
        new CreateChartRequest(null, VizType.TABLE, 3L, "table", null, null, List.of(), null, null, List.of(), null, null);

    assertThatThrownBy(() -> client.charts().create(missingName))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("CreateChartRequest.sliceName is required but null; the request's builder or factory asks for it");
    superset.verify(0, postRequestedFor(anyUrl()));
  }

  @Test
  void create_nullableComponentsNull_sent() {
    CreateChartRequest minimal =
        new CreateChartRequest("Revenue", VizType.TABLE, 3L, "table", null, null, List.of(), null, null, List.of(), null, null);

    assertThat(client.charts().create(minimal).value()).isEqualTo(12);
    superset.verify(1, postRequestedFor(urlPathEqualTo("/api/v1/chart/")));
  }
}
