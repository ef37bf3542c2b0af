package io.github.supersetsdk.assets.internal;

import io.github.supersetsdk.assets.AssetType;
import io.github.supersetsdk.assets.AssetsException;
import io.github.supersetsdk.assets.AssetsFormatException;
import io.github.supersetsdk.assets.TemplateException;
import io.github.supersetsdk.assets.UnknownAssetTypeException;
import io.github.supersetsdk.assets.UuidConflictException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.jspecify.annotations.Nullable;

/** Reads and writes folders and Superset bundles of asset documents. Thread-safe. */
public final class FolderIo {

  private FolderIo() {}

  /**
   * Reads a folder: every YAML file under the four asset directories, rendered with the variables.
   *
   * @throws AssetsException for an unknown directory, malformed YAML, a template without a value,
   *     a missing uuid or name, or two files with one UUID
   */
  public static List<Doc> read(Path dir, Map<String, Object> variables) {
    if (!Files.isDirectory(dir)) {
      throw new AssetsException(dir + ": not a directory", null, null);
    }
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(Files::isRegularFile)
          .filter(p -> !hidden(dir.relativize(p)))
          .filter(p -> p.getFileName().toString().endsWith(".yaml") || p.getFileName().toString().endsWith(".yml"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
    List<Doc> docs = new ArrayList<>();
    Map<UUID, String> seen = new HashMap<>();
    for (Path f : files) {
      String rel = dir.relativize(f).toString().replace('\\', '/');
      AssetType type = typeOf(rel);
      if (type == null) {
        throw new UnknownAssetTypeException(rel);
      }
      String text;
      try {
        text = Files.readString(f, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + f, e);
      }
      Doc doc = parseDoc(type, rel, text, variables);
      String other = seen.putIfAbsent(doc.uuid(), rel);
      if (other != null) {
        throw new UuidConflictException(rel, doc.uuid(), "UUID " + doc.uuid() + " is also the UUID of " + other);
      }
      docs.add(doc);
    }
    return docs;
  }

  /** Parses and renders one folder file. */
  public static Doc parseDoc(AssetType type, String rel, String text, Map<String, Object> variables) {
    Yaml.Parsed parsed = Yaml.parse(text, rel);
    @SuppressWarnings("unchecked")
    Map<String, Object> content = (Map<String, Object>) render(parsed.root(), "", rel, parsed.locations(), variables);
    Object u = content.get("uuid");
    UUID uuid = Doc.parseUuid(u);
    if (uuid == null) {
      int[] loc = parsed.locations().getOrDefault("uuid", new int[] {0, 0});
      throw new AssetsFormatException(rel, loc[0], loc[1],
          u == null ? "the field 'uuid' is missing" : "'uuid' is not a UUID: " + u, null);
    }
    String nameField = Doc.nameField(type);
    if (!(content.get(nameField) instanceof String)) {
      throw new AssetsFormatException(rel, 0, 0, "the field '" + nameField + "' is missing: is this a "
          + type.name().toLowerCase(java.util.Locale.ROOT) + " file?", null);
    }
    String ref = switch (type) {
      case DATASET -> "database_uuid";
      case CHART -> "dataset_uuid";
      default -> null;
    };
    if (ref != null && Doc.parseUuid(content.get(ref)) == null) {
      int[] loc = parsed.locations().getOrDefault(ref, new int[] {0, 0});
      throw new AssetsFormatException(rel, loc[0], loc[1], "the field '" + ref + "' must hold a UUID", null);
    }
    return new Doc(type, uuid, rel, Normalizer.normalize(type, content));
  }

  private static @Nullable Object render(@Nullable Object v, String path, String file, Map<String, int[]> locations,
      Map<String, Object> variables) {
    if (v instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, x) -> out.put(String.valueOf(k),
          render(x, path.isEmpty() ? String.valueOf(k) : path + "." + k, file, locations, variables)));
      return out;
    }
    if (v instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      for (int i = 0; i < l.size(); i++) {
        out.add(render(l.get(i), path + "[" + i + "]", file, locations, variables));
      }
      return out;
    }
    if (v instanceof String s && Templates.isTemplate(s)) {
      try {
        return Templates.render(s, variables);
      } catch (Templates.Failure e) {
        int[] loc = locations.getOrDefault(path, new int[] {0, 0});
        throw new TemplateException(file, loc[0], loc[1], e.variable(), e.getMessage() + " (at " + path + ")");
      }
    }
    return v;
  }

