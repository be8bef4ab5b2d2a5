package io.github.mexcerrors.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.ClassName;
import io.github.mexcerrors.MexcExhaustive;
import io.github.mexcerrors.OnMexcCategory;
import io.github.mexcerrors.OnMexcError;
import io.github.mexcerrors.OnMexcErrorFallback;
import io.github.mexcerrors.processor.diagnostics.Diagnostics;
import io.github.mexcerrors.processor.diagnostics.Message;
import io.github.mexcerrors.processor.generation.DispatcherWriter;
import io.github.mexcerrors.processor.generation.ReferenceDocWriter;
import io.github.mexcerrors.processor.generation.SourceFiles;
import io.github.mexcerrors.processor.generation.TableTypesWriter;
import io.github.mexcerrors.processor.handlers.HandlerReader;
import io.github.mexcerrors.processor.handlers.LocalClassFinder;
import io.github.mexcerrors.processor.names.GeneratedNames;
import io.github.mexcerrors.processor.plan.DispatchPlanner;
import io.github.mexcerrors.processor.plan.RoutingPolicy;
import io.github.mexcerrors.processor.table.Category;
import io.github.mexcerrors.processor.table.ErrorTable;
import io.github.mexcerrors.processor.table.TableLoader;
import io.github.mexcerrors.processor.table.TableProblems;
import io.github.mexcerrors.processor.validation.HandlerValidator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.tools.StandardLocation;

/**
 * The mexc-errors annotation processor. It only orchestrates: load the table ({@link TableLoader}), generate its
 * types ({@link TableTypesWriter}), then for each class with handler methods read it ({@link HandlerReader}),
 * validate it ({@link HandlerValidator}) and write its dispatcher ({@link DispatcherWriter}). Classes whose
 * parameters use types generated in this round are read again next round. No exception escapes to javac.
 */
@AutoService(Processor.class)
public final class MexcErrorProcessor extends AbstractProcessor {
  /** Option: set to {@code false} to leave {@code @Generated} out of generated code (e.g. for JPMS users). */
  public static final String GENERATED_OPTION = "mexc.errors.generatedAnnotation";

  private static final String GENERATED_ANNOTATION = "javax.annotation.processing.Generated";

