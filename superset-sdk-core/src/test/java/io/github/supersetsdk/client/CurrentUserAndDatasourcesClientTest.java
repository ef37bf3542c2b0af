package io.github.supersetsdk.client;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.supersetsdk.client.id.DatasetId;
import io.github.supersetsdk.client.id.UserId;
import io.github.supersetsdk.client.model.MenuItem;
import io.github.supersetsdk.client.model.SqlExpressionType;
import io.github.supersetsdk.client.model.UserPermission;
import io.github.supersetsdk.client.request.UpdateCurrentUserRequest;
import io.github.supersetsdk.client.testing.FakeSuperset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CurrentUserAndDatasourcesClientTest {

  @RegisterExtension
  static final FakeSuperset superset = FakeSuperset.withoutRetries();

  @Test
  void me_getRolesAndUpdate() {
    superset.stubFor(get(urlPathEqualTo("/api/v1/me/")).willReturn(okJson(
        "{\"result\":{\"email\":\"a@example.com\",\"first_name\":\"Admin\",\"id\":1,\"is_active\":true,"
            + "\"last_name\":\"User\",\"login_count\":3,\"username\":\"admin\"}}")));
    superset.stubFor(get(urlPathEqualTo("/api/v1/me/roles/")).willReturn(okJson(
        "{\"result\":{\"firstName\":\"Admin\",\"roles\":{\"Admin\":[[\"can_read\",\"Dashboard\"]]},"
            + "\"permissions\":{\"datasource_access\":[\"[wh].[fct_orders]\"]}}}")));
    superset.stubFor(put(urlPathEqualTo("/api/v1/me/")).willReturn(okJson("{\"result\":{\"id\":1,\"first_name\":\"Ada\"}}")));
    try (SupersetClient client = superset.clientBuilder().build()) {
      var me = client.currentUser().get();
      assertThat(me.id()).isEqualTo(UserId.of(1));
      assertThat(me.username()).isEqualTo("admin");
      var roles = client.currentUser().roles();
      assertThat(roles.hasRole("Admin")).isTrue();
      assertThat(roles.roles().get("Admin")).containsExactly(new UserPermission("can_read", "Dashboard"));
      assertThat(roles.permissions().get("datasource_access")).containsExactly("[wh].[fct_orders]");
      // Immutable at every level: the lists inside the maps too.
      assertThatThrownBy(() -> roles.permissions().get("datasource_access").add("X"))
          .isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> roles.roles().get("Admin").clear()).isInstanceOf(UnsupportedOperationException.class);
      UpdateCurrentUserRequest update = new UpdateCurrentUserRequest("Ada", null, "s3cret-Pw");
      assertThat(update.toString()).doesNotContain("s3cret-Pw");
      assertThat(client.currentUser().update(update).firstName()).isEqualTo("Ada");
    }
    assertThat(superset.single("PUT", "/api/v1/me/").getBodyAsString())
        .isEqualTo("{\"first_name\":\"Ada\",\"password\":\"s3cret-Pw\"}");
  }

  @Test
  void menuAndDomains_decode() {
    superset.stubFor(get(urlPathEqualTo("/api/v1/menu/")).willReturn(okJson(
        "{\"result\":[{\"name\":\"Security\",\"label\":\"Security\",\"icon\":\"fa-cogs\",\"childs\":[\"-\","
            + "{\"name\":\"List Roles\",\"label\":\"List Roles\",\"icon\":\"\",\"url\":\"/roles/\"}]}]}")));
    superset.stubFor(get(urlPathEqualTo("/api/v1/available_domains/")).willReturn(okJson("{\"result\":{\"domains\":null}}")));
    try (SupersetClient client = superset.clientBuilder().build()) {
      List<MenuItem> menu = client.currentUser().menu();
      assertThat(menu).singleElement().satisfies(m -> {
        assertThat(m.children()).hasSize(2);
        assertThat(m.children().get(0).isSeparator()).isTrue();
        assertThat(m.children().get(1).url()).isEqualTo("/roles/");
        assertThat(m.children().get(1).icon()).isNull();
      });
      assertThat(client.currentUser().availableDomains()).isEmpty();
    }
  }

  @Test
  void datasources_columnValuesValidationAndAdvancedTypes() {
    superset.stubFor(get(urlPathEqualTo("/api/v1/datasource/table/7/column/tenant_id/values/"))
        .willReturn(okJson("{\"result\":[3,4,null]}")));
    superset.stubFor(post(urlPathEqualTo("/api/v1/datasource/table/7/validate_expression/")).willReturn(okJson(
        "{\"result\":[{\"end_column\":12,\"line_number\":1,\"message\":\"syntax error\",\"start_column\":0}]}")));
    superset.stubFor(get(urlPathEqualTo("/api/v1/advanced_data_type/types")).willReturn(okJson("{\"result\":[\"port\"]}")));
    superset.stubFor(get(urlPathEqualTo("/api/v1/advanced_data_type/convert")).willReturn(okJson(
        "{\"result\":{\"display_value\":\"[80]\",\"error_message\":\"\",\"valid_filter_operators\":[\"EQUALS\"],\"values\":[[80]]}}")));
    try (SupersetClient client = superset.clientBuilder().build()) {
      assertThat(client.datasources().columnValues(DatasetId.of(7), "tenant_id")).containsExactly(3L, 4L, null);
      assertThat(client.datasources().validateExpression(DatasetId.of(7), "tenant_id >", SqlExpressionType.WHERE))
          .singleElement().satisfies(e -> assertThat(e.lineNumber()).isEqualTo(1));
      assertThat(client.datasources().advancedDataTypes()).containsExactly("port");
      var conversion = client.datasources().convertAdvancedDataType("port", List.of("http"));
      assertThat(conversion.isValid()).isTrue();
      assertThat(conversion.values()).containsExactly(List.of(80L));
    }
    assertThat(superset.single("POST", "/api/v1/datasource/table/7/validate_expression/").getBodyAsString())
        .isEqualTo("{\"expression\":\"tenant_id >\",\"expression_type\":\"where\"}");
    assertThat(FakeSuperset.q(superset.single("GET", "/api/v1/advanced_data_type/convert")))
        .isEqualTo("(type:port,values:!(http))");
  }
}
