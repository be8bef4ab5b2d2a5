package io.github.mexcerrors.processor.handlers;

import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.processor.handlers.HandlerMethod.Value;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;

/**
 * What a class's {@code @MexcExhaustive} asks for: every code of these APIs and categories must be handled.
 *
 * @param annotation the annotation, for diagnostics
 * @param apis the APIs
 * @param apisSource the {@code apis} value as written, or {@code null} when it is the default
 * @param categories the categories as written; empty for every category
 */
public record Exhaustiveness(
    AnnotationMirror annotation, Set<MexcApi> apis, AnnotationValue apisSource, List<Value<String>> categories) {}
