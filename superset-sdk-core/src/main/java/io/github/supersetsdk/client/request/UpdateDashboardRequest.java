package io.github.supersetsdk.client.request;

import io.github.supersetsdk.client.id.RoleId;
import io.github.supersetsdk.client.id.UserId;
import io.github.supersetsdk.codegen.Clearable;
import io.github.supersetsdk.codegen.GeneratedBuilder;
import java.util.List;
import java.util.Objects;

/**
 * A partial update of a dashboard: only fields that are set or cleared are sent.
 *
 * <p>{@code jsonMetadata} and {@code positionJson} are JSON documents sent as text, as Superset stores
 * them; a chart belongs to a dashboard's layout when {@code positionJson} holds a {@code CHART} node
 * with its id. {@code owners} and {@code roles}, when set, replace the whole lists.
 *
 * {@snippet class=io.github.supersetsdk.client.snippets.RequestSnippets region=UpdateDashboardRequest}
 *
 * <p>Immutable and thread-safe.
 *
 * @param dashboardTitle the title
 * @param slug the URL slug, unique per Superset once cleaned: Superset strips it, turns spaces into
 *     {@code -} and drops characters other than letters, digits, {@code _} and {@code -}
 *     ({@code "a b?c"} is stored as {@code "a-bc"})
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
@GeneratedBuilder
public record UpdateDashboardRequest(
    Change<String> dashboardTitle,
    @Clearable Change<String> slug,
    Change<Boolean> published,
    Change<List<UserId>> owners,
    Change<List<RoleId>> roles,
    @Clearable Change<String> jsonMetadata,
    @Clearable Change<String> positionJson,
    @Clearable Change<String> css,
    @Clearable Change<String> certifiedBy,
    @Clearable Change<String> certificationDetails,
    @Clearable Change<Long> themeId,
    @Clearable Change<String> externalUrl,
    @Clearable Change<Boolean> isManagedExternally)
    implements UpdateDashboardRequestBuilder.Methods {

  /** {@return a new builder in which every field is unchanged} */
  public static Builder builder() {
    return UpdateDashboardRequestBuilder.create();
  }

  /** Builds an {@link UpdateDashboardRequest}; fields not mentioned stay unchanged. Not thread-safe. */
  public static final class Builder extends UpdateDashboardRequestBuilder {
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
