package io.github.supersetsdk.ops;

import io.github.supersetsdk.client.id.DashboardId;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@link OpsDashboard#apply()} refused to update a dashboard because its slug belongs to a dashboard
 * that {@link OpsDashboard} did not make. Updating it would replace the title and layout of someone
 * else's dashboard and drop its charts. Nothing was changed: choose another slug, or, when the
 * dashboard may be replaced, build the ops dashboard with
 * {@link OpsDashboard.Builder#takeOver(boolean) takeOver(true)}.
 *
 * <p>An {@link IllegalStateException}, like the other "cannot proceed as configured" failures of
 * {@link OpsDashboard#apply()}: it is fixed by changing the configuration, not by retrying.
 *
 * <p>Immutable and thread-safe.
 */
public final class SlugInUseException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  /** The slug that is taken. */
  private final String slug;
  /** The id of the dashboard that has it (its value, so that the exception stays serializable). */
  private final long dashboardId;
  /** That dashboard's title, or {@code null}. */
  private final @Nullable String dashboardTitle;

  /**
   * Creates the exception.
   *
   * @param slug the slug that is taken
   * @param dashboardId the dashboard that has it
   * @param dashboardTitle that dashboard's title, if it has one
   * @throws NullPointerException if {@code slug} or {@code dashboardId} is null
   */
  public SlugInUseException(String slug, DashboardId dashboardId, @Nullable String dashboardTitle) {
    super("the slug '" + Objects.requireNonNull(slug, "slug") + "' belongs to dashboard #"
        + Objects.requireNonNull(dashboardId, "dashboardId").value()
        + (dashboardTitle == null ? "" : " '" + dashboardTitle + "'")
        + ", which the ops dashboard did not make (its CSS lacks the " + OpsDashboard.MARKER + " comment);"
        + " nothing was changed: use another slug, or take that dashboard over explicitly (replacing its title"
        + " and layout, which drops its charts)");
    this.slug = slug;
    this.dashboardId = dashboardId.value();
    this.dashboardTitle = dashboardTitle;
  }

  /** {@return the slug that is taken} */
  public String slug() {
    return slug;
  }

  /** {@return the dashboard that has the slug} */
  public DashboardId dashboardId() {
    return DashboardId.of(dashboardId);
  }

  /** {@return that dashboard's title, or {@code null} if it has none} */
  public @Nullable String dashboardTitle() {
    return dashboardTitle;
  }
}
