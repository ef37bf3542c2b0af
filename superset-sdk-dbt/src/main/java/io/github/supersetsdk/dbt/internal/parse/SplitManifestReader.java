package io.github.supersetsdk.dbt.internal.parse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import io.github.supersetsdk.dbt.ArtifactMetadata;
import io.github.supersetsdk.dbt.ReadOptions;
import io.github.supersetsdk.dbt.internal.Immutables;
import io.github.supersetsdk.dbt.internal.json.JsonIn;
import io.github.supersetsdk.dbt.internal.json.JsonSlicer;
import io.github.supersetsdk.dbt.manifest.DbtManifest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * Reads a manifest held in memory on several threads. The calling thread walks the root members
 * with {@link JsonSlicer}; each map of resources ({@code nodes}, {@code macros}, ...) is cut at
 * guessed points between entries into slices of a few megabytes, which worker threads parse with
 * the same per-entry readers as the one-piece parser, while the calling thread parses the map's
 * last slice (only parsing finds where the map ends) and goes on to the next member. Each map's
 * slices are joined in document order by the thread that finishes the last of them, while the
 * others go on parsing.
 *
 * <p>Why the result equals the one-piece parser's: every slice is parsed as an object of its own
 * and must be one; objects' member lists joined by the commas at the cut points are the map's
 * member list, so the map, and the document, read the same. A wrong guess always breaks some
 * slice's brackets. This reader reports no errors: on anything unexpected it returns
 * {@code null} and the caller reads the document in one piece, which reports the error with its
 * exact line, column and path.
 */
public final class SplitManifestReader {

  private final JsonFactory factory;
  private final ReadOptions options;
  private final int threads;
  private final int sliceBytes;
  private final AtomicInteger slices =
      new AtomicInteger();

  /**
   * Creates a reader.
   *
   * @param factory the factory for the slices' parsers
   * @param options what large text fields to keep
   * @param threads how many threads parse, the calling one included
   * @param sliceBytes about how large a slice of a large map is
   */
  public SplitManifestReader(JsonFactory factory, ReadOptions options, int threads, int sliceBytes) {
    this.factory = factory;
    this.options = options;
    this.threads = threads;
    this.sliceBytes = sliceBytes;
  }

  /** @return how many slices were cut off maps of resources, counted over this reader's reads */
  public int slicesCut() {
    return slices.get();
  }

  /** One member of the root object, or one slice of a map of resources. */
  private static final class Task {
    final String member;
    final int start;
    final int end;
    final boolean slice;
    final @Nullable Slices group;
    volatile @Nullable Object result;

    /** A member's whole value in [start, end), or a run of map entries in [start, end). */
    Task(String member, int start, int end, boolean slice, @Nullable Slices group) {
      this.member = member;
      this.start = start;
      this.end = end;
      this.slice = slice;
      this.group = group;
    }
  }

  /**
   * The slices of one map, in document order. The thread that finishes the last of them joins them
   * at once, so that joining a map overlaps parsing the members after it instead of waiting for
   * the end of the document on one thread.
   */
  private static final class Slices {
    final List<Task> tasks = new ArrayList<>();
    // One count per queued slice not yet parsed, plus one until the slicer has added them all:
    // only then can the count reach zero, and whoever brings it there sees every slice's result.
    final AtomicInteger pending =
        new AtomicInteger(1);
    volatile @Nullable Map<String, Object> joined;
  }

  // What the keys of each map of resources start with; the other maps are read whole.
  private static final Map<String, List<String>> KEY_PREFIXES =
      Map.ofEntries(
          Map.entry(
              "nodes",
              List.of("model.", "test.", "seed.", "snapshot.", "analysis.", "operation.",
                  "sql_operation.")),
          Map.entry("sources", List.of("source.")),
          Map.entry("macros", List.of("macro.")),
          Map.entry("docs", List.of("doc.")),
          Map.entry("exposures", List.of("exposure.")),
          Map.entry("metrics", List.of("metric.")),
          Map.entry("semantic_models", List.of("semantic_model.")),
          Map.entry("saved_queries", List.of("saved_query.")),
          Map.entry("unit_tests", List.of("unit_test.")),
          Map.entry("functions", List.of("function.")));

  private static final int SEARCH_WINDOW = 16 << 20;

  // Maps of unique ids to lists of unique ids; their keys are those of every map above.
  private static final Set<String> GRAPH_MAPS = Set.of("parent_map", "child_map");

  private static final List<String> ALL_PREFIXES =
      KEY_PREFIXES.values().stream().flatMap(List::stream).distinct().sorted().toList();

