package io.github.mexcerrors.processor.testing;

import java.util.Locale;
import java.util.Map;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * A processing environment that answers what another answers, like Gradle's {@code IncrementalProcessingEnvironment}:
 * not the compiler's own class, the original in a field. A subclass overrides what it answers otherwise (e.g. a
 * recording {@link Filer}).
 */
public class DelegatingEnvironment implements ProcessingEnvironment {
  private final ProcessingEnvironment delegate;

  /**
   * Wraps an environment.
   *
   * @param delegate the compiler's environment
   */
  public DelegatingEnvironment(ProcessingEnvironment delegate) {
    this.delegate = delegate;
  }

  @Override
  public Map<String, String> getOptions() {
    return delegate.getOptions();
  }

  @Override
  public Messager getMessager() {
    return delegate.getMessager();
  }

  @Override
  public Filer getFiler() {
    return delegate.getFiler();
  }

  @Override
  public Elements getElementUtils() {
    return delegate.getElementUtils();
  }

  @Override
  public Types getTypeUtils() {
    return delegate.getTypeUtils();
  }

  @Override
  public SourceVersion getSourceVersion() {
    return delegate.getSourceVersion();
  }

  @Override
  public Locale getLocale() {
    return delegate.getLocale();
  }

  @Override
  public boolean isPreviewEnabled() {
    return delegate.isPreviewEnabled();
  }
}
