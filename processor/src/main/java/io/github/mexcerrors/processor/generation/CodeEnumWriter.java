package io.github.mexcerrors.processor.generation;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.processor.table.CodeEntry;
import io.github.mexcerrors.processor.plan.CodeTypePlan;
import io.github.mexcerrors.processor.table.TableText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Generates one enum per API ({@code SpotErrorCode}, {@code FuturesErrorCode}) with every code of the table and
 * lookups by {@code int} and by string that go through a hash index of the codes, never a scan.
 */
final class CodeEnumWriter extends TableWriter<CodeTypePlan> {
  /** 2^32 divided by the golden ratio, as an {@code int} literal: the multiplier of Fibonacci hashing. */
  private static final String FIBONACCI_MULTIPLIER = "0x9E3779B9";

  /** The nested class of the hash index of the codes. */
  private static final String INDEX = "Index";

  private static final ParameterizedTypeName LIST_OF_STRING =
      ParameterizedTypeName.get(ClassName.get(List.class), ClassName.get(String.class));

  CodeEnumWriter(GeneratedTypeNames names, Optional<AnnotationSpec> generated) {
    super(names, generated);
  }

  @Override
  List<TypeSpec.Builder> types(CodeTypePlan plan) {
    return plan.isEnum() ? List.of(enumType(plan)) : classTypes(plan);
  }

  /**
   * The arguments of one constant's constructor after any of its own: code, category and retry policy on the
   * constant's line (wrapped if need be), then the hint and every message on lines of their own at column 6.
   */
  private static CodeBlock constantArguments(CodeEntry entry, ClassName category) {
    CodeBlock.Builder arguments = CodeBlock.builder().add("$L,$W$T.$N,$W$T.$N,$>$>\n$L", entry.code(), category,
        entry.category(), GeneratedTypeNames.RETRY_POLICY, entry.retryPolicy().name(),
        StringLiterals.lines(entry.hint(), 6, 1));
    entry.messages().forEach(message -> arguments.add(",\n$L", StringLiterals.lines(message, 6, 2)));
    return arguments.add("$<$<").build();
  }

  private TypeSpec.Builder enumType(CodeTypePlan plan) {
    List<CodeEntry> entries = plan.codes();
    MexcApi api = plan.api();
    ClassName self = names.codeEnum(api);
    ClassName category = names.categoryEnum();
    String apiName = apiName(api);
    TypeSpec.Builder type = TypeSpec.enumBuilder(self)
        .addModifiers(Modifier.PUBLIC)
        .addSuperinterface(GeneratedTypeNames.ERROR_CODE)
        .addJavadoc("The documented error codes of the MEXC $L API, from the error table.\n\n"
            + "<p>Look a code up with {@link #of(int)} or {@link #of(String)}; both return an empty {@link $T}"
            + " for a code missing from the table and never throw.\n", apiName, Optional.class);
    for (CodeEntry entry : entries) {
      type.addEnumConstant(entry.name(), TypeSpec.anonymousClassBuilder(constantArguments(entry, category))
          .addJavadoc(constantJavadoc(entry, category))
          .build());
    }
    type.addFields(fields(self, category))
        .addMethod(constantParameters(MethodSpec.constructorBuilder(), category)
            .addCode(assignments())
            .build())
        .addMethods(accessors(self, category, api));
    type.addMethod(lookup(self, entries, api));
    index(self, plan).ifPresent(type::addType);
    return type;
  }