  // For each map, the key prefixes of every other map of resources.
  private static final Map<String, List<String>> FOREIGN_PREFIXES = foreignPrefixes();

  private static Map<String, List<String>> foreignPrefixes() {
    Map<String, List<String>> out = new HashMap<>();
    for (String member : KEY_PREFIXES.keySet()) {
      List<String> others = new ArrayList<>();
      KEY_PREFIXES.forEach(
          (other, prefixes) -> {
            if (!other.equals(member)) {
              others.addAll(prefixes);
            }
          });
      out.put(member, List.copyOf(others));
    }
    return Map.copyOf(out);
  }

  private static final Task DONE = new Task("", 0, 0, false, null);

  // An Error on a worker (out of memory, say) is rethrown on the calling thread.
  private final AtomicReference<@Nullable Error> fatal =
      new AtomicReference<>();

  /**
   * Reads the manifest in {@code document}.
   *
   * @param document the whole file
   * @param source the file name
   * @return the manifest, or null when the document must be read in one piece
   */
  public @Nullable DbtManifest read(ByteBuffer document, String source) {
    BlockingQueue<Task> queue = new LinkedBlockingQueue<>();
    AtomicBoolean failed = new AtomicBoolean();
    List<List<Task>> members = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<Thread> workers = new ArrayList<>();
    Slicing slicing = new Slicing(document, source, queue, members, names, failed);
    try {
      // Workers start only once metadata is read: the schema version steers some readers.
      slicing.onMetadata =
          () -> {
            for (int i = 1; i < threads; i++) {
              Thread t =
                  new Thread(
                      () -> work(document, source, slicing.schemaVersion, queue, failed),
                      "dbt-artifact-reader-" + i);
              t.setDaemon(true);
              t.start();
              workers.add(t);
            }
          };
      new JsonSlicer(document).scan(slicing);
      if (!slicing.sawMetadata) {
        return null;
      }
    } catch (JsonSlicer.NotSliceable | RuntimeException e) {
      failed.set(true);
    } finally {
      for (int i = 0; i < workers.size() + 1; i++) {
        queue.add(DONE);
      }
    }
    if (!failed.get()) {
      work(document, source, slicing.schemaVersion, queue, failed);
    }
    for (Thread t : workers) {
      try {
        t.join();
      } catch (InterruptedException e) {
        failed.set(true); // workers skip what is left
        Thread.currentThread().interrupt();
        return null;
      }
    }
    Error error = fatal.get();
    if (error != null) {
      throw error;
    }
    if (failed.get()) {
      return null;
    }
    ManifestParser.Parts parts = new ManifestParser.Parts();
    for (int i = 0; i < members.size(); i++) {
      List<Task> tasks = members.get(i);
      Object value;
      if (tasks.size() == 1 && !tasks.get(0).slice) {
        value = tasks.get(0).result;
      } else {
        Slices group = Objects.requireNonNull(tasks.get(0).group);
        value = group.joined;
        if (value == null) {
          value = join(tasks);
        }
      }
      if (value == null) {
        return null;
      }
      parts.store(names.get(i), value);
    }
    return parts.hasMetadata() ? parts.assemble() : null;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> join(List<Task> slices) {
    // The slices' sizes add up to the map's (unique ids occur once): one table of the right size.
    int entries = 0;
    for (Task t : slices) {
      entries += ((Map<?, ?>) t.result).size();
    }
    Immutables.MapBuilder<Object> out = new Immutables.MapBuilder<>(entries);
    for (Task t : slices) {
      for (Map.Entry<String, Object> e : ((Map<String, Object>) t.result).entrySet()) {
        out.put(e.getKey(), e.getValue());
      }
    }
    return out.build();
  }

  /** Takes tasks until told to stop; one {@link JsonIn.Dedup} per thread. */
  private void work(
      ByteBuffer document,
      String source,
      @Nullable Integer schemaVersion,
      BlockingQueue<Task> queue,
      AtomicBoolean failed) {
    JsonIn.Dedup dedup = new JsonIn.Dedup();
    while (true) {
      Task task;
      try {
        task = queue.take();
      } catch (InterruptedException e) {
        failed.set(true);
        Thread.currentThread().interrupt();
        return;
      }
      if (task == DONE) {
        return;
      }
      if (failed.get()) {
        continue;
      }
      try {
        task.result = parse(document, source, schemaVersion, task, dedup);
      } catch (RuntimeException | IOException e) {
        failed.set(true);
      } catch (Error e) {
        failed.set(true);
        fatal.compareAndSet(null, e);
      }
      finished(task.group, failed);
    }
  }

  /** Counts one slice of {@code group} (or the slicer's own share) done; joins them after the last. */
  private void finished(@Nullable Slices group, AtomicBoolean failed) {
    if (group == null || group.pending.decrementAndGet() != 0 || failed.get()) {
      return;
    }
    try {
      group.joined = join(group.tasks);
    } catch (RuntimeException e) {
      failed.set(true);
    } catch (Error e) {
      failed.set(true);
      fatal.compareAndSet(null, e);
    }
  }

  private Object parse(
      ByteBuffer document,
      String source,
      @Nullable Integer schemaVersion,
      Task task,
      JsonIn.Dedup dedup)
      throws IOException {
    InputStream bytes = new SliceStream(document, task.start, task.end, task.slice, task.slice);
    try (JsonParser parser = freshParser(bytes)) {
      JsonIn in = new JsonIn(parser, source, dedup);
      in.schemaVersion(schemaVersion);
      ManifestParser manifest = new ManifestParser(in, options);
      Object value;
      if (task.slice) {
        requireContent(document, task);
        in.startDocument();
        JsonIn.ValueReader<?> entries = manifest.entryReader(task.member);
        if (entries == null) {
          throw new IllegalStateException("not a sliced member: " + task.member);
        }
        value = in.map(entries);
      } else {
        if (parser.nextToken() == null) {
          throw new IOException("empty member");
        }
        value = manifest.readMember(task.member);
      }
      in.endDocument();
      return value;
    }
  }

  /**
   * A parser whose field-name table starts empty. Parsers of one factory start from a table the
   * earlier ones filled (up to thousands of unique ids, which occur once each) and copy it on their
   * first new name; a copied factory costs less than that.
   */
  private JsonParser freshParser(InputStream bytes) throws IOException {
    return factory.copy().createParser(bytes);
  }

  /** A slice of only whitespace would hide a trailing comma, which JSON does not allow. */
  private static void requireContent(ByteBuffer document, Task task) throws IOException {
    for (int i = task.start; i < task.end; i++) {
      byte b = document.get(i);
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return;
      }
    }
    throw new IOException("empty slice");
  }

