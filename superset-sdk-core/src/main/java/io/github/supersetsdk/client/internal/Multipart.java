package io.github.supersetsdk.client.internal;

import io.github.supersetsdk.client.internal.json.Json;
import io.github.supersetsdk.client.request.ImportBundleRequest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A {@code multipart/form-data} body built in memory, for Superset's import endpoints. Immutable once
 * built; the builder is not thread-safe.
 *
 * @param contentType the {@code Content-Type} header value, with the boundary
 * @param body the encoded body
 */
public record Multipart(String contentType, byte[] body) {

  /**
   * The body of an import call: the flags and secrets of the request as text fields, then the
   * bundle under {@code fileField}. Empty secret maps are left out. The operations that send it are
   * marked {@code @Sensitive}, so the body is never logged.
   *
   * @param fileField the name of the file field ({@code formData} or {@code bundle})
   * @param request the import request
   * @param withOverwrite whether to send the {@code overwrite} field
   * @param withAssetFields whether to send the asset-only fields ({@code sparse}, {@code
   *     encrypted_extra_secrets})
   * @return the body
   */
  public static Multipart forImport(
      String fileField, ImportBundleRequest request, boolean withOverwrite, boolean withAssetFields) {
    Builder b = new Builder();
    if (withOverwrite) {
      b.field("overwrite", Boolean.toString(request.overwrite()));
    }
    jsonField(b, "passwords", request.passwords());
    jsonField(b, "ssh_tunnel_passwords", request.sshTunnelPasswords());
    jsonField(b, "ssh_tunnel_private_keys", request.sshTunnelPrivateKeys());
    jsonField(b, "ssh_tunnel_private_key_passwords", request.sshTunnelPrivateKeyPasswords());
    if (withAssetFields) {
      if (request.sparse()) {
        b.field("sparse", "true");
      }
      jsonField(b, "encrypted_extra_secrets", request.encryptedExtraSecrets());
    }
    b.file(fileField, request.fileName(), "application/zip", request.bundle());
    return b.build();
  }

  private static void jsonField(Builder b, String name, Map<String, ?> value) {
    if (!value.isEmpty()) {
      b.field(name, Json.write(value));
    }
  }

  /** Accumulates parts. Not thread-safe. */
  public static final class Builder {
    private final String boundary =
        "superset-sdk-" + Long.toHexString(ThreadLocalRandom.current().nextLong() | Long.MIN_VALUE);
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    /**
     * Adds a text field.
     *
     * @param name the field name
     * @param value the value
     * @return this builder
     * @throws NullPointerException if {@code value} is null
     */
    public Builder field(String name, String value) {
      Objects.requireNonNull(value, name);
      head("Content-Disposition: form-data; name=\"" + quote(name) + "\"\r\n\r\n");
      out.writeBytes(value.getBytes(StandardCharsets.UTF_8));
      out.writeBytes(CRLF);
      return this;
    }

    /**
     * Adds a file field.
     *
     * @param name the field name
     * @param fileName the file name
     * @param contentType the file's content type
     * @param content the file's bytes
     * @return this builder
     */
    public Builder file(String name, String fileName, String contentType, byte[] content) {
      head("Content-Disposition: form-data; name=\"" + quote(name) + "\"; filename=\"" + quote(fileName) + "\"\r\n"
          + "Content-Type: " + contentType + "\r\n\r\n");
      out.writeBytes(content);
      out.writeBytes(CRLF);
      return this;
    }

    /**
     * Closes the body.
     *
     * @return the body and its content type
     */
    public Multipart build() {
      out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
      return new Multipart("multipart/form-data; boundary=" + boundary, out.toByteArray());
    }

    private void head(String headers) {
      out.writeBytes(("--" + boundary + "\r\n" + headers).getBytes(StandardCharsets.UTF_8));
    }

    private static String quote(String s) {
      return s.replace("\\", "\\\\").replace("\"", "%22").replace("\r", "").replace("\n", "");
    }

    private static final byte[] CRLF = {'\r', '\n'};
  }

  @Override
  public boolean equals(@org.jspecify.annotations.Nullable Object o) {
    return o instanceof Multipart other && contentType.equals(other.contentType) && java.util.Arrays.equals(body, other.body);
  }

  @Override
  public int hashCode() {
    return contentType.hashCode() * 31 + java.util.Arrays.hashCode(body);
  }

  @Override
  public String toString() {
    return "Multipart[" + contentType + ", " + body.length + " bytes]";
  }
}
