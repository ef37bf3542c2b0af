package io.github.supersetsdk.client;

import io.github.supersetsdk.client.id.ThemeId;
import io.github.supersetsdk.client.internal.Multipart;
import io.github.supersetsdk.client.internal.ResourceCalls;
import io.github.supersetsdk.client.internal.api.ThemeApi;
import io.github.supersetsdk.client.internal.transport.FeignApis;
import io.github.supersetsdk.client.model.Page;
import io.github.supersetsdk.client.model.RelatedObject;
import io.github.supersetsdk.client.model.ResourceInfo;
import io.github.supersetsdk.client.model.Theme;
import io.github.supersetsdk.client.request.ImportBundleRequest;
import io.github.supersetsdk.client.request.ListQuery;
import io.github.supersetsdk.client.request.ThemeRequest;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Themes ({@code /api/v1/theme}): UI themes as JSON, the system default and dark themes, and export
 * and import as ZIP bundles, e.g. to ship a tenant's brand from staging to production.
 *
 * {@snippet class=io.github.supersetsdk.client.snippets.ClientSnippets region=ThemesClient}
 *
 * <p>Setting or unsetting the system themes needs an admin and {@code
 * ENABLE_UI_THEME_ADMINISTRATION = True} on the server; otherwise the server answers 403.
 *
 * <p>Immutable and thread-safe; obtained from {@link SupersetClient#themes()}.
 */
public final class ThemesClient {

  private final ThemeApi api;

  ThemesClient(FeignApis apis) {
    this.api = apis.get(ThemeApi.class);
  }

  /**
   * Lists themes lazily, page by page.
   *
   * @param query filters (e.g. on {@code theme_name}), ordering and page size
   * @return the themes; nothing is fetched until iteration
   * @throws NullPointerException if {@code query} is null
   */
  public PagedIterable<Theme> list(ListQuery query) {
    return ResourceCalls.list(query, api::list);
  }

  /**
   * Fetches one page of themes.
   *
   * @param query filters, ordering and page size
   * @param pageIndex the zero-based page
   * @return the page
   * @throws NullPointerException if {@code query} is null
   * @throws IllegalArgumentException if {@code pageIndex} is negative
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails
   */
  public Page<Theme> listPage(ListQuery query, int pageIndex) {
    return ResourceCalls.page(query, pageIndex, api::list);
  }

  /**
   * Reads a theme.
   *
   * @param id the theme's id
   * @return the theme
   * @throws NullPointerException if {@code id} is null
   * @throws io.github.supersetsdk.client.exception.NotFoundException if there is no such theme
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public Theme get(ThemeId id) {
    Objects.requireNonNull(id, "id");
    return Objects.requireNonNull(api.get(id.value()).result(), "result");
  }

  /**
   * Reads a theme if it exists.
   *
   * @param id the theme's id
   * @return the theme, or empty if Superset answers 404
   * @throws NullPointerException if {@code id} is null
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise; only a 404 becomes empty
   */
  public Optional<Theme> find(ThemeId id) {
    Objects.requireNonNull(id, "id");
    return ResourceCalls.findOrEmpty(() -> get(id));
  }

  /**
   * Whether a theme exists. Superset has no cheaper check than reading it.
   *
   * @param id the theme's id
   * @return {@code true} if it exists, {@code false} if Superset answers 404
   * @throws NullPointerException if {@code id} is null
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public boolean exists(ThemeId id) {
    return find(id).isPresent();
  }

  /**
   * Creates a theme.
   *
   * @param request the name and JSON definition
   * @return the new theme's id
   * @throws NullPointerException if {@code request} is null
   * @throws io.github.supersetsdk.client.exception.BadRequestException if it is invalid (e.g. the
   *     definition is not valid theme JSON)
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public ThemeId create(ThemeRequest request) {
    Objects.requireNonNull(request, "request");
    return ThemeId.of(api.create(request).numericId());
  }

  /**
   * Replaces a theme's name and definition.
   *
   * @param id the theme's id
   * @param request the new name and JSON definition
   * @throws NullPointerException if an argument is null
   * @throws io.github.supersetsdk.client.exception.NotFoundException if there is no such theme
   * @throws io.github.supersetsdk.client.exception.BadRequestException if it is invalid, or the theme
   *     is a system theme
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void update(ThemeId id, ThemeRequest request) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(request, "request");
    api.update(id.value(), request);
  }

  /**
   * Deletes a theme.
   *
   * @param id the theme's id
   * @throws NullPointerException if {@code id} is null
   * @throws io.github.supersetsdk.client.exception.NotFoundException if there is no such theme
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise (e.g.
   *     a system theme, or one in use)
   */
  public void delete(ThemeId id) {
    Objects.requireNonNull(id, "id");
    api.delete(id.value());
  }

  /**
   * Deletes several themes in one call.
   *
   * @param ids the themes' ids; at least one
   * @throws NullPointerException if {@code ids} or an element is null
   * @throws IllegalArgumentException if {@code ids} is empty
   * @throws io.github.supersetsdk.client.exception.NotFoundException if one of them does not exist
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void delete(Collection<ThemeId> ids) {
    api.deleteAll(ResourceCalls.risonIds(ids, ThemeId::value));
  }

  /**
   * Makes a theme the system default theme, replacing the previous one.
   *
   * @param id the theme's id
   * @throws NullPointerException if {@code id} is null
   * @throws io.github.supersetsdk.client.exception.PermissionDeniedException if the caller is not an
   *     admin, or theme administration is not enabled on the server
   * @throws io.github.supersetsdk.client.exception.NotFoundException if there is no such theme
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void setSystemDefault(ThemeId id) {
    Objects.requireNonNull(id, "id");
    api.setSystemDefault(id.value());
  }

  /**
   * Makes a theme the system dark theme, replacing the previous one.
   *
   * @param id the theme's id
   * @throws NullPointerException if {@code id} is null
   * @throws io.github.supersetsdk.client.exception.PermissionDeniedException if the caller is not an
   *     admin, or theme administration is not enabled on the server
   * @throws io.github.supersetsdk.client.exception.NotFoundException if there is no such theme
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void setSystemDark(ThemeId id) {
    Objects.requireNonNull(id, "id");
    api.setSystemDark(id.value());
  }

  /**
   * Clears the system default theme; Superset falls back to its built-in one.
   *
   * @throws io.github.supersetsdk.client.exception.PermissionDeniedException if the caller is not an
   *     admin, or theme administration is not enabled on the server
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void unsetSystemDefault() {
    api.unsetSystemDefault();
  }

  /**
   * Clears the system dark theme.
   *
   * @throws io.github.supersetsdk.client.exception.PermissionDeniedException if the caller is not an
   *     admin, or theme administration is not enabled on the server
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void unsetSystemDark() {
    api.unsetSystemDark();
  }

  /**
   * Exports themes as a ZIP bundle of YAML files, which {@link #importBundle(ImportBundleRequest)}
   * reads.
   *
   * @param ids the themes' ids; at least one
   * @return the ZIP bundle
   * @throws NullPointerException if {@code ids} or an element is null
   * @throws IllegalArgumentException if {@code ids} is empty
   * @throws io.github.supersetsdk.client.exception.NotFoundException if one of them does not exist
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public byte[] export(Collection<ThemeId> ids) {
    return api.export(ResourceCalls.risonIds(ids, ThemeId::value));
  }

  /**
   * Exports themes as a ZIP bundle into a file, replacing it atomically.
   *
   * @param ids the themes; at least one
   * @param target the file to write
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code ids} is empty
   * @throws java.io.UncheckedIOException if the file cannot be written
   * @throws io.github.supersetsdk.client.exception.NotFoundException if one of them does not exist
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void export(Collection<ThemeId> ids, Path target) {
    Objects.requireNonNull(target, "target");
    ResourceCalls.writeAtomically(target, export(ids));
  }

  /**
   * Imports themes from a ZIP bundle made by {@link #export(Collection)}. Themes are matched by UUID.
   * Never retried automatically.
   *
   * @param request the bundle and the overwrite flag: whether to replace themes that already exist;
   *     without it, existing themes are left as they are
   * @throws NullPointerException if {@code request} is null
   * @throws IllegalArgumentException if the request carries database secrets: theme bundles hold no
   *     databases, and Superset's theme import takes none
   * @throws io.github.supersetsdk.client.exception.BadRequestException if the bundle holds no valid
   *     theme
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void importBundle(ImportBundleRequest request) {
    Objects.requireNonNull(request, "request");
    if (!request.passwords().isEmpty() || !request.sshTunnelPasswords().isEmpty()
        || !request.sshTunnelPrivateKeys().isEmpty() || !request.sshTunnelPrivateKeyPasswords().isEmpty()
        || !request.encryptedExtraSecrets().isEmpty()) {
      throw new IllegalArgumentException("a theme import takes no database secrets: " + request);
    }
    Multipart form = Multipart.forImport("formData", request, true, false);
    api.importBundle(form.contentType(), form.body());
  }

  /**
   * Lists the objects a relation of themes may point to, e.g. the users that can be their {@code
   * created_by}, lazily, page by page.
   *
   * @param column the relation, e.g. {@code created_by} or {@code changed_by}
   * @param filter text the options' text starts with, case-insensitive (contains, for user and
   *     role columns such as {@code owners}; some columns ignore it), or {@code null} for all
   * @return the related objects; nothing is fetched until iteration
   * @throws NullPointerException if {@code column} is null
   * @throws IllegalArgumentException if {@code column} is blank or contains a slash
   * @throws io.github.supersetsdk.client.exception.NotFoundException during iteration if the column
   *     is not a relation of themes
   */
  public PagedIterable<RelatedObject> related(String column, @Nullable String filter) {
    return ResourceCalls.lookup(column, filter, api::related);
  }

  /**
   * Describes the themes endpoint: the caller's permissions on it and the filters its list accepts.
   *
   * @return the description
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails
   */
  public ResourceInfo info() {
    return api.info();
  }
}