  /**
   * Follows the slicer: reads metadata at once, cuts maps of resources into slices for the
   * workers and reads each map's last slice itself, and queues every other member whole.
   */
  private final class Slicing implements JsonSlicer.Listener {
    private final ByteBuffer document;
    private final String source;
    private final BlockingQueue<Task> queue;
    private final List<List<Task>> members;
    private final List<String> names;
    private final AtomicBoolean failed;
    // Known once metadata is read; workers start only then.
    @Nullable Integer schemaVersion;
    private final JsonSlicer slicer;
    private final JsonIn.Dedup dedup = new JsonIn.Dedup();
    Runnable onMetadata = () -> {};
    boolean sawMetadata;

    Slicing(
        ByteBuffer document,
        String source,
        BlockingQueue<Task> queue,
        List<List<Task>> members,
        List<String> names,
        AtomicBoolean failed) {
      this.document = document;
      this.source = source;
      this.queue = queue;
      this.members = members;
      this.names = names;
      this.failed = failed;
      this.slicer = new JsonSlicer(document);
    }

    @Override
    public int claim(String name, int valueStart) throws JsonSlicer.NotSliceable {
      requireMetadataFirst(name);
      if (!ManifestParser.hasEntries(name) || document.get(valueStart) != '{') {
        return -1;
      }
      if (GRAPH_MAPS.contains(name)) {
        return claimGraphMap(name, valueStart);
      }
      int limit = document.limit();
      Slices group = new Slices();
      List<Task> tasks = group.tasks;
      int start = valueStart + 1;
      List<String> prefixes = KEY_PREFIXES.getOrDefault(name, List.of());
      while (!prefixes.isEmpty() && start + sliceBytes < limit) {
        // The next entry starts within a few kilobytes unless one holds megabytes of SQL. The
        // search stops at the next map's first key, or after the window: the rest of the map
        // then goes to the last slice.
        int from = start + sliceBytes;
        int comma =
            slicer.findCut(from, from + SEARCH_WINDOW, prefixes, FOREIGN_PREFIXES.get(name));
        if (comma < 0) {
          break;
        }
        Task slice = new Task(name, start, comma, true, group);
        slices.incrementAndGet();
        tasks.add(slice);
        group.pending.incrementAndGet();
        queue.add(slice);
        start = comma + 1;
      }
      Task last = new Task(name, start, limit, true, group);
      int end;
      try {
        end = readLastSlice(last);
      } catch (RuntimeException | IOException e) {
        throw new JsonSlicer.NotSliceable("last slice of " + name + ": " + e.getMessage());
      }
      tasks.add(last);
      members.add(tasks);
      names.add(name);
      finished(group, failed); // every slice is added: the last one parsed may join them now
      return end;
    }

