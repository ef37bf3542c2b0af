package io.github.supersetsdk.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactorTest {

  @Test
  void redact_uriWithPassword_masksOnlyThePassword() {
    assertThat(Redactor.redact("postgresql+psycopg2://reader:s3cret@db:5432/warehouse"))
        .isEqualTo("postgresql+psycopg2://reader:***@db:5432/warehouse");
  }

  @Test
  void redact_passwordContainingAtColonAndSlash_isMaskedWhole() {
    assertThat(Redactor.redact("mysql://u:p@ss:w/rd@host/db")).isEqualTo("mysql://u:***@host/db");
  }

  @Test
  void redact_severalUrisInText_masksEach() {
    String text = "from postgresql://a:one@h1/db to snowflake://b:two@acct/db/schema";
    assertThat(Redactor.redact(text)).isEqualTo("from postgresql://a:***@h1/db to snowflake://b:***@acct/db/schema");
  }

  @Test
  void redact_uriInsideJson_isMasked() {
    assertThat(Redactor.redact("{\"sqlalchemy_uri\": \"postgresql://u:pw@h:5432/d\"}"))
        .isEqualTo("{\"sqlalchemy_uri\": \"postgresql://u:***@h:5432/d\"}");
  }

  @Test
  void redact_redisUriWithEmptyUserOrPasswordAlone_masksThePassword() {
    assertThat(Redactor.redact("Redis at redis://:S3cret@127.0.0.1:1 does not answer"))
        .isEqualTo("Redis at redis://:***@127.0.0.1:1 does not answer");
    assertThat(Redactor.redact("rediss://S3cret@cache:6380/0")).isEqualTo("rediss://***@cache:6380/0");
    assertThat(Redactor.redact("redis-sentinel+x redis://default:pw@h")).isEqualTo("redis-sentinel+x redis://default:***@h");
    assertThat(Redactor.redact("postgresql://:pw@db/w")).isEqualTo("postgresql://:***@db/w");
    // Elsewhere user information without ':' is a user name.
    assertThat(Redactor.redact("postgresql://reader@db/w")).isEqualTo("postgresql://reader@db/w");
  }

  @Test
  void redact_uriWithoutPassword_isUnchanged() {
    assertThat(Redactor.redact("postgresql://reader@db/warehouse")).isEqualTo("postgresql://reader@db/warehouse");
    assertThat(Redactor.redact("https://superset.example.com/api/v1/chart/")).isEqualTo("https://superset.example.com/api/v1/chart/");
    assertThat(Redactor.redact("http://host:8088/path")).isEqualTo("http://host:8088/path");
  }

  @Test
  void redact_atSignInPathOnly_isUnchanged() {
    assertThat(Redactor.redact("https://host/users/a@b.com")).isEqualTo("https://host/users/a@b.com");
  }

  @Test
  void redact_secretJsonFields_maskTheirValues() {
    String json = "{\"username\":\"admin\",\"password\":\"hunter2\",\"access_token\":\"eyJ.a.b\",\"refresh_token\":\"eyJ.c.d\"}";
    assertThat(Redactor.redact(json))
        .isEqualTo("{\"username\":\"admin\",\"password\":\"***\",\"access_token\":\"***\",\"refresh_token\":\"***\"}");
  }

  @Test
  void redact_formAndHeaderNotation_masksValues() {
    assertThat(Redactor.redact("password=hunter2&user=x")).isEqualTo("password=***&user=x");
    assertThat(Redactor.redact("Authorization: Bearer eyJhbGciOi.xyz.abc")).isEqualTo("Authorization: Bearer ***");
    assertThat(Redactor.redact("X-CSRFToken: IjQ5ZTk")).isEqualTo("X-CSRFToken: ***");
    assertThat(Redactor.redact("Cookie: session=abc.def")).isEqualTo("Cookie: ***");
  }

  @Test
  void redact_plainText_isUnchanged() {
    assertThat(Redactor.redact("The CSRF token is missing.")).isEqualTo("The CSRF token is missing.");
    assertThat(Redactor.redact("Token has expired")).isEqualTo("Token has expired");
    assertThat(Redactor.redact(null)).isNull();
    assertThat(Redactor.redact("")).isEmpty();
  }

  @Test
  void redact_secretQueryParametersOfWarehouseUris_areMasked() {
    assertThat(Redactor.redact("snowflake://u@acct/db?role=r&private_key_passphrase=PW1&warehouse=wh"))
        .isEqualTo("snowflake://u@acct/db?role=r&private_key_passphrase=***&warehouse=wh");
    assertThat(Redactor.redact("bigquery://project?credentials_base64=UFcy&location=EU"))
        .isEqualTo("bigquery://project?credentials_base64=***&location=EU");
    // An ODBC connection string, URL-encoded as Superset's documentation writes it, and raw.
    assertThat(Redactor.redact("mssql+pyodbc:///?odbc_connect=DRIVER%3D%7BODBC%7D%3BUID%3Du%3BPWD%3DPW3"))
        .doesNotContain("PW3");
    assertThat(Redactor.redact("odbc_connect=Driver={x};Server=h;Uid=u;Pwd=PW4;Encrypt=yes"))
        .isEqualTo("odbc_connect=Driver={x};Server=h;Uid=u;Pwd=***;Encrypt=yes");
  }

  @Test
  void redact_userNamedLikeASecret_keepsTheHost() {
    // Databricks' user is the word "token": only the password after it is the secret.
    assertThat(Redactor.redact("databricks://token:dapiPW5@adb-1.azuredatabricks.net:443/default"))
        .isEqualTo("databricks://token:***@adb-1.azuredatabricks.net:443/default");
  }

  @Test
  void redact_passwordWithSpaceOrQuote_isMaskedWhole() {
    assertThat(Redactor.redact("postgresql://u:PW6 and more@h:5432/db")).isEqualTo("postgresql://u:***@h:5432/db");
    assertThat(Redactor.redact("postgresql://u:it's@h/db")).isEqualTo("postgresql://u:***@h/db");
    assertThat(Redactor.redact("{\"uri\": \"postgresql://u:a\\\"b@h/db\"}")).doesNotContain("a\\\"b");
    // A port followed by prose is not a password.
    assertThat(Redactor.redact("cannot reach http://localhost:8088 (ask admin@example.com)"))
        .isEqualTo("cannot reach http://localhost:8088 (ask admin@example.com)");
  }

  @Test
  void redact_quotedSecretValues_areMaskedWhole_alsoInsideAJsonString() {
    assertThat(Redactor.redact("{\"password\": \"two words\", \"user\": \"u\"}"))
        .isEqualTo("{\"password\": \"***\", \"user\": \"u\"}");
    assertThat(Redactor.redact("{\"extra\": \"{\\\"connect_args\\\": {\\\"password\\\": \\\"PW7 x\\\"}}\"}"))
        .doesNotContain("PW7").contains("connect_args");
  }

  @Test
  void redact_cookieHeader_isMaskedToTheEndOfTheLine() {
    assertThat(Redactor.redact("Cookie: session=abc; remember_token=PW8\nnext line"))
        .isEqualTo("Cookie: ***\nnext line");
  }
}
