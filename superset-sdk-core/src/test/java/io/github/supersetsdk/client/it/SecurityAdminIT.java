package io.github.supersetsdk.client.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.supersetsdk.client.Credentials;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.exception.NotFoundException;
import io.github.supersetsdk.client.exception.SupersetApiException;
import io.github.supersetsdk.client.id.GroupId;
import io.github.supersetsdk.client.id.PermissionId;
import io.github.supersetsdk.client.id.PermissionResourceId;
import io.github.supersetsdk.client.id.RoleId;
import io.github.supersetsdk.client.id.SecurityResourceId;
import io.github.supersetsdk.client.id.UserId;
import io.github.supersetsdk.client.model.Group;
import io.github.supersetsdk.client.model.Page;
import io.github.supersetsdk.client.model.Permission;
import io.github.supersetsdk.client.model.PermissionResource;
import io.github.supersetsdk.client.model.ResourceInfo;
import io.github.supersetsdk.client.model.Role;
import io.github.supersetsdk.client.model.RoleDetails;
import io.github.supersetsdk.client.model.RoleRef;
import io.github.supersetsdk.client.model.SecurityResource;
import io.github.supersetsdk.client.model.User;
import io.github.supersetsdk.client.model.UserRegistration;
import io.github.supersetsdk.client.request.CreateGroupRequest;
import io.github.supersetsdk.client.request.CreateUserRequest;
import io.github.supersetsdk.client.request.Filter;
import io.github.supersetsdk.client.request.FilterOperator;
import io.github.supersetsdk.client.request.ListQuery;
import io.github.supersetsdk.client.request.RoleSearch;
import io.github.supersetsdk.client.request.UpdateGroupRequest;
import io.github.supersetsdk.client.request.UpdateUserRequest;
import io.github.supersetsdk.client.security.SecurityClient;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Roles, users, groups, permissions and resources against the real Superset, through the SDK only. */
@ExtendWith(NoSecretsInLogs.class)
class SecurityAdminIT {

  private static final String ROLE_SEARCH = "/api/v1/security/roles/search/";
  private static final String REGISTRATIONS_INFO = "/api/v1/security/user_registrations/_info";


  private static SupersetClient client;
  private static final List<Runnable> cleanup = new ArrayList<>();

  @BeforeAll
  static void connect() {
    client = ItEnv.adminClient().build();
  }

  @AfterAll
  static void cleanUp() {
    // Newest first: users before their roles, permissions on resources before their resources.
    for (int i = cleanup.size() - 1; i >= 0; i--) {
      try {
        cleanup.get(i).run();
      } catch (NotFoundException alreadyGone) {
        // The test deleted it itself.
      }
    }
    client.close();
  }

