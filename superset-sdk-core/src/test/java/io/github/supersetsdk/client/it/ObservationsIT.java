package io.github.supersetsdk.client.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.id.CssTemplateId;
import io.github.supersetsdk.client.micrometer.SupersetClientObservations;
import io.github.supersetsdk.client.request.CreateCssTemplateRequest;
import io.github.supersetsdk.client.testing.ObservationRecorder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Traces of real calls: the login a first read needs, and the CSRF token a first write needs, are
 * children of the call that needed them; every call ends with Superset's status.
 */
@ExtendWith(NoSecretsInLogs.class)
class ObservationsIT {

  @Test
  void calls_areObservations_withTheLoginAndCsrfFetchAsChildrenOfTheCallsThatNeededThem() {
    ObservationRecorder recorder = new ObservationRecorder();
    try (SupersetClient client = ItEnv.adminClient()
        .addEventListener(SupersetClientObservations.create(recorder.registry())).build()) {
      CssTemplateId created = client.cssTemplates().create(CreateCssTemplateRequest.of(ItEnv.uniqueName("trace-css"), ".a{}"));
      client.cssTemplates().delete(created);
    }

    var seen = recorder.stopped();
    var create = seen.stream().filter(s -> s.contextualName().equals("superset POST /api/v1/css_template/")).findFirst().orElseThrow();
    var login = seen.stream().filter(s -> s.contextualName().equals("superset POST /api/v1/security/login")).findFirst().orElseThrow();
    var csrf = seen.stream().filter(s -> s.contextualName().equals("superset GET /api/v1/security/csrf_token/")).findFirst().orElseThrow();
    assertThat(login.parent()).isEqualTo(create.contextualName());
    assertThat(csrf.parent()).isEqualTo(create.contextualName());
    assertThat(create.parent()).isEmpty();
    assertThat(create.keys()).containsEntry("status", "201").containsEntry("outcome", "SUCCESS");
    assertThat(seen).filteredOn(s -> s.contextualName().startsWith("superset DELETE /api/v1/css_template/"))
        .singleElement().satisfies(delete -> assertThat(delete.keys()).containsEntry("status", "200"));
    assertThat(seen).allSatisfy(s -> assertThat(s.error()).as(s.contextualName()).isEmpty());
  }
}
