package io.github.supersetsdk.client;

import io.github.supersetsdk.client.internal.BundleFields;
import io.github.supersetsdk.client.internal.Multipart;
import io.github.supersetsdk.client.internal.ResourceCalls;
import io.github.supersetsdk.client.internal.api.AssetsApi;
import io.github.supersetsdk.client.internal.transport.FeignApis;
import io.github.supersetsdk.client.request.ImportBundleRequest;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Export and import of all assets at once ({@code /api/v1/assets}): every database, dataset, chart,
 * dashboard and saved query as one ZIP bundle of YAML files, e.g. to promote a Superset from staging
 * to production or to back it up. Database passwords are never exported; pass them on import.
 *
 * {@snippet class=io.github.supersetsdk.client.snippets.ClientSnippets region=AssetsClient}
 *
 * <p>Immutable and thread-safe; obtained from {@link SupersetClient#assets()}.
 */
public final class AssetsClient {

  private final AssetsApi api;

  AssetsClient(FeignApis apis) {
    this.api = apis.get(AssetsApi.class);
  }

  /**
   * Exports all assets the caller can read as a ZIP bundle. The bundle is held in memory; large
   * installations should prefer {@link #export(Path)}, which does not keep it.
   *
   * @return the ZIP bytes
   * @throws io.github.supersetsdk.client.exception.PermissionDeniedException if the caller may not
   *     export assets
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public byte[] export() {
    return api.export();
  }

  /**
   * Exports all assets the caller can read into a ZIP file, replacing it atomically.
   *
   * @param target the file to write
   * @throws NullPointerException if {@code target} is null
   * @throws java.io.UncheckedIOException if the file cannot be written
   * @throws io.github.supersetsdk.client.exception.PermissionDeniedException if the caller may not
   *     export assets
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void export(Path target) {
    Objects.requireNonNull(target, "target");
    ResourceCalls.writeAtomically(target, api.export());
  }

  /**
   * Imports an asset bundle. Existing objects with the same UUIDs are always replaced (the {@code
   * overwrite} flag of the request does not apply here); with {@link
   * ImportBundleRequest#sparse()}, only the fields present in the bundle's files are updated. Never
   * retried automatically.
   *
   * @param request the bundle and the secrets of its databases
   * @throws NullPointerException if {@code request} is null
   * @throws io.github.supersetsdk.client.exception.BadRequestException if the bundle is invalid or a
   *     database password is missing
   * @throws io.github.supersetsdk.client.exception.FieldUnsupportedException if the server does not
   *     know a field of the bundle's files that holds a value (fields it does not know that hold
   *     nothing, such as the saved queries' {@code catalog: null} of Superset 4.1's own exports, which
   *     its import refuses, are left out and the bundle imported again)
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void importBundle(ImportBundleRequest request) {
    Objects.requireNonNull(request, "request");
    BundleFields.importDroppingEmptyUnknown(request.bundle(), b -> {
      Multipart body = Multipart.forImport("bundle", BundleFields.withBundle(request, b), false, true);
      api.importBundle(body.contentType(), body.body());
    });
  }
}
