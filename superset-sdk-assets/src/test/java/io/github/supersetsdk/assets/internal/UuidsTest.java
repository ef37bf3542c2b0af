package io.github.supersetsdk.assets.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class UuidsTest {

  @Test
  void v5_rfcExample_matchesPublishedValue() {
    // RFC 9562 appendix A.4: "www.example.com" in the DNS namespace.
    UUID dns = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
    assertThat(Uuids.v5(dns, "www.example.com")).isEqualTo(UUID.fromString("2ed6657d-e927-568b-95e1-2665a8aea6a2"));
  }

  @Test
  void v5_sameInputs_sameUuid_otherTenant_otherUuid() {
    UUID template = UUID.fromString("3d447d09-c596-4f7c-874b-b94f4b85d410");
    assertThat(Uuids.v5(template, "acme")).isEqualTo(Uuids.v5(template, "acme"));
    assertThat(Uuids.v5(template, "acme")).isNotEqualTo(Uuids.v5(template, "globex"));
    assertThat(Uuids.v5(template, "acme").version()).isEqualTo(5);
    assertThat(Uuids.v5(template, "acme").variant()).isEqualTo(2);
  }
}
