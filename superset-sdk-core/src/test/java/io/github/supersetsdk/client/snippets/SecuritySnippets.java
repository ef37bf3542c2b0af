package io.github.supersetsdk.client.snippets;

import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.id.DatasetId;
import io.github.supersetsdk.client.id.GroupId;
import io.github.supersetsdk.client.id.PermissionId;
import io.github.supersetsdk.client.id.PermissionResourceId;
import io.github.supersetsdk.client.id.RlsRuleId;
import io.github.supersetsdk.client.id.RoleId;
import io.github.supersetsdk.client.id.SecurityResourceId;
import io.github.supersetsdk.client.id.UserId;
import io.github.supersetsdk.client.model.EmbeddedDashboard;
import io.github.supersetsdk.client.model.GuestToken;
import io.github.supersetsdk.client.model.GuestUser;
import io.github.supersetsdk.client.model.Permission;
import io.github.supersetsdk.client.model.RlsFilterType;
import io.github.supersetsdk.client.model.UserRegistration;
import io.github.supersetsdk.client.request.CreateGroupRequest;
import io.github.supersetsdk.client.request.CreateRlsRuleRequest;
import io.github.supersetsdk.client.request.CreateUserRequest;
import io.github.supersetsdk.client.request.Filter;
import io.github.supersetsdk.client.request.GuestResource;
import io.github.supersetsdk.client.request.GuestTokenRequest;
import io.github.supersetsdk.client.request.ListQuery;
import io.github.supersetsdk.client.request.RlsClause;
import io.github.supersetsdk.client.request.UserPassword;
import java.util.List;

/** Samples of the {@code io.github.supersetsdk.client.security} package's javadoc. */
final class SecuritySnippets {

  private SecuritySnippets() {}

  static GuestToken securityClient(SupersetClient client, EmbeddedDashboard embedded) {
    // @start region="SecurityClient"
    GuestToken token = client.security().createGuestToken(GuestTokenRequest.builder()
        .resource(GuestResource.dashboard(embedded))
        .user(GuestUser.of("user-1842"))
        .rls(RlsClause.of("tenant_id = 42"))
        .build());
    // @end
    return token;
  }

  static UserId usersClient(SupersetClient client, UserPassword initialPassword, RoleId analystRole) {
    // @start region="UsersClient"
    UserId jane = client.security().users().create(
        CreateUserRequest.builder("jdoe", "Jane", "Doe", "jdoe@example.com", initialPassword)
            .roles(List.of(analystRole))
            .build());
    // @end
    return jane;
  }

  static void rolesClient(SupersetClient client, PermissionResourceId readDashboards, UserId jane) {
    // @start region="RolesClient"
    RoleId role = client.security().roles().create("tenant-42");
    client.security().roles().setPermissions(role, List.of(readDashboards));
    client.security().roles().setUsers(role, List.of(jane));
    // @end
  }

  static GroupId groupsClient(SupersetClient client, RoleId tenantRole) {
    // @start region="GroupsClient"
    GroupId analysts = client.security().groups().create(
        CreateGroupRequest.builder("tenant-42-analysts").roles(List.of(tenantRole)).build());
    // @end
    return analysts;
  }

  static Permission permissionsClient(SupersetClient client) {
    // @start region="PermissionsClient"
    Permission canRead = client.security().permissions()
        .list(ListQuery.where(Filter.eq("name", "can_read"))).iterator().next();
    // @end
    return canRead;
  }

  static void permissionResourcesClient(SupersetClient client, PermissionId canAccess,
      SecurityResourceId portal, RoleId role) {
    // @start region="PermissionResourcesClient"
    PermissionResourceId access = client.security().permissionResources().create(canAccess, portal);
    client.security().roles().setPermissions(role, List.of(access));
    // @end
  }

  static SecurityResourceId securityResourcesClient(SupersetClient client) {
    // @start region="SecurityResourcesClient"
    SecurityResourceId resource = client.security().resources().create("TenantPortal");
    // @end
    return resource;
  }

  static RlsRuleId rowLevelSecurityClient(SupersetClient client, DatasetId orders, RoleId tenantRole) {
    // @start region="RowLevelSecurityClient"
    RlsRuleId rule = client.security().rowLevelSecurity().create(
        CreateRlsRuleRequest.builder("tenant-42", RlsFilterType.REGULAR, "tenant_id = 42")
            .tables(List.of(orders)).roles(List.of(tenantRole)).build());
    // @end
    return rule;
  }

  static void userRegistrationsClient(SupersetClient client) {
    // @start region="UserRegistrationsClient"
    for (UserRegistration r : client.security().userRegistrations().list(ListQuery.all())) {
      System.out.println(r.username() + " registered " + r.registrationDate());
    }
    // @end
  }
}
