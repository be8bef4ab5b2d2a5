package io.github.mexcerrors.processor.write;

import com.palantir.javapoet.JavaFile;
import io.github.mexcerrors.processor.diagnostics.Diagnostics;
import io.github.mexcerrors.processor.diagnostics.Message;
import io.github.mexcerrors.processor.generation.ResourceFile;
import io.github.mexcerrors.processor.generation.SourceText;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * The processor's write step, the only one that touches the {@link Filer}: writes what the writers rendered, the
 * sources (as {@link SourceText#render} words them) and the resources of the class output. A file that cannot be
 * written is reported, never thrown.
 */
public final class GeneratedFiles {
  private final Filer filer;
  private final Diagnostics diagnostics;

  /**
   * Creates the write step.
   *
   * @param filer javac's filer
   * @param diagnostics where write failures go
   */
  public GeneratedFiles(Filer filer, Diagnostics diagnostics) {
    this.filer = filer;
    this.diagnostics = diagnostics;
  }

  /**
   * Writes generated sources and resources.
   *
   * @param sources the sources, each with the originating elements its type carries
   * @param resources the resources of the class output
   * @param origins elements every file is generated from besides its own: the handler classes, for what is
   *     generated from the table, which they all share (Gradle's incremental compilation and IDEs read them)
   */
  public void write(List<JavaFile> sources, List<ResourceFile> resources, List<? extends Element> origins) {
    for (JavaFile file : sources) {
      List<Element> all = new ArrayList<>(file.typeSpec().originatingElements());
      all.addAll(origins);
      writeSource(file, all.toArray(new Element[0]));
    }
    for (ResourceFile resource : resources) {
      writeResource(resource, origins.toArray(new Element[0]));
    }
  }

  private void writeSource(JavaFile file, Element... origins) {
    String name = file.packageName().isEmpty() ? file.typeSpec().name()
        : file.packageName() + "." + file.typeSpec().name();
    try {
      try (Writer writer = filer.createSourceFile(name, origins).openWriter()) {
        writer.write(SourceText.render(file));
      }
    } catch (IOException | RuntimeException e) {
      // At the handler class of a dispatcher, so that the error names a file and line
      List<Element> own = file.typeSpec().originatingElements();
      if (!own.isEmpty()) {
        diagnostics.report(Message.SOURCE_NOT_WRITTEN, own.get(0), name, e);
      } else {
        diagnostics.reportAt(null, Message.SOURCE_NOT_WRITTEN, name, e);
      }
    }
  }

  private void writeResource(ResourceFile resource, Element... origins) {
    try {
      FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, resource.packageName(),
          resource.relativeName(), origins);
      try (Writer out = file.openWriter()) {
        out.write(resource.text());
      }
    } catch (IOException | RuntimeException e) {
      diagnostics.reportAt(null, resource.notWritten(), resource.path(), e);
    }
  }
}
