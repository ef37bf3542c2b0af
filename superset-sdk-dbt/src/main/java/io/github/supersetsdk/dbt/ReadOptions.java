package io.github.supersetsdk.dbt;

/**
 * What {@link DbtArtifactReader} keeps of the large text fields of a manifest. By default none of
 * them is kept: they are skipped by the streaming parser without being decoded, which is what makes
 * reading a large manifest fast and bounded in memory. Immutable and thread-safe.
 *
 * {@snippet class=io.github.supersetsdk.dbt.snippets.DbtSnippets region=ReadOptions}
 *
 * @param includeRawCode keep {@code raw_code} ({@code raw_sql} before manifest v7) of nodes
 * @param includeCompiledCode keep {@code compiled_code} ({@code compiled_sql}) of nodes and results
 * @param includeMacroBodies keep {@code macro_sql} of macros
 * @param includeDocBlocks keep {@code block_contents} of docs blocks
 * @param parallelism how many threads may read one large manifest file: {@code 0} (the default)
 *     uses up to four, no more than the machine's processors; {@code 1} reads on the calling
 *     thread only. Streams, small files and the other artifacts are always read on the calling
 *     thread. The result is the same either way.
 */
public record ReadOptions(
    boolean includeRawCode,
    boolean includeCompiledCode,
    boolean includeMacroBodies,
    boolean includeDocBlocks,
    int parallelism) {

  private static final ReadOptions DEFAULTS = new ReadOptions(false, false, false, false, 0);

  /**
   * Validates the options.
   *
   * @throws IllegalArgumentException if {@code parallelism} is negative
   */
  public ReadOptions {
    if (parallelism < 0) {
      throw new IllegalArgumentException("parallelism must be 0 (automatic) or more, got " + parallelism);
    }
  }

  /**
   * Returns the defaults: no code, macro bodies or docs blocks are kept.
   *
   * @return the default options
   */
  public static ReadOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Returns options that keep every large text field.
   *
   * @return options with every inclusion enabled
   */
  public static ReadOptions everything() {
    return new ReadOptions(true, true, true, true, 0);
  }

  /**
   * Starts a builder with every inclusion disabled.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder initialised from these options.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder()
        .includeRawCode(includeRawCode)
        .includeCompiledCode(includeCompiledCode)
        .includeMacroBodies(includeMacroBodies)
        .includeDocBlocks(includeDocBlocks)
        .parallelism(parallelism);
  }

  /** Builds {@link ReadOptions}. Not thread-safe. */
  public static final class Builder {
    private boolean rawCode;
    private boolean compiledCode;
    private boolean macroBodies;
    private boolean docBlocks;
    private int parallelism;

    private Builder() {}

    /**
     * Keeps the raw code of nodes.
     *
     * @param include whether to keep it
     * @return this builder
     */
    public Builder includeRawCode(boolean include) {
      this.rawCode = include;
      return this;
    }

    /**
     * Keeps the compiled code of nodes and run results.
     *
     * @param include whether to keep it
     * @return this builder
     */
    public Builder includeCompiledCode(boolean include) {
      this.compiledCode = include;
      return this;
    }

    /**
     * Keeps the bodies of macros.
     *
     * @param include whether to keep them
     * @return this builder
     */
    public Builder includeMacroBodies(boolean include) {
      this.macroBodies = include;
      return this;
    }

    /**
     * Keeps the contents of docs blocks.
     *
     * @param include whether to keep them
     * @return this builder
     */
    public Builder includeDocBlocks(boolean include) {
      this.docBlocks = include;
      return this;
    }

    /**
     * Sets how many threads may read one large manifest file.
     *
     * @param threads {@code 0} for automatic (the default), {@code 1} for the calling thread only
     * @return this builder
     */
    public Builder parallelism(int threads) {
      this.parallelism = threads;
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options
     * @throws IllegalArgumentException if {@code parallelism} is negative
     */
    public ReadOptions build() {
      return new ReadOptions(rawCode, compiledCode, macroBodies, docBlocks, parallelism);
    }
  }
}
