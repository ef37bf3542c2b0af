package io.github.supersetsdk.client;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.supersetsdk.client.exception.PermissionDeniedException;
import io.github.supersetsdk.client.exception.ServerException;
import io.github.supersetsdk.client.id.AnnotationId;
import io.github.supersetsdk.client.id.AnnotationLayerId;
import io.github.supersetsdk.client.id.CssTemplateId;
import io.github.supersetsdk.client.id.DatabaseId;
import io.github.supersetsdk.client.id.DatasetId;
import io.github.supersetsdk.client.id.GroupId;
import io.github.supersetsdk.client.id.PermissionId;
import io.github.supersetsdk.client.id.PermissionResourceId;
import io.github.supersetsdk.client.id.ReportScheduleId;
import io.github.supersetsdk.client.id.RlsRuleId;
import io.github.supersetsdk.client.id.RoleId;
import io.github.supersetsdk.client.id.SavedQueryId;
import io.github.supersetsdk.client.id.SecurityResourceId;
import io.github.supersetsdk.client.id.TagId;
import io.github.supersetsdk.client.id.ThemeId;
import io.github.supersetsdk.client.id.UserId;
import io.github.supersetsdk.client.id.UserRegistrationId;
import io.github.supersetsdk.client.model.CssTemplate;
import io.github.supersetsdk.client.model.Database;
import io.github.supersetsdk.client.testing.FakeSuperset;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code find*} turns a 404 of the matching {@code get*} into empty and nothing else: a 403 or a 5xx
 * still throws, so that "could not look" is never read as "not there". {@code exists} follows find.
 */
class FindAndExistsTest {

  @RegisterExtension
  static final FakeSuperset wm = FakeSuperset.create();

  private static final UUID UUID_7 = UUID.fromString("7b0d2c55-6a3e-4d8e-9f1a-2c4b6d8e0f17");

  private SupersetClient client;

  @BeforeEach
  void setUp() {
    client = wm.client();
  }

  /** Each finder and the path of the read it makes. */
  static Stream<Arguments> finders() {
    return Stream.of(
        finder("annotationLayers().find", "/api/v1/annotation_layer/4", c -> c.annotationLayers().find(AnnotationLayerId.of(4))),
        finder(
            "annotationLayers().findAnnotation",
            "/api/v1/annotation_layer/4/annotation/5",
            c -> c.annotationLayers().findAnnotation(AnnotationLayerId.of(4), AnnotationId.of(5))),
        finder("cssTemplates().find", "/api/v1/css_template/4", c -> c.cssTemplates().find(CssTemplateId.of(4))),
        finder("themes().find", "/api/v1/theme/4", c -> c.themes().find(ThemeId.of(4))),
        finder("charts().find(UUID)", "/api/v1/chart/" + UUID_7, c -> c.charts().find(UUID_7)),
        finder("datasets().find(UUID)", "/api/v1/dataset/" + UUID_7, c -> c.datasets().find(UUID_7)),
        finder("databases().find", "/api/v1/database/4", c -> c.databases().find(DatabaseId.of(4))),
        finder("savedQueries().find", "/api/v1/saved_query/4", c -> c.savedQueries().find(SavedQueryId.of(4))),
        finder("tags().find", "/api/v1/tag/4", c -> c.tags().find(TagId.of(4))),
        finder("reports().find", "/api/v1/report/4", c -> c.reports().find(ReportScheduleId.of(4))),
        finder("security().groups().find", "/api/v1/security/groups/4", c -> c.security().groups().find(GroupId.of(4))),
        finder("security().roles().find", "/api/v1/security/roles/4", c -> c.security().roles().find(RoleId.of(4))),
        finder("security().users().find", "/api/v1/security/users/4", c -> c.security().users().find(UserId.of(4))),
        finder(
            "security().rowLevelSecurity().find",
            "/api/v1/rowlevelsecurity/4",
            c -> c.security().rowLevelSecurity().find(RlsRuleId.of(4))),
        finder(
            "security().permissions().find",
            "/api/v1/security/permissions/4",
            c -> c.security().permissions().find(PermissionId.of(4))),
        finder(
            "security().permissionResources().find",
            "/api/v1/security/permissions-resources/4",
            c -> c.security().permissionResources().find(PermissionResourceId.of(4))),
        finder(
            "security().resources().find",
            "/api/v1/security/resources/4",
            c -> c.security().resources().find(SecurityResourceId.of(4))),
        finder(
            "security().userRegistrations().find",
            "/api/v1/security/user_registrations/4",
            c -> c.security().userRegistrations().find(UserRegistrationId.of(4))));
  }

