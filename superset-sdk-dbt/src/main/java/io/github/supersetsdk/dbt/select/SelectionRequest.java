package io.github.supersetsdk.dbt.select;

import io.github.supersetsdk.dbt.manifest.ResourceType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The arguments of one selection, as {@code dbt ls} takes them. An empty {@code select} selects
 * everything, as dbt does without {@code --select}. Immutable and thread-safe.
 *
 * {@snippet class=io.github.supersetsdk.dbt.snippets.SelectSnippets region=SelectionRequest}
 *
 * @param select the {@code --select} arguments; each may hold several space-separated selectors
 * @param exclude the {@code --exclude} arguments
 * @param resourceTypes the resource types listed; {@link #DEFAULT_RESOURCE_TYPES} by default
 * @param indirectSelection how attached tests are selected
 */
public record SelectionRequest(
    List<String> select,
    List<String> exclude,
    Set<ResourceType> resourceTypes,
    IndirectSelection indirectSelection) {

  /**
   * The resource types {@code dbt ls} lists by default: everything selectable except analyses.
   */
  public static final Set<ResourceType> DEFAULT_RESOURCE_TYPES =
      Set.of(
          ResourceType.MODEL, ResourceType.SNAPSHOT, ResourceType.SEED, ResourceType.TEST,
          ResourceType.SOURCE, ResourceType.EXPOSURE, ResourceType.METRIC,
          ResourceType.SAVED_QUERY, ResourceType.SEMANTIC_MODEL, ResourceType.UNIT_TEST,
          ResourceType.FUNCTION);

  /**
   * Validates and copies the components.
   *
   * @throws NullPointerException if a component is null
   */
  public SelectionRequest {
    select = List.copyOf(select);
    exclude = List.copyOf(exclude);
    resourceTypes = Set.copyOf(resourceTypes);
    Objects.requireNonNull(indirectSelection, "indirectSelection");
  }

  /**
   * Returns a request with the given {@code --select} and {@code --exclude} strings and dbt's
   * defaults otherwise.
   *
   * @param select space-separated selectors, or an empty string for all
   * @param exclude space-separated selectors, or an empty string for none
   * @return the request
   */
  public static SelectionRequest of(String select, String exclude) {
    return builder().select(select).exclude(exclude).build();
  }

  /**
   * Starts a builder with dbt's defaults.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SelectionRequest}. Not thread-safe. */
  public static final class Builder {
    private final List<String> select = new ArrayList<>();
    private final List<String> exclude = new ArrayList<>();
    private Set<ResourceType> resourceTypes = DEFAULT_RESOURCE_TYPES;
    private IndirectSelection indirect = IndirectSelection.EAGER;

    private Builder() {}

    /**
     * Adds {@code --select} arguments; blank ones are ignored.
     *
     * @param selectors selector strings
     * @return this builder
     */
    public Builder select(String... selectors) {
      Arrays.stream(selectors).filter(s -> !s.isBlank()).forEach(select::add);
      return this;
    }

    /**
     * Adds {@code --exclude} arguments; blank ones are ignored.
     *
     * @param selectors selector strings
     * @return this builder
     */
    public Builder exclude(String... selectors) {
      Arrays.stream(selectors).filter(s -> !s.isBlank()).forEach(exclude::add);
      return this;
    }

    /**
     * Sets the resource types listed, as {@code --resource-type}.
     *
     * @param types the types
     * @return this builder
     */
    public Builder resourceTypes(Set<ResourceType> types) {
      this.resourceTypes = Set.copyOf(types);
      return this;
    }

    /**
     * Sets the indirect selection mode.
     *
     * @param mode the mode
     * @return this builder
     */
    public Builder indirectSelection(IndirectSelection mode) {
      this.indirect = Objects.requireNonNull(mode, "mode");
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     */
    public SelectionRequest build() {
      return new SelectionRequest(select, exclude, resourceTypes, indirect);
    }
  }
}
