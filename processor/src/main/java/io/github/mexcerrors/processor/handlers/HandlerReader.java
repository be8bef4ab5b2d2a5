package io.github.mexcerrors.processor.handlers;

import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.MexcErrorCode;
import io.github.mexcerrors.MexcException;
import io.github.mexcerrors.MexcExhaustive;
import io.github.mexcerrors.OnMexcCategory;
import io.github.mexcerrors.OnMexcError;
import io.github.mexcerrors.OnMexcErrorFallback;
import io.github.mexcerrors.processor.diagnostics.Diagnostics;
import io.github.mexcerrors.processor.handlers.HandlerMethod.Kind;
import io.github.mexcerrors.processor.handlers.HandlerMethod.Value;
import io.github.mexcerrors.processor.table.Names;
import io.github.mexcerrors.processor.table.TableTypes;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads a class's handler methods into a {@link HandlerClass}, checking what can be checked without the table:
 * that the class and its methods can be called from a generated class in the same package, and that every
 * parameter is of a kind the dispatcher can supply.
 */
public final class HandlerReader {
  /** The outcome of reading one class. */
  public enum Status {
    /** The class was read without problems: check it against the table, then generate its dispatcher. */
    READ,
    /** A parameter type does not exist yet (it is generated in this round): read the class again next round. */
    DEFERRED,
    /**
     * The class has problems (reported, by us or by the compiler: an unresolved type in the last round, an
     * annotation value that does not compile): the model holds what could be read, to be checked against the
     * table so that all problems are reported in one build, but no dispatcher may be generated from it.
     */
    INCOMPLETE
  }

  /**
   * The outcome of reading one class.
   *
   * @param status read, incomplete or deferred
   * @param handlerClass the class as far as it could be read; empty when deferred, or when it cannot be named
   */
  public record Result(Status status, Optional<HandlerClass> handlerClass) {}

  private static final String SHAPE = " method is void, not private, not generic, declares no checked exception and"
      + " takes, in any order and each at most once: ";

  private final Elements elements;
  private final Types types;
  private final Diagnostics diagnostics;
  private final TableTypes tableTypes;

  /**
   * Creates a reader.
   *
   * @param elements javac's elements
   * @param types javac's types
   * @param diagnostics where problems go
   * @param tableTypes the names of the generated table types
   */
  public HandlerReader(Elements elements, Types types, Diagnostics diagnostics, TableTypes tableTypes) {
    this.elements = elements;
    this.types = types;
    this.diagnostics = diagnostics;
    this.tableTypes = tableTypes;
  }

  /**
   * Finds which of our annotations a method carries.
   *
   * @param method the method
   * @return the handler annotations on it
   */
  public static Map<Kind, AnnotationMirror> handlerAnnotations(Element method) {
    Map<Kind, AnnotationMirror> found = new EnumMap<>(Kind.class);
    for (AnnotationMirror mirror : method.getAnnotationMirrors()) {
      String name = ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
      if (name.equals(OnMexcError.class.getCanonicalName())) {
        found.put(Kind.CODES, mirror);
      } else if (name.equals(OnMexcCategory.class.getCanonicalName())) {
        found.put(Kind.CATEGORIES, mirror);
      } else if (name.equals(OnMexcErrorFallback.class.getCanonicalName())) {
        found.put(Kind.FALLBACK, mirror);
      }
    }
    return found;
  }

  /**
   * Names the signatures a handler method may have, for messages.
   *
   * @param kind which annotation the method carries
   * @return e.g. "an @OnMexcError method is void, ..."
   */
  public static String allowedSignatures(Kind kind) {
    switch (kind) {
      case CODES:
        return "an @OnMexcError" + SHAPE + "int (the code), String (the message), MexcApi, the table entry"
            + " (SpotErrorCode or FuturesErrorCode, as its api, or MexcErrorCode) and the exception (MexcException"
            + " or the generated category exception every listed code belongs to, such as ClockSkewException)";
      case CATEGORIES:
        return "an @OnMexcCategory" + SHAPE + "int (the code), String (the message), MexcApi and the exception"
            + " (MexcException or the generated exception of a category every listed category belongs to)";
      default:
        return "an @OnMexcErrorFallback" + SHAPE + "int (the code), String (the message), MexcApi and"
            + " MexcException";
    }
  }