    /**
     * Cuts {@code parent_map} or {@code child_map} (unique id to a list of unique ids; as many keys
     * as the manifest has resources) into slices for the workers. Their end is found first by a
     * bracket scan, which is cheap next to parsing, so every cut lies inside the map and the
     * last slice need not be parsed here.
     */
    private int claimGraphMap(String name, int valueStart) throws JsonSlicer.NotSliceable {
      int end = slicer.valueEnd(valueStart);
      int close = end - 1; // the map's closing brace
      if (close - valueStart < 2L * sliceBytes) {
        return -1; // small: read whole, as any other member
      }
      Slices group = new Slices();
      List<Task> tasks = group.tasks;
      int start = valueStart + 1;
      while (start + sliceBytes < close) {
        int comma =
            slicer.findCut(start + sliceBytes, close, ALL_PREFIXES, List.of(), true);
        if (comma < 0) {
          break;
        }
        tasks.add(new Task(name, start, comma, true, group));
        start = comma + 1;
      }
      tasks.add(new Task(name, start, close, true, group));
      slices.addAndGet(tasks.size() - 1);
      group.pending.addAndGet(tasks.size());
      queue.addAll(tasks);
      members.add(tasks);
      names.add(name);
      finished(group, failed);
      return end;
    }

    @Override
    public void member(String name, int valueStart, int valueEnd) throws JsonSlicer.NotSliceable {
      requireMetadataFirst(name);
      Task whole = new Task(name, valueStart, valueEnd, false, null);
      if (name.equals("metadata")) {
        readMetadata(whole);
      } else {
        queue.add(whole);
      }
      members.add(List.of(whole));
      names.add(name);
    }

    /**
     * Reads the entries from {@code last.start} to the brace that closes the map, which only
     * parsing finds.
     *
     * @return the offset just past that brace
     */
    private int readLastSlice(Task last) throws IOException, JsonSlicer.NotSliceable {
      InputStream bytes = new SliceStream(document, last.start, last.end, true, false);
      try (JsonParser parser = freshParser(bytes)) {
        JsonIn in = new JsonIn(parser, source, dedup);
        in.schemaVersion(schemaVersion);
        in.startDocument();
        JsonIn.ValueReader<?> entries = new ManifestParser(in, options).entryReader(last.member);
        last.result = in.map(entries);
        // The parser stands on the closing brace; its offset counts the opening brace we added.
        long end = last.start + parser.currentLocation().getByteOffset() - 1;
        if (end <= last.start || end > document.limit() || document.get((int) end - 1) != '}') {
          throw new JsonSlicer.NotSliceable("lost the end of " + last.member);
        }
        return (int) end;
      }
    }

    // Metadata must come first and once: its schema version steers how later members are read.
    private void requireMetadataFirst(String name) throws JsonSlicer.NotSliceable {
      if (sawMetadata ? name.equals("metadata") : !name.equals("metadata")) {
        throw new JsonSlicer.NotSliceable("metadata is not the first and only metadata member");
      }
    }

    private void readMetadata(Task whole) throws JsonSlicer.NotSliceable {
      try {
        Object metadata = parse(document, source, null, whole, dedup);
        whole.result = metadata;
        schemaVersion = ((ArtifactMetadata) metadata).schemaVersion();
      } catch (RuntimeException | IOException e) {
        throw new JsonSlicer.NotSliceable("metadata: " + e.getMessage());
      }
      sawMetadata = true;
      onMetadata.run();
    }
  }

  /** The bytes of one slice, after an opening brace and before a closing one when asked. */
  private static final class SliceStream extends InputStream {
    private final ByteBuffer bytes;
    private boolean open;
    private boolean close;

    SliceStream(ByteBuffer document, int start, int end, boolean open, boolean close) {
      this.bytes = document.slice(start, end - start);
      this.open = open;
      this.close = close;
    }

    @Override
    public int read() {
      if (open) {
        open = false;
        return '{';
      }
      if (bytes.hasRemaining()) {
        return bytes.get() & 0xff;
      }
      if (close) {
        close = false;
        return '}';
      }
      return -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (len == 0) {
        return 0;
      }
      if (open) {
        open = false;
        b[off] = '{';
        return 1;
      }
      int n = Math.min(len, bytes.remaining());
      if (n > 0) {
        bytes.get(b, off, n);
        return n;
      }
      if (close) {
        close = false;
        b[off] = '}';
        return 1;
      }
      return -1;
    }
  }
}
