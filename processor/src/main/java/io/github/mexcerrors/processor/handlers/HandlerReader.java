package io.github.mexcerrors.processor.handlers;

import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.MexcErrorCode;
import io.github.mexcerrors.MexcException;
import io.github.mexcerrors.OnMexcCategory;
import io.github.mexcerrors.OnMexcError;
import io.github.mexcerrors.OnMexcErrorFallback;
import io.github.mexcerrors.processor.diagnostics.Diagnostics;
import io.github.mexcerrors.processor.handlers.HandlerMethod.Kind;
import io.github.mexcerrors.processor.handlers.HandlerMethod.Value;
import io.github.mexcerrors.processor.table.TableTypes;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    /** The class was read; problems, if any, were reported. */
    READ,
    /** A parameter type does not exist yet (it is generated in this round): read the class again next round. */
    DEFERRED
  }

  /**
   * The outcome of reading one class.
   *
   * @param status read or deferred
   * @param handlerClass the class, present when read without problems
   */
  public record Result(Status status, Optional<HandlerClass> handlerClass) {}

  private static final String ALLOWED_PARAMETERS = "a handler method returns void and takes, in any order and each"
      + " at most once: int (the code), String (the message), MexcApi, the table entry (SpotErrorCode,"
      + " FuturesErrorCode or MexcErrorCode; @OnMexcError methods only) and the exception (MexcException or a"
      + " generated category exception such as ClockSkewException)";

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
   * Reads a class.
   *
   * @param type the class that declares handler methods
   * @return read (with the model when valid) or deferred
   */
  public Result read(TypeElement type) {
    int errorsBefore = diagnostics.errorCount();
    checkReachable(type);
    List<HandlerMethod> methods = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      Map<Kind, AnnotationMirror> annotations = handlerAnnotations(method);
      if (annotations.isEmpty()) {
        continue;
      }
      if (hasUnresolvedParameter(method)) {
        return new Result(Status.DEFERRED, Optional.empty());
      }
      if (annotations.size() > 1) {
        diagnostics.error(method, "method " + method.getSimpleName() + " carries "
            + String.join(" and ", annotations.keySet().stream().map(Kind::annotation).toList())
            + "; a handler method carries exactly one of them: split it into one method per annotation");
        continue;
      }
      Map.Entry<Kind, AnnotationMirror> annotation = annotations.entrySet().iterator().next();
      readMethod(method, annotation.getKey(), annotation.getValue()).ifPresent(methods::add);
    }
    if (diagnostics.errorCount() > errorsBefore) {
      return new Result(Status.READ, Optional.empty());
    }
    return new Result(Status.READ, Optional.of(new HandlerClass(type, packageOf(type).getQualifiedName().toString(),
        dispatcherName(type), isPublic(type), List.copyOf(methods))));
  }

  /**
   * Lists the parameter types of a class's handler methods that do not resolve.
   *
   * @param type the class
   * @return the unresolved types as written, with the parameter they belong to
   */
  public List<VariableElement> unresolvedParameters(TypeElement type) {
    List<VariableElement> unresolved = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      if (!handlerAnnotations(method).isEmpty()) {
        for (VariableElement parameter : method.getParameters()) {
          if (parameter.asType().getKind() == TypeKind.ERROR) {
            unresolved.add(parameter);
          }
        }
      }
    }
    return unresolved;
  }

  private static boolean hasUnresolvedParameter(ExecutableElement method) {
    return method.getParameters().stream().anyMatch(p -> p.asType().getKind() == TypeKind.ERROR);
  }

  private void checkReachable(TypeElement type) {
    NestingKind nesting = type.getNestingKind();
    if (nesting == NestingKind.ANONYMOUS || nesting == NestingKind.LOCAL) {
      diagnostics.error(type, "handler methods are declared in a" + (nesting == NestingKind.LOCAL ? " local" : "n"
          + " anonymous") + " class, which a generated dispatcher cannot name; move them to a top-level or"
          + " static nested class");
      return;
    }
    for (Element current = type; current instanceof TypeElement; current = current.getEnclosingElement()) {
      if (current.getModifiers().contains(Modifier.PRIVATE)) {
        diagnostics.error(type, "class " + current.getSimpleName() + " is private, so the generated dispatcher "
            + dispatcherName(type) + " cannot reach " + type.getSimpleName() + "; make it package-private or"
            + " wider");
        return;
      }
    }
  }

  private Optional<HandlerMethod> readMethod(ExecutableElement method, Kind kind, AnnotationMirror annotation) {
    int errorsBefore = diagnostics.errorCount();
    String name = method.getSimpleName().toString();
    if (method.getModifiers().contains(Modifier.PRIVATE)) {
      diagnostics.error(method, "handler method " + name + " is private, so the generated dispatcher cannot call"
          + " it; make it package-private, protected or public");
    }
    if (!method.getTypeParameters().isEmpty()) {
      diagnostics.error(method, "handler method " + name + " is generic; the dispatcher cannot choose its type"
          + " arguments: remove the type parameters (" + ALLOWED_PARAMETERS + ")");
    }
    if (method.getReturnType().getKind() != TypeKind.VOID) {
      diagnostics.error(method, "handler method " + name + " returns " + method.getReturnType()
          + ", which the dispatcher would drop; declare it void (" + ALLOWED_PARAMETERS + ")");
    }
    TypeMirror runtime = elements.getTypeElement(RuntimeException.class.getCanonicalName()).asType();
    TypeMirror error = elements.getTypeElement(Error.class.getCanonicalName()).asType();
    for (TypeMirror thrown : method.getThrownTypes()) {
      if (!types.isAssignable(thrown, runtime) && !types.isAssignable(thrown, error)) {
        diagnostics.error(method, "handler method " + name + " throws the checked exception " + thrown
            + ", which the dispatcher cannot propagate; catch it inside the method or wrap it in an unchecked"
            + " exception");
      }
    }
    List<HandlerParameter> parameters = new ArrayList<>();
    Map<ParameterKind, VariableElement> seen = new EnumMap<>(ParameterKind.class);
    for (VariableElement parameter : method.getParameters()) {
      Optional<HandlerParameter> bound = bind(parameter);
      if (bound.isEmpty()) {
        diagnostics.error(parameter, "the dispatcher cannot supply parameter " + parameter.getSimpleName()
            + " of type " + parameter.asType() + "; " + ALLOWED_PARAMETERS);
        continue;
      }
      VariableElement previous = seen.putIfAbsent(bound.get().kind(), parameter);
      if (previous != null) {
        diagnostics.error(parameter, "parameters " + previous.getSimpleName() + " and " + parameter.getSimpleName()
            + " both receive " + bound.get().kind().description() + "; keep one of them");
        continue;
      }
      parameters.add(bound.get());
    }
    MexcApi api = MexcApi.SPOT;
    List<Value<Integer>> codes = new ArrayList<>();
    List<Value<String>> categories = new ArrayList<>();
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
        : annotation.getElementValues().entrySet()) {
      String element = entry.getKey().getSimpleName().toString();
      Object value = entry.getValue().getValue();
      if (element.equals("api") && value instanceof VariableElement) {
        api = MexcApi.valueOf(((VariableElement) value).getSimpleName().toString());
      } else if (element.equals("value")) {
        for (AnnotationValue item : items(entry.getValue())) {
          if (item.getValue() instanceof Integer) {
            codes.add(new Value<>((Integer) item.getValue(), item));
          } else if (item.getValue() instanceof String) {
            categories.add(new Value<>((String) item.getValue(), item));
          }
        }
      }
    }
    if (diagnostics.errorCount() > errorsBefore) {
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
