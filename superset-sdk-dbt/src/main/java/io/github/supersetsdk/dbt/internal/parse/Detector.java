package io.github.supersetsdk.dbt.internal.parse;

import io.github.supersetsdk.dbt.ArtifactKind;
import io.github.supersetsdk.dbt.internal.json.JsonIn;
import java.io.IOException;

/** Tells an artifact's kind from its top-level keys, stopping at {@code metadata}. */
public final class Detector {
  private Detector() {}

  /**
   * Detects the kind.
   *
   * @param in the cursor on the root object
   * @return the kind
   * @throws IOException on read failure
   */
  public static ArtifactKind detect(JsonIn in) throws IOException {
    boolean semanticKeys = false;
    boolean manifestKeys = false;
    for (String f; (f = in.nextField()) != null; ) {
      if (f.equals("metadata")) {
        // The rest is left unread: the caller parses the file again with the matching reader.
        return Common.metadata(in).kind();
      }
      if (f.equals("semantic_models") || f.equals("project_configuration")) {
        semanticKeys = true;
      }
      // A manifest holds semantic_models too; these keys are a manifest's alone.
      if (f.equals("nodes") || f.equals("sources") || f.equals("macros")) {
        manifestKeys = true;
      }
      in.skip();
    }
    if (manifestKeys) {
      throw in.error("not a dbt manifest: no metadata.dbt_schema_version");
    }
    if (semanticKeys) {
      return ArtifactKind.SEMANTIC_MANIFEST;
    }
    throw in.error("not a dbt artifact: no metadata.dbt_schema_version and no semantic_models");
  }
}
