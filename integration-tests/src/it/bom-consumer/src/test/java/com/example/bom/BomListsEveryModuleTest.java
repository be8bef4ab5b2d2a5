package com.example.bom;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The BOM lists every published module of the mexc-errors build at the build's version, and nothing else: a module
 * added to the build without its BOM entry fails here. Published means not marked {@code maven.deploy.skip}.
 */
class BomListsEveryModuleTest {
  private static final String BOM = "mexc-errors-bom";

  @Test
  void bomListsEveryPublishedModuleAtTheBuildsVersion() throws Exception {
    Path root = Path.of(System.getProperty("mexc.root"));
    Document parent = read(root.resolve("pom.xml"));
    String version = text(parent.getDocumentElement(), "version");

    TreeSet<String> published = new TreeSet<>();
    for (String module : texts(child(parent.getDocumentElement(), "modules"), "module")) {
      Element pom = read(root.resolve(module).resolve("pom.xml")).getDocumentElement();
      Element properties = child(pom, "properties");
      boolean skipped = properties != null && "true".equals(text(properties, "maven.deploy.skip"));
      String artifactId = text(pom, "artifactId");
      if (!skipped && !artifactId.equals(BOM)) {
        published.add(artifactId);
      }
    }

    Element bom = read(root.resolve("bom/pom.xml")).getDocumentElement();
    assertEquals(version, text(bom, "version"), "the BOM's version is the build's");
    Map<String, String> managed = new TreeMap<>();
    Element dependencies = child(child(bom, "dependencyManagement"), "dependencies");
    for (Element dependency : children(dependencies, "dependency")) {
      assertEquals("io.github.mexcerrors", text(dependency, "groupId"));
      managed.put(text(dependency, "artifactId"), text(dependency, "version"));
    }
    assertEquals(published, managed.keySet(), "the BOM's entries are the published modules");
    for (Map.Entry<String, String> entry : managed.entrySet()) {
      assertEquals("${project.version}", entry.getValue(), entry.getKey());
    }
  }

  private static Document read(Path pom) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(false);
    try (var in = Files.newInputStream(pom)) {
      return factory.newDocumentBuilder().parse(in);
    }
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> result = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      Node node = nodes.item(i);
      if (node instanceof Element && ((Element) node).getTagName().equals(name)) {
        result.add((Element) node);
      }
    }
    return result;
  }

  private static Element child(Element parent, String name) {
    List<Element> found = children(parent, name);
    return found.isEmpty() ? null : found.get(0);
  }

  private static String text(Element parent, String name) {
    Element found = child(parent, name);
    return found == null ? null : found.getTextContent().trim();
  }

  private static List<String> texts(Element parent, String name) {
    List<String> result = new ArrayList<>();
    for (Element element : children(parent, name)) {
      result.add(element.getTextContent().trim());
    }
    return result;
  }
}
