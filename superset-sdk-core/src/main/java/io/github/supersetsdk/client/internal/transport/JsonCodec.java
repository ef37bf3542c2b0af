package io.github.supersetsdk.client.internal.transport;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import feign.RequestTemplate;
import feign.Response;
import feign.codec.Decoder;
import feign.codec.EncodeException;
import feign.codec.Encoder;
import io.github.supersetsdk.client.exception.SupersetDecodeException;
import io.github.supersetsdk.client.internal.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import org.jspecify.annotations.Nullable;

/**
 * Feign's encoder and decoder, backed by the SDK's private mapper. Decoding failures become {@link
 * SupersetDecodeException}s whose messages locate the problem without quoting the body.
 */
public final class JsonCodec implements Encoder, Decoder {

  @Override
  public void encode(Object object, Type bodyType, RequestTemplate template) {
    if (object instanceof byte[] bytes) {
      template.body(bytes, null);
      return;
    }
    try {
      JavaType type = Json.mapper().constructType(bodyType);
      byte[] json = Json.mapper().writerFor(type).writeValueAsBytes(object);
      template.header("Content-Type", "application/json");
      template.body(json, StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      // The message of Jackson's exception may quote values; keep only where it happened.
      throw new EncodeException("could not write " + object.getClass().getSimpleName() + " as JSON at " + pathOf(e));
    }
  }

  @Override
  public @Nullable Object decode(Response response, Type type) throws IOException {
    if (type == void.class || type == Void.class) {
      return null;
    }
    byte[] body;
    if (response.body() == null) {
      body = new byte[0];
    } else {
      try (InputStream in = response.body().asInputStream()) {
        body = in.readAllBytes();
      }
    }
    if (type == byte[].class) {
      return body;
    }
    if (type == String.class) {
      return new String(body, StandardCharsets.UTF_8);
    }
    return read(body, type, response.request().httpMethod().name(), response.request().url(), response.status(), contentType(response));
  }

  /**
   * Reads JSON into a type, mapping every failure to {@link SupersetDecodeException}.
   *
   * @param body the body
   * @param type the target type
   * @param method the HTTP method, for the message
   * @param url the request URL; only its path appears in the message
   * @param status the HTTP status, for the message
   * @param contentType the response content type, or {@code null}
   * @return the value
   * @throws SupersetDecodeException if the body cannot be read as the type
   */
  public static Object read(byte[] body, Type type, String method, String url, int status, @Nullable String contentType) {
    String path = Transport.pathOf(url);
    if (body.length == 0) {
      throw new SupersetDecodeException(method, path, status, "empty body", null);
    }
    if (contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("text/html")) {
      throw new SupersetDecodeException(method, path, status, "expected JSON but got an HTML page", null);
    }
    try {
      Object value = Json.mapper().readValue(body, Json.mapper().constructType(type));
      if (value == null) {
        throw new SupersetDecodeException(method, path, status, "expected a value but got null", null);
      }
      return value;
    } catch (JsonEOFException e) {
      throw new SupersetDecodeException(method, path, status, "truncated JSON (" + body.length + " bytes)", null);
    } catch (JsonParseException e) {
      throw new SupersetDecodeException(method, path, status, "malformed JSON at " + location(e), null);
    } catch (JsonMappingException e) {
      String detail = e.getOriginalMessage();
      String reason = detail != null && detail.contains("end-of-input") ? "truncated JSON" : "unexpected JSON";
      throw new SupersetDecodeException(method, path, status, reason + " at " + pathOf(e), null);
    } catch (IOException e) {
      throw new SupersetDecodeException(method, path, status, e.getClass().getSimpleName(), null);
    }
  }

  private static @Nullable String contentType(Response response) {
    for (var e : response.headers().entrySet()) {
      if (e.getKey() != null && e.getKey().equalsIgnoreCase("content-type")) {
        Collection<String> values = e.getValue();
        return values.isEmpty() ? null : values.iterator().next();
      }
    }
    return null;
  }

  private static String location(JsonProcessingException e) {
    var loc = e.getLocation();
    return loc == null ? "unknown position" : "line " + loc.getLineNr() + ", column " + loc.getColumnNr();
  }

  private static String pathOf(JsonProcessingException e) {
    if (!(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
      return location(e);
    }
    StringBuilder sb = new StringBuilder("$");
    for (JsonMappingException.Reference ref : mapping.getPath()) {
      if (ref.getFieldName() != null) {
        sb.append('.').append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        sb.append('[').append(ref.getIndex()).append(']');
      }
    }
    return sb.toString();
  }
}
