package io.github.supersetsdk.sync.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One rendered output per adapter, mapped to the exact URI Superset documents for it. */
class WarehouseTargetTest {
  @TempDir Path dir;

  private WarehouseTarget target(String outputFields) throws IOException {
    StringBuilder yaml = new StringBuilder("p:\n  target: t\n  outputs:\n    t:\n");
    for (String line : outputFields.strip().split("\n")) {
      yaml.append("      ").append(line).append('\n');
    }
    Path file = dir.resolve("profiles.yml");
    Files.writeString(file, yaml);
    return DbtProfiles.load(file, Map.of()).target("p", null);
  }

  @Test
  void postgres_profileCredentials() throws IOException {
    WarehouseTarget t =
        target(
            """
            type: postgres
            host: db.internal
            port: 5432
            user: dbt
            password: "p@ss w:rd/%"
            dbname: warehouse
            schema: marts
            sslmode: require
            """);
    assertThat(t.sqlalchemyUri().reveal())
        .isEqualTo("postgresql://dbt:p%40ss%20w%3Ard%2F%25@db.internal:5432/warehouse?sslmode=require");
    assertThat(t.sqlalchemyUri().masked())
        .isEqualTo("postgresql://dbt:XXXXXXXXXX@db.internal:5432/warehouse?sslmode=require");
    assertThat(t.schema()).isEqualTo("marts");
    assertThat(t.encryptedExtra()).isNull();
  }

  @Test
  void postgres_readOnlyOverride_replacesUserAndPassword() throws IOException {
    WarehouseTarget t =
        target("type: postgres\nhost: h\nport: 5433\nuser: dbt\npassword: dbtpw\ndatabase: w\n");
    SqlAlchemyUri uri = t.sqlalchemyUri("superset_reader", Secret.of("r&o"));
    assertThat(uri.reveal()).isEqualTo("postgresql://superset_reader:r%26o@h:5433/w");
    assertThat(uri.toString()).isEqualTo("postgresql://superset_reader:XXXXXXXXXX@h:5433/w");
    assertThat(uri.scheme()).isEqualTo("postgresql");
  }

  @Test
  void redshift_defaultPort() throws IOException {
    WarehouseTarget t =
        target(
            "type: redshift\nhost: c.abc.us-east-1.redshift.amazonaws.com\nuser: u\npassword: pw\n"
                + "dbname: dev\nschema: analytics\n");
    assertThat(t.sqlalchemyUri().reveal())
        .isEqualTo("redshift+psycopg2://u:pw@c.abc.us-east-1.redshift.amazonaws.com:5439/dev");
  }

  @Test
  void redshift_iamMethod_unsupported() throws IOException {
    WarehouseTarget t =
        target("type: redshift\nmethod: iam\nhost: h\nuser: u\ndbname: dev\ncluster_id: c\n");
    assertThatThrownBy(t::sqlalchemyUri)
        .isInstanceOf(UnsupportedAdapterException.class)
        .hasMessage(
            dir.resolve("profiles.yml")
                + ":6:15: redshift method 'iam' (Superset connects with a user and password) has no"
                + " SQLAlchemy URI mapping (at p.outputs.t.method)");
  }

  @Test
  void snowflake_accountDatabaseSchemaWarehouseRole() throws IOException {
    WarehouseTarget t =
        target(
            """
            type: snowflake
            account: xy12345.eu-west-1
            user: DBT_USER
            password: pw
            role: TRANSFORMER
            database: ANALYTICS
            warehouse: COMPUTE_WH
            schema: MARTS
            threads: 8
            """);
    assertThat(t.sqlalchemyUri("SUPERSET", Secret.of("s")).reveal())
        .isEqualTo(
            "snowflake://SUPERSET:s@xy12345.eu-west-1/ANALYTICS/MARTS?warehouse=COMPUTE_WH&role=TRANSFORMER");
    assertThat(t.host()).isEqualTo("xy12345.eu-west-1");
  }