  /**
   * Writes a table too big for an enum as a final class with the same API as the enum (constants, {@code values()},
   * {@code valueOf}, {@code name()}, {@code ordinal()}, {@code compareTo}) whose constants are declared in
   * interfaces that the class implements, the holders of the plan: each holder initializes its own constants, so no
   * initializer grows beyond javac's limit.
   */
  private List<TypeSpec.Builder> classTypes(CodeTypePlan plan) {
    List<CodeEntry> entries = plan.codes();
    MexcApi api = plan.api();
    ClassName self = names.codeEnum(api);
    ClassName category = names.categoryEnum();
    List<TypeSpec.Builder> types = new ArrayList<>();
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(GeneratedTypeNames.ERROR_CODE)
        .addSuperinterface(ParameterizedTypeName.get(ClassName.get(Comparable.class), self))
        .addJavadoc("The documented error codes of the MEXC $L API, from the error table.\n\n"
            + "<p>Look a code up with {@link #of(int)} or {@link #of(String)}; both return an empty {@link $T}"
            + " for a code missing from the table and never throw.\n\n"
            + "<p>The table has $L codes, too many for an enum (an enum's static initializer constructs every"
            + " constant, and javac refuses a method over 64 KB of bytecode), so this is a final class with the API"
            + " of an enum: constants, {@link #values()}, {@link #valueOf(String)}, {@link #name()},"
            + " {@link #ordinal()} and {@link #compareTo}. Constants are unique, compare by identity, and cannot be"
            + " used in {@code switch} labels, {@code EnumSet} or {@code EnumMap}.\n",
            apiName(api), Optional.class, entries.size());
    List<List<CodeEntry>> holders = plan.holders();
    CodeBlock.Builder touch = CodeBlock.builder()
        .add("// Reading one constant of each holder initializes all of its constants.\n");
    int ordinal = 0;
    for (int index = 0; index < holders.size(); index++) {
      ClassName holder = ClassName.get(self.packageName(), self.simpleName() + "Constants" + index);
      // Public: reflection (Field.get) checks the declaring type's access, unlike bytecode that reads the constants.
      TypeSpec.Builder holderType = TypeSpec.interfaceBuilder(holder)
          .addModifiers(Modifier.PUBLIC)
          .addJavadoc("Constants $L to $L of {@link $T}, which inherits them; always use them through {@link $T}.\n",
              ordinal, ordinal + holders.get(index).size() - 1, self, self);
      for (CodeEntry entry : holders.get(index)) {
        holderType.addField(FieldSpec.builder(self, entry.name(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc(constantJavadoc(entry, category))
            .initializer("new $T($L,$W$S,$W$L)", self, ordinal, entry.name(), constantArguments(entry, category))
            .build());
        ordinal++;
      }
      types.add(holderType);
      type.addSuperinterface(holder);
      touch.addStatement("$T.requireNonNull($T.$N)", Objects.class, holder, holders.get(index).get(0).name());
    }
    ArrayTypeName array = ArrayTypeName.of(self);
    ParameterizedTypeName byName = ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class),
        self);
    type.addField(FieldSpec.builder(array, "VALUES", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("new $T[$L]", self, entries.size())
            .build())
        .addField(int.class, "ordinal", Modifier.PRIVATE, Modifier.FINAL)
        .addField(String.class, "name", Modifier.PRIVATE, Modifier.FINAL)
        .addFields(fields(self, category))
        .addMethod(constantParameters(MethodSpec.constructorBuilder()
                .addParameter(int.class, "ordinal")
                .addParameter(String.class, "name"), category)
            .addStatement("this.ordinal = ordinal")
            .addStatement("this.name = name")
            .addCode(assignments())
            .addStatement("VALUES[ordinal] = this")
            .build())
        .addType(TypeSpec.classBuilder("All")
            .addJavadoc("All constants, loaded on first use of {@link $T#values()} or {@link $T#valueOf(String)}.\n",
                self, self)
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addField(FieldSpec.builder(array, "VALUES", Modifier.STATIC, Modifier.FINAL)
                .initializer("load()").build())
            .addField(FieldSpec.builder(byName, "BY_NAME", Modifier.STATIC, Modifier.FINAL)
                .initializer("byName()").build())
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
            .addMethod(MethodSpec.methodBuilder("load")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(array)
                .addCode(touch.build())
                .addStatement("return $T.VALUES", self)
                .build())
            .addMethod(MethodSpec.methodBuilder("byName")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(byName)
                .addStatement("$T map = new $T<>()", byName, HashMap.class)
                .beginControlFlow("for ($T constant : VALUES)", self)
                .addStatement("map.put(constant.name, constant)")
                .endControlFlow()
                .addStatement("return map")
                .build())
            .build())
        .addMethod(MethodSpec.methodBuilder("values")
            .addJavadoc("Returns all constants in table order, like {@code Enum.values()}.\n\n"
                + "@return a new array of all constants\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(array)
            .addStatement("return All.VALUES.clone()")
            .build())
        .addMethod(MethodSpec.methodBuilder("valueOf")
            .addJavadoc("Returns the constant of a name, like {@code Enum.valueOf}.\n\n@param name the constant's name\n"
                + "@return the constant\n@throws IllegalArgumentException if no constant has this name\n"
                + "@throws NullPointerException if {@code name} is null\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(self)
            .addParameter(String.class, "name")
            .addStatement("$T constant = All.BY_NAME.get($T.requireNonNull(name, $S))", self, Objects.class, "name")
            .beginControlFlow("if (constant == null)")
            .addStatement("throw new $T($S + name)", IllegalArgumentException.class,
                "No constant " + self.canonicalName() + ".")
            .endControlFlow()
            .addStatement("return constant")
            .build())
        .addMethod(MethodSpec.methodBuilder("name")
            .addJavadoc("Returns the constant's name, as declared in the table.\n\n@return the name\n")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addStatement("return name")
            .build())
        .addMethod(MethodSpec.methodBuilder("ordinal")
            .addJavadoc("Returns the constant's position in the table, from 0.\n\n@return the ordinal\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(int.class)
            .addStatement("return ordinal")
            .build())
        .addMethod(MethodSpec.methodBuilder("compareTo")
            .addJavadoc("Orders constants by {@link #ordinal()}, like enum constants.\n\n@param other the other"
                + " constant\n@return the comparison of the ordinals\n")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(int.class)
            .addParameter(self, "other")
            .addStatement("return $T.compare(ordinal, other.ordinal)", Integer.class)
            .build())
        .addMethod(MethodSpec.methodBuilder("toString")
            .addJavadoc("Returns the constant's name, like an enum constant.\n\n@return the name\n")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addStatement("return name")
            .build())
        .addMethods(accessors(self, category, api))
        .addMethod(lookup(self, entries, api));
    index(self, plan).ifPresent(type::addType);
    types.add(type);
    return types;
  }

  private static String apiName(MexcApi api) {
    return api == MexcApi.SPOT ? "spot v3" : "futures v1";
  }

  private static CodeBlock constantJavadoc(CodeEntry entry, ClassName category) {
    CodeBlock.Builder javadoc = CodeBlock.builder()
        .add("{@code $L}: $L\n", entry.code(), JavadocText.sentence(JavadocText.escape(entry.message())));
    if (entry.generic()) {
      javadoc.add("\n<p>Generic: MEXC sends this code for several problems; read the exchange's message to tell"
          + " which.\n");
    }
    List<TableText> alternatives = entry.texts().subList(1, entry.texts().size());
    List<String> documented = alternatives.stream().filter(TableText::published).map(CodeEnumWriter::javadocText)
        .toList();
    List<String> seen = alternatives.stream().filter(text -> !text.published()).map(CodeEnumWriter::javadocText)
        .toList();
    if (!documented.isEmpty()) {
      javadoc.add("\n<p>Also documented as: $L\n", JavadocText.sentence(String.join("; ", documented)));
    }
    if (!seen.isEmpty()) {
      javadoc.add("\n<p>Also sent as: $L\n", JavadocText.sentence(String.join("; ", seen)));
    }
    if (!entry.published()) {
      javadoc.add("\n<p>Not in MEXC's published error tables; seen in: $L\n", JavadocText.sentence(
          String.join("; ", entry.seenIn().stream().map(JavadocText::escape).toList())));
    }
    return javadoc.add("\n<p>Hint: $L\n", JavadocText.sentence(JavadocText.escape(entry.hint())))
        .add("\n<p>Category {@link $T#$N}, retry {@link $T#$N}.\n", category, entry.category(),
            GeneratedTypeNames.RETRY_POLICY, entry.retryPolicy().name())
        .build();
  }

  /** An alternative message for Javadoc: its text, then its language and where it was seen, if the table says. */
  private static String javadocText(TableText text) {
    List<String> notes = new ArrayList<>();
    text.languageTag().ifPresent(language -> notes.add("language " + language));
    if (!text.published()) {
      notes.add("seen in: " + String.join(", ", text.seenIn()));
    }
    String escaped = JavadocText.escape(text.text());
    return notes.isEmpty() ? escaped : escaped + " (" + JavadocText.escape(String.join("; ", notes)) + ")";
  }

  /** Adds the parameters every constant's constructor takes after any of its own: code, category, retry, texts. */
  private static MethodSpec.Builder constantParameters(MethodSpec.Builder constructor, ClassName category) {
    return constructor
        .addParameter(int.class, "code")
        .addParameter(category, "category")
        .addParameter(GeneratedTypeNames.RETRY_POLICY, "retryPolicy")
        .addParameter(String.class, "hint")
        .addParameter(ArrayTypeName.of(String.class), "messages")
        .varargs(true);
  }

  private static List<FieldSpec> fields(ClassName self, ClassName category) {
    return List.of(
        FieldSpec.builder(int.class, "code", Modifier.PRIVATE, Modifier.FINAL).build(),
        FieldSpec.builder(category, "category", Modifier.PRIVATE, Modifier.FINAL).build(),
        FieldSpec.builder(GeneratedTypeNames.RETRY_POLICY, "retryPolicy", Modifier.PRIVATE, Modifier.FINAL).build(),
        FieldSpec.builder(String.class, "hint", Modifier.PRIVATE, Modifier.FINAL).build(),
        FieldSpec.builder(LIST_OF_STRING, "messages", Modifier.PRIVATE, Modifier.FINAL).build(),
        FieldSpec.builder(optionalOf(self), "asOptional", Modifier.PRIVATE, Modifier.FINAL).build());
  }

  private static CodeBlock assignments() {
    return CodeBlock.builder()
        .addStatement("this.code = code")
        .addStatement("this.category = category")
        .addStatement("this.retryPolicy = retryPolicy")
        .addStatement("this.hint = hint")
        .addStatement("this.messages = $T.of(messages)", List.class)
        .addStatement("this.asOptional = $T.of(this)", Optional.class)
        .build();
  }

  private static ParameterizedTypeName optionalOf(ClassName self) {
    return ParameterizedTypeName.get(ClassName.get(Optional.class), self);
  }

  private static List<MethodSpec> accessors(ClassName self, ClassName category, MexcApi api) {
    ParameterizedTypeName optionalSelf = optionalOf(self);
    return List.of(
        MethodSpec.methodBuilder("api")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(GeneratedTypeNames.API)
            .addStatement("return $T.$N", GeneratedTypeNames.API, api.name())
            .build(),
        getter("code", com.palantir.javapoet.TypeName.INT),
        MethodSpec.methodBuilder("message")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addStatement("return messages.get(0)")
            .build(),
        getter("messages", LIST_OF_STRING),
        getter("hint", ClassName.get(String.class)),
        getter("category", category),
        getter("retryPolicy", GeneratedTypeNames.RETRY_POLICY),
        MethodSpec.methodBuilder("of")
            .addJavadoc("Looks up a code.\n\n@param code the code MEXC sent\n"
                + "@return the constant, or empty when the code is not in the table\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(optionalSelf)
            .addParameter(int.class, "code")
            .addStatement("$T constant = forCode(code)", self)
            .addStatement("return constant != null ? constant.asOptional : $T.empty()", Optional.class)
            .build(),
        MethodSpec.methodBuilder("of")
            .addJavadoc("Looks up a code sent as text, such as {@code \"30021\"}; surrounding whitespace is"
                + " ignored.\n\n@param code the code as text; may be {@code null}\n"
                + "@return the constant, or empty when the text is not a code of the table\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(optionalSelf)
            .addParameter(String.class, "code")
            .addStatement("return of($T.parse(code))", GeneratedTypeNames.CODES)
            .build());
  }

  /**
   * The lookup by int, through the hash index of the codes (see {@link #index}); an API without codes finds
   * nothing. Public as {@code forCode}, after protobuf's {@code forNumber}.
   */
  private static MethodSpec lookup(ClassName self, List<CodeEntry> entries, MexcApi api) {
    MethodSpec.Builder lookup = MethodSpec.methodBuilder("forCode")
        .addJavadoc("Looks up a code like {@link #of(int)}, without the {@code Optional}: for hot paths such as the"
            + " generated dispatchers, which read nothing but the table. Never throws, never allocates.\n\n"
            + "@param code the $L code MEXC sent\n"
            + "@return the constant, or {@code null} when the code is not in the table\n",
            api.name().toLowerCase(Locale.ROOT))
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(self)
        .addParameter(int.class, "code");
    if (entries.isEmpty()) {
      return lookup.addStatement("return null").build();
    }
    return lookup
        .addStatement("int slot = (code * $L) >>> $N.SHIFT", FIBONACCI_MULTIPLIER, INDEX)
        .addStatement("$T constant", self)
        .beginControlFlow("while ((constant = $N.CONSTANTS[slot]) != null)", INDEX)
        .beginControlFlow("if (constant.code == code)")
        .addStatement("return constant")
        .endControlFlow()
        .addStatement("slot = (slot + 1) & $N.MASK", INDEX)
        .endControlFlow()
        .addStatement("return null")
        .build();
  }

  /**
   * The hash index of the lookup, or nothing for an API without codes. Fibonacci hashing (multiply by 2^32 divided
   * by the golden ratio, keep the top bits) into an array of the plan's slots (at least twice as many as codes), then
   * linear probing: one multiplication, one array read and one field read for most codes, without a branch that depends
   * on the code, whatever the size of the table. The benchmarks measured it against the alternatives: on the
   * official table, a {@code switch} from code to constant (C2 makes a binary search of it, about seven
   * unpredictable branches for 91 distinct targets) took about 3 times as long, and so did a
   * {@code HashMap<Integer, ...>}, which allocates too; at 10,000 codes, a {@code switch} split into chunk methods (a binary search over the
   * chunks, a call, an indirect jump into one of several jump tables of kilobytes) made dispatch 3 times as slow as
   * on the official table, the index 1.2 times. The index is built from {@code values()} when first used, with a
   * loop, so no initializer grows with the table.
   */
  private static Optional<TypeSpec> index(ClassName self, CodeTypePlan plan) {
    if (plan.codes().isEmpty()) {
      return Optional.empty();
    }
    List<CodeEntry> entries = plan.codes();
    int bits = plan.indexBits();
    int slots = plan.indexSlots();
    return Optional.of(TypeSpec.classBuilder(INDEX)
        .addJavadoc("The codes of the table by hash slot: a code hashes to {@code (code * $L) >>> SHIFT} and lies in"
            + " that slot or, after collisions, in one of the following ones, before the next empty slot.\n",
            FIBONACCI_MULTIPLIER)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addField(FieldSpec.builder(int.class, "SHIFT", Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("32 minus the bits of a slot number.\n")
            .initializer("$L", 32 - bits)
            .build())
        .addField(FieldSpec.builder(int.class, "MASK", Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The slots minus one; there are $L slots for $L codes.\n", slots, entries.size())
            .initializer("$L", slots - 1)
            .build())
        .addField(FieldSpec.builder(ArrayTypeName.of(self), "CONSTANTS", Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The constant of each slot, or {@code null} for an empty slot.\n")
            .initializer("new $T[MASK + 1]", self)
            .build())
        .addStaticBlock(CodeBlock.builder()
            .beginControlFlow("for ($T constant : values())", self)
            .addStatement("int slot = (constant.code * $L) >>> SHIFT", FIBONACCI_MULTIPLIER)
            .beginControlFlow("while (CONSTANTS[slot] != null)")
            .addStatement("slot = (slot + 1) & MASK")
            .endControlFlow()
            .addStatement("CONSTANTS[slot] = constant")
            .endControlFlow()
            .build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .build());
  }
}
