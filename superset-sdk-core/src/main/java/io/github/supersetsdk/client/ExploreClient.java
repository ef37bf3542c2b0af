package io.github.supersetsdk.client;

import io.github.supersetsdk.client.exception.NotFoundException;
import io.github.supersetsdk.client.internal.ResourceCalls;
import io.github.supersetsdk.client.internal.api.ExploreApi;
import io.github.supersetsdk.client.internal.api.FabEnvelopes;
import io.github.supersetsdk.client.internal.transport.FeignApis;
import io.github.supersetsdk.client.model.ExploreContext;
import io.github.supersetsdk.client.model.ExplorePermalinkState;
import io.github.supersetsdk.client.model.Permalink;
import io.github.supersetsdk.client.request.ExploreFormDataRequest;
import io.github.supersetsdk.client.request.ExploreRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Explore ({@code /api/v1/explore}): what Superset's chart editor needs to open a chart, the
 * temporary form-data cache behind its {@code form_data_key} URLs, and its permanent links. Use it
 * to hand users a link that opens Explore on an unsaved chart, or to read what a shared link shows.
 *
 * {@snippet class=io.github.supersetsdk.client.snippets.ClientSnippets region=ExploreClient}
 *
 * <p>Immutable and thread-safe; obtained from {@link SupersetClient#explore()}.
 */
public final class ExploreClient {

  private final ExploreApi api;

  ExploreClient(FeignApis apis) {
    this.api = apis.get(ExploreApi.class);
  }

  /**
   * Resolves what Explore would show for a saved chart, a dataset, cached form data or a permanent
   * link.
   *
   * @param request what to open
   * @return the resolved form data, chart and dataset
   * @throws NullPointerException if {@code request} is null
   * @throws NotFoundException if the chart, dataset, key or link does not exist
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public ExploreContext get(ExploreRequest request) {
    Objects.requireNonNull(request, "request");
    return api.get(
        request.sliceId() == null ? null : request.sliceId().value(),
        request.datasourceId(),
        request.datasourceType(),
        request.formDataKey(),
        request.permalinkKey()).result();
  }

  /**
   * Stores form data in Superset's temporary Explore cache. Entries expire after Superset's
   * configured timeout and are visible to their creator only.
   *
   * @param request the form data and its datasource
   * @return the key, for {@code /explore/?form_data_key=<key>}
   * @throws NullPointerException if {@code request} is null
   * @throws io.github.supersetsdk.client.exception.PermissionDeniedException if the caller may not
   *     read the datasource or chart
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public String createFormData(ExploreFormDataRequest request) {
    Objects.requireNonNull(request, "request");
    return key(api.createFormData(null, request).key());
  }

  /**
   * Reads stored form data.
   *
   * @param key the key
   * @return the form data as JSON text
   * @throws NullPointerException if {@code key} is null
   * @throws NotFoundException if nothing is stored under the key (it may have expired)
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public String getFormData(String key) {
    Objects.requireNonNull(key, "key");
    String formData = api.getFormData(key).formData();
    if (formData == null) {
      throw new IllegalStateException("Superset returned no form data");
    }
    return formData;
  }
  /**
   * Reads stored form data if it is still stored; entries expire on the server.
   *
   * @param key the key
   * @return the form data as JSON text, or empty if nothing is stored under the key
   * @throws NullPointerException if {@code key} is null
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public Optional<String> findFormData(String key) {
    Objects.requireNonNull(key, "key");
    return ResourceCalls.findOrEmpty(() -> getFormData(key));
  }


  /**
   * Replaces stored form data. Superset may store it under a new key, which is returned.
   *
   * @param key the key
   * @param request the new form data and its datasource
   * @return the key the form data is now stored under
   * @throws NullPointerException if an argument is null
   * @throws NotFoundException if nothing is stored under the key
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public String updateFormData(String key, ExploreFormDataRequest request) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(request, "request");
    return key(api.updateFormData(key, null, request).key());
  }

  /**
   * Deletes stored form data.
   *
   * @param key the key
   * @throws NullPointerException if {@code key} is null
   * @throws NotFoundException if nothing is stored under the key
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public void deleteFormData(String key) {
    Objects.requireNonNull(key, "key");
    api.deleteFormData(key);
  }

  /**
   * Stores an Explore state under a permanent link, which does not expire.
   *
   * @param state the form data and extra state
   * @return the link's key and URL
   * @throws NullPointerException if {@code state} is null
   * @throws io.github.supersetsdk.client.exception.PermissionDeniedException if the caller may not
   *     read the datasource of the form data
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  public Permalink createPermalink(ExplorePermalinkState state) {
    Objects.requireNonNull(state, "state");
    // The frontend's state uses camelCase keys, which the SDK's snake_case mapping would rename.
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("formData", state.formData());
    if (!state.urlParams().isEmpty()) {
      body.put("urlParams", state.urlParams());
    }
    if (!state.chartState().isEmpty()) {
      body.put("chartState", state.chartState());
    }
    FabEnvelopes.KeyUrl link = api.createPermalink(body);
    return new Permalink(key(link.key()), link.url());
  }

  /**
   * Reads the state stored under an Explore permanent link.
   *
   * @param key the link's key
   * @return the state
   * @throws NullPointerException if {@code key} is null
   * @throws NotFoundException if there is no such link (Superset 6.1 answers a key it cannot decode
   *     at all with 500, a {@code ServerException})
   * @throws io.github.supersetsdk.client.exception.SupersetException if the call fails otherwise
   */
  @SuppressWarnings("unchecked")
  public ExplorePermalinkState getPermalink(String key) {
    Objects.requireNonNull(key, "key");
    Map<String, @Nullable Object> state = api.getPermalink(key).state();
    if (state == null) {
      throw new IllegalStateException("Superset returned no permalink state");
    }
    Object formData = state.get("formData");
    Object urlParams = state.get("urlParams");
    Object chartState = state.get("chartState");
    return new ExplorePermalinkState(
        formData instanceof Map<?, ?> m ? (Map<String, @Nullable Object>) m : Map.of(),
        urlParams instanceof List<?> l ? DashboardsClient.pairs(l) : List.of(),
        chartState instanceof Map<?, ?> c ? (Map<String, @Nullable Object>) c : Map.of());
  }

  private static String key(@Nullable String key) {
    if (key == null || key.isEmpty()) {
      throw new IllegalStateException("Superset returned no key");
    }
    return key;
  }
}
