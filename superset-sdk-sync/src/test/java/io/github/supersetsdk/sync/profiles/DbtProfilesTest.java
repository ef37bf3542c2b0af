package io.github.supersetsdk.sync.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DbtProfilesTest {
  @TempDir Path dir;

  private Path write(String yaml) throws IOException {
    Path file = dir.resolve("profiles.yml");
    Files.writeString(file, yaml);
    return file;
  }

  private static final String SHOP =
      """
      shop:
        target: "{{ env_var('DBT_TARGET', 'dev') }}"
        outputs:
          dev:
            type: postgres
            host: "{{ env_var('PGHOST', 'localhost') }}"
            port: "{{ env_var('PGPORT', 5432) | as_number }}"
            user: "{{ env_var('PGUSER') }}"
            password: "{{ env_var('PGPASSWORD') }}"
            dbname: warehouse
            schema: "{{ env_var('SCHEMA_PREFIX', 'dbt') ~ '_' ~ env_var('PGUSER') | lower }}"
            threads: 4
          prod:
            type: postgres
            host: "{{ env_var('PROD_HOST') }}"
            port: 5432
            user: u
            dbname: warehouse
            schema: marts
      other:
        target: x
        outputs:
          x:
            type: duckdb
            path: /data/x.duckdb
      """;

  @Test
  void target_envVarsAndDefaults_renderedLikeDbt() throws IOException {
    DbtProfiles profiles =
        DbtProfiles.load(write(SHOP), Map.of("PGUSER", "Alice", "PGPASSWORD", "s3cr:t/@"));

    WarehouseTarget dev = profiles.target("shop", null);

    assertThat(dev.targetName()).isEqualTo("dev");
    assertThat(dev.host()).isEqualTo("localhost");
    assertThat(dev.port()).isEqualTo(5432);
    assertThat(dev.user()).isEqualTo("Alice");
    assertThat(dev.password()).isEqualTo(Secret.of("s3cr:t/@"));
    assertThat(dev.schema()).isEqualTo("dbt_alice");
    assertThat(dev.database()).isEqualTo("warehouse");
    assertThat(dev.settings())
        .containsEntry("threads", "4")
        .containsEntry("schema", "dbt_alice")
        .doesNotContainKey("password");
    assertThat(dev.sqlalchemyUri().reveal())
        .isEqualTo("postgresql://Alice:s3cr%3At%2F%40@localhost:5432/warehouse");
    assertThat(dev.databaseName()).isEqualTo("shop dev");
  }

  @Test
  void target_envVarSetOverridesDefault_andDefaultTargetFromEnv() throws IOException {
    DbtProfiles profiles =
        DbtProfiles.load(
            write(SHOP),
            Map.of("DBT_TARGET", "prod", "PROD_HOST", "db.prod", "PGPORT", "6543", "PGUSER", "x"));

    assertThat(profiles.defaultTarget("shop")).isEqualTo("prod");
    WarehouseTarget prod = profiles.target("shop", null);
    assertThat(prod.host()).isEqualTo("db.prod");
    assertThat(prod.password()).isNull();
  }

  @Test
  void target_onlyRequestedTargetRendered_otherTargetsMissingVarsIgnored() throws IOException {
    // prod needs PROD_HOST and dev needs PGUSER; asking for "other" needs neither.
    DbtProfiles profiles = DbtProfiles.load(write(SHOP), Map.of());
    assertThat(profiles.target("other", null).sqlalchemyUri().reveal())
        .isEqualTo("duckdb:////data/x.duckdb");
    assertThat(profiles.profileNames()).containsExactly("shop", "other");
    assertThat(profiles.targetNames("shop")).containsExactly("dev", "prod");
  }

  @Test
  void target_missingEnvVarWithoutDefault_namesVariableAndFile() throws IOException {
    Path file = write(SHOP);
    DbtProfiles profiles = DbtProfiles.load(file, Map.of("PGUSER", "a"));

    assertThatThrownBy(() -> profiles.target("shop", "dev"))
        .isInstanceOf(MissingEnvVarException.class)
        .hasMessage(
            file
                + ":9:17: environment variable 'PGPASSWORD' is required but not set, and env_var()"
                + " gives no default (at shop.outputs.dev.password)")
        .satisfies(e -> assertThat(((MissingEnvVarException) e).variable()).isEqualTo("PGPASSWORD"));
  }

  @Test
  void load_directory_readsProfilesYmlInside() throws IOException {
    write(SHOP);
    assertThat(DbtProfiles.load(dir, Map.of()).file()).isEqualTo(dir.resolve("profiles.yml"));
  }

  @Test
  void load_noPath_usesDbtProfilesDirFromEnv() throws IOException {
    write(SHOP);
    DbtProfiles profiles = DbtProfiles.load(null, Map.of("DBT_PROFILES_DIR", dir.toString()));
    assertThat(profiles.file()).isEqualTo(dir.resolve("profiles.yml"));
  }

  @Test
  void resolve_noPathNoEnv_usesHomeDotDbt() {
    assertThat(DbtProfiles.resolve(null, Map.of()))
        .isEqualTo(Path.of(System.getProperty("user.home"), ".dbt", "profiles.yml"));
  }

  @Test
  void jinja_builtInsFiltersAndConditionals_work() throws IOException {
    Path file =
        write(
            """
            p:
              target: t
              outputs:
                t:
                  type: trino
                  host: "{{ 'TRINO.example.com' | lower }}"
                  port: "{{ (env_var('BASE', '8000') | as_number) + 80 }}"
                  user: "{% if env_var('CI', 'false') | as_bool %}ci{% else %}dev{% endif %}"
                  database: "{{ env_var('CATALOG', 'hive') | as_text }}"
                  schema: "{{ env_var('EMPTY', '') or 'fallback' }}"
            """);
    WarehouseTarget t = DbtProfiles.load(file, Map.of("CI", "True")).target("p", "t");
    assertThat(t.sqlalchemyUri().reveal())
        .isEqualTo("trino://ci@trino.example.com:8080/hive/fallback");
  }

  @Test
  void jinja_targetIsNotDefinedInProfiles_clearError() throws IOException {
    Path file =
        write(
            """
            p:
              target: t
              outputs:
                t:
                  type: postgres
                  host: h
                  user: u
                  dbname: "{{ target.name }}"
            """);
    DbtProfiles profiles = DbtProfiles.load(file, Map.of());
    assertThatThrownBy(() -> profiles.target("p", "t"))
        .isInstanceOf(ProfilesTemplateException.class)
        .hasMessageStartingWith(file + ":8:15: unknown name 'target.name'; profiles.yml can use env_var()")
        .hasMessageEndingWith("(at p.outputs.t.dbname)");
  }

  @Test
  void jinja_unknownFunction_clearError() throws IOException {
    Path file =
        write(
            """
            p:
              target: t
              outputs:
                t:
                  type: postgres
                  host: "{{ var('host') }}"
                  user: u
                  dbname: d
            """);
    DbtProfiles profiles = DbtProfiles.load(file, Map.of());
    assertThatThrownBy(() -> profiles.target("p", "t"))
        .isInstanceOf(ProfilesTemplateException.class)
        .isNotInstanceOf(MissingEnvVarException.class)
        .hasMessageStartingWith(file + ":6:13: unknown function 'var'; profiles.yml can use env_var()")
        .hasMessageEndingWith("(at p.outputs.t.host)");
  }

  @Test
  void jinja_syntaxError_clearError() throws IOException {
    Path file =
        write(
            """
            p:
              target: t
              outputs:
                t:
                  type: postgres
                  host: "{{ env_var('H' }}"
                  user: u
                  dbname: d
            """);
    DbtProfiles profiles = DbtProfiles.load(file, Map.of());
    assertThatThrownBy(() -> profiles.target("p", "t"))
        .isInstanceOf(ProfilesTemplateException.class)
        .hasMessage(
            file
                + ":6:13: Error parsing 'env_var('H'': syntax error at position 14, encountered '}',"
                + " expected ')' (at p.outputs.t.host)");
  }

  @Test
  void jinja_asNumberOnText_errorWithoutValue() throws IOException {
    Path file =
        write(
            """
            p:
              target: t
              outputs:
                t:
                  type: postgres
                  host: h
                  port: "{{ env_var('PORT') | as_number }}"
                  user: u
                  dbname: d
            """);
    DbtProfiles profiles = DbtProfiles.load(file, Map.of("PORT", "hunter2"));
    assertThatThrownBy(() -> profiles.target("p", "t"))
        .isInstanceOf(ProfilesTemplateException.class)
        .hasMessage(file + ":7:13: as_number: the value is not a number (at p.outputs.t.port)")
        .hasMessageNotContaining("hunter2");
  }

  @Test
  void load_malformedYaml_typedErrorWithLineAndColumn() throws IOException {
    Path file =
        write(
            """
            p:
              target: t
              outputs:
                t:
                  type: postgres
                  password: "hunter2
                  host: h
            """);
    assertThatThrownBy(() -> DbtProfiles.load(file, Map.of()))
        .isInstanceOf(ProfilesParseException.class)
        .hasMessage(
            file
                + ":8:1: malformed YAML: while scanning a quoted scalar started at 6:17: found"
                + " unexpected end of stream")
        .hasMessageNotContaining("hunter2")
        .hasNoCause()
        .satisfies(
            e -> {
              ProfilesParseException p = (ProfilesParseException) e;
              assertThat(p.line()).isGreaterThanOrEqualTo(6);
              assertThat(p.column()).isPositive();
              assertThat(p.file()).isEqualTo(file);
            });
  }

  @Test
  void load_badIndentation_reportsLineColumn() throws IOException {
    Path file = write("p:\n  target: t\n  outputs: x\n   bad: [\n");
    assertThatThrownBy(() -> DbtProfiles.load(file, Map.of()))
        .isInstanceOf(ProfilesParseException.class)
        .hasMessageMatching(java.util.regex.Pattern.quote(file.toString()) + ":\\d+:\\d+: malformed YAML.*");
  }

  @Test
  void load_missingFile_typedError() {
    Path file = dir.resolve("nope.yml");
    assertThatThrownBy(() -> DbtProfiles.load(file, Map.of()))
        .isInstanceOf(ProfilesParseException.class)
        .hasMessage(file + ": profiles.yml not found");
  }

  @Test
  void load_profileWithoutOutputs_typedError() throws IOException {
    Path file = write("p:\n  target: t\n");
    assertThatThrownBy(() -> DbtProfiles.load(file, Map.of()))
        .isInstanceOf(ProfilesParseException.class)
        .hasMessage(file + ":2:3: profile 'p' has no 'outputs' mapping (at p)");
  }

  @Test
  void target_unknownProfile_listsAvailable() throws IOException {
    Path file = write(SHOP);
    DbtProfiles profiles = DbtProfiles.load(file, Map.of());
    assertThatThrownBy(() -> profiles.target("jaffle", null))
        .isInstanceOf(ProfileNotFoundException.class)
        .hasMessage(file + ": profile 'jaffle' not found; available profiles: shop, other")
        .satisfies(
            e -> assertThat(((ProfileNotFoundException) e).available()).containsExactly("shop", "other"));
  }

  @Test
  void target_unknownTarget_listsAvailable() throws IOException {
    Path file = write(SHOP);
    DbtProfiles profiles = DbtProfiles.load(file, Map.of());
    assertThatThrownBy(() -> profiles.target("shop", "staging"))
        .isInstanceOf(ProfileNotFoundException.class)
        .hasMessage(
            file + ": target 'staging' not found in profile 'shop'; available targets: dev, prod");
  }

  @Test
  void target_noType_typedError() throws IOException {
    Path file = write("p:\n  target: t\n  outputs:\n    t:\n      host: h\n");
    assertThatThrownBy(() -> DbtProfiles.load(file, Map.of()).target("p", null))
        .isInstanceOf(ProfilesParseException.class)
        .hasMessage(file + ":5:7: output 't' has no adapter 'type' (at p.outputs.t)");
  }

  @Test
  void sqlalchemyUri_unsupportedAdapter_namesAdapterAndFile() throws IOException {
    Path file = write("p:\n  target: t\n  outputs:\n    t:\n      type: oracle\n      host: h\n");
    WarehouseTarget t = DbtProfiles.load(file, Map.of()).target("p", null);
    assertThatThrownBy(t::sqlalchemyUri)
        .isInstanceOf(UnsupportedAdapterException.class)
        .hasMessageStartingWith(file + ":5:13: adapter type 'oracle' has no SQLAlchemy URI mapping")
        .satisfies(e -> assertThat(((UnsupportedAdapterException) e).adapterType()).isEqualTo("oracle"));
  }

  @Test
  void port_notANumber_typedErrorAtField() throws IOException {
    Path file =
        write("p:\n  target: t\n  outputs:\n    t:\n      type: postgres\n      host: h\n      port: abc\n");
    WarehouseTarget t = DbtProfiles.load(file, Map.of()).target("p", null);
    assertThatThrownBy(t::port)
        .isInstanceOf(ProfilesParseException.class)
        .hasMessage(file + ":7:13: 'port' must be a whole number (at p.outputs.t.port)");
  }

  @Test
  void missingRequiredField_namesField() throws IOException {
    Path file = write("p:\n  target: t\n  outputs:\n    t:\n      type: postgres\n      user: u\n");
    WarehouseTarget t = DbtProfiles.load(file, Map.of()).target("p", null);
    assertThatThrownBy(t::sqlalchemyUri)
        .isInstanceOf(ProfilesParseException.class)
        .hasMessage(file + ":5:7: a postgres target needs 'host' (at p.outputs.t)");
  }
}
