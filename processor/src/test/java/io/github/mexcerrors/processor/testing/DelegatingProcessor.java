package io.github.mexcerrors.processor.testing;

import java.util.Set;
import javax.annotation.processing.Completion;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Runs another processor behind an environment of its own, as build tools do: Gradle's incremental processing hands
 * processors a wrapper of javac's environment. By default the wrapper is a {@link DelegatingEnvironment}; a subclass
 * changes it with {@link #wrap}, and may override any other method to watch the processor.
 */
public class DelegatingProcessor implements Processor {
  private final Processor delegate;

  /**
   * Wraps a processor.
   *
   * @param delegate the processor that does the work
   */
  public DelegatingProcessor(Processor delegate) {
    this.delegate = delegate;
  }

  /**
   * Returns the environment the delegate is initialised with.
   *
   * @param environment the compiler's environment
   * @return a {@link DelegatingEnvironment} of it, unless a subclass says otherwise
   */
  protected ProcessingEnvironment wrap(ProcessingEnvironment environment) {
    return new DelegatingEnvironment(environment);
  }

  @Override
  public Set<String> getSupportedOptions() {
    return delegate.getSupportedOptions();
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return delegate.getSupportedAnnotationTypes();
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return delegate.getSupportedSourceVersion();
  }

  @Override
  public void init(ProcessingEnvironment environment) {
    delegate.init(wrap(environment));
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    return delegate.process(annotations, round);
  }

  @Override
  public Iterable<? extends Completion> getCompletions(Element element, AnnotationMirror annotation,
      ExecutableElement member, String userText) {
    return delegate.getCompletions(element, annotation, member, userText);
  }
}