  @Test
  void snowflake_keyPairWithoutPasswordOverride_unsupported_withOverride_password() throws IOException {
    WarehouseTarget t =
        target(
            "type: snowflake\naccount: a\nuser: u\nprivate_key_path: /k.p8\ndatabase: D\nwarehouse: W\n");
    assertThatThrownBy(t::sqlalchemyUri)
        .isInstanceOf(UnsupportedAdapterException.class)
        .hasMessageContaining("snowflake key-pair authentication");
    assertThat(t.sqlalchemyUri(null, Secret.of("pw")).reveal())
        .isEqualTo("snowflake://u:pw@a/D?warehouse=W");
  }

  @Test
  void bigquery_projectUri_keyfileJsonInEncryptedExtra() throws IOException {
    WarehouseTarget t =
        target(
            """
            type: bigquery
            method: service-account-json
            project: my-project
            dataset: marts
            keyfile_json:
              type: service_account
              project_id: my-project
              private_key: "-----BEGIN PRIVATE KEY-----\\nabc\\n-----END PRIVATE KEY-----\\n"
              client_email: sa@my-project.iam.gserviceaccount.com
            """);
    assertThat(t.sqlalchemyUri().reveal()).isEqualTo("bigquery://my-project");
    assertThat(t.sqlalchemyUri("ignored", Secret.of("ignored")).reveal()).isEqualTo("bigquery://my-project");
    assertThat(t.schema()).isEqualTo("marts");
    assertThat(t.encryptedExtra().reveal())
        .isEqualTo(
            "{\"credentials_info\":{\"type\":\"service_account\",\"project_id\":\"my-project\","
                + "\"private_key\":\"-----BEGIN PRIVATE KEY-----\\nabc\\n-----END PRIVATE KEY-----\\n\","
                + "\"client_email\":\"sa@my-project.iam.gserviceaccount.com\"}}");
    assertThat(t.settings()).doesNotContainKey("keyfile_json");
    assertThat(t.toString()).doesNotContain("PRIVATE");
  }

  @Test
  void bigquery_keyfilePath_readIntoEncryptedExtra_oauthHasNone() throws IOException {
    Path key = dir.resolve("sa.json");
    Files.writeString(key, "{\"type\": \"service_account\", \"project_id\": \"p1\"}");
    WarehouseTarget sa =
        target("type: bigquery\nmethod: service-account\nproject: p1\ndataset: d\nkeyfile: " + key + "\n");
    assertThat(sa.encryptedExtra().reveal())
        .isEqualTo("{\"credentials_info\":{\"type\":\"service_account\",\"project_id\":\"p1\"}}");
    WarehouseTarget oauth = target("type: bigquery\nmethod: oauth\nproject: p1\ndataset: d\n");
    assertThat(oauth.encryptedExtra()).isNull();
  }

  @Test
  void bigquery_badKeyfile_errorNamesFileNotContent() throws IOException {
    Path key = dir.resolve("sa.json");
    Files.writeString(key, "not json SECRETKEY");
    WarehouseTarget sa =
        target("type: bigquery\nmethod: service-account\nproject: p1\nkeyfile: " + key + "\n");
    assertThatThrownBy(sa::encryptedExtra)
        .isInstanceOf(ProfilesParseException.class)
        .hasMessageContaining("the keyfile " + key + " is not a JSON service account key")
        .hasMessageNotContaining("SECRETKEY");
  }