  private static boolean hidden(Path rel) {
    for (Path part : rel) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /** The kind of a folder or bundle path by its first directory, or null. */
  public static @Nullable AssetType typeOf(String rel) {
    int slash = rel.indexOf('/');
    if (slash < 0) {
      return null;
    }
    String first = rel.substring(0, slash);
    for (AssetType t : AssetType.values()) {
      if (t.directory().equals(first)) {
        return t;
      }
    }
    return null;
  }

  /**
   * Writes documents as a folder: the four asset directories are replaced as a whole (so that a
   * renamed asset leaves no stale file); other files in the folder are kept.
   */
  public static void write(Path dir, List<Doc> docs) {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new UncheckedIOException("cannot write " + dir + ": it is a file, not a folder",
          new java.nio.file.NotDirectoryException(dir.toString()));
    }
    try {
      Files.createDirectories(dir);
      Path tmp = Files.createTempDirectory(dir, ".assets-");
      try {
        for (Doc d : docs) {
          Path f = tmp.resolve(d.path());
          Files.createDirectories(f.getParent());
          Files.writeString(f, Yaml.write(escape(d.content())), StandardCharsets.UTF_8);
        }
        for (AssetType t : AssetType.values()) {
          Path target = dir.resolve(t.directory());
          deleteTree(target);
          Path made = tmp.resolve(t.directory());
          if (Files.isDirectory(made)) {
            Files.move(made, target, StandardCopyOption.ATOMIC_MOVE);
          }
        }
      } finally {
        deleteTree(tmp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + dir + ": " + reason(e), e);
    }
  }

  /** Why a write failed, in words: the file system's reason, else the kind of error and its path. */
  private static String reason(IOException e) {
    if (e instanceof java.nio.file.FileSystemException f) {
      String kind = f instanceof java.nio.file.AccessDeniedException ? "permission denied"
          : f instanceof java.nio.file.NotDirectoryException ? "not a folder"
          : f instanceof java.nio.file.FileAlreadyExistsException ? "a file is in the way"
          : f instanceof java.nio.file.NoSuchFileException ? "no such file or folder"
          : f.getReason() == null ? f.getClass().getSimpleName() : f.getReason();
      return f.getFile() == null ? kind : kind + " (" + f.getFile() + ")";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /** A tree whose strings holding Jinja delimiters are protected from rendering. */
  static @Nullable Object escape(@Nullable Object v) {
    if (v instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, x) -> out.put(String.valueOf(k), escape(x)));
      return out;
    }
    if (v instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      l.forEach(x -> out.add(escape(x)));
      return out;
    }
    return v instanceof String s ? Templates.escape(s) : v;
  }

  private static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p)) {
      return;
    }
    try (Stream<Path> s = Files.walk(p)) {
      for (Path x : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(x);
      }
    }
  }

  /**
   * Reads a Superset export bundle into normalised documents laid out as a folder. Files of other
   * kinds (metadata, tags, themes, saved queries) are left out.
   */
  public static List<Doc> readBundle(byte[] zip) {
    Map<String, String> texts = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        if (!e.isDirectory()) {
          String name = e.getName();
          int slash = name.indexOf('/');
          texts.put(slash < 0 ? name : name.substring(slash + 1), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot read Superset's export bundle", ex);
    }
    List<Doc> raw = new ArrayList<>();
    for (Map.Entry<String, String> t : texts.entrySet()) {
      AssetType type = typeOf(t.getKey());
      if (type == null) {
        continue;
      }
      Map<String, Object> content = Yaml.parse(t.getValue(), "bundle " + t.getKey()).root();
      UUID uuid = Doc.parseUuid(content.get("uuid"));
      if (uuid != null) {
        raw.add(new Doc(type, uuid, t.getKey(), Normalizer.normalize(type, content)));
      }
    }
    return layOut(raw);
  }

  /** The documents at their folder paths. */
  public static List<Doc> layOut(List<Doc> docs) {
    Map<UUID, String> dbNames = new HashMap<>();
    for (Doc d : docs) {
      if (d.type() == AssetType.DATABASE) {
        dbNames.put(d.uuid(), d.name());
      }
    }
    List<Doc> out = new ArrayList<>();
    for (Doc d : docs) {
      out.add(d.withPath(Doc.layoutPath(d.type(), d.uuid(), d.content(), dbNames)));
    }
    out.sort(Comparator.comparing(Doc::type).thenComparing(Doc::path));
    return out;
  }

  /** Writes documents as a bundle for Superset's asset import. */
  public static byte[] writeBundle(List<Doc> docs) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
      zip.putNextEntry(new ZipEntry("bundle/metadata.yaml"));
      zip.write(Yaml.writeQuoted(Map.of("version", "1.0.0", "type", "assets", "timestamp", "1970-01-01T00:00:00+00:00"))
          .getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      for (Doc d : docs) {
        zip.putNextEntry(new ZipEntry("bundle/" + d.path()));
        zip.write(Yaml.writeQuoted(Normalizer.forImport(d.type(), d.content())).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
