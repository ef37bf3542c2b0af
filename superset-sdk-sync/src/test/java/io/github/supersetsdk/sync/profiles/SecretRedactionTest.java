package io.github.supersetsdk.sync.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Passwords and tokens never show in toString() or in an exception message. */
class SecretRedactionTest {
  private static final String PASSWORD = "Pw-7f3c9e-unique";
  @TempDir Path dir;

  @Test
  void secret_toString_isMasked_revealGivesValue() {
    Secret s = Secret.of(PASSWORD);
    assertThat(s).hasToString("***");
    assertThat(s.reveal()).isEqualTo(PASSWORD);
    assertThat(s).isEqualTo(Secret.of(PASSWORD)).isNotEqualTo(Secret.of("other"));
    assertThat(s.hashCode()).isEqualTo(Secret.of("other").hashCode());
  }

  @Test
  void target_toStringAndUriToString_neverShowPassword() throws IOException {
    Path file = dir.resolve("profiles.yml");
    Files.writeString(
        file,
        "p:\n  target: t\n  outputs:\n    t:\n      type: postgres\n      host: h\n      user: u\n"
            + "      password: \"{{ env_var('PW') }}\"\n      dbname: d\n");
    DbtProfiles profiles = DbtProfiles.load(file, Map.of("PW", PASSWORD));
    WarehouseTarget t = profiles.target("p", null);

    assertThat(t.toString()).doesNotContain(PASSWORD).contains("type=postgres");
    assertThat(t.settings().values()).doesNotContain(PASSWORD);
    assertThat(t.password()).hasToString("***");
    assertThat(t.sqlalchemyUri().toString()).doesNotContain(PASSWORD);
    assertThat(t.sqlalchemyUri().masked()).isEqualTo("postgresql://u:XXXXXXXXXX@h/d");
    assertThat(t.sqlalchemyUri(null, Secret.of("other-" + PASSWORD)).toString()).doesNotContain(PASSWORD);
    assertThat(profiles.toString()).doesNotContain(PASSWORD);
  }

  @Test
  void errorsOnSecretValues_neverQuoteThem() throws IOException {
    Path file = dir.resolve("profiles.yml");
    // A filter error on a value read from the environment: the value is a password.
    Files.writeString(
        file,
        "p:\n  target: t\n  outputs:\n    t:\n      type: postgres\n      host: h\n      user: u\n"
            + "      password: \"{{ env_var('PW') | as_number }}\"\n      dbname: d\n");
    assertThatThrownBy(() -> DbtProfiles.load(file, Map.of("PW", PASSWORD)).target("p", null))
        .isInstanceOf(ProfilesTemplateException.class)
        .hasMessageNotContaining(PASSWORD)
        .satisfies(e -> assertThat(String.valueOf(e.getCause())).doesNotContain(PASSWORD));

    // Malformed YAML right on the password line: SnakeYAML would quote the line.
    Files.writeString(
        file,
        "p:\n  target: t\n  outputs:\n    t:\n      type: postgres\n      password: " + PASSWORD
            + ": x: y\n");
    assertThatThrownBy(() -> DbtProfiles.load(file, Map.of()))
        .isInstanceOf(ProfilesParseException.class)
        .hasMessageNotContaining(PASSWORD)
        .hasNoCause();

    // A wrong-type port next to a password: only the field is named.
    Files.writeString(
        file,
        "p:\n  target: t\n  outputs:\n    t:\n      type: postgres\n      host: h\n      port: "
            + PASSWORD + "\n      user: u\n      dbname: d\n");
    WarehouseTarget t = DbtProfiles.load(file, Map.of()).target("p", null);
    assertThatThrownBy(t::sqlalchemyUri).hasMessageNotContaining(PASSWORD);
  }

  @Test
  void sqlAlchemyUri_equalUris_haveEqualHashCodes_whateverTheirMask_andAMaskShowingThePasswordIsRefused() {
    String uri = "postgresql://u:" + PASSWORD + "@h/d";
    SqlAlchemyUri a = new SqlAlchemyUri(uri, "postgresql://u:XXXXXXXXXX@h/d");
    SqlAlchemyUri b = new SqlAlchemyUri(uri, "postgresql://u:***@h/d");

    assertThat(a).isEqualTo(b);
    assertThat(a.hashCode()).isEqualTo(b.hashCode());
    assertThatThrownBy(() -> new SqlAlchemyUri(uri, uri))
        .isInstanceOf(IllegalArgumentException.class).message().doesNotContain(PASSWORD);
    // A URI without a password is its own masked form.
    assertThat(new SqlAlchemyUri("postgresql://u@h/d", "postgresql://u@h/d")).hasToString("postgresql://u@h/d");
  }

  @Test
  void settings_leaveOutKeyFilesAndCredentials() throws IOException {
    Path file = dir.resolve("profiles.yml");
    Files.writeString(file, "p:\n  target: t\n  outputs:\n    t:\n      type: postgres\n      host: h\n"
        + "      user: u\n      dbname: d\n      sslkey: /etc/keys/client.key\n      sslmode: require\n");
    WarehouseTarget t = DbtProfiles.load(file, Map.of()).target("p", null);

    assertThat(t.settings()).containsEntry("sslmode", "require").doesNotContainKey("sslkey");
  }
}
