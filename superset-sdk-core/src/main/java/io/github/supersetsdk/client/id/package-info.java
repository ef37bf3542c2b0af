/**
 * Typed ids of Superset's resources, so that a chart id cannot be passed where a dataset id is
 * expected. Each is a record around Superset's number and is written to JSON as that value.
 * Immutable and thread-safe.
 *
 * <p>The records are written at build time from the declarations below, one line each (they differ
 * only in name and in what they identify).
 */
@NullMarked
@TypedIds({
  @TypedId(name = "AnnotationId", of = "an annotation within a layer"),
  @TypedId(name = "AnnotationLayerId", of = "an annotation layer"),
  @TypedId(name = "ChartId", of = "a chart"),
  @TypedId(name = "CssTemplateId", of = "a CSS template"),
  @TypedId(name = "DashboardId", of = "a dashboard"),
  @TypedId(name = "DatabaseId", of = "a database connection"),
  @TypedId(name = "DatasetId", of = "a dataset"),
  @TypedId(name = "GroupId", of = "a user group"),
  @TypedId(name = "LogId", of = "an audit log entry"),
  @TypedId(name = "PermissionId", of = "a permission (an action such as {@code can_read})"),
  @TypedId(name = "PermissionResourceId", of = "a permission on a resource (a \"permission view\" in Flask-AppBuilder's terms)"),
  @TypedId(name = "QueryId", of = "a query run through SQL Lab (an entry of the query history)"),
  @TypedId(name = "ReportLogId", of = "a report schedule's execution log entry"),
  @TypedId(name = "ReportScheduleId", of = "a report or alert schedule"),
  @TypedId(name = "RlsRuleId", of = "a row-level security rule"),
  @TypedId(name = "RoleId", of = "a role"),
  @TypedId(name = "SavedQueryId", of = "a saved query"),
  @TypedId(name = "SecurityResourceId", of = "a security resource (a \"view menu\" in Flask-AppBuilder's terms)"),
  @TypedId(name = "TagId", of = "a tag"),
  @TypedId(name = "ThemeId", of = "a theme"),
  @TypedId(name = "UserId", of = "a user"),
  @TypedId(name = "UserRegistrationId", of = "a pending user registration")
})
package io.github.supersetsdk.client.id;

import io.github.supersetsdk.codegen.TypedId;
import io.github.supersetsdk.codegen.TypedIds;
import org.jspecify.annotations.NullMarked;
