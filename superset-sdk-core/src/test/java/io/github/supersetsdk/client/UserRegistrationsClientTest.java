package io.github.supersetsdk.client;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.supersetsdk.client.id.UserRegistrationId;
import io.github.supersetsdk.client.model.UserRegistration;
import io.github.supersetsdk.client.request.ListQuery;
import io.github.supersetsdk.client.security.UserRegistrationsClient;
import io.github.supersetsdk.client.testing.FakeSuperset;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class UserRegistrationsClientTest {

  @RegisterExtension
  static final FakeSuperset superset = FakeSuperset.create();

  private static final String HASH = "reg-hash-Secret-2b7c";
  private static final String REG_JSON = "{\"id\": 4, \"username\": \"newbie\", \"email\": \"n@example.com\","
      + " \"first_name\": \"New\", \"last_name\": \"Bie\", \"registration_date\": \"2026-11-20T08:00:00\","
      + " \"registration_hash\": \"" + HASH + "\"}";

  private SupersetClient client;
  private UserRegistrationsClient registrations;

  @BeforeEach
  void setUp() {
    client = superset.client();
    registrations = client.security().userRegistrations();
  }

  @Test
  void listGetDelete_decodeAndNeverPrintTheHash() {
    superset.stubFor(get(urlPathEqualTo("/api/v1/security/user_registrations/")).willReturn(okJson("{\"count\": 1, \"result\": [" + REG_JSON + "]}")));
    superset.stubFor(get(urlPathEqualTo("/api/v1/security/user_registrations/4")).willReturn(okJson("{\"id\": 4, \"result\": " + REG_JSON + "}")));
    superset.stubFor(delete(urlPathEqualTo("/api/v1/security/user_registrations/4")).willReturn(okJson("{\"message\": \"OK\"}")));
    superset.stubFor(get(urlPathEqualTo("/api/v1/security/user_registrations/_info")).willReturn(okJson("{\"permissions\": [\"can_list\"]}")));

    UserRegistration listed = registrations.list(ListQuery.all()).iterator().next();
    UserRegistration read = registrations.get(UserRegistrationId.of(4));
    registrations.delete(UserRegistrationId.of(4));

    assertThat(read).isEqualTo(listed);
    assertThat(read.registrationHash()).isEqualTo(HASH);
    assertThat(read.registrationDate()).isEqualTo(Instant.parse("2026-11-20T08:00:00Z"));
    assertThat(read.toString()).doesNotContain(HASH).contains("registrationHash=***").contains("newbie");
    assertThat(registrations.info().permissions()).containsExactly("can_list");
    superset.verify(deleteRequestedFor(urlPathEqualTo("/api/v1/security/user_registrations/4")));
  }

  @Test
  void get_null_isRejected() {
    assertThatThrownBy(() -> registrations.get(null)).isInstanceOf(NullPointerException.class).hasMessage("id");
  }
}