  /** Each {@code exists} and the path of the read it makes. */
  static Stream<Arguments> existences() {
    return Stream.of(
        exists("annotationLayers().exists", "/api/v1/annotation_layer/4", c -> c.annotationLayers().exists(AnnotationLayerId.of(4))),
        exists("cssTemplates().exists", "/api/v1/css_template/4", c -> c.cssTemplates().exists(CssTemplateId.of(4))),
        exists("themes().exists", "/api/v1/theme/4", c -> c.themes().exists(ThemeId.of(4))),
        exists("datasets().exists", "/api/v1/dataset/4", c -> c.datasets().exists(DatasetId.of(4))),
        exists("databases().exists", "/api/v1/database/4", c -> c.databases().exists(DatabaseId.of(4))),
        exists("savedQueries().exists", "/api/v1/saved_query/4", c -> c.savedQueries().exists(SavedQueryId.of(4))),
        exists("tags().exists", "/api/v1/tag/4", c -> c.tags().exists(TagId.of(4))),
        exists("reports().exists", "/api/v1/report/4", c -> c.reports().exists(ReportScheduleId.of(4))),
        exists("security().groups().exists", "/api/v1/security/groups/4", c -> c.security().groups().exists(GroupId.of(4))),
        exists("security().roles().exists", "/api/v1/security/roles/4", c -> c.security().roles().exists(RoleId.of(4))),
        exists("security().users().exists", "/api/v1/security/users/4", c -> c.security().users().exists(UserId.of(4))),
        exists(
            "security().rowLevelSecurity().exists",
            "/api/v1/rowlevelsecurity/4",
            c -> c.security().rowLevelSecurity().exists(RlsRuleId.of(4))));
  }

  @ParameterizedTest
  @MethodSource("finders")
  void findIsEmptyOn404(Function<SupersetClient, Optional<?>> find, String path) {
    wm.stubFor(get(urlPathEqualTo(path)).willReturn(FakeSuperset.json(404, "{\"message\": \"Not found\"}")));

    assertThat(find.apply(client)).isEmpty();
    wm.verify(getRequestedFor(urlPathEqualTo(path)));
  }

  @ParameterizedTest
  @MethodSource("finders")
  void findThrowsOnAForbiddenRead(Function<SupersetClient, Optional<?>> find, String path) {
    wm.stubFor(get(urlPathEqualTo(path)).willReturn(FakeSuperset.json(403, "{\"message\": \"Forbidden\"}")));

    assertThatThrownBy(() -> find.apply(client)).isInstanceOf(PermissionDeniedException.class);
  }

  @ParameterizedTest
  @MethodSource("finders")
  void findThrowsOnAServerError(Function<SupersetClient, Optional<?>> find, String path) {
    wm.stubFor(get(urlPathEqualTo(path)).willReturn(FakeSuperset.json(500, "{\"message\": \"boom\"}")));

    assertThatThrownBy(() -> find.apply(client)).isInstanceOf(ServerException.class);
  }

  @ParameterizedTest
  @MethodSource("existences")
  void existsIsFalseOn404AndThrowsOnAForbiddenRead(Predicate<SupersetClient> exists, String path) {
    wm.stubFor(get(urlPathEqualTo(path)).willReturn(FakeSuperset.json(404, "{\"message\": \"Not found\"}")));
    assertThat(exists.test(client)).isFalse();

    wm.stubFor(get(urlPathEqualTo(path)).willReturn(FakeSuperset.json(403, "{\"message\": \"Forbidden\"}")));
    assertThatThrownBy(() -> exists.test(client)).isInstanceOf(PermissionDeniedException.class);
  }

  @Test
  void findAndExistsReturnWhatGetReads() {
    String json = "{\"id\": 4, \"template_name\": \"Compact\", \"css\": \".a{}\", \"created_by\": null, \"changed_by\": null}";
    wm.stubFor(get(urlPathEqualTo("/api/v1/css_template/4")).willReturn(okJson("{\"id\": 4, \"result\": " + json + "}")));

    Optional<CssTemplate> found = client.cssTemplates().find(CssTemplateId.of(4));

    assertThat(found).contains(client.cssTemplates().get(CssTemplateId.of(4)));
    assertThat(found.orElseThrow().css()).isEqualTo(".a{}");
    assertThat(client.cssTemplates().exists(CssTemplateId.of(4))).isTrue();
  }

  @Test
  void databasesFindByNameMatchesTheNameExactly() {
    // A case-insensitive server could answer with near misses: only the exact name counts.
    wm.stubFor(get(urlPathEqualTo("/api/v1/database/"))
        .willReturn(okJson("{\"count\": 2, \"result\": ["
            + "{\"id\": 3, \"database_name\": \"WAREHOUSE\", \"backend\": \"postgresql\"},"
            + "{\"id\": 4, \"database_name\": \"warehouse\", \"backend\": \"postgresql\"}]}")));

    Optional<Database> found = client.databases().findByName("warehouse");

    assertThat(found.map(Database::id)).contains(DatabaseId.of(4));
    wm.verify(getRequestedFor(urlPathEqualTo("/api/v1/database/"))
        .withQueryParam("q", equalTo("(filters:!((col:database_name,opr:eq,value:warehouse)),page:0,page_size:10,keys:!(none))")));
    assertThat(client.databases().findByName("Warehouse")).isEmpty();
  }

  @Test
  void databasesFindByNameThrowsWhenTheListFails() {
    wm.stubFor(get(urlPathEqualTo("/api/v1/database/")).willReturn(FakeSuperset.json(403, "{\"message\": \"Forbidden\"}")));

    assertThatThrownBy(() -> client.databases().findByName("warehouse")).isInstanceOf(PermissionDeniedException.class);
  }

  private static Arguments finder(String name, String path, Function<SupersetClient, Optional<?>> find) {
    return Arguments.of(Named.of(name, find), path);
  }

  private static Arguments exists(String name, String path, Predicate<SupersetClient> exists) {
    return Arguments.of(Named.of(name, exists), path);
  }
}
