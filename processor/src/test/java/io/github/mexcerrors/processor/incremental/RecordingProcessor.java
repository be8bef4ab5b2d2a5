package io.github.mexcerrors.processor.incremental;

import io.github.mexcerrors.processor.testing.DelegatingEnvironment;
import io.github.mexcerrors.processor.testing.DelegatingProcessor;
import java.io.IOException;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.QualifiedNameable;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;

/**
 * Runs a processor the way Gradle runs an incremental one: behind a {@link ProcessingEnvironment} of its own whose
 * {@link Filer} records every call with its originating elements, and recording the annotation types javac hands to
 * each round with their retention (Gradle's aggregating strategy falls back to a full recompilation for an annotation
 * of {@code SOURCE} retention). Like Gradle's wrapper, the environment is not javac's own class.
 */
final class RecordingProcessor extends DelegatingProcessor {
  /** What a processor asked the Filer for. */
  enum Kind {
    SOURCE, CLASS, RESOURCE, READ_RESOURCE
  }

  /**
   * One Filer call.
   *
   * @param kind what was asked for
   * @param location the location of a resource, else null
   * @param name the type's qualified name, or the resource's package and relative name
   * @param originatingElements the qualified names of the originating elements, in the order given
   */
  record FilerCall(Kind kind, JavaFileManager.Location location, String name, List<String> originatingElements) {}

  /**
   * An annotation type javac handed to the processor.
   *
   * @param name its qualified name
   * @param retention its retention ({@code CLASS} when it declares none, as the language says)
   */
  record RoundAnnotation(String name, RetentionPolicy retention) {}

  private final List<FilerCall> calls = new ArrayList<>();
  private final Set<RoundAnnotation> annotations = new LinkedHashSet<>();
  private Set<String> gradleKinds = Set.of();

  RecordingProcessor(Processor delegate) {
    super(delegate);
  }

  List<FilerCall> calls() {
    return List.copyOf(calls);
  }

  Set<RoundAnnotation> annotations() {
    return Set.copyOf(annotations);
  }

  /**
   * The Gradle kinds the processor named in {@code getSupportedOptions()} right after {@code init}, where Gradle's
   * wrapper of a {@code dynamic} processor reads them.
   */
  Set<String> gradleKinds() {
    return gradleKinds;
  }

  @Override
  public void init(ProcessingEnvironment environment) {
    super.init(environment);
    gradleKinds = getSupportedOptions().stream().filter(o -> o.startsWith("org.gradle.annotation.processing."))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** Delegates everything but the Filer, like Gradle's IncrementalProcessingEnvironment. */
  @Override
  protected ProcessingEnvironment wrap(ProcessingEnvironment environment) {
    Filer filer = new RecordingFiler(environment.getFiler());
    return new DelegatingEnvironment(environment) {
      @Override
      public Filer getFiler() {
        return filer;
      }
    };
  }

  @Override
  public boolean process(Set<? extends TypeElement> roundAnnotations, RoundEnvironment round) {
    for (TypeElement annotation : roundAnnotations) {
      Retention retention = annotation.getAnnotation(Retention.class);
      annotations.add(new RoundAnnotation(annotation.getQualifiedName().toString(),
          retention == null ? RetentionPolicy.CLASS : retention.value()));
    }
    return super.process(roundAnnotations, round);
  }

  private static List<String> names(Element... elements) {
    List<String> names = new ArrayList<>();
    for (Element element : elements == null ? new Element[0] : elements) {
      names.add(element instanceof QualifiedNameable ? ((QualifiedNameable) element).getQualifiedName().toString()
          : element.getKind() + " " + element.getSimpleName());
    }
    return names;
  }

  private final class RecordingFiler implements Filer {
    private final Filer filer;

    RecordingFiler(Filer filer) {
      this.filer = filer;
    }

    @Override
    public JavaFileObject createSourceFile(CharSequence name, Element... originatingElements) throws IOException {
      calls.add(new FilerCall(Kind.SOURCE, null, name.toString(), names(originatingElements)));
      return filer.createSourceFile(name, originatingElements);
    }

    @Override
    public JavaFileObject createClassFile(CharSequence name, Element... originatingElements) throws IOException {
      calls.add(new FilerCall(Kind.CLASS, null, name.toString(), names(originatingElements)));
      return filer.createClassFile(name, originatingElements);
    }

    @Override
    public FileObject createResource(JavaFileManager.Location location, CharSequence moduleAndPkg,
        CharSequence relativeName, Element... originatingElements) throws IOException {
      calls.add(new FilerCall(Kind.RESOURCE, location, moduleAndPkg + "/" + relativeName,
          names(originatingElements)));
      return filer.createResource(location, moduleAndPkg, relativeName, originatingElements);
    }

    @Override
    public FileObject getResource(JavaFileManager.Location location, CharSequence moduleAndPkg,
        CharSequence relativeName) throws IOException {
      calls.add(new FilerCall(Kind.READ_RESOURCE, location, moduleAndPkg + "/" + relativeName, List.of()));
      return filer.getResource(location, moduleAndPkg, relativeName);
    }
  }

  @Override
  public String toString() {
    return calls.stream().map(FilerCall::toString).collect(Collectors.joining("\n"))
        + "\nannotations: " + new TreeSet<>(annotations.stream().map(RoundAnnotation::toString)
            .collect(Collectors.toList()));
  }
}
