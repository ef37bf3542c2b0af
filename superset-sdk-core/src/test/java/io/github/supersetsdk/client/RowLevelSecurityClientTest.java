package io.github.supersetsdk.client;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.supersetsdk.client.exception.NotFoundException;
import io.github.supersetsdk.client.security.RowLevelSecurityClient;
import io.github.supersetsdk.client.testing.FakeSuperset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RowLevelSecurityClientTest {

  @RegisterExtension
  static final FakeSuperset superset = FakeSuperset.create();

  private static final String BASE = "/api/v1/rowlevelsecurity/";

  private SupersetClient client;
  private RowLevelSecurityClient rls;

  @BeforeEach
  void setUp() {
    client = superset.client();
    rls = client.security().rowLevelSecurity();
  }

  @Test
  void related_withSearch_sendsFilterAndDecodesOptions() {
    superset.stubFor(get(urlPathEqualTo(BASE + "related/roles")).willReturn(okJson(
        "{\"count\": 1, \"result\": [{\"value\": 4, \"text\": \"Gamma\", \"extra\": {}}]}")));

    assertThat(rls.related("roles", "Gam").stream().toList()).singleElement()
        .satisfies(o -> {
          assertThat(o.value()).isEqualTo(4);
          assertThat(o.text()).isEqualTo("Gamma");
        });
    superset.verify(getRequestedFor(urlPathEqualTo(BASE + "related/roles"))
        .withQueryParam("q", equalTo("(filter:Gam,page:0,page_size:100)")));
  }

  @Test
  void related_unknownColumn_throwsNotFoundDuringIteration() {
    superset.stubFor(get(urlPathEqualTo(BASE + "related/clause"))
        .willReturn(okJson("{\"message\": \"Not found\"}").withStatus(404)));

    assertThatThrownBy(() -> rls.related("clause", null).stream().toList()).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> rls.related("a/b", null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void info_decodesPermissionsAndFilters() {
    superset.stubFor(get(urlPathEqualTo(BASE + "_info")).willReturn(okJson("{\"permissions\": [\"can_read\", \"can_write\"],"
        + " \"filters\": {\"name\": [{\"name\": \"Starts with\", \"operator\": \"sw\"}]}}")));

    assertThat(rls.info().permissions()).containsExactly("can_read", "can_write");
    assertThat(rls.info().filters()).containsKey("name");
  }
}
