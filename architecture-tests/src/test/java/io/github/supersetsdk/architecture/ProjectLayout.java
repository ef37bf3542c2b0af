package io.github.supersetsdk.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** The checkout this build runs in: its root, its modules and their poms. Stateless. */
final class ProjectLayout {

  private ProjectLayout() {}

  /** The repository root, from the build (the directory of the reactor's root pom). */
  static Path root() {
    String root = System.getProperty("project.root");
    Path dir = root == null ? Path.of("..") : Path.of(root);
    if (!Files.isRegularFile(dir.resolve("pom.xml")) || !Files.isDirectory(dir.resolve("superset-sdk-core"))) {
      throw new IllegalStateException("not the project root: " + dir.toAbsolutePath());
    }
    return dir.toAbsolutePath().normalize();
  }

  /** The module directories the root pom lists, in its order. */
  static List<Path> moduleDirectories() {
    Element project = read(root().resolve("pom.xml"));
    List<Path> dirs = new ArrayList<>();
    for (Element m : children(child(project, "modules"), "module")) {
      dirs.add(root().resolve(m.getTextContent().trim()));
    }
    return dirs;
  }

  /** Parses a pom and returns its {@code project} element. */
  static Element read(Path pom) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Document doc = f.newDocumentBuilder().parse(pom.toFile());
      return doc.getDocumentElement();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + pom, e);
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("cannot parse " + pom + ": " + e.getMessage(), e);
    }
  }

  /** The one direct child element of that name, or null. */
  static Element child(Element parent, String name) {
    List<Element> found = children(parent, name);
    return found.isEmpty() ? null : found.get(0);
  }

  /** The direct child elements of that name (none if {@code parent} is null). */
  static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    if (parent == null) {
      return found;
    }
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      Node n = nodes.item(i);
      if (n instanceof Element && ((Element) n).getTagName().equals(name)) {
        found.add((Element) n);
      }
    }
    return found;
  }

  /** The text of a direct child element, or null. */
  static String text(Element parent, String name) {
    Element e = child(parent, name);
    return e == null ? null : e.getTextContent().trim();
  }
}
