package io.github.supersetsdk.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.supersetsdk.client.model.GuestToken;
import io.github.supersetsdk.client.request.CreateDatabaseRequest;
import io.github.supersetsdk.client.request.TestDatabaseConnectionRequest;
import io.github.supersetsdk.client.request.UpdateDatabaseRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Secret-bearing types never show their secrets in {@code toString()}. */
class SecretsToStringTest {

  private static final String PASSWORD = "hunter2-db";

  @Test
  void credentials_toString_hidesPasswordAndTokens() {
    assertThat(Credentials.password("admin", "hunter2").toString()).contains("admin").doesNotContain("hunter2");
    assertThat(Credentials.bearerToken("eyJsecret").toString()).doesNotContain("eyJsecret");
    assertThat(Credentials.guestToken(GuestToken.of("eyJguest", null)).toString()).doesNotContain("eyJguest");
  }

  @Test
  void guestToken_toString_showsOnlyTheExpiry() {
    assertThat(GuestToken.of("eyJguest", null).toString()).isEqualTo("GuestToken[expiresAt=null, value=***]");
  }

  @Test
  void databaseRequests_toString_maskTheUriPasswordAndSecrets() {
    String uri = "postgresql+psycopg2://reader:" + PASSWORD + "@db:5432/warehouse";
    CreateDatabaseRequest create = CreateDatabaseRequest.builder("warehouse", uri)
        .maskedEncryptedExtra("{\"credentials_info\": \"" + PASSWORD + "\"}")
        .parameters(Map.of("password", PASSWORD))
        .build();

    assertThat(create.toString()).contains("reader:***@db").doesNotContain(PASSWORD);
    assertThat(UpdateDatabaseRequest.builder().sqlalchemyUri(uri).maskedEncryptedExtra(PASSWORD).build().toString())
        .contains("reader:***@db").doesNotContain(PASSWORD);
    assertThat(TestDatabaseConnectionRequest.builder(uri).build().toString()).doesNotContain(PASSWORD);
  }

  @Test
  void databaseRequests_toString_maskSecretsInTheExtra_keepingItsOtherSettings() {
    // Superset's extra often carries the driver's connect_args, passwords included.
    String extra = "{\"engine_params\": {\"connect_args\": {\"password\": \"" + PASSWORD + "\", \"sslmode\": \"require\"}}}";
    String uri = "postgresql://reader@db/warehouse";

    assertThat(CreateDatabaseRequest.builder("warehouse", uri).extra(extra).build().toString())
        .doesNotContain(PASSWORD).contains("sslmode");
    assertThat(UpdateDatabaseRequest.builder().extra(extra).build().toString()).doesNotContain(PASSWORD).contains("sslmode");
    assertThat(TestDatabaseConnectionRequest.builder(uri).extra(extra).build().toString())
        .doesNotContain(PASSWORD).contains("sslmode");
  }
}
