package io.github.supersetsdk.client.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.supersetsdk.client.id.DatasetId;
import java.util.List;
import org.junit.jupiter.api.Test;

class RlsClauseTest {

  @Test
  void equalTo_plainValue_quotesIt() {
    assertThat(RlsClause.equalTo("tenant_slug", "kaffeekontor").clause()).isEqualTo("tenant_slug = 'kaffeekontor'");
    assertThat(RlsClause.equalTo("tenant_slug", "kaffeekontor").dataset()).isNull();
  }

  @Test
  void equalTo_valueWithQuotesAndSql_staysOneLiteral() {
    RlsClause clause = RlsClause.equalTo("tenant_slug", "x' OR '1'='1");
    assertThat(clause.clause()).isEqualTo("tenant_slug = 'x'' OR ''1''=''1'");
    assertThat(RlsClause.equalTo("t", "'); DROP TABLE orders; --").clause())
        .isEqualTo("t = '''); DROP TABLE orders; --'");
  }

  @Test
  void equalTo_long_writesTheNumber() {
    assertThat(RlsClause.equalTo("tenant_id", 42).clause()).isEqualTo("tenant_id = 42");
    assertThat(RlsClause.equalTo("tenant_id", -7L).clause()).isEqualTo("tenant_id = -7");
  }

  @Test
  void isIn_quotesEachValue() {
    assertThat(RlsClause.isIn("region", List.of("EU", "it's")).clause()).isEqualTo("region IN ('EU', 'it''s')");
    assertThatThrownBy(() -> RlsClause.isIn("region", List.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void onDataset_restrictsToOneDataset() {
    RlsClause clause = RlsClause.equalTo("tenant_id", 3).onDataset(DatasetId.of(12));
    assertThat(clause.dataset()).isEqualTo(DatasetId.of(12));
    assertThat(clause.clause()).isEqualTo("tenant_id = 3");
  }

  @Test
  void equalTo_columnThatIsNotAPlainName_isRefused() {
    for (String column : List.of("tenant_id = 1 OR 1", "\"x\"", "1abc", "a-b", "", "a.b", "x;--")) {
      assertThatThrownBy(() -> RlsClause.equalTo(column, "v"))
          .as(column).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("plain column name");
    }
  }

  @Test
  void aColumnNamedLikeAValue_isRefused_becauseTheClauseWouldNotFilterOnIt() {
    // PostgreSQL reads a bare `user` as the session's user: `user = 'alice'` compares two constants.
    for (String column : List.of("user", "USER", "current_user", "Current_Date", "session_user", "null", "true", "rownum")) {
      assertThatThrownBy(() -> RlsClause.equalTo(column, "alice"))
          .as(column).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'" + column + "' is a word databases read as a value")
          .hasMessageContaining("RlsClause.of");
      assertThatThrownBy(() -> RlsClause.equalTo(column, 3)).as(column).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> RlsClause.isIn(column, List.of("a"))).as(column).isInstanceOf(IllegalArgumentException.class);
    }
    // Names that merely contain such a word are columns.
    assertThat(RlsClause.equalTo("user_id", 3).clause()).isEqualTo("user_id = 3");
    assertThat(RlsClause.equalTo("username", "alice").clause()).isEqualTo("username = 'alice'");
  }

  @Test
  void equalTo_valueWithBackslashControlOrJinja_isRefusedWithoutEchoingIt() {
    assertThatThrownBy(() -> RlsClause.equalTo("t", "a\\' OR 1=1 --"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("backslash (at index 1)")
        .hasMessageNotContaining("OR 1=1");
    assertThatThrownBy(() -> RlsClause.equalTo("t", "a\u0000b")).hasMessageContaining("control");
    assertThatThrownBy(() -> RlsClause.equalTo("t", "a\nb")).hasMessageContaining("control");
    assertThatThrownBy(() -> RlsClause.equalTo("t", "{{ \"' OR '1'='1\" }}")).hasMessageContaining("Jinja");
    assertThatThrownBy(() -> RlsClause.equalTo("t", "x{% if true %}")).hasMessageContaining("Jinja");
    assertThatThrownBy(() -> RlsClause.equalTo("t", "x{#")).hasMessageContaining("Jinja");
    assertThatThrownBy(() -> RlsClause.isIn("t", List.of("ok", "{{x}}"))).hasMessageContaining("Jinja");
    // A lone brace is harmless.
    assertThat(RlsClause.equalTo("t", "a{b}").clause()).isEqualTo("t = 'a{b}'");
  }
}
