package io.github.supersetsdk.client.internal.api;

import static org.assertj.core.api.Assertions.assertThat;

import feign.RequestLine;
import io.github.supersetsdk.client.internal.transport.OperationSpec;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The administration API interfaces are in the operation table, with the right markers. */
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
  void adminApis_typeAllButFourOperationsOfTheirTags() {
    // 82 operations in the ten tags; the four user-registration ones left out are listed with their
    // reasons in untyped-operations.txt. ApiCoverageTest checks each id against the spec.
    List<String> ids = new ArrayList<>();
    for (Class<?> api : ADMIN_APIS) {
      for (Method m : api.getMethods()) {
        if (m.isAnnotationPresent(RequestLine.class)) {
          ids.add(Operations.spec(m).id());
        }
      }
    }
    assertThat(ids).hasSize(78).doesNotHaveDuplicates();
  }

  @Test
  void passwordCarryingOperations_areSensitive_andOnlyTheReplacingPostIsRetrySafe() throws NoSuchMethodException {
    OperationSpec createUser = Operations.spec(SecurityUsersApi.class.getMethod(
        "create", io.github.supersetsdk.client.request.CreateUserRequest.class));
    OperationSpec updateUser = Operations.spec(SecurityUsersApi.class.getMethod(
        "update", long.class, io.github.supersetsdk.client.request.UpdateUserRequest.class));
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
}
