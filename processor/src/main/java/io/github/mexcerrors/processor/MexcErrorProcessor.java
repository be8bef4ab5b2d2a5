package io.github.mexcerrors.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import io.github.mexcerrors.processor.compiler.CompilerTrees;
import io.github.mexcerrors.processor.diagnostics.Diagnostics;
import io.github.mexcerrors.processor.diagnostics.Message;
import io.github.mexcerrors.processor.generation.DispatcherWriter;
import io.github.mexcerrors.processor.generation.ReferenceDocWriter;
import io.github.mexcerrors.processor.generation.ResourceFile;
import io.github.mexcerrors.processor.generation.SourceText;
import io.github.mexcerrors.processor.generation.TableTypesWriter;
import io.github.mexcerrors.processor.handlers.HandlerReader;
import io.github.mexcerrors.processor.handlers.UnreachableHandlerListener;
import io.github.mexcerrors.processor.names.GeneratedMark;
import io.github.mexcerrors.processor.names.GeneratedNames;
import io.github.mexcerrors.processor.plan.DispatchPlanner;
import io.github.mexcerrors.processor.plan.RoutingPolicy;
import io.github.mexcerrors.processor.plan.TablePlanner;
import io.github.mexcerrors.processor.table.Category;
import io.github.mexcerrors.processor.table.ErrorTable;
import io.github.mexcerrors.processor.table.TableFingerprint;
import io.github.mexcerrors.processor.table.TableLoader;
import io.github.mexcerrors.processor.table.TableProblems;
import io.github.mexcerrors.processor.validation.GeneratedNameRule;
import io.github.mexcerrors.processor.validation.HandlerValidator;
import io.github.mexcerrors.processor.validation.UnnamedClassRule;
import io.github.mexcerrors.processor.write.GeneratedFiles;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

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

  /** Option: set to {@code true} to print, as a note, how long each step of the processor took. */
  public static final String TIMING_OPTION = "mexc.errors.timing";

  private static final String GENERATED_ANNOTATION = "javax.annotation.processing.Generated";

  private Diagnostics diagnostics;
  private boolean tableLoaded;
  private ErrorTable table;
  private GeneratedNames names;
  /** The {@code @Generated} annotation of every generated type, or none. */
  private Optional<AnnotationSpec> generatedSpec;
  /** The write step. */
  private GeneratedFiles files;
  private GeneratedNameRule nameRule;
  /** Handler methods in classes no dispatcher can name. */
  private UnnamedClassRule unnamedClassRule;
  /** Handler classes to read, by qualified name, sorted so output does not depend on javac's order. */
  private final Set<String> pending = new TreeSet<>();
  /** Handler classes already read, so a class is never read twice. */
  private final Set<String> done = new HashSet<>();
  /** Nanoseconds spent per step, for {@link #TIMING_OPTION}, in the order the steps first ran. */
  private final Map<String, Long> timings = new LinkedHashMap<>();

  /**
   * Our own annotations, by name: javac asks for them before {@link #init}, and a class literal would fail to load
   * when mexc-errors-annotations is missing from the processor path, which {@link #init} reports instead.
   */
  static final Set<String> OWN_ANNOTATIONS = Set.of("io.github.mexcerrors.OnMexcError",
      "io.github.mexcerrors.OnMexcCategory", "io.github.mexcerrors.OnMexcErrorFallback",
      "io.github.mexcerrors.MexcExhaustive", IncrementalKind.TRIGGER);

  /** Elements carrying {@code @MexcErrorTypes}: origins of the table types, with the handler classes. */
  private final List<Element> triggers = new ArrayList<>();
  /** What this processor tells Gradle it is in this compile, decided in {@link #init}. */
  private IncrementalKind incrementalKind = IncrementalKind.AGGREGATING;

  /** Whether the processor cannot run in this compile (the annotations artifact is missing or of another version). */
  private boolean disabled;
  /** Whether the annotations on the class path of the compile were checked (in the first round). */
  private boolean classPathChecked;

  /**
   * Our own annotations, and {@code javax.annotation.processing.Generated}. javac warns under
   * {@code -Xlint:processing} (part of {@code -Xlint:all}, so fatal with {@code -Werror}) about every annotation
   * in a round that no processor claims, and the code we generate carries {@code @Generated}: only a processor
   * that lists it can claim it. {@link #process} claims it only in rounds where every {@code @Generated} element
   * is one this processor generated, so {@code @Generated} on anyone else's code is never claimed.
   */
  @Override
  public Set<String> getSupportedAnnotationTypes() {
    // With -Amexc.errors.generatedAnnotation=false nothing we generate carries @Generated, and it is left out: it
    // has SOURCE retention, and Gradle recompiles everything when an aggregating processor is handed such an
    // annotation (another processor's @Generated would reach us too).
    Set<String> types = new TreeSet<>(OWN_ANNOTATIONS);
    if (processingEnv == null || !"false".equalsIgnoreCase(processingEnv.getOptions().get(GENERATED_OPTION))) {
      types.add(GENERATED_ANNOTATION);
    }
    return types;
  }

  @Override
  public Set<String> getSupportedOptions() {
    // Gradle's "dynamic" kind (META-INF/gradle/incremental.annotation.processors): Gradle reads the kind from
    // here right after init
    return Set.of(TableLoader.TABLE_OPTION, GENERATED_OPTION, TIMING_OPTION, incrementalKind.gradleOption());
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  /**
   * Checks the processor path, and registers, on javac, the listener that reports handler methods in classes no
   * dispatcher can name ({@link UnreachableHandlerListener}): javac initialises every processor on its path, even
   * in a build where no annotation of ours is visible to processing.
   */
  @Override
  public synchronized void init(ProcessingEnvironment environment) {
    super.init(environment);
    diagnostics = new Diagnostics(environment.getMessager());
    disabled = !new AnnotationsCheck(MexcErrorProcessor.class.getClassLoader()).processorPathPasses(diagnostics);
    nameRule = new GeneratedNameRule(diagnostics, environment.getElementUtils(), getClass().getName());
    boolean listening = false;
    if (!disabled) {
      try {
        CompilerTrees compiler = CompilerTrees.of(environment);
        listening = UnreachableHandlerListener.register(compiler.task(), compiler.trees(), diagnostics,
            getClass().getName());
      } catch (RuntimeException | LinkageError e) {
        listening = false;
      }
      incrementalKind = IncrementalKind.of(environment);
    }
    unnamedClassRule = new UnnamedClassRule(diagnostics, listening);
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (!classPathChecked && !disabled) {
      classPathChecked = true;
      disabled = !new AnnotationsCheck(MexcErrorProcessor.class.getClassLoader())
          .classPathPasses(processingEnv.getFiler(), processingEnv.getElementUtils(), diagnostics);
    }
    if (disabled) {
      return false;
    }
    Set<TypeElement> own = new LinkedHashSet<>();
    boolean generated = false;
    for (TypeElement annotation : annotations) {
      if (OWN_ANNOTATIONS.contains(annotation.getQualifiedName().toString())) {
        own.add(annotation);
      } else {
        generated = true;
      }
    }
    long start = System.nanoTime();
    try {
      processRound(own, round);
    } catch (RuntimeException | LinkageError | StackOverflowError e) {
      diagnostics.reportAt(null, Message.INTERNAL_ERROR, e, trace(e));
    }
    time("rounds", start);
    if (round.processingOver() && "true".equalsIgnoreCase(processingEnv.getOptions().get(TIMING_OPTION))) {
      StringBuilder text = new StringBuilder();
      timings.forEach((step, nanos) -> text.append(text.length() == 0 ? "" : ", ").append(step).append(' ')
          .append(nanos / 1_000_000));
      diagnostics.reportAt(null, Message.TIMINGS, text);
    }
    // Claim our own annotations (no other processor has a use for them), and @Generated only where it is ours
    return !generated || onlyOurGenerated(round);
  }

  /** Whether every element of the round that carries {@code @Generated} carries it with our name. */
  private boolean onlyOurGenerated(RoundEnvironment round) {
    TypeElement generated = processingEnv.getElementUtils().getTypeElement(GENERATED_ANNOTATION);
    return generated != null && round.getElementsAnnotatedWith(generated).stream()
        .allMatch(element -> GeneratedMark.generatedBy(element, getClass().getName()));
  }

  private void processRound(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    nameRule.addSources(round.getRootElements());
    for (TypeElement annotation : annotations) {
      if (annotation.getQualifiedName().contentEquals(IncrementalKind.TRIGGER)) {
        triggers.addAll(round.getElementsAnnotatedWith(annotation));
        continue;
      }
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        // @MexcExhaustive is on the class itself, the others on its methods
        Element holder = element instanceof TypeElement ? element : element.getEnclosingElement();
        if (!(holder instanceof TypeElement)) {
          continue;
        }
        if (!unnamedClassRule.check(element, holder)) {
          continue;
        }
        TypeElement type = (TypeElement) holder;
        if (!done.contains(type.getQualifiedName().toString())) {
          pending.add(type.getQualifiedName().toString());
        }
      }
    }
    if ((!pending.isEmpty() || !triggers.isEmpty()) && !tableLoaded) {
      tableLoaded = true;
      List<Element> origins = new ArrayList<>(handlerClasses());
      origins.addAll(triggers);
      loadTable(origins, round);
    }
    if (table == null) {
      pending.clear();
      return;
    }
    HandlerReader reader = new HandlerReader(processingEnv.getElementUtils(), processingEnv.getTypeUtils(), names);
    HandlerValidator validator = new HandlerValidator(diagnostics, table, names,
        CompilerTrees.of(processingEnv).trees(), nameRule::isSource);
    DispatchPlanner planner = new DispatchPlanner(table, RoutingPolicy.DEFAULT);
    DispatcherWriter dispatchers = new DispatcherWriter(names, generatedSpec, processingEnv.getElementUtils());
    for (String name : List.copyOf(pending)) {
      TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
      if (type == null) {
        pending.remove(name);
        continue;
      }
      try {
        // In the last round, types that do not resolve never will: the class is checked anyway (javac reports
        // the missing types) and nothing is generated for it.
        long start = System.nanoTime();
        HandlerReader.Result result = reader.read(type, round.processingOver());
        if (result.status() == HandlerReader.Status.DEFERRED) {
          continue;
        }
        pending.remove(name);
        done.add(name);
        boolean valid = result.handlerClass().map(validator::validate).orElse(false);
        time("handlers", start);
        // Nothing is written in the last round: javac would warn that the file is not processed (fatal under
        // -Werror), and a class reaches it only after errors (which end the rounds early) or with types that never
        // resolved, so the compile fails anyway
        if (valid && result.status() == HandlerReader.Status.READ && !round.processingOver()
            && nameRule.claimDispatcher(result.handlerClass().get())) {
          start = System.nanoTime();
          files.write(dispatchers.generate(planner.plan(result.handlerClass().get())), List.of(), List.of());
          time("dispatchers", start);
        }
      } catch (RuntimeException | LinkageError | StackOverflowError e) {
        pending.remove(name);
        done.add(name);
        diagnostics.report(Message.INTERNAL_ERROR, type, e, trace(e));
      }
    }
  }

  private void time(String step, long start) {
    timings.merge(step, System.nanoTime() - start, Long::sum);
  }

  /** The stack trace of an exception of the processor itself, for the user to report. */
  private static String trace(Throwable e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    return trace.toString();
  }

  /**
   * Returns the handler classes known in this round: every one is an origin of what is generated from the table
   * (the table types, the reference, the exported table), which all handler classes share.
   */
  private List<TypeElement> handlerClasses() {
    List<TypeElement> classes = new ArrayList<>();
    for (String name : pending) {
      TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
      if (type != null) {
        classes.add(type);
      }
    }
    return classes;
  }

  /**
   * Loads the table and writes its types, unless they are on the class path already.
   *
   * @param origins the handler classes and the elements carrying {@code @MexcErrorTypes}
   * @param round the round
   */
  private void loadTable(List<Element> origins, RoundEnvironment round) {
    TableProblems problems = new TableProblems();
    TableLoader loader = new TableLoader(processingEnv.getFiler(), problems);
    long start = System.nanoTime();
    Optional<ErrorTable> loaded = loader.load(processingEnv.getOptions().get(TableLoader.TABLE_OPTION));
    time("load", start);
    for (TableProblems.Problem problem : problems.all()) {
      diagnostics.reportAt(problem.position(), problem.id(), problem.args().toArray());
    }
    if (loaded.isEmpty()) {
      pending.clear();
      return;
    }
    GeneratedNames tableNames =
        new GeneratedNames(loaded.get().packageName(), loaded.get().categories().stream().map(Category::name).toList());
    TypeElement reused = processingEnv.getElementUtils().getTypeElement(tableNames.factory().canonicalName());
    // Types compiled from this compile's own sources are no dependency's: they are not compared here
    if (reused != null && !round.getRootElements().contains(reused)
        && !new ReusedTypesCheck(processingEnv.getFiler(), diagnostics).matches(reused,
            TableFingerprint.of(loaded.get()), loader.userSource().map(TableLoader.Source::name)
                .orElse(TableLoader.BUNDLED_NAME), loader.userSource().isPresent())) {
      pending.clear();
      return;
    }
    table = loaded.get();
    names = tableNames;
    if (!nameRule.checkTableTypes(table.packageName(), names.tableTypes())) {
      table = null;
      pending.clear();
      return;
    }
    generatedSpec = SourceText.generatedAnnotation(generatedAnnotation(), getClass().getName());
    files = new GeneratedFiles(processingEnv.getFiler(), diagnostics);
    if (reused == null) {
      start = System.nanoTime();
      List<ResourceFile> resources = new ArrayList<>();
      resources.add(ReferenceDocWriter.generate(table));
      // A copy of the user's table, for modules that will reuse the generated types
      loader.userSource().ifPresent(source -> resources.add(new ResourceFile(TableLoader.EXPORT_PACKAGE,
          TableLoader.EXPORT_NAME, source.text(), Message.TABLE_NOT_EXPORTED)));
      files.write(new TableTypesWriter(names, generatedSpec).generate(TablePlanner.plan(table)), resources,
          origins);
      time("types", start);
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
