package io.github.supersetsdk.client.internal.api;

import feign.Headers;
import feign.Param;
import feign.RequestLine;
import io.github.supersetsdk.client.internal.api.Envelopes.Message;

/** Superset's {@code /api/v1/assets} endpoints (tag "Import/export"). */
public interface AssetsApi {

  @RequestLine("GET /api/v1/assets/export/")
  @Headers("Accept: application/zip")
  byte[] export();

  @RequestLine("POST /api/v1/assets/import/")
  @Headers("Content-Type: {contentType}")
  @Sensitive
  Message importBundle(@Param("contentType") String contentType, byte[] body);
}
