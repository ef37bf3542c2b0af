package io.github.supersetsdk.client.request;

import io.github.supersetsdk.client.id.RoleId;
import io.github.supersetsdk.client.id.UserId;
import io.github.supersetsdk.codegen.GeneratedBuilder;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A new dashboard. Charts join it through their own {@code dashboards} field.
 *
 * <p>Immutable and thread-safe.
 *
 * @param dashboardTitle the title
 * @param slug the URL slug, unique per Superset once cleaned: Superset strips it, turns spaces into
 *     {@code -} and drops characters other than letters, digits, {@code _} and {@code -}
 *     ({@code "a b?c"} is stored as {@code "a-bc"})
 * @param published whether it is published
 * @param owners the owners; the caller when empty
 * @param roles the roles that may see it, with {@code DASHBOARD_RBAC}
 * @param jsonMetadata the {@code json_metadata} document as text
 * @param positionJson the layout document as text
 * @param css custom CSS
 * @param externalUrl the URL of the external tool that owns it
 * @param isManagedExternally whether an external tool owns it
 */
@GeneratedBuilder
public record CreateDashboardRequest(
    String dashboardTitle,
    @Nullable String slug,
    @Nullable Boolean published,
    List<UserId> owners,
    List<RoleId> roles,
    @Nullable String jsonMetadata,
    @Nullable String positionJson,
    @Nullable String css,
    @Nullable String externalUrl,
    @Nullable Boolean isManagedExternally) implements CreateDashboardRequestBuilder.Methods {

  /** Copies the lists; never null. */
  public CreateDashboardRequest {
    owners = Copies.list(owners);
    roles = Copies.list(roles);
  }

  /**
   * {@return a new builder with the required fields set}
   *
   * @param dashboardTitle the title
   * @throws NullPointerException if an argument is null
   */
  public static Builder builder(String dashboardTitle) {
    return CreateDashboardRequestBuilder.create(dashboardTitle);
  }

  /** Builds a {@link CreateDashboardRequest}. Not thread-safe. */
  public static final class Builder extends CreateDashboardRequestBuilder {
    Builder() {}

    /**
     * Sets the layout: its {@code position_json}. {@code DashboardsClient} checks that its charts
     * exist and makes Superset record that the dashboard holds them.
     *
     * @param layout the layout
     * @return this builder
     * @throws NullPointerException if {@code layout} is null
     */
    public Builder layout(DashboardLayout layout) {
      positionJson(Objects.requireNonNull(layout, "layout").positionJson());
      return this;
    }
  }
}
