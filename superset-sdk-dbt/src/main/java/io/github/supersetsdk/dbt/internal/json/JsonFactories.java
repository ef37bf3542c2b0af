package io.github.supersetsdk.dbt.internal.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;

/** The Jackson factories every artifact is read with. */
public final class JsonFactories {

  /** For whole documents. */
  public static final JsonFactory DOCUMENT = build(StreamReadConstraints.DEFAULT_MAX_DEPTH);

  /**
   * For slices of a document: a slice is parsed as a value one level below the root, so it may
   * nest one level less.
   */
  public static final JsonFactory SLICE = build(StreamReadConstraints.DEFAULT_MAX_DEPTH - 1);

  private JsonFactories() {}

  private static JsonFactory build(int maxDepth) {
    return JsonFactory.builder()
        // Unique ids are map keys: interning millions of them would only cost time.
        .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
        // Compiled code and macro bodies can be large; dbt imposes no limit, nor do we.
        .streamReadConstraints(
            StreamReadConstraints.builder()
                .maxStringLength(Integer.MAX_VALUE)
                .maxNestingDepth(maxDepth)
                .build())
        .build();
  }
}
