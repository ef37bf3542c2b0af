package io.github.supersetsdk.client.request;

import io.github.supersetsdk.client.id.ChartId;
import io.github.supersetsdk.client.model.Chart;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A dashboard's layout, built in Java and written as Superset's {@code position_json}: rows of
 * charts and markdown on a grid of 12 columns, headers, and tabs.
 *
 * {@snippet class=io.github.supersetsdk.client.snippets.RequestSnippets region=DashboardLayout}
 *
 * <p>Widths count grid columns (1 to 12; a row holds at most 12), heights count Superset's grid
 * units of 8 pixels (50 is Superset's default). A chart appears once per dashboard. The builder
 * checks these rules where they are broken and says where. Whether the charts exist is checked by
 * {@code DashboardsClient}, which also tells Superset that the dashboard holds them.
 *
 * <p>Immutable and thread-safe.
 */
public final class DashboardLayout {

  /** The columns of Superset's dashboard grid. */
  public static final int GRID_COLUMNS = 12;

  private final Map<String, Object> positions;
  private final List<ChartId> chartIds;

  private DashboardLayout(Map<String, Object> positions, List<ChartId> chartIds) {
    this.positions = positions;
    this.chartIds = List.copyOf(chartIds);
  }

  /** {@return a new builder for an empty layout} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the layout as Superset's {@code position_json} text} */
  public String positionJson() {
    return JsonText.write(positions);
  }

  /** {@return the ids of the layout's charts, in the order they appear} */
  public List<ChartId> chartIds() {
    return chartIds;
  }

  /** {@return a description of the layout by its {@code position_json}} */
  @Override
  public String toString() {
    return "DashboardLayout" + positionJson();
  }

  /**
   * Compares layouts by their {@code position_json}.
   *
   * @param o the other object
   * @return whether both write the same {@code position_json}
   */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof DashboardLayout other && positions.equals(other.positions);
  }

  @Override
  public int hashCode() {
    return positions.hashCode();
  }

  /** A node of the layout tree before ids are given out. */
  private record Node(String type, Map<String, Object> meta, List<Node> children, String where) {}

  /**
   * The content of the grid or of a tab: headers, rows, markdown and tabs, top to bottom. Not
   * thread-safe.
   */
  public static class Section {
    private final List<Node> nodes = new ArrayList<>();
    private final Map<ChartId, String> charts;
    private final String where;

    private Section(Map<ChartId, String> charts, String where) {
      this.charts = charts;
      this.where = where;
    }

    /**
     * Adds a header across the whole width.
     *
     * @param text the header's text
     * @return this section
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if {@code text} is blank
     */
    public Section header(String text) {
      Map<String, Object> meta = new LinkedHashMap<>();
      meta.put("text", requireText(text, "header text"));
      meta.put("headerSize", "MEDIUM_HEADER");
      meta.put("background", "BACKGROUND_TRANSPARENT");
      nodes.add(new Node("HEADER", meta, List.of(), where));
      return this;
    }

    /**
     * Adds a row of charts and markdown, left to right.
     *
     * @param content adds the row's items
     * @return this section
     * @throws NullPointerException if {@code content} is null
     * @throws IllegalArgumentException if the row is empty, wider than 12 columns, or repeats a chart
     */
    public Section row(Consumer<Row> content) {
      Objects.requireNonNull(content, "content");
      String rowWhere = where + "row " + (countRows() + 1);
      Row row = new Row(charts, rowWhere);
      content.accept(row);
      if (row.items.isEmpty()) {
        throw new IllegalArgumentException(rowWhere + " is empty: add a chart or markdown");
      }
      if (row.width > GRID_COLUMNS) {
        throw new IllegalArgumentException(rowWhere + ": widths " + String.join(" + ", row.widths) + " = " + row.width
            + " exceed the " + GRID_COLUMNS + " columns of the grid");
      }
      nodes.add(new Node("ROW", Map.of("background", "BACKGROUND_TRANSPARENT"), row.items, rowWhere));
      return this;
    }

    /**
     * Adds markdown across the whole width, 50 units high.
     *
     * @param markdown the markdown text
     * @return this section
     * @throws NullPointerException if {@code markdown} is null
     */
    public Section markdown(String markdown) {
      return row(r -> r.markdown(markdown, GRID_COLUMNS, 50));
    }

    /**
     * Adds tabs; each tab holds a section of its own.
     *
     * @param content adds the tabs
     * @return this section
     * @throws NullPointerException if {@code content} is null
     * @throws IllegalArgumentException if no tab was added
     */
    public Section tabs(Consumer<Tabs> content) {
      Objects.requireNonNull(content, "content");
      Tabs tabs = new Tabs(charts, where + "tabs " + (countType("TABS") + 1));
      content.accept(tabs);
      if (tabs.tabs.isEmpty()) {
        throw new IllegalArgumentException(tabs.where + " has no tab");
      }
      nodes.add(new Node("TABS", Map.of(), tabs.tabs, tabs.where));
      return this;
    }

    private int countRows() {
      return countType("ROW");
    }

    private int countType(String type) {
      int n = 0;
      for (Node node : nodes) {
        if (node.type.equals(type)) {
          n++;
        }
      }
      return n;
    }
  }

  /** The items of a row, left to right. Not thread-safe. */
  public static final class Row {
    private final List<Node> items = new ArrayList<>();
    private final List<String> widths = new ArrayList<>();
    private final Map<ChartId, String> charts;
    private final String where;
    private int width;

    private Row(Map<ChartId, String> charts, String where) {
      this.charts = charts;
      this.where = where;
    }

    /**
     * Adds a chart.
     *
     * @param chart the chart's id
     * @param width its width in grid columns, 1 to 12
     * @param height its height in grid units of 8 pixels, positive (Superset's default is 50)
     * @return this row
     * @throws NullPointerException if {@code chart} is null
     * @throws IllegalArgumentException if a size is out of range or the chart is already in the layout
     */
    public Row chart(ChartId chart, int width, int height) {
      return addChart(chart, null, null, width, height);
    }

    /**
     * Adds a chart with its name and UUID, as Superset's own editor writes them.
     *
     * @param chart the chart, e.g. from {@code charts().get(id)}
     * @param width its width in grid columns, 1 to 12
     * @param height its height in grid units of 8 pixels, positive (Superset's default is 50)
     * @return this row
     * @throws NullPointerException if {@code chart} is null
     * @throws IllegalArgumentException if a size is out of range or the chart is already in the layout
     */
    public Row chart(Chart chart, int width, int height) {
      Objects.requireNonNull(chart, "chart");
      return addChart(chart.id(), chart.sliceName(), chart.uuid() == null ? null : chart.uuid().toString(), width,
          height);
    }

    /**
     * Adds a markdown cell.
     *
     * @param markdown the markdown text
     * @param width its width in grid columns, 1 to 12
     * @param height its height in grid units of 8 pixels, positive
     * @return this row
     * @throws NullPointerException if {@code markdown} is null
     * @throws IllegalArgumentException if a size is out of range
     */
    public Row markdown(String markdown, int width, int height) {
      Objects.requireNonNull(markdown, "markdown");
      String at = where + ", item " + (items.size() + 1) + " (markdown)";
      checkSize(at, width, height);
      Map<String, Object> meta = new LinkedHashMap<>();
      meta.put("width", width);
      meta.put("height", height);
      meta.put("code", markdown);
      add(new Node("MARKDOWN", meta, List.of(), at), width);
      return this;
    }

    private Row addChart(ChartId chart, @Nullable String sliceName, @Nullable String uuid, int width, int height) {
      Objects.requireNonNull(chart, "chart");
      String at = where + ", item " + (items.size() + 1) + " (chart " + chart.value() + ")";
      checkSize(at, width, height);
      String earlier = charts.putIfAbsent(chart, at);
      if (earlier != null) {
        throw new IllegalArgumentException(at + ": chart " + chart.value() + " is already at " + earlier
            + "; Superset shows a chart once per dashboard");
      }
      Map<String, Object> meta = new LinkedHashMap<>();
      meta.put("width", width);
      meta.put("height", height);
      meta.put("chartId", chart.value());
      if (sliceName != null) {
        meta.put("sliceName", sliceName);
      }
      if (uuid != null) {
        meta.put("uuid", uuid);
      }
      add(new Node("CHART", meta, List.of(), at), width);
      return this;
    }

    private void add(Node node, int itemWidth) {
      items.add(node);
      widths.add(Integer.toString(itemWidth));
      width += itemWidth;
    }

    private static void checkSize(String at, int width, int height) {
      if (width < 1 || width > GRID_COLUMNS) {
        throw new IllegalArgumentException(at + ": width " + width + " is not between 1 and " + GRID_COLUMNS);
      }
      if (height < 1) {
        throw new IllegalArgumentException(at + ": height " + height + " is not positive");
      }
    }
  }

  /** The tabs of a tab group, left to right. Not thread-safe. */
  public static final class Tabs {
    private final List<Node> tabs = new ArrayList<>();
    private final Map<ChartId, String> charts;
    private final String where;

    private Tabs(Map<ChartId, String> charts, String where) {
      this.charts = charts;
      this.where = where;
    }

    /**
     * Adds a tab.
     *
     * @param title the tab's title
     * @param content adds the tab's headers, rows, markdown and nested tabs
     * @return this tab group
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code title} is blank
     */
    public Tabs tab(String title, Consumer<Section> content) {
      requireText(title, "tab title");
      Objects.requireNonNull(content, "content");
      Section section = new Section(charts, where + ", tab '" + title + "': ");
      content.accept(section);
      Map<String, Object> meta = new LinkedHashMap<>();
      meta.put("text", title);
      meta.put("defaultText", "Tab title");
      meta.put("placeholder", "Tab title");
      tabs.add(new Node("TAB", meta, section.nodes, where));
      return this;
    }
  }

  /**
   * Builds a {@link DashboardLayout}: the grid's content, top to bottom. It is the grid's {@link
   * Section}, and its methods return the builder. Not thread-safe.
   */
  public static final class Builder extends Section {
    private Builder() {
      super(new LinkedHashMap<>(), "");
    }

    // Covariant returns only, so that build() ends a chain; the docs are Section's.
    @Override
    public Builder header(String text) {
      super.header(text);
      return this;
    }

    @Override
    public Builder row(Consumer<Row> content) {
      super.row(content);
      return this;
    }

    @Override
    public Builder markdown(String markdown) {
      super.markdown(markdown);
      return this;
    }

    @Override
    public Builder tabs(Consumer<Tabs> content) {
      super.tabs(content);
      return this;
    }

    /**
     * Builds the layout, giving each node an id ({@code ROW-1}, {@code CHART-2}...).
     *
     * @return the layout
     * @throws IllegalStateException if the layout is empty
     */
    public DashboardLayout build() {
      if (super.nodes.isEmpty()) {
        throw new IllegalStateException("the layout is empty: add a row, header, markdown or tabs");
      }
      Map<String, Object> positions = new LinkedHashMap<>();
      positions.put("DASHBOARD_VERSION_KEY", "v2");
      positions.put("ROOT_ID", node("ROOT_ID", "ROOT", List.of("GRID_ID"), List.of(), null));
      Map<String, Integer> counters = new LinkedHashMap<>();
      List<String> gridChildren = new ArrayList<>();
      positions.put("GRID_ID", null);
      for (Node n : super.nodes) {
        gridChildren.add(emit(n, List.of("ROOT_ID", "GRID_ID"), positions, counters));
      }
      positions.put("GRID_ID", node("GRID_ID", "GRID", gridChildren, List.of("ROOT_ID"), null));
      return new DashboardLayout(Copies.map(positions), new ArrayList<>(super.charts.keySet()));
    }

    private static String emit(Node n, List<String> parents, Map<String, Object> positions, Map<String, Integer> counters) {
      String id = n.type + "-" + counters.merge(n.type, 1, Integer::sum);
      // Reserve the key so that parents come before children, as Superset's editor writes them.
      positions.put(id, null);
      List<String> childParents = new ArrayList<>(parents);
      childParents.add(id);
      List<String> children = new ArrayList<>();
      for (Node child : n.children) {
        children.add(emit(child, List.copyOf(childParents), positions, counters));
      }
      positions.put(id, node(id, n.type, children, parents, n.meta));
      return id;
    }

    private static Map<String, Object> node(
        String id, String type, List<String> children, List<String> parents, @Nullable Map<String, Object> meta) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("type", type);
      m.put("id", id);
      m.put("children", List.copyOf(children));
      if (!parents.isEmpty()) {
        m.put("parents", List.copyOf(parents));
      }
      if (meta != null) {
        m.put("meta", Copies.map(meta));
      }
      return Copies.map(m);
    }
  }

  private static String requireText(String value, String what) {
    Objects.requireNonNull(value, what);
    if (value.isBlank()) {
      throw new IllegalArgumentException(what + " is blank");
    }
    return value;
  }
}
