package io.github.supersetsdk.client.internal.api;

import feign.Param;
import feign.RequestLine;
import io.github.supersetsdk.client.internal.api.Envelopes.Message;
import io.github.supersetsdk.client.model.ExploreContext;
import io.github.supersetsdk.client.request.ExploreFormDataRequest;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Superset's {@code /api/v1/explore} endpoints (tags "Explore", "Explore Form Data", "Explore Permanent Link"). */
public interface ExploreApi {

  @RequestLine(
      "GET /api/v1/explore/?slice_id={slice_id}&datasource_id={datasource_id}&datasource_type={datasource_type}"
          + "&form_data_key={form_data_key}&permalink_key={permalink_key}")
  Envelopes.Result<ExploreContext> get(
      @Param("slice_id") @Nullable Long sliceId,
      @Param("datasource_id") @Nullable Long datasourceId,
      @Param("datasource_type") @Nullable String datasourceType,
      @Param("form_data_key") @Nullable String formDataKey,
      @Param("permalink_key") @Nullable String permalinkKey);

  @RequestLine("POST /api/v1/explore/form_data?tab_id={tab_id}")
  FabEnvelopes.Key createFormData(@Param("tab_id") @Nullable Long tabId, ExploreFormDataRequest body);

  @RequestLine("GET /api/v1/explore/form_data/{key}")
  FormData getFormData(@Param("key") String key);

  @RequestLine("PUT /api/v1/explore/form_data/{key}?tab_id={tab_id}")
  FabEnvelopes.Key updateFormData(
      @Param("key") String key, @Param("tab_id") @Nullable Long tabId, ExploreFormDataRequest body);

  @RequestLine("DELETE /api/v1/explore/form_data/{key}")
  Message deleteFormData(@Param("key") String key);

  @RequestLine("POST /api/v1/explore/permalink")
  FabEnvelopes.KeyUrl createPermalink(Map<String, Object> state);

  @RequestLine("GET /api/v1/explore/permalink/{key}")
  FabEnvelopes.State getPermalink(@Param("key") String key);

  /**
   * {@code {"form_data": "..."}}, stored form data.
   *
   * @param formData the form data as JSON text
   */
  record FormData(@Nullable String formData) {}
}