  private Diagnostics diagnostics;
  private boolean tableLoaded;
  private ErrorTable table;
  private GeneratedNames names;
  private SourceFiles files;
  /** Handler classes to read, by qualified name, sorted so output does not depend on javac's order. */
  private final Set<String> pending = new TreeSet<>();
  /** Handler classes already read, so a class is never read twice. */
  private final Set<String> done = new HashSet<>();

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    // javax.annotation.processing.Generated is listed (and so claimed) only because the code we generate carries
    // it: an unclaimed annotation makes javac warn under -Xlint:processing, which fails -Werror builds.
    return Set.of(OnMexcError.class.getCanonicalName(), OnMexcCategory.class.getCanonicalName(),
        OnMexcErrorFallback.class.getCanonicalName(), MexcExhaustive.class.getCanonicalName(), GENERATED_ANNOTATION);
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(TableLoader.TABLE_OPTION, GENERATED_OPTION);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (diagnostics == null) {
      diagnostics = new Diagnostics(processingEnv.getMessager());
    }
    try {
      processRound(annotations, round);
    } catch (RuntimeException | LinkageError | StackOverflowError e) {
      diagnostics.reportAt(null, Message.INTERNAL_ERROR, e, trace(e));
    }
    // Claim our own annotations (and only ours): no other processor has a use for them, and leaving them
    // unclaimed makes javac warn under -Xlint:processing, which fails -Werror builds.
    return true;
  }

  private void processRound(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    // Local and anonymous classes are found in javac's trees, looked at only in rounds with annotations of ours
    Set<TypeElement> unnamed = new LinkedHashSet<>();
    if (!annotations.isEmpty()) {
      unnamed.addAll(new LocalClassFinder(processingEnv).find(round.getRootElements()));
    }
    for (TypeElement annotation : annotations) {
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        // @MexcExhaustive is on the class itself, the others on its methods
        Element holder = element instanceof TypeElement ? element : element.getEnclosingElement();
        if (!(holder instanceof TypeElement)) {
          continue;
        }
        TypeElement type = (TypeElement) holder;
        NestingKind nesting = type.getNestingKind();
        if (nesting == NestingKind.LOCAL || nesting == NestingKind.ANONYMOUS) {
          unnamed.add(type);
        } else if (!done.contains(type.getQualifiedName().toString())) {
          pending.add(type.getQualifiedName().toString());
        }
      }
    }
    if ((!pending.isEmpty() || !unnamed.isEmpty()) && !tableLoaded) {
      tableLoaded = true;
      loadTable();
    }
    if (table == null) {
      pending.clear();
      return;
    }
    HandlerReader reader = new HandlerReader(processingEnv.getElementUtils(), processingEnv.getTypeUtils(), names);
    HandlerValidator validator = new HandlerValidator(diagnostics, table, names);
    for (TypeElement type : unnamed) {
      try {
        reader.read(type).handlerClass().ifPresent(validator::validate);
      } catch (RuntimeException | LinkageError | StackOverflowError e) {
        diagnostics.report(Message.INTERNAL_ERROR, type, e, trace(e));
      }
    }
    DispatchPlanner planner = new DispatchPlanner(table, RoutingPolicy.DEFAULT);
    DispatcherWriter dispatchers = new DispatcherWriter(names, files);
    for (String name : List.copyOf(pending)) {
      TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
      if (type == null) {
        pending.remove(name);
        continue;
      }
      try {
        // In the last round, types that do not resolve never will: the class is checked anyway (javac reports
        // the missing types) and nothing is generated for it.
        HandlerReader.Result result = reader.read(type, round.processingOver());
        if (result.status() == HandlerReader.Status.DEFERRED) {
          continue;
        }
        pending.remove(name);
        done.add(name);
        boolean valid = result.handlerClass().map(validator::validate).orElse(false);
        if (valid && result.status() == HandlerReader.Status.READ) {
          dispatchers.write(planner.plan(result.handlerClass().get()));
        }
      } catch (RuntimeException | LinkageError | StackOverflowError e) {
        pending.remove(name);
        done.add(name);
        diagnostics.report(Message.INTERNAL_ERROR, type, e, trace(e));
      }
    }
  }

  /** The stack trace of an exception of the processor itself, for the user to report. */
  private static String trace(Throwable e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    return trace.toString();
  }

  private void loadTable() {
    TableProblems problems = new TableProblems();
    TableLoader loader = new TableLoader(processingEnv.getFiler(), problems);
    Optional<ErrorTable> loaded = loader.load(processingEnv.getOptions().get(TableLoader.TABLE_OPTION));
    for (TableProblems.Problem problem : problems.all()) {
      diagnostics.reportAt(problem.position(), problem.id(), problem.args().toArray());
    }
    if (loaded.isEmpty()) {
      pending.clear();
      return;
    }
    table = loaded.get();
    names = new GeneratedNames(table.packageName(), table.categories().stream().map(Category::name).toList());
    files = new SourceFiles(processingEnv.getFiler(), diagnostics, generatedAnnotation(), getClass().getName());
    if (processingEnv.getElementUtils().getTypeElement(names.factory().canonicalName()) == null) {
      new TableTypesWriter(table, names, files).write();
      new ReferenceDocWriter(processingEnv.getFiler(), diagnostics).write(table);
      loader.userSource().ifPresent(this::exportTable);
    }
  }

  /** Leaves a copy of the user's table in the class output, for modules that will reuse the generated types. */
  private void exportTable(TableLoader.Source source) {
    try (Writer writer = processingEnv.getFiler()
        .createResource(StandardLocation.CLASS_OUTPUT, TableLoader.EXPORT_PACKAGE, TableLoader.EXPORT_NAME)
        .openWriter()) {
      writer.write(source.text());
    } catch (IOException | RuntimeException e) {
      diagnostics.reportAt(null, Message.TABLE_NOT_EXPORTED,
          TableLoader.EXPORT_PACKAGE.replace('.', '/') + "/" + TableLoader.EXPORT_NAME, e);
    }
  }

  private Optional<ClassName> generatedAnnotation() {
    if ("false".equalsIgnoreCase(processingEnv.getOptions().get(GENERATED_OPTION))) {
      return Optional.empty();
    }
    return processingEnv.getElementUtils().getTypeElement(GENERATED_ANNOTATION) != null
        ? Optional.of(ClassName.get("javax.annotation.processing", "Generated")) : Optional.empty();
  }
}
