package io.github.mexcerrors.processor.handlers;

import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.MexcErrorCode;
import io.github.mexcerrors.MexcException;
import io.github.mexcerrors.MexcExhaustive;
import io.github.mexcerrors.OnMexcCategory;
import io.github.mexcerrors.OnMexcError;
import io.github.mexcerrors.OnMexcErrorFallback;
import io.github.mexcerrors.processor.handlers.HandlerClass.AnnotationConflict;
import io.github.mexcerrors.processor.handlers.HandlerMethod.Kind;
import io.github.mexcerrors.processor.handlers.HandlerMethod.Value;
import io.github.mexcerrors.processor.names.GeneratedNames;
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
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads a class's handler methods into a {@link HandlerClass}, as written: which annotation each carries with its
 * values, and what each parameter receives (the table's generated type names resolve the parameter types; a
 * parameter of any other type is the caller's context). It checks nothing: the validator does, on the model.
 */
public final class HandlerReader {
  /** The outcome of reading one class. */
  public enum Status {
    /** The class was read in full: check it, then generate its dispatcher if it has no problem. */
    READ,
    /** A parameter type does not exist yet (it is generated in this round): read the class again next round. */
    DEFERRED,
    /**
     * The compiler reports problems in the class (an unresolved type in the last round, an annotation value that
     * does not compile): the model holds what could be read, to be checked so that all problems are reported in
     * one build, but no dispatcher may be generated from it.
     */
    INCOMPLETE
  }

  /**
   * The outcome of reading one class.
   *
   * @param status read, incomplete or deferred
   * @param handlerClass the class as far as it could be read; empty when deferred
   */
  public record Result(Status status, Optional<HandlerClass> handlerClass) {}

  private final Elements elements;
  private final Types types;
  private final GeneratedNames names;

  /**
   * Creates a reader.
   *
   * @param elements javac's elements
   * @param types javac's types
   * @param names the names of the generated table types, to resolve parameter types
   */
  public HandlerReader(Elements elements, Types types, GeneratedNames names) {
    this.elements = elements;
    this.types = types;
    this.names = names;
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
    NestingKind nesting = type.getNestingKind();
    Optional<TypeElement> privateEnclosing = privateEnclosing(type);
    if (nesting == NestingKind.ANONYMOUS || nesting == NestingKind.LOCAL) {
      // A dispatcher cannot name the class: nothing more to read
      return new Result(Status.INCOMPLETE, Optional.of(new HandlerClass(type, "", "", false, List.of(),
          Optional.empty(), nesting, privateEnclosing, List.of())));
    }
    boolean complete = true;
    List<HandlerMethod> methods = new ArrayList<>();
    List<AnnotationConflict> conflicts = new ArrayList<>();
    for (ExecutableElement method : HandlerMethods.of(type, elements)) {
      Map<Kind, AnnotationMirror> annotations = handlerAnnotations(method);
      if (annotations.isEmpty()) {
        continue;
      }
      if (hasUnresolvedParameter(method)) {
        if (!lastRound) {
          return new Result(Status.DEFERRED, Optional.empty());
        }
        complete = false;
      }
      if (annotations.size() > 1) {
        conflicts.add(new AnnotationConflict(method, List.copyOf(annotations.keySet())));
        continue;
      }
      Map.Entry<Kind, AnnotationMirror> annotation = annotations.entrySet().iterator().next();
      Optional<HandlerMethod> read = readMethod(method, annotation.getKey(), annotation.getValue());
      read.ifPresent(methods::add);
      complete &= read.isPresent();
    }
    HandlerClass handlerClass = new HandlerClass(type, packageOf(type).getQualifiedName().toString(),
        dispatcherName(type), isPublic(type), List.copyOf(methods), readExhaustiveness(type), nesting,
        privateEnclosing, List.copyOf(conflicts));
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
      return Optional.of(new Exhaustiveness(mirror, Set.copyOf(apis), apisSource, List.copyOf(categories)));
    }
    return Optional.empty();
  }

  private static boolean hasUnresolvedParameter(ExecutableElement method) {
    // The return type too: a handler may return a type another processor generates in this round.
    return method.getReturnType().getKind() == TypeKind.ERROR
        || method.getParameters().stream().anyMatch(p -> p.asType().getKind() == TypeKind.ERROR);
  }

  /** The class itself, or the nearest class around it, when it is private. */
  private static Optional<TypeElement> privateEnclosing(TypeElement type) {
    for (Element current = type; current instanceof TypeElement; current = current.getEnclosingElement()) {
      if (current.getModifiers().contains(Modifier.PRIVATE)) {
        return Optional.of((TypeElement) current);
      }
    }
    return Optional.empty();
  }

  private Optional<HandlerMethod> readMethod(ExecutableElement method, Kind kind, AnnotationMirror annotation) {
    TypeMirror runtime = elements.getTypeElement(RuntimeException.class.getCanonicalName()).asType();
    TypeMirror error = elements.getTypeElement(Error.class.getCanonicalName()).asType();
    List<String> checked = new ArrayList<>();
    for (TypeMirror thrown : method.getThrownTypes()) {
      if (!types.isAssignable(thrown, runtime) && !types.isAssignable(thrown, error)) {
        checked.add(thrown.toString());
      }
    }
    HandlerMethod.Shape shape = new HandlerMethod.Shape(method.getModifiers().contains(Modifier.PRIVATE),
        !method.getTypeParameters().isEmpty(), method.getReturnType().toString(), List.copyOf(checked));
    List<HandlerParameter> parameters = new ArrayList<>();
    for (VariableElement parameter : method.getParameters()) {
      parameters.add(bind(parameter));
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
        List.copyOf(parameters), method.getModifiers().contains(Modifier.STATIC), shape));
  }

  @SuppressWarnings("unchecked")
  private static List<? extends AnnotationValue> items(AnnotationValue value) {
    Object raw = value.getValue();
    if (raw instanceof List) {
      return (List<? extends AnnotationValue>) raw;
    }
    return List.of(value);
  }

  private HandlerParameter bind(VariableElement parameter) {
    TypeMirror type = parameter.asType();
    if (type.getKind() == TypeKind.ERROR) {
      return new HandlerParameter(parameter, ParameterKind.UNRESOLVED, type.toString());
    }
    if (type.getKind() == TypeKind.INT) {
      return new HandlerParameter(parameter, ParameterKind.CODE, "int");
    }
    if (type.getKind() != TypeKind.DECLARED) {
      // A primitive other than int, an array, a type variable: the caller's context
      return new HandlerParameter(parameter, ParameterKind.CONTEXT, type.toString());
    }
    String name = ((TypeElement) types.asElement(type)).getQualifiedName().toString();
    ParameterKind kind = suppliedValueFits(type) ? ParameterKind.UNSUPPORTED : ParameterKind.CONTEXT;
    if (name.equals(String.class.getCanonicalName())) {
      kind = ParameterKind.MESSAGE;
    } else if (name.equals(MexcApi.class.getCanonicalName())) {
      kind = ParameterKind.API;
    } else if (name.equals(MexcErrorCode.class.getCanonicalName()) || names.apiOfEnum(name).isPresent()) {
      kind = ParameterKind.ENTRY;
    } else if (name.equals(MexcException.class.getCanonicalName())
        || names.categoryOfException(name).isPresent()) {
      kind = ParameterKind.EXCEPTION;
    }
    return new HandlerParameter(parameter, kind,
        kind == ParameterKind.CONTEXT || kind == ParameterKind.UNSUPPORTED ? type.toString() : name);
  }

  /**
   * Whether the type is related to one the dispatcher supplies: a value it supplies (the code boxed, the message,
   * the API, the entry, the exception) fits it, or it is a table entry or an exception of another kind (another
   * table's). Then it is none of them, nor a context, which must not be mistaken for one of them.
   */
  private boolean suppliedValueFits(TypeMirror type) {
    for (Class<?> supplied : List.of(Integer.class, String.class, MexcApi.class, MexcErrorCode.class,
        MexcException.class)) {
      TypeElement element = elements.getTypeElement(supplied.getCanonicalName());
      if (element != null && (types.isAssignable(element.asType(), type)
          || supplied != Integer.class && types.isAssignable(type, types.erasure(element.asType())))) {
        return true;
      }
    }
    return false;
  }

  private static PackageElement packageOf(Element element) {
    Element current = element;
    while (!(current instanceof PackageElement)) {
      current = current.getEnclosingElement();
    }
    return (PackageElement) current;
  }

  private static String dispatcherName(TypeElement type) {
    List<String> names = new ArrayList<>();
    for (Element current = type; current instanceof TypeElement; current = current.getEnclosingElement()) {
      names.add(0, current.getSimpleName().toString());
    }
    return GeneratedNames.dispatcherSimpleName(names);
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
