package io.github.mexcerrors.processor.handlers;

import javax.lang.model.element.VariableElement;

/**
 * One parameter of a handler method and what it receives.
 *
 * @param element the parameter
 * @param kind what it receives
 * @param typeName the qualified name of its declared type ({@code int} for the code), as written when it does not
 *     resolve; for the caller's context, the type with its type arguments
 */
public record HandlerParameter(VariableElement element, ParameterKind kind, String typeName) {}
