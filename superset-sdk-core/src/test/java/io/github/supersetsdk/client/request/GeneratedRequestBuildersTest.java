package io.github.supersetsdk.client.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Behaviour of requests whose builders are generated, beyond what the processor's own tests cover. */
class GeneratedRequestBuildersTest {

  @Test
  void chartDataQuery_postProcessingMutatedAfterAdding_queryKeepsItsCopy() {
    Map<String, Object> pivot = new HashMap<>(Map.of("operation", "pivot"));
    ChartDataQuery query = ChartDataQuery.builder().metric("count").postProcessing(pivot).build();
    pivot.put("operation", "changed");

    assertThat(query.postProcessing()).containsExactly(Map.of("operation", "pivot"));
    assertThatThrownBy(() -> query.postProcessing().get(0).put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    assertThat(query.toBuilder().build()).isEqualTo(query);
  }

  @Test
  void importBundleRequest_bytesComparedAndCopiedInAndOut() {
    byte[] zip = {'P', 'K', 1};
    ImportBundleRequest request = ImportBundleRequest.builder(zip).password("databases/w.yaml", "pw").build();
    zip[2] = 9;
    request.bundle()[0] = 0;

    assertThat(request.bundle()).containsExactly('P', 'K', 1);
    assertThat(request).isEqualTo(ImportBundleRequest.builder(new byte[] {'P', 'K', 1})
        .password("databases/w.yaml", "pw").build());
    assertThat(request.toString()).contains("bytes=3", "databases/w.yaml").doesNotContain("pw]", "=pw");
    assertThatThrownBy(() -> new ImportBundleRequest(new byte[0], "b.zip", false, false, Map.of(), Map.of(), Map.of(),
        Map.of(), Map.of())).isInstanceOf(IllegalArgumentException.class).hasMessage("bundle is empty");
  }

  @Test
  void importBundleRequest_encryptedExtraSecretAfterToBuilder_addsBesideTheCopiedOnes() {
    ImportBundleRequest first = ImportBundleRequest.builder(new byte[] {1})
        .encryptedExtraSecret("databases/bq.yaml", "$.a", "s1")
        .build();

    ImportBundleRequest second = first.toBuilder().encryptedExtraSecret("databases/bq.yaml", "$.b", "s2").build();

    assertThat(second.encryptedExtraSecrets()).isEqualTo(Map.of("databases/bq.yaml", Map.of("$.a", "s1", "$.b", "s2")));
    assertThat(first.encryptedExtraSecrets()).isEqualTo(Map.of("databases/bq.yaml", Map.of("$.a", "s1")));
  }
}
