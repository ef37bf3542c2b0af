package io.github.supersetsdk.client;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/**
 * A {@code multipart/form-data} body, as Superset's import and upload endpoints read it: text fields
 * and file fields in the order added. Not thread-safe; build one per request.
 */
final class DatabaseImportForm {

  private final String boundary = "superset-sdk-" + UUID.randomUUID();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream(1024);

  /** Adds a text field. */
  DatabaseImportForm field(String name, String value) {
    Objects.requireNonNull(value, name);
    part("Content-Disposition: form-data; name=\"" + escape(name) + "\"\r\n\r\n");
    out.writeBytes(value.getBytes(StandardCharsets.UTF_8));
    out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    return this;
  }

  /** Adds a file field. */
  DatabaseImportForm file(String name, String fileName, String contentType, byte[] content) {
    part("Content-Disposition: form-data; name=\"" + escape(name) + "\"; filename=\"" + escape(fileName) + "\"\r\n"
        + "Content-Type: " + contentType + "\r\n\r\n");
    out.writeBytes(content);
    out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    return this;
  }

  /** The {@code Content-Type} header value, with the boundary. */
  String contentType() {
    return "multipart/form-data; boundary=" + boundary;
  }

  /** The body, closed by the final boundary. */
  byte[] body() {
    ByteArrayOutputStream copy = new ByteArrayOutputStream(out.size() + 64);
    copy.writeBytes(out.toByteArray());
    copy.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
    return copy.toByteArray();
  }

  private void part(String headers) {
    out.writeBytes(("--" + boundary + "\r\n" + headers).getBytes(StandardCharsets.UTF_8));
  }

  /** Quotes and line breaks would end the header's quoted string early. */
  private static String escape(String value) {
    return value.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
  }
}
