package io.github.supersetsdk.client.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Builds a {@code multipart/form-data} body, as Superset's import endpoints expect. Not thread-safe. */
public final class Multipart {

  private final String boundary = "superset-sdk-" + UUID.randomUUID();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  /**
   * Adds a text field.
   *
   * @param name the field name
   * @param value its value
   * @return this builder
   */
  public Multipart field(String name, String value) {
    write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n");
    write(value);
    write("\r\n");
    return this;
  }

  /**
   * Adds a file field.
   *
   * @param name the field name
   * @param filename the file name sent
   * @param contentType the file's content type
   * @param content the file's bytes
   * @return this builder
   */
  public Multipart file(String name, String filename, String contentType, byte[] content) {
    write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + filename
        + "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
    out.writeBytes(content);
    write("\r\n");
    return this;
  }

  /**
   * The {@code Content-Type} header value, with the boundary.
   *
   * @return the content type
   */
  public String contentType() {
    return "multipart/form-data; boundary=" + boundary;
  }

  /**
   * The body, closed with the final boundary.
   *
   * @return the bytes
   */
  public byte[] toBytes() {
    ByteArrayOutputStream copy = new ByteArrayOutputStream();
    copy.writeBytes(out.toByteArray());
    copy.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return copy.toByteArray();
  }

  private void write(String s) {
    out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
  }
}
