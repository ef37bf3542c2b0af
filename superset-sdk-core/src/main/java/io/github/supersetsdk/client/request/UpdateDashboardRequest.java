package io.github.supersetsdk.client.request;

import io.github.supersetsdk.client.id.RoleId;
import io.github.supersetsdk.client.id.UserId;
import java.util.List;
import java.util.Objects;

/**
 * A partial update of a dashboard: only fields that are set or cleared are sent.
 *
 * <p>{@code jsonMetadata} and {@code positionJson} are JSON documents sent as text, as Superset stores
 * them; a chart belongs to a dashboard's layout when {@code positionJson} holds a {@code CHART} node
 * with its id. {@code owners} and {@code roles}, when set, replace the whole lists.
 *
 * <pre>{@code
 * client.dashboards().update(dashboard, UpdateDashboardRequest.builder().published(true).build());
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param dashboardTitle the title
 * @param slug the URL slug, unique per Superset
 * @param published whether it is published
 * @param owners the complete list of owners
 * @param roles the complete list of roles that may see it, with {@code DASHBOARD_RBAC}
 * @param jsonMetadata the {@code json_metadata} document as text (native filters, colors, chart positions by id)
 * @param positionJson the layout document as text
 * @param css custom CSS
 * @param certifiedBy who certified the dashboard
 * @param certificationDetails the certification details
 * @param themeId the id of the theme it uses
 * @param externalUrl the URL of the external tool that owns it
 * @param isManagedExternally whether an external tool owns it
 */
