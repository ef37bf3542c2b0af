package io.github.supersetsdk.assets.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplatesTest {

  private static final String SUPERSET_SQL =
      "select * from t where {% if filter_values('c') %}c in {{ filter_values('c') | where_in }}{% endif %} -- {# note #}";

  @Test
  void render_variable_replaced() throws Exception {
    assertThat(Templates.render("schema_{{ tenant }}", Map.of("tenant", "acme"))).isEqualTo("schema_acme");
    assertThat(Templates.render("{{ env.HOST }}:5432", Map.of("env", Map.of("HOST", "db")))).isEqualTo("db:5432");
  }

  @Test
  void escape_thenRender_givesSupersetJinjaBackUnchanged() throws Exception {
    assertThat(Templates.escape(SUPERSET_SQL)).startsWith("{% raw %}");
    assertThat(Templates.render(Templates.escape(SUPERSET_SQL), Map.of())).isEqualTo(SUPERSET_SQL);
    String closesRaw = "select '{% endraw %}' as x, {{ y }}";
    assertThat(Templates.render(Templates.escape(closesRaw), Map.of())).isEqualTo(closesRaw);
    assertThat(Templates.escape("plain text")).isEqualTo("plain text");
  }

  @Test
  void render_missingVariable_failsNamingIt() {
    assertThatThrownBy(() -> Templates.render("schema_{{ tenant_schema }}", Map.of("tenant", "acme")))
        .isInstanceOf(Templates.Failure.class)
        .hasMessage("template variable 'tenant_schema' has no value")
        .satisfies(e -> assertThat(((Templates.Failure) e).variable()).isEqualTo("tenant_schema"));
  }

  @Test
  void render_syntaxError_fails() {
    assertThatThrownBy(() -> Templates.render("{% if %}", Map.of()))
        .isInstanceOf(Templates.Failure.class).hasMessageStartingWith("invalid Jinja");
  }
}
