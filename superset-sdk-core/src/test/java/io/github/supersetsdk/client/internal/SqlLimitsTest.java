package io.github.supersetsdk.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The row limit sent with a SQL Lab query keeps a LIMIT that ends the query. */
class SqlLimitsTest {

  @Test
  void trailingLimit_isFound_afterOffsets_comments_andSemicolons() {
    assertThat(SqlLimits.trailingLimit("select * from t limit 3")).isEqualTo(3);
    assertThat(SqlLimits.trailingLimit("SELECT *\nFROM t\nORDER BY 1\nLIMIT 25 OFFSET 50;")).isEqualTo(25);
    assertThat(SqlLimits.trailingLimit("select * from t offset 5 limit 7")).isEqualTo(7);
    assertThat(SqlLimits.trailingLimit("select * from t limit 3 -- three\n;  \n")).isEqualTo(3);
    assertThat(SqlLimits.trailingLimit("select * from t limit 3 /* three */")).isEqualTo(3);
    assertThat(SqlLimits.trailingLimit("select * from (select 1) s)limit 4")).isEqualTo(4);
  }

  @Test
  void noTrailingLimit_whenItIsInASubquery_aString_aComment_orNotALiteral() {
    assertThat(SqlLimits.trailingLimit("select * from (select * from t limit 3) s")).isNull();
    assertThat(SqlLimits.trailingLimit("select * from t where id in (select id from u limit 3)")).isNull();
    assertThat(SqlLimits.trailingLimit("select * from t where note = 'limit 3'")).isNull();
    assertThat(SqlLimits.trailingLimit("select * from t -- limit 3")).isNull();
    assertThat(SqlLimits.trailingLimit("select * from t limit all")).isNull();
    assertThat(SqlLimits.trailingLimit("select * from t limit {{ n }}")).isNull();
    assertThat(SqlLimits.trailingLimit("select unlimit 3")).isNull();
  }

  @Test
  void effective_isTheSmallerOfTheRequestsAndTheQuerysOwn() {
    assertThat(SqlLimits.effective("select * from t limit 3", null)).isEqualTo(3);
    assertThat(SqlLimits.effective("select * from t limit 3", 1000)).isEqualTo(3);
    assertThat(SqlLimits.effective("select * from t limit 3", 2)).isEqualTo(2);
    assertThat(SqlLimits.effective("select * from t", 50)).isEqualTo(50);
    assertThat(SqlLimits.effective("select * from t", null)).isNull();
    assertThat(SqlLimits.effective("select * from t limit 0", 10)).isEqualTo(10);
  }
}
