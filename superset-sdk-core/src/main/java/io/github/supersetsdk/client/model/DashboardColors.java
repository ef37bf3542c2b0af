package io.github.supersetsdk.client.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The color configuration of a dashboard, stored in its {@code json_metadata}: the color scheme and
 * fixed colors for series labels. Fields left {@code null} or empty are not sent.
 *
 * {@snippet class=io.github.supersetsdk.client.snippets.ModelSnippets region=DashboardColors}
 *
 * <p>Immutable and thread-safe.
 *
 * @param colorScheme the name of the categorical color scheme
 * @param colorNamespace the namespace colors are shared in
 * @param labelColors fixed colors (CSS) by series label
 * @param sharedLabelColors labels that share a color across the dashboard's charts
 * @param mapLabelColors the colors Superset assigned by label
 * @param colorSchemeDomain the colors of the scheme, in order
 */
public record DashboardColors(
    @Nullable String colorScheme,
    @Nullable String colorNamespace,
    Map<String, String> labelColors,
    List<String> sharedLabelColors,
    Map<String, String> mapLabelColors,
    List<String> colorSchemeDomain) {

  /** Copies the collections; never null. */
  public DashboardColors {
    labelColors = Copies.map(labelColors);
    sharedLabelColors = Copies.list(sharedLabelColors);
    mapLabelColors = Copies.map(mapLabelColors);
    colorSchemeDomain = Copies.list(colorSchemeDomain);
  }

  /** {@return a new builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link DashboardColors}. Not thread-safe. */
  public static final class Builder {
    private @Nullable String colorScheme;
    private @Nullable String colorNamespace;
    private final Map<String, String> labelColors = new LinkedHashMap<>();
    private List<String> sharedLabelColors = List.of();
    private final Map<String, String> mapLabelColors = new LinkedHashMap<>();
    private List<String> colorSchemeDomain = List.of();

    private Builder() {}

    /**
     * Sets the name of the categorical color scheme, e.g. {@code supersetColors}.
     *
     * @param colorScheme the scheme
     * @return this builder
     * @throws NullPointerException if {@code colorScheme} is null
     */
    public Builder colorScheme(String colorScheme) {
      this.colorScheme = Objects.requireNonNull(colorScheme, "colorScheme");
      return this;
    }

    /**
     * Sets the namespace colors are shared in.
     *
     * @param colorNamespace the namespace
     * @return this builder
     * @throws NullPointerException if {@code colorNamespace} is null
     */
    public Builder colorNamespace(String colorNamespace) {
      this.colorNamespace = Objects.requireNonNull(colorNamespace, "colorNamespace");
      return this;
    }

    /**
     * Fixes the color of a series label.
     *
     * @param label the label
     * @param color a CSS color, e.g. {@code #1FA8C9}
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public Builder labelColor(String label, String color) {
      labelColors.put(Objects.requireNonNull(label, "label"), Objects.requireNonNull(color, "color"));
      return this;
    }

    /**
     * Sets the labels that share a color across the dashboard's charts.
     *
     * @param labels the labels
     * @return this builder
     * @throws NullPointerException if {@code labels} is null
     */
    public Builder sharedLabelColors(List<String> labels) {
      this.sharedLabelColors = List.copyOf(Objects.requireNonNull(labels, "labels"));
      return this;
    }

    /**
     * Records the color Superset assigned to a label.
     *
     * @param label the label
     * @param color a CSS color
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public Builder mapLabelColor(String label, String color) {
      mapLabelColors.put(Objects.requireNonNull(label, "label"), Objects.requireNonNull(color, "color"));
      return this;
    }

    /**
     * Sets the colors of the scheme, in order.
     *
     * @param colors CSS colors
     * @return this builder
     * @throws NullPointerException if {@code colors} is null
     */
    public Builder colorSchemeDomain(List<String> colors) {
      this.colorSchemeDomain = List.copyOf(Objects.requireNonNull(colors, "colors"));
      return this;
    }

    /**
     * Builds the configuration.
     *
     * @return the configuration
     */
    public DashboardColors build() {
      return new DashboardColors(
          colorScheme, colorNamespace, labelColors, sharedLabelColors, mapLabelColors, colorSchemeDomain);
    }
  }
}