  @Test
  void databricks_tokenHostHttpPathCatalogSchema() throws IOException {
    WarehouseTarget t =
        target(
            """
            type: databricks
            host: dbc-1234.cloud.databricks.com
            http_path: /sql/1.0/warehouses/abc123
            token: dapiSECRET
            catalog: main
            schema: marts
            """);
    assertThat(t.sqlalchemyUri().reveal())
        .isEqualTo(
            "databricks://token:dapiSECRET@dbc-1234.cloud.databricks.com:443"
                + "?http_path=/sql/1.0/warehouses/abc123&catalog=main&schema=marts");
    assertThat(t.sqlalchemyUri().masked())
        .isEqualTo(
            "databricks://token:XXXXXXXXXX@dbc-1234.cloud.databricks.com:443"
                + "?http_path=/sql/1.0/warehouses/abc123&catalog=main&schema=marts");
    assertThat(t.sqlalchemyUri(null, Secret.of("dapiREADER")).reveal()).contains("token:dapiREADER@");
    assertThat(t.password()).isEqualTo(Secret.of("dapiSECRET"));
    assertThat(t.database()).isEqualTo("main");
    assertThat(t.settings()).doesNotContainKey("token").containsKey("http_path");
  }

  @Test
  void databricks_oauthWithoutToken_unsupported() throws IOException {
    WarehouseTarget t =
        target("type: databricks\nhost: h\nhttp_path: /p\nauth_type: oauth\nclient_id: c\n");
    assertThatThrownBy(t::sqlalchemyUri)
        .isInstanceOf(UnsupportedAdapterException.class)
        .hasMessageContaining("databricks auth_type 'oauth'");
  }

  @Test
  void trino_userAtHostPortCatalogSchema() throws IOException {
    WarehouseTarget t =
        target(
            "type: trino\nmethod: none\nuser: analyst\nhost: trino.local\nport: 8080\n"
                + "database: hive\nschema: marts\n");
    assertThat(t.sqlalchemyUri().reveal()).isEqualTo("trino://analyst@trino.local:8080/hive/marts");
    assertThat(t.sqlalchemyUri("reader", Secret.of("pw")).reveal())
        .isEqualTo("trino://reader:pw@trino.local:8080/hive/marts");
  }

  @Test
  void trino_jwtMethod_unsupported() throws IOException {
    WarehouseTarget t =
        target("type: trino\nmethod: jwt\njwt_token: t\nuser: u\nhost: h\nport: 443\ndatabase: c\n");
    assertThatThrownBy(t::sqlalchemyUri)
        .isInstanceOf(UnsupportedAdapterException.class)
        .hasMessageContaining("trino method 'jwt'")
        .hasMessageNotContaining("jwt_token: t");
  }

  @Test
  void clickhouse_httpPortDatabaseSecure() throws IOException {
    WarehouseTarget plain =
        target("type: clickhouse\nhost: ch\nuser: default\npassword: ''\nschema: analytics\n");
    // An empty password is no password: clickhouse-connect treats both alike.
    assertThat(plain.sqlalchemyUri().reveal()).isEqualTo("clickhousedb://default@ch:8123/analytics");
    WarehouseTarget secure =
        target("type: clickhouse\nhost: ch\nport: 9440\nsecure: true\nuser: u\npassword: pw\n");
    assertThat(secure.sqlalchemyUri().reveal()).isEqualTo("clickhousedb://u:pw@ch:9440?secure=true");
    WarehouseTarget native_ = target("type: clickhouse\nhost: ch\ndriver: native\nport: 9000\n");
    assertThatThrownBy(native_::sqlalchemyUri)
        .isInstanceOf(UnsupportedAdapterException.class)
        .hasMessageContaining("clickhouse driver 'native'");
  }

  @Test
  void duckdb_path() throws IOException {
    assertThat(target("type: duckdb\npath: /data/dev.duckdb\n").sqlalchemyUri().reveal())
        .isEqualTo("duckdb:////data/dev.duckdb");
    assertThat(target("type: duckdb\npath: dev.duckdb\n").sqlalchemyUri().reveal())
        .isEqualTo("duckdb:///dev.duckdb");
    assertThat(target("type: duckdb\n").sqlalchemyUri().reveal()).isEqualTo("duckdb:///:memory:");
  }

  @Test
  void typeIsCaseInsensitive() throws IOException {
    assertThat(target("type: Postgres\nhost: h\nuser: u\ndbname: d\n").sqlalchemyUri().reveal())
        .isEqualTo("postgresql://u@h/d");
  }
}
