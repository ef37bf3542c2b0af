package io.github.supersetsdk.client.request;

import io.github.supersetsdk.client.id.RoleId;
import io.github.supersetsdk.client.id.UserId;
import io.github.supersetsdk.client.internal.Copies;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A new dashboard. Charts join it through their own {@code dashboards} field.
 *
 * <p>Immutable and thread-safe.
 *
 * @param dashboardTitle the title
 * @param slug the URL slug, unique per Superset
 * @param published whether it is published
 * @param owners the owners; the caller when empty
 * @param roles the roles that may see it, with {@code DASHBOARD_RBAC}
 * @param jsonMetadata the {@code json_metadata} document as text
 * @param positionJson the layout document as text
 * @param css custom CSS
 * @param externalUrl the URL of the external tool that owns it
 * @param isManagedExternally whether an external tool owns it
 */
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
    @Nullable Boolean isManagedExternally) {

  /**
   * Validates and copies the components.
   *
   * @param dashboardTitle the title
   * @param slug the URL slug, unique per Superset
   * @param published whether it is published
   * @param owners the owners; the caller when empty
   * @param roles the roles that may see it, with {@code DASHBOARD_RBAC}
   * @param jsonMetadata the {@code json_metadata} document as text
   * @param positionJson the layout document as text
   * @param css custom CSS
   * @param externalUrl the URL of the external tool that owns it
   * @param isManagedExternally whether an external tool owns it
   * @throws NullPointerException if a required component is null
   */
  public CreateDashboardRequest {
    Objects.requireNonNull(dashboardTitle, "dashboardTitle");
    owners = Copies.list(owners);
    roles = Copies.list(roles);
  }

  /**
   * Returns a builder with the required fields set.
   *
   * @param dashboardTitle the title
   * @return a new builder
   * @throws NullPointerException if an argument is null
   */
  public static Builder builder(String dashboardTitle) {
    Builder b = new Builder();
    b.dashboardTitle = Objects.requireNonNull(dashboardTitle, "dashboardTitle");
    return b;
  }

  /**
   * Returns a builder initialised from this request.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.dashboardTitle = dashboardTitle;
    b.slug = slug;
    b.published = published;
    b.owners = new ArrayList<>(owners);
    b.roles = new ArrayList<>(roles);
    b.jsonMetadata = jsonMetadata;
    b.positionJson = positionJson;
    b.css = css;
    b.externalUrl = externalUrl;
    b.isManagedExternally = isManagedExternally;
    return b;
  }

  /** Builds a {@link CreateDashboardRequest}. Not thread-safe. */
  public static final class Builder {
    private @Nullable String dashboardTitle;
    private @Nullable String slug;
    private @Nullable Boolean published;
    private List<UserId> owners = new ArrayList<>();
    private List<RoleId> roles = new ArrayList<>();
    private @Nullable String jsonMetadata;
    private @Nullable String positionJson;
    private @Nullable String css;
    private @Nullable String externalUrl;
    private @Nullable Boolean isManagedExternally;

    private Builder() {}

    /**
     * Sets the title.
     *
     * @param dashboardTitle the value
     * @return this builder
     * @throws NullPointerException if {@code dashboardTitle} is null
     */
    public Builder dashboardTitle(String dashboardTitle) {
      this.dashboardTitle = Objects.requireNonNull(dashboardTitle, "dashboardTitle");
      return this;
    }

    /**
     * Sets the URL slug, unique per Superset.
     *
     * @param slug the value
     * @return this builder
     * @throws NullPointerException if {@code slug} is null
     */
    public Builder slug(String slug) {
      this.slug = Objects.requireNonNull(slug, "slug");
      return this;
    }

    /**
     * Sets whether it is published.
     *
     * @param published the value
     * @return this builder
     * @throws NullPointerException if {@code published} is null
     */
    public Builder published(boolean published) {
      this.published = published;
      return this;
    }

    /**
     * Sets the owners; the caller when empty.
     *
     * @param owners the value
     * @return this builder
     * @throws NullPointerException if {@code owners} is null
     */
    public Builder owners(List<UserId> owners) {
      this.owners = new ArrayList<>(Objects.requireNonNull(owners, "owners"));
      return this;
    }

    /**
     * Sets the roles that may see it, with {@code DASHBOARD_RBAC}.
     *
     * @param roles the value
     * @return this builder
     * @throws NullPointerException if {@code roles} is null
     */
    public Builder roles(List<RoleId> roles) {
      this.roles = new ArrayList<>(Objects.requireNonNull(roles, "roles"));
      return this;
    }

    /**
     * Sets the {@code json_metadata} document as text.
     *
     * @param jsonMetadata the value
     * @return this builder
     * @throws NullPointerException if {@code jsonMetadata} is null
     */
    public Builder jsonMetadata(String jsonMetadata) {
      this.jsonMetadata = Objects.requireNonNull(jsonMetadata, "jsonMetadata");
      return this;
    }

    /**
     * Sets the layout document as text.
     *
     * @param positionJson the value
     * @return this builder
     * @throws NullPointerException if {@code positionJson} is null
     */
    public Builder positionJson(String positionJson) {
      this.positionJson = Objects.requireNonNull(positionJson, "positionJson");
      return this;
    }

    /**
     * Sets the layout: its {@code position_json}. {@code DashboardsClient} checks that its charts
     * exist and makes Superset record that the dashboard holds them.
     *
     * @param layout the layout
     * @return this builder
     * @throws NullPointerException if {@code layout} is null
     */
    public Builder layout(DashboardLayout layout) {
      return positionJson(Objects.requireNonNull(layout, "layout").positionJson());
    }

    /**
     * Sets custom CSS.
     *
     * @param css the value
     * @return this builder
     * @throws NullPointerException if {@code css} is null
     */
    public Builder css(String css) {
      this.css = Objects.requireNonNull(css, "css");
      return this;
    }

    /**
     * Sets the URL of the external tool that owns it.
     *
     * @param externalUrl the value
     * @return this builder
     * @throws NullPointerException if {@code externalUrl} is null
     */
    public Builder externalUrl(String externalUrl) {
      this.externalUrl = Objects.requireNonNull(externalUrl, "externalUrl");
      return this;
    }

    /**
     * Sets whether an external tool owns it.
     *
     * @param isManagedExternally the value
     * @return this builder
     * @throws NullPointerException if {@code isManagedExternally} is null
     */
    public Builder isManagedExternally(boolean isManagedExternally) {
      this.isManagedExternally = isManagedExternally;
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws NullPointerException if a required field is missing
     */
    public CreateDashboardRequest build() {
      return new CreateDashboardRequest(dashboardTitle, slug, published, owners, roles, jsonMetadata, positionJson, css, externalUrl, isManagedExternally);
    }
  }
}
