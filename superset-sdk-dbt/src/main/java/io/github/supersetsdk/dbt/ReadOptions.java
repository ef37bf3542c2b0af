package io.github.supersetsdk.dbt;

/**
 * What {@link DbtArtifactReader} keeps of the large text fields of a manifest. By default none of
 * them is kept: they are skipped by the streaming parser without being decoded, which is what makes
 * reading a large manifest fast and bounded in memory. Immutable and thread-safe.
 *
 * <pre>{@code
 * ReadOptions options = ReadOptions.builder().includeCompiledCode(true).build();
 * }</pre>
 *
 * @param includeRawCode keep {@code raw_code} ({@code raw_sql} before manifest v7) of nodes
 * @param includeCompiledCode keep {@code compiled_code} ({@code compiled_sql}) of nodes and results
 * @param includeMacroBodies keep {@code macro_sql} of macros
 * @param includeDocBlocks keep {@code block_contents} of docs blocks
 */
public record ReadOptions(
    boolean includeRawCode,
    boolean includeCompiledCode,
    boolean includeMacroBodies,
    boolean includeDocBlocks) {

  private static final ReadOptions DEFAULTS = new ReadOptions(false, false, false, false);

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
    return new ReadOptions(true, true, true, true);
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
        .includeDocBlocks(includeDocBlocks);
  }

  /** Builds {@link ReadOptions}. Not thread-safe. */
  public static final class Builder {
    private boolean rawCode;
    private boolean compiledCode;
    private boolean macroBodies;
    private boolean docBlocks;

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
     * Builds the options.
     *
     * @return the options
     */
    public ReadOptions build() {
      return new ReadOptions(rawCode, compiledCode, macroBodies, docBlocks);
    }
  }
}