public record UpdateDashboardRequest(
    Change<String> dashboardTitle,
    Change<String> slug,
    Change<Boolean> published,
    Change<List<UserId>> owners,
    Change<List<RoleId>> roles,
    Change<String> jsonMetadata,
    Change<String> positionJson,
    Change<String> css,
    Change<String> certifiedBy,
    Change<String> certificationDetails,
    Change<Long> themeId,
    Change<String> externalUrl,
    Change<Boolean> isManagedExternally) {

  /**
   * Validates the components.
   *
   * @param dashboardTitle the title
   * @param slug the URL slug, unique per Superset
   * @param published whether it is published
   * @param owners the complete list of owners
   * @param roles the complete list of roles that may see it, with {@code DASHBOARD_RBAC}
   * @param jsonMetadata the {@code json_metadata} document as text (native filters, colors, chart positions by id)
   * @param positionJson the layout document as text
   * @param css custom CSS
   * @param certifiedBy who certified the dashboard
   * @param certificationDetails the certification details
   * @param themeId the id of the theme it uses
   * @param externalUrl the URL of the external tool that owns it
   * @param isManagedExternally whether an external tool owns it
   * @throws NullPointerException if a component is null; use {@link Change#unchanged()}
   */
  public UpdateDashboardRequest {
    Objects.requireNonNull(dashboardTitle, "dashboardTitle");
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(owners, "owners");
    Objects.requireNonNull(roles, "roles");
    Objects.requireNonNull(jsonMetadata, "jsonMetadata");
    Objects.requireNonNull(positionJson, "positionJson");
    Objects.requireNonNull(css, "css");
    Objects.requireNonNull(certifiedBy, "certifiedBy");
    Objects.requireNonNull(certificationDetails, "certificationDetails");
    Objects.requireNonNull(themeId, "themeId");
    Objects.requireNonNull(externalUrl, "externalUrl");
    Objects.requireNonNull(isManagedExternally, "isManagedExternally");
  }

  /**
   * Returns a builder in which every field is unchanged.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
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
    b.owners = owners;
    b.roles = roles;
    b.jsonMetadata = jsonMetadata;
    b.positionJson = positionJson;
    b.css = css;
    b.certifiedBy = certifiedBy;
    b.certificationDetails = certificationDetails;
    b.themeId = themeId;
    b.externalUrl = externalUrl;
    b.isManagedExternally = isManagedExternally;
    return b;
  }

  /**
   * Whether the request changes nothing.
   *
   * @return {@code true} if every field is unchanged
   */
  public boolean isEmpty() {
    return dashboardTitle.isUnchanged()
        && slug.isUnchanged()
        && published.isUnchanged()
        && owners.isUnchanged()
        && roles.isUnchanged()
        && jsonMetadata.isUnchanged()
        && positionJson.isUnchanged()
        && css.isUnchanged()
        && certifiedBy.isUnchanged()
        && certificationDetails.isUnchanged()
        && themeId.isUnchanged()
        && externalUrl.isUnchanged()
        && isManagedExternally.isUnchanged();
  }

  /** Builds an {@link UpdateDashboardRequest}; fields not mentioned stay unchanged. Not thread-safe. */
  public static final class Builder {
    private Change<String> dashboardTitle = Change.unchanged();
    private Change<String> slug = Change.unchanged();
    private Change<Boolean> published = Change.unchanged();
    private Change<List<UserId>> owners = Change.unchanged();
    private Change<List<RoleId>> roles = Change.unchanged();
    private Change<String> jsonMetadata = Change.unchanged();
    private Change<String> positionJson = Change.unchanged();
    private Change<String> css = Change.unchanged();
    private Change<String> certifiedBy = Change.unchanged();
    private Change<String> certificationDetails = Change.unchanged();
    private Change<Long> themeId = Change.unchanged();
    private Change<String> externalUrl = Change.unchanged();
    private Change<Boolean> isManagedExternally = Change.unchanged();

    private Builder() {}

    /**
     * Sets the title.
     *
     * @param dashboardTitle the new value
     * @return this builder
     * @throws NullPointerException if {@code dashboardTitle} is null
     */
    public Builder dashboardTitle(String dashboardTitle) {
      this.dashboardTitle = Change.set(dashboardTitle);
      return this;
    }

    /**
     * Sets the URL slug, unique per Superset.
     *
     * @param slug the new value
     * @return this builder
     * @throws NullPointerException if {@code slug} is null
     */
    public Builder slug(String slug) {
      this.slug = Change.set(slug);
      return this;
    }

    /**
     * Clears the URL slug, unique per Superset (sends JSON {@code null}).
     *
     * @return this builder
     */
    public Builder clearSlug() {
      this.slug = Change.clear();
      return this;
    }

    /**
     * Sets whether it is published.
     *
     * @param published the new value
     * @return this builder
     */
    public Builder published(boolean published) {
      this.published = Change.set(published);
      return this;
    }

    /**
     * Sets the complete list of owners.
     *
     * @param owners the new value
     * @return this builder
     * @throws NullPointerException if {@code owners} is null
     */
    public Builder owners(List<UserId> owners) {
      this.owners = Change.set(List.copyOf(Objects.requireNonNull(owners, "owners")));
      return this;
    }

    /**
     * Sets the complete list of roles that may see it, with {@code DASHBOARD_RBAC}.
     *
     * @param roles the new value
     * @return this builder
     * @throws NullPointerException if {@code roles} is null
     */
    public Builder roles(List<RoleId> roles) {
      this.roles = Change.set(List.copyOf(Objects.requireNonNull(roles, "roles")));
      return this;
    }

    /**
     * Sets the {@code json_metadata} document as text (native filters, colors, chart positions by id).
     *
     * @param jsonMetadata the new value
     * @return this builder
     * @throws NullPointerException if {@code jsonMetadata} is null
     */
    public Builder jsonMetadata(String jsonMetadata) {
      this.jsonMetadata = Change.set(jsonMetadata);
      return this;
    }

    /**
     * Clears the {@code json_metadata} document as text (native filters, colors, chart positions by id) (sends JSON {@code null}).
     *
     * @return this builder
     */
    public Builder clearJsonMetadata() {
      this.jsonMetadata = Change.clear();
      return this;
    }

    /**
     * Sets the layout document as text.
     *
     * @param positionJson the new value
     * @return this builder
     * @throws NullPointerException if {@code positionJson} is null
     */
    public Builder positionJson(String positionJson) {
      this.positionJson = Change.set(positionJson);
      return this;
    }

    /**
     * Clears the layout document as text (sends JSON {@code null}).
     *
     * @return this builder
     */
    public Builder clearPositionJson() {
      this.positionJson = Change.clear();
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
     * @param css the new value
     * @return this builder
     * @throws NullPointerException if {@code css} is null
     */
    public Builder css(String css) {
      this.css = Change.set(css);
      return this;
    }

    /**
     * Clears custom CSS (sends JSON {@code null}).
     *
     * @return this builder
     */
    public Builder clearCss() {
      this.css = Change.clear();
      return this;
    }

    /**
     * Sets who certified the dashboard.
     *
     * @param certifiedBy the new value
     * @return this builder
     * @throws NullPointerException if {@code certifiedBy} is null
     */
    public Builder certifiedBy(String certifiedBy) {
      this.certifiedBy = Change.set(certifiedBy);
      return this;
    }

    /**
     * Clears who certified the dashboard (sends JSON {@code null}).
     *
     * @return this builder
     */
    public Builder clearCertifiedBy() {
      this.certifiedBy = Change.clear();
      return this;
    }

    /**
     * Sets the certification details.
     *
     * @param certificationDetails the new value
     * @return this builder
     * @throws NullPointerException if {@code certificationDetails} is null
     */
    public Builder certificationDetails(String certificationDetails) {
      this.certificationDetails = Change.set(certificationDetails);
      return this;
    }

    /**
     * Clears the certification details (sends JSON {@code null}).
     *
     * @return this builder
     */
    public Builder clearCertificationDetails() {
      this.certificationDetails = Change.clear();
      return this;
    }

    /**
     * Sets the id of the theme it uses.
     *
     * @param themeId the new value
     * @return this builder
     */
    public Builder themeId(long themeId) {
      this.themeId = Change.set(themeId);
      return this;
    }

    /**
     * Clears the id of the theme it uses (sends JSON {@code null}).
     *
     * @return this builder
     */
    public Builder clearThemeId() {
      this.themeId = Change.clear();
      return this;
    }

    /**
     * Sets the URL of the external tool that owns it.
     *
     * @param externalUrl the new value
     * @return this builder
     * @throws NullPointerException if {@code externalUrl} is null
     */
    public Builder externalUrl(String externalUrl) {
      this.externalUrl = Change.set(externalUrl);
      return this;
    }

    /**
     * Clears the URL of the external tool that owns it (sends JSON {@code null}).
     *
     * @return this builder
     */
    public Builder clearExternalUrl() {
      this.externalUrl = Change.clear();
      return this;
    }

    /**
     * Sets whether an external tool owns it.
     *
     * @param isManagedExternally the new value
     * @return this builder
     */
    public Builder isManagedExternally(boolean isManagedExternally) {
      this.isManagedExternally = Change.set(isManagedExternally);
      return this;
    }

    /**
     * Clears whether an external tool owns it (sends JSON {@code null}).
     *
     * @return this builder
     */
    public Builder clearIsManagedExternally() {
      this.isManagedExternally = Change.clear();
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     */
    public UpdateDashboardRequest build() {
      return new UpdateDashboardRequest(dashboardTitle, slug, published, owners, roles, jsonMetadata, positionJson, css, certifiedBy, certificationDetails, themeId, externalUrl, isManagedExternally);
    }
  }
}