  /**
   * Reads a class, deferring it while a handler parameter's type does not exist yet.
   *
   * @param type the class that declares handler methods
   * @return read (with the model when valid) or deferred
   */
  public Result read(TypeElement type) {
    return read(type, false);
  }

  /**
   * Reads a class.
   *
   * @param type the class that declares handler methods, or carries {@code @MexcExhaustive}
   * @param lastRound whether no later round will come: types that do not resolve now never will, so the class is
   *     checked anyway (javac reports the missing types itself) and no model is returned
   * @return read, incomplete or deferred
   */
  public Result read(TypeElement type, boolean lastRound) {
    int errorsBefore = diagnostics.errorCount();
    boolean unresolved = false;
    if (!checkReachable(type)) {
      return new Result(Status.INCOMPLETE, Optional.empty());
    }
    List<HandlerMethod> methods = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      Map<Kind, AnnotationMirror> annotations = handlerAnnotations(method);
      if (annotations.isEmpty()) {
        continue;
      }
      if (hasUnresolvedParameter(method)) {
        if (!lastRound) {
          return new Result(Status.DEFERRED, Optional.empty());
        }
        unresolved = true;
      }
      if (annotations.size() > 1) {
        diagnostics.error(method, "method " + method.getSimpleName() + " carries "
            + String.join(" and ", annotations.keySet().stream().map(Kind::annotation).toList())
            + "; a handler method carries exactly one of them: split it into one method per annotation");
        continue;
      }
      Map.Entry<Kind, AnnotationMirror> annotation = annotations.entrySet().iterator().next();
      Optional<HandlerMethod> read = readMethod(method, annotation.getKey(), annotation.getValue());
      read.ifPresent(methods::add);
      unresolved |= read.isEmpty();
    }
    Optional<Exhaustiveness> exhaustive = readExhaustiveness(type);
    HandlerClass handlerClass = new HandlerClass(type, packageOf(type).getQualifiedName().toString(),
        dispatcherName(type), isPublic(type), List.copyOf(methods), exhaustive);
    boolean complete = !unresolved && diagnostics.errorCount() == errorsBefore;
    return new Result(complete ? Status.READ : Status.INCOMPLETE, Optional.of(handlerClass));
  }

  private Optional<Exhaustiveness> readExhaustiveness(TypeElement type) {
    for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
      String name = ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
      if (!name.equals(MexcExhaustive.class.getCanonicalName())) {
        continue;
      }
      Set<MexcApi> apis = EnumSet.allOf(MexcApi.class);
      AnnotationValue apisSource = null;
      List<Value<String>> categories = new ArrayList<>();
      for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
          : mirror.getElementValues().entrySet()) {
        String element = entry.getKey().getSimpleName().toString();
        if (element.equals("apis")) {
          apisSource = entry.getValue();
          apis = EnumSet.noneOf(MexcApi.class);
          for (AnnotationValue item : items(entry.getValue())) {
            if (item.getValue() instanceof VariableElement) {
              apis.add(MexcApi.valueOf(((VariableElement) item.getValue()).getSimpleName().toString()));
            }
          }
        } else if (element.equals("categories")) {
          for (AnnotationValue item : items(entry.getValue())) {
            if (item.getValue() instanceof String) {
              categories.add(new Value<>((String) item.getValue(), item));
            }
          }
        }
      }
      if (apis.isEmpty()) {
        diagnostics.error(type, mirror, apisSource, "@MexcExhaustive on " + type.getSimpleName() + " names no API,"
            + " so it asks for nothing; name one, e.g. apis = MexcApi.SPOT, or leave apis out for both");
        return Optional.empty();
      }
      return Optional.of(new Exhaustiveness(mirror, Set.copyOf(apis), apisSource, List.copyOf(categories)));
    }
    return Optional.empty();
  }

  /**
   * After the last round, a parameter type that still does not resolve is reported by the compiler itself; this
   * adds a message only when the name is, or nearly is, one of the types generated from the table (a missing
   * import or a typo), to say which.
   */
  private void suggestType(ExecutableElement method, VariableElement parameter) {
    String written = parameter.asType().toString();
    String simple = written.substring(written.lastIndexOf('.') + 1);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    List<String> candidates = new ArrayList<>();
    for (MexcApi api : MexcApi.values()) {
      candidates.add(tableTypes.codeEnum(api));
    }
    tableTypes.table().categories().forEach(category -> candidates.add(tableTypes.exception(category)));
    for (String generated : candidates) {
      String generatedSimple = generated.substring(generated.lastIndexOf('.') + 1);
      int distance = Names.distance(simple, generatedSimple);
      if (distance < bestDistance) {
        best = generated;
        bestDistance = distance;
      }
    }
    if (best == null || best.equals(written) || bestDistance > Math.max(1, simple.length() / 6)) {
      return;
    }
    diagnostics.error(method, parameter, bestDistance == 0
        ? "the type of parameter " + parameter.getSimpleName() + ", " + written + ", is generated from the error"
            + " table as " + best + ": import it (import " + best + ";)"
        : "the type of parameter " + parameter.getSimpleName() + ", " + written + ", does not exist; did you mean "
            + best + ", generated from the error table?");
  }

  private static boolean hasUnresolvedParameter(ExecutableElement method) {
    return method.getParameters().stream().anyMatch(p -> p.asType().getKind() == TypeKind.ERROR);
  }

  /** Reports a class that a generated dispatcher cannot name or reach; returns whether it can be named. */
  private boolean checkReachable(TypeElement type) {
    NestingKind nesting = type.getNestingKind();
    if (nesting == NestingKind.ANONYMOUS || nesting == NestingKind.LOCAL) {
      diagnostics.error(type, "handler methods are declared in a" + (nesting == NestingKind.LOCAL ? " local" : "n"
          + " anonymous") + " class, which a generated dispatcher cannot name; move them to a top-level or"
          + " static nested class");
      return false;
    }
    for (Element current = type; current instanceof TypeElement; current = current.getEnclosingElement()) {
      if (current.getModifiers().contains(Modifier.PRIVATE)) {
        diagnostics.error(type, "class " + current.getSimpleName() + " is private, so the generated dispatcher "
            + dispatcherName(type) + " cannot reach " + type.getSimpleName() + "; make it package-private or"
            + " wider");
        return true;
      }
    }
    return true;
  }

  private Optional<HandlerMethod> readMethod(ExecutableElement method, Kind kind, AnnotationMirror annotation) {
    String name = method.getSimpleName().toString();
    String allowed = " (" + allowedSignatures(kind) + ")";
    if (method.getModifiers().contains(Modifier.PRIVATE)) {
      diagnostics.error(method, "handler method " + name + " is private, so the generated dispatcher cannot call"
          + " it; make it package-private, protected or public" + allowed);
    }
    if (!method.getTypeParameters().isEmpty()) {
      diagnostics.error(method, "handler method " + name + " is generic; the dispatcher cannot choose its type"
          + " arguments: remove the type parameters" + allowed);
    }
    if (method.getReturnType().getKind() != TypeKind.VOID) {
      diagnostics.error(method, "handler method " + name + " returns " + method.getReturnType()
          + ", which the dispatcher would drop; declare it void" + allowed);
    }
    TypeMirror runtime = elements.getTypeElement(RuntimeException.class.getCanonicalName()).asType();
    TypeMirror error = elements.getTypeElement(Error.class.getCanonicalName()).asType();
    for (TypeMirror thrown : method.getThrownTypes()) {
      if (!types.isAssignable(thrown, runtime) && !types.isAssignable(thrown, error)) {
        diagnostics.error(method, "handler method " + name + " throws the checked exception " + thrown
            + ", which the dispatcher cannot propagate; catch it inside the method or wrap it in an unchecked"
            + " exception" + allowed);
      }
    }
    List<HandlerParameter> parameters = new ArrayList<>();
    Map<ParameterKind, VariableElement> seen = new EnumMap<>(ParameterKind.class);
    for (VariableElement parameter : method.getParameters()) {
      if (parameter.asType().getKind() == TypeKind.ERROR) {
        suggestType(method, parameter);
        continue;
      }
      Optional<HandlerParameter> bound = bind(parameter);
      if (bound.isEmpty()) {
        diagnostics.error(method, parameter,
            "the dispatcher cannot supply parameter " + parameter.getSimpleName()
            + " of type " + parameter.asType() + "; " + allowedSignatures(kind));
        continue;
      }
      VariableElement previous = seen.putIfAbsent(bound.get().kind(), parameter);
      if (previous != null) {
        diagnostics.error(method, parameter,
            "parameters " + previous.getSimpleName() + " and " + parameter.getSimpleName()
            + " both receive " + bound.get().kind().description() + "; keep one of them" + allowed);
        continue;
      }
      parameters.add(bound.get());
    }
    MexcApi api = MexcApi.SPOT;
    List<Value<Integer>> codes = new ArrayList<>();
    List<Value<String>> categories = new ArrayList<>();
    // A value that does not compile (an unknown constant) is reported by the compiler; it leaves the value out, or
    // gives a value of another type: then say nothing more about this annotation, and generate nothing.
    boolean erroneous = kind != Kind.FALLBACK;
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
        : annotation.getElementValues().entrySet()) {
      String element = entry.getKey().getSimpleName().toString();
      Object value = entry.getValue().getValue();
      if (element.equals("api")) {
        if (value instanceof VariableElement) {
          api = MexcApi.valueOf(((VariableElement) value).getSimpleName().toString());
        } else {
          return Optional.empty();
        }
      } else if (element.equals("value")) {
        erroneous = false;
        for (AnnotationValue item : items(entry.getValue())) {
          if (kind == Kind.CODES && item.getValue() instanceof Integer) {
            codes.add(new Value<>((Integer) item.getValue(), item));
          } else if (kind == Kind.CATEGORIES && item.getValue() instanceof String) {
            categories.add(new Value<>((String) item.getValue(), item));
          } else {
            erroneous = true;
          }
        }
      }
    }
    if (erroneous) {
      return Optional.empty();
    }
    return Optional.of(new HandlerMethod(method, annotation, kind, api, List.copyOf(codes), List.copyOf(categories),
        List.copyOf(parameters), method.getModifiers().contains(Modifier.STATIC)));
  }

  @SuppressWarnings("unchecked")
  private static List<? extends AnnotationValue> items(AnnotationValue value) {
    Object raw = value.getValue();
    if (raw instanceof List) {
      return (List<? extends AnnotationValue>) raw;
    }
    return List.of(value);
  }

  private Optional<HandlerParameter> bind(VariableElement parameter) {
    TypeMirror type = parameter.asType();
    if (type.getKind() == TypeKind.INT) {
      return Optional.of(new HandlerParameter(parameter, ParameterKind.CODE, "int"));
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return Optional.empty();
    }
    String name = ((TypeElement) types.asElement(type)).getQualifiedName().toString();
    if (name.equals(String.class.getCanonicalName())) {
      return Optional.of(new HandlerParameter(parameter, ParameterKind.MESSAGE, name));
    }
    if (name.equals(MexcApi.class.getCanonicalName())) {
      return Optional.of(new HandlerParameter(parameter, ParameterKind.API, name));
    }
    if (name.equals(MexcErrorCode.class.getCanonicalName()) || tableTypes.apiOfEnum(name).isPresent()) {
      return Optional.of(new HandlerParameter(parameter, ParameterKind.ENTRY, name));
    }
    if (name.equals(MexcException.class.getCanonicalName())
        || tableTypes.categoryOfException(name).isPresent()) {
      return Optional.of(new HandlerParameter(parameter, ParameterKind.EXCEPTION, name));
    }
    return Optional.empty();
  }

  private static PackageElement packageOf(Element element) {
    Element current = element;
    while (!(current instanceof PackageElement)) {
      current = current.getEnclosingElement();
    }
    return (PackageElement) current;
  }

  private static String dispatcherName(TypeElement type) {
    StringBuilder name = new StringBuilder(type.getSimpleName());
    for (Element outer = type.getEnclosingElement(); outer instanceof TypeElement;
        outer = outer.getEnclosingElement()) {
      name.insert(0, outer.getSimpleName() + "_");
    }
    return name.append("Dispatcher").toString();
  }

  private static boolean isPublic(TypeElement type) {
    for (Element current = type; current.getKind() != ElementKind.PACKAGE; current = current.getEnclosingElement()) {
      if (!current.getModifiers().contains(Modifier.PUBLIC)) {
        return false;
      }
    }
    return true;
  }
}
