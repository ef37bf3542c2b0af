package io.github.supersetsdk.sync.internal.exposures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExposureNamesTest {

  @Test
  void name_titleWithPunctuationAndAccents_isLowerAsciiWithKindAndId() {
    assertThat(ExposureNames.name("dashboard", 12, "Café Revenue (EUR) — 2024!"))
        .isEqualTo("cafe_revenue_eur_2024_dashboard_12");
  }

  @Test
  void name_titleWithoutLatinLetters_fallsBackToSuperset() {
    assertThat(ExposureNames.name("chart", 3, "売上 📈")).isEqualTo("superset_chart_3");
  }

  @Test
  void name_longTitle_cutToSixtyFourCharacters() {
    String n = ExposureNames.name("chart", 9, "a ".repeat(100));
    assertThat(n).matches("[a-z0-9_]+").endsWith("_chart_9");
    assertThat(n.length()).isLessThanOrEqualTo(64 + "_chart_9".length());
    assertThat(n).doesNotContain("__");
  }

  @Test
  void name_alwaysMatchesDbtPattern() {
    for (String t : new String[] {"", "___", "1st quarter", "Ünïcödé/..\\x", "a\tb\nc"}) {
      assertThat(ExposureNames.name("dashboard", 1, t)).matches("[a-zA-Z0-9_]+");
    }
  }

  @Test
  void ref_nodes_refOrSource() {
    assertThat(ExposureNames.ref("model.roastwise.fct_orders")).isEqualTo("ref('fct_orders')");
    assertThat(ExposureNames.ref("model.roastwise.dim_customers.v2")).isEqualTo("ref('dim_customers', v=2)");
    assertThat(ExposureNames.ref("seed.roastwise.countries")).isEqualTo("ref('countries')");
    assertThat(ExposureNames.ref("source.roastwise.app.orders")).isEqualTo("source('app', 'orders')");
    assertThat(ExposureNames.ref("test.roastwise.x")).isNull();
  }
}
