package io.github.supersetsdk.client.internal.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import feign.RequestLine;
import io.github.supersetsdk.client.internal.transport.OperationSpec;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The administration API interfaces are listed in the operation table and match the served spec. */
class AdminOperationsTest {

  private static final List<Class<?>> ADMIN_APIS = List.of(
      SecurityRolesApi.class,
      SecurityUsersApi.class,
      SecurityGroupsApi.class,
      SecurityPermissionsApi.class,
      SecurityResourcesApi.class,
      SecurityPermissionResourcesApi.class,
      UserRegistrationsApi.class,
      AnnotationLayerApi.class,
      ThemeApi.class,
      CssTemplateApi.class);

  @Test
  void everyAdminApi_isListedInTheOperationTable() {
    assertThat(Operations.API_INTERFACES).containsAll(ADMIN_APIS);
  }

  @Test
  void everyAdminOperation_isAnOperationOfTheSpec() throws IOException {
    Set<String> spec = specOperations();
    List<String> ids = new ArrayList<>();
    for (Class<?> api : ADMIN_APIS) {
      for (Method m : api.getMethods()) {
        if (m.isAnnotationPresent(RequestLine.class)) {
          ids.add(Operations.spec(m).id());
        }
      }
    }
    assertThat(ids).hasSize(78).doesNotHaveDuplicates();
    assertThat(spec).containsAll(ids);
  }

  @Test
  void passwordCarryingOperations_areSensitive_andOnlyTheReplacingPostIsRetrySafe() throws NoSuchMethodException {
    OperationSpec createUser = Operations.spec(SecurityUsersApi.class.getMethod(
        "create", io.github.supersetsdk.client.model.CreateUserRequest.class));
    OperationSpec updateUser = Operations.spec(SecurityUsersApi.class.getMethod(
        "update", long.class, io.github.supersetsdk.client.model.UpdateUserRequest.class));
    assertThat(createUser.sensitive()).isTrue();
    assertThat(updateUser.sensitive()).isTrue();
    for (Class<?> api : ADMIN_APIS) {
      for (Method m : api.getMethods()) {
        if (m.isAnnotationPresent(RequestLine.class)) {
          OperationSpec op = Operations.spec(m);
          boolean replacing = op.id().equals("POST /api/v1/security/roles/{role_id}/permissions");
          assertThat(op.retrySafe()).as(op.id()).isEqualTo(replacing);
        }
      }
    }
  }

  private static Set<String> specOperations() throws IOException {
    try (InputStream in = AdminOperationsTest.class.getResourceAsStream(
        "/io/github/supersetsdk/client/superset-openapi-6.1.0.json")) {
      assertThat(in).as("the saved spec").isNotNull();
      JsonNode paths = new ObjectMapper().readTree(in).get("paths");
      Set<String> ops = new HashSet<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> path = it.next();
        for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext(); ) {
          String method = methods.next();
          if (!method.equals("parameters")) {
            ops.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
          }
        }
      }
      return ops;
    }
  }
}
