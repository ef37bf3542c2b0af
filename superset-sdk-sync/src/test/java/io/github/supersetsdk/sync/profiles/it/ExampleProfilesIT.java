package io.github.supersetsdk.sync.profiles.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.supersetsdk.client.Credentials;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.exception.BadRequestException;
import io.github.supersetsdk.client.id.DatabaseId;
import io.github.supersetsdk.client.request.CreateDatabaseRequest;
import io.github.supersetsdk.client.request.TestDatabaseConnectionRequest;
import io.github.supersetsdk.sync.profiles.DbtProfiles;
import io.github.supersetsdk.sync.profiles.Secret;
import io.github.supersetsdk.sync.profiles.SqlAlchemyUri;
import io.github.supersetsdk.sync.profiles.WarehouseTarget;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The example project's real profiles.yml, rendered with the real environment and the read-only
 * role's credentials, gives a URI the real Superset connects with.
 */
class ExampleProfilesIT {

  private static String require(String name) {
    String value = System.getenv(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(
          name + " is not set: run `scripts/services.sh up` and `eval \"$(scripts/services.sh env)\"`");
    }
    return value;
  }

  /** The example profiles: $DBT_PROFILES_DIR, else $DBT_PROJECT_DIR (services.sh sets both). */
  private static Path profilesDir() {
    String dir = System.getenv("DBT_PROFILES_DIR");
    return Path.of(dir != null && !dir.isBlank() ? dir : require("DBT_PROJECT_DIR"));
  }

  private static SupersetClient admin() {
    return SupersetClient.builder()
        .baseUrl(require("SUPERSET_URL"))
        .credentials(Credentials.password(require("SUPERSET_USERNAME"), require("SUPERSET_PASSWORD")))
        .build();
  }

  @Test
  void exampleProfile_withReadOnlyRole_connectsThroughSuperset() throws Exception {
    // The read-only role's user, password and the warehouse port come from the URI services.sh exports.
    URI reader = URI.create(require("WAREHOUSE_SQLALCHEMY_URI").replaceFirst("^[^:]+://", "x://"));
    String[] userInfo = reader.getRawUserInfo().split(":", 2);
    String readerUser = URLDecoder.decode(userInfo[0], StandardCharsets.UTF_8);
    Secret readerPassword = Secret.of(URLDecoder.decode(userInfo[1], StandardCharsets.UTF_8));
    Map<String, String> env = new HashMap<>(System.getenv());
    // services.sh passes the port to dbt this way when it builds the project.
    env.putIfAbsent("DBT_PG_PORT", String.valueOf(reader.getPort()));

    assertThat(Files.readString(profilesDir().resolve("profiles.yml"))).contains("env_var(");
    DbtProfiles profiles = DbtProfiles.load(profilesDir(), env);
    WarehouseTarget target = profiles.target("roastwise", null);

    assertThat(target.adapterType()).isEqualTo("postgres");
    assertThat(target.targetName()).isEqualTo("dev");
    assertThat(target.port()).isEqualTo(reader.getPort());
    SqlAlchemyUri uri = target.sqlalchemyUri(readerUser, readerPassword);
    assertThat(uri.masked())
        .isEqualTo(
            "postgresql://" + readerUser + ":XXXXXXXXXX@" + target.host() + ":" + reader.getPort()
                + "/" + reader.getPath().substring(1));

    try (SupersetClient client = admin()) {
      // What a user gets: Superset itself opens the connection with the derived URI.
      client.databases().testConnection(TestDatabaseConnectionRequest.builder(uri.reveal()).build());

      String name = "sdk-it-profiles-" + UUID.randomUUID().toString().substring(0, 8);
      DatabaseId id = client.databases().create(CreateDatabaseRequest.builder(name, uri.reveal()).build());
      try {
        // The read-only role sees the marts, which dbt built.
        assertThat(client.databases().listSchemas(id)).contains("marts");
      } finally {
        client.databases().delete(id);
      }

      // A wrong password through the same mapping is refused by Superset, and no error shows it.
      String wrong = "wrong-" + UUID.randomUUID();
      SqlAlchemyUri bad = target.sqlalchemyUri(readerUser, Secret.of(wrong));
      assertThat(bad.toString()).doesNotContain(wrong);
      assertThatThrownBy(
              () ->
                  client
                      .databases()
                      .testConnection(TestDatabaseConnectionRequest.builder(bad.reveal()).build()))
          .isInstanceOf(BadRequestException.class)
          .hasMessageNotContaining(wrong);
    }
  }
}
