package io.github.supersetsdk.client.model;

import io.github.supersetsdk.codegen.Adder;
import io.github.supersetsdk.codegen.GeneratedBuilder;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The color configuration of a dashboard, stored in its {@code json_metadata}: the color scheme and
 * fixed colors for series labels. Fields left {@code null} or empty are not sent.
 *
 * {@snippet class=io.github.supersetsdk.client.snippets.ModelSnippets region=DashboardColors}
 *
 * <p>Immutable and thread-safe.
 *
 * @param colorScheme the name of the categorical color scheme, e.g. {@code supersetColors}
 * @param colorNamespace the namespace colors are shared in
 * @param labelColors fixed colors by series label, as CSS colors such as {@code #1FA8C9}
 * @param sharedLabelColors labels that share a color across the dashboard's charts
 * @param mapLabelColors the colors (CSS) Superset assigned by label
 * @param colorSchemeDomain the colors (CSS) of the scheme, in order
 */
@GeneratedBuilder
public record DashboardColors(
    @Nullable String colorScheme,
    @Nullable String colorNamespace,
    @Adder("labelColor") Map<String, String> labelColors,
    List<String> sharedLabelColors,
    @Adder("mapLabelColor") Map<String, String> mapLabelColors,
    List<String> colorSchemeDomain) implements DashboardColorsBuilder.Methods {

  /** Copies the collections; never null. */
  public DashboardColors {
    labelColors = Copies.map(labelColors);
    sharedLabelColors = Copies.list(sharedLabelColors);
    mapLabelColors = Copies.map(mapLabelColors);
    colorSchemeDomain = Copies.list(colorSchemeDomain);
  }

  /** {@return a new builder with nothing set} */
  public static Builder builder() {
    return DashboardColorsBuilder.create();
  }

  /** Builds {@link DashboardColors}. Not thread-safe. */
  public static final class Builder extends DashboardColorsBuilder {
    Builder() {}
  }
}
