package io.github.supersetsdk.sync.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which charts' custom SQL names a column the sync removes. */
class ChartSqlTest {

  @Test
  void namesColumn_asAnIdentifier_bareQualifiedOrQuoted_inAnyCase() {
    assertThat(Engine.namesColumn("MAX(list_price) - MIN(list_price)", "list_price")).isTrue();
    assertThat(Engine.namesColumn("SUM(p.LIST_PRICE)", "list_price")).isTrue();
    assertThat(Engine.namesColumn("count(distinct \\\"list_price\\\")", "list_price")).isTrue();
  }

  @Test
  void namesColumn_notAsPartOfALongerName() {
    assertThat(Engine.namesColumn("SUM(list_price_eur)", "list_price")).isFalse();
    assertThat(Engine.namesColumn("SUM(old_list_price)", "list_price")).isFalse();
    assertThat(Engine.namesColumn("", "list_price")).isFalse();
  }

  @Test
  void namesColumn_notInsideAStringLiteralOrAComment() {
    assertThat(Engine.namesColumn("status = 'list_price'", "list_price")).isFalse();
    assertThat(Engine.namesColumn("note = 'it''s list_price'", "list_price")).isFalse();
    assertThat(Engine.namesColumn("SUM(amount) -- was list_price", "list_price")).isFalse();
    assertThat(Engine.namesColumn("SUM(amount) /* list_price */", "list_price")).isFalse();
    // A comment ends at the line break, which the JSON text writes as \n.
    assertThat(Engine.namesColumn("amount -- old\\n+ list_price", "list_price")).isTrue();
    assertThat(Engine.namesColumn("kind = 'a''b' AND list_price > 0", "list_price")).isTrue();
  }
}