  @Test
  void roleAndUser_fullRoundTrip() {
    SecurityClient security = client.security();
    String roleName = ItEnv.uniqueName("role");
    RoleId role = security.roles().create(roleName);
    cleanup.add(() -> security.roles().delete(role));

    assertThat(security.roles().get(role)).isEqualTo(new Role(role, roleName));
    String renamed = roleName + "-x";
    security.roles().rename(role, renamed);
    assertThat(security.roles().get(role).name()).isEqualTo(renamed);

    // Grant two real permissions on resources: can_read on Dashboard and on Chart.
    PermissionId canRead = security.permissions()
        .list(ListQuery.where(Filter.eq("name", "can_read"))).stream().findFirst().orElseThrow().id();
    assertThat(security.permissions().get(canRead).name()).isEqualTo("can_read");
    List<PermissionResourceId> grants = new ArrayList<>();
    for (String resource : List.of("Dashboard", "Chart")) {
      SecurityResource r = security.resources()
          .list(ListQuery.where(Filter.eq("name", resource))).stream().findFirst().orElseThrow();
      PermissionResource pr = security.permissionResources()
          .list(ListQuery.builder()
              .filter("permission", FilterOperator.RELATION_ONE_TO_MANY, canRead)
              .filter("view_menu", FilterOperator.RELATION_ONE_TO_MANY, r.id())
              .build())
          .stream().findFirst().orElseThrow();
      assertThat(pr.permissionName()).isEqualTo("can_read");
      assertThat(pr.resourceName()).isEqualTo(resource);
      assertThat(security.permissionResources().get(pr.id())).isEqualTo(pr);
      grants.add(pr.id());
    }
    security.roles().setPermissions(role, grants);
    assertThat(security.roles().permissions(role))
        .extracting(PermissionResource::id)
        .containsExactlyInAnyOrderElementsOf(grants);

    // A user holding the role.
    String username = ItEnv.uniqueName("user");
    String password = "Pw-" + java.util.UUID.randomUUID();
    NoSecretsInLogs.register(password);
    CreateUserRequest request =
        CreateUserRequest.builder(username, "Ada", "Tester", username + "@example.com", password)
            .roles(List.of(role))
            .build();
    assertThat(request.toString()).doesNotContain(password);
    UserId user = security.users().create(request);
    cleanup.add(() -> security.users().delete(user));

    User read = security.users().get(user);
    assertThat(read.username()).isEqualTo(username);
    assertThat(read.email()).isEqualTo(username + "@example.com");
    assertThat(read.active()).isTrue();
    assertThat(read.roles()).extracting(RoleRef::id).containsExactly(role);
    assertThat(read.createdOn()).isNotNull();
    assertThat(security.users().findByUsername(username)).contains(read);
    assertThat(security.users().findByUsername(username + "-nobody")).isEmpty();

    // The new user can log in with the password, and only until deactivated.
    try (SupersetClient asUser = SupersetClient.builder()
        .baseUrl(ItEnv.supersetUrl())
        .credentials(Credentials.password(username, password))
        .build()) {
      assertThat(asUser.dashboards().listPage(ListQuery.all(), 0).totalCount()).isGreaterThanOrEqualTo(0);
    }

    String newPassword = "Pw2-" + java.util.UUID.randomUUID();
    NoSecretsInLogs.register(newPassword);
    security.users().update(user, UpdateUserRequest.builder().password(newPassword).build());
    try (SupersetClient asUser = SupersetClient.builder()
        .baseUrl(ItEnv.supersetUrl())
        .credentials(Credentials.password(username, newPassword))
        .build()) {
      assertThat(asUser.dashboards().listPage(ListQuery.all(), 0).totalCount()).isGreaterThanOrEqualTo(0);
    }

    security.users().update(user, UpdateUserRequest.builder().lastName("Updated").active(false).build());
    User updated = security.users().get(user);
    assertThat(updated.lastName()).isEqualTo("Updated");
    assertThat(updated.active()).isFalse();

    // List with a filter.
    Page<User> page = security.users().listPage(
        ListQuery.where(Filter.of("username", FilterOperator.STARTS_WITH, username)), 0);
    assertThat(page.totalCount()).isEqualTo(1);
    assertThat(page.items()).extracting(User::id).containsExactly(user);
    assertThat(security.roles().list(ListQuery.where(Filter.eq("name", renamed))).stream().toList())
        .containsExactly(new Role(role, renamed));

    // The role search sees the user and the permissions.
    if (Served.has(client, "GET", ROLE_SEARCH)) {
      List<RoleDetails> found = security.roles().search(RoleSearch.builder().nameContains(renamed).build())
          .stream().toList();
      assertThat(found).hasSize(1);
      assertThat(found.get(0).userIds()).containsExactly(user);
      assertThat(found.get(0).permissionIds()).containsExactlyInAnyOrderElementsOf(grants);
      assertThat(security.roles().search(RoleSearch.builder().user(user).build()).stream().toList())
          .extracting(RoleDetails::id).containsExactly(role);
    } else {
      // The role search appeared in Superset 6.0.
      Served.assertUnsupported(
          () -> security.roles().search(RoleSearch.builder().nameContains(renamed).build()).iterator().hasNext(),
          "GET", ROLE_SEARCH);
    }

    // Set the role's users to none, then back.
    security.roles().setUsers(role, List.of());
    assertThat(security.users().get(user).roles()).isEmpty();
    security.roles().setUsers(role, List.of(user));
    assertThat(security.users().get(user).roles()).extracting(RoleRef::id).containsExactly(role);

    security.users().delete(user);
    assertThatThrownBy(() -> security.users().get(user)).isInstanceOf(NotFoundException.class);
    security.roles().delete(role);
    assertThatThrownBy(() -> security.roles().get(role)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void group_withRoleAndMember_roundTrip() {
    SecurityClient security = client.security();
    RoleId role = security.roles().create(ItEnv.uniqueName("grole"));
    cleanup.add(() -> security.roles().delete(role));
    String username = ItEnv.uniqueName("guser");
    String groupUserPassword = "Pw-" + java.util.UUID.randomUUID();
    NoSecretsInLogs.register(groupUserPassword);
    UserId user = security.users().create(
        CreateUserRequest.builder(username, "Grace", "Member", username + "@example.com", groupUserPassword)
            .roles(List.of(role))
            .build());
    cleanup.add(() -> security.users().delete(user));

    String name = ItEnv.uniqueName("group");
    GroupId group = security.groups().create(
        CreateGroupRequest.builder(name).label("SDK IT").description("made by the SDK").roles(List.of(role)).build());
    cleanup.add(() -> security.groups().delete(group));

    Group read = security.groups().get(group);
    assertThat(read.name()).isEqualTo(name);
    assertThat(read.label()).isEqualTo("SDK IT");
    assertThat(read.roles()).extracting(RoleRef::id).containsExactly(role);
    assertThat(read.users()).isEmpty();

    security.groups().update(group, UpdateGroupRequest.builder().users(List.of(user)).clearDescription().build());
    Group updated = security.groups().get(group);
    assertThat(updated.users()).extracting(m -> m.id()).containsExactly(user);
    assertThat(updated.description()).isNull();
    assertThat(security.users().get(user).groups()).extracting(g -> g.id()).containsExactly(group);

    assertThat(security.groups().list(ListQuery.where(Filter.eq("name", name))).stream().toList())
        .extracting(Group::id).containsExactly(group);

    // The role's groups can be set from the role side too.
    security.roles().setGroups(role, List.of());
    assertThat(security.groups().get(group).roles()).isEmpty();
    security.roles().setGroups(role, List.of(group));
    if (Served.has(client, "GET", ROLE_SEARCH)) {
      assertThat(security.roles().search(RoleSearch.builder().group(group).build()).stream().toList())
          .extracting(RoleDetails::id).containsExactly(role);
    } else {
      // The role search appeared in Superset 6.0; the group's side shows the role instead.
      assertThat(security.groups().get(group).roles()).extracting(RoleRef::id).containsExactly(role);
    }

    security.groups().delete(group);
    assertThatThrownBy(() -> security.groups().get(group)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void customResourceAndPermission_roundTrip() {
    SecurityClient security = client.security();
    String name = ItEnv.uniqueName("resource");
    SecurityResourceId resource = security.resources().create(name);
    cleanup.add(() -> security.resources().delete(resource));
    assertThat(security.resources().get(resource)).isEqualTo(new SecurityResource(resource, name));
    security.resources().rename(resource, name + "X");
    assertThat(security.resources().get(resource).name()).isEqualTo(name + "X");

    Permission canRead = security.permissions().list(ListQuery.where(Filter.eq("name", "can_read")))
        .stream().findFirst().orElseThrow();
    Permission canWrite = security.permissions().list(ListQuery.where(Filter.eq("name", "can_write")))
        .stream().findFirst().orElseThrow();
    PermissionResourceId pair = security.permissionResources().create(canRead.id(), resource);
    cleanup.add(() -> security.permissionResources().delete(pair));
    assertThat(security.permissionResources().get(pair))
        .isEqualTo(new PermissionResource(pair, "can_read", name + "X"));

    security.permissionResources().update(pair, canWrite.id(), resource);
    assertThat(security.permissionResources().get(pair).permissionName()).isEqualTo("can_write");

    security.permissionResources().delete(pair);
    assertThatThrownBy(() -> security.permissionResources().get(pair)).isInstanceOf(NotFoundException.class);
    security.resources().delete(resource);
    assertThatThrownBy(() -> security.resources().get(resource)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void permissionsAndResources_listManyPages() {
    SecurityClient security = client.security();
    // Superset has some 80 permissions and over 200 permissions on resources: several small pages.
    ListQuery small = ListQuery.builder().pageSize(25).build();
    long permissions = security.permissions().list(small).stream().count();
    assertThat(permissions).isEqualTo(security.permissions().listPage(small, 0).totalCount()).isGreaterThan(25);
    long pairs = security.permissionResources().list(ListQuery.all()).stream().count();
    assertThat(pairs).isEqualTo(security.permissionResources().listPage(small, 0).totalCount()).isGreaterThan(100);
  }

  @Test
  void info_everySecurityEndpoint_describesPermissionsAndFilters() {
    SecurityClient security = client.security();
    ResourceInfo roles = security.roles().info();
    assertThat(roles.permissions()).contains("can_get", "can_post");
    assertThat(roles.filters()).containsKey("name");
    assertThat(security.users().info().filters()).containsKey("username");
    assertThat(security.users().info().addColumns()).extracting(c -> c.name()).contains("username", "password");
    assertThat(security.groups().info().permissions()).isNotEmpty();
    assertThat(security.permissions().info().filters()).containsKey("name");
    assertThat(security.resources().info().filters()).containsKey("name");
    assertThat(security.permissionResources().info().permissions()).isNotEmpty();
    if (Served.has(client, "GET", REGISTRATIONS_INFO)) {
      assertThat(security.userRegistrations().info().filters()).containsKey("email");
    } else {
      // User registrations appeared in Superset 6.0.
      Served.assertUnsupported(() -> security.userRegistrations().info(), "GET", REGISTRATIONS_INFO);
    }
  }

  @Test
  void userRegistrations_listEmpty_andMissingOneIsNotFound() {
    if (!Served.has(client, "GET", "/api/v1/security/user_registrations/")) {
      // User registrations appeared in Superset 6.0.
      Served.assertUnsupported(() -> client.security().userRegistrations().listPage(ListQuery.all(), 0),
          "GET", "/api/v1/security/user_registrations/");
      return;
    }
    // Self-registration is off on the test server, so there are none; the endpoints still answer.
    Page<UserRegistration> page = client.security().userRegistrations().listPage(ListQuery.all(), 0);
    assertThat(page.totalCount()).isGreaterThanOrEqualTo(0);
    assertThatThrownBy(() -> client.security().userRegistrations().get(
            io.github.supersetsdk.client.id.UserRegistrationId.of(987_654_321L)))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> client.security().userRegistrations().delete(
            io.github.supersetsdk.client.id.UserRegistrationId.of(987_654_321L)))
        .isInstanceOf(SupersetApiException.class);
  }
}
