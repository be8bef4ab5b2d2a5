package io.github.mexcerrors.processor.diagnostics;

import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import io.github.mexcerrors.processor.table.TableLoader;
import io.github.mexcerrors.processor.table.TableProblems;
import io.github.mexcerrors.processor.testing.ProcessorCompiler;
import io.github.mexcerrors.processor.testing.SmallTable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The table messages that no other test produces, each from the smallest table that has the problem, through the
 * table layer as the processor runs it (in-process, without a compiler); and many of them at once through javac and
 * ecj, which print each at its line of the table.
 */
class TableMessagesTest {
  private static final String HEAD = SmallTable.HEAD;
  private static final String CODE = SmallTable.CODE;

  /** A table, and the message it must produce, at a position, starting with a text. */
  record Case(String name, String yaml, Message message, String expected) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> cases() {
    return Stream.of(
        new Case("empty file", "# nothing here\n", Message.TABLE_EMPTY,
            "t.yaml:1:1: [MEXC-T016] the table is empty"),
        new Case("nesting deepened through an alias", "package: t.gen\ndeep: &d " + "[".repeat(14) + "x"
            + "]".repeat(14) + "\ndeeper: [[[[*d]]]]\n", Message.YAML_TOO_DEEP,
            "[MEXC-T017] the table nests deeper than 16 levels"),
        new Case("codes as a mapping", HEAD + "spot:\n  code: 1\n", Message.CODES_NOT_A_LIST,
            "t.yaml:7:3: [MEXC-T019] 'spot' must be a list of codes"),
        new Case("a list as a key", HEAD + CODE + "[a, b]: 1\n", Message.KEY_NOT_PLAIN,
            "t.yaml:12:1: [MEXC-T021] a top-level key must be a plain name"),
        new Case("a category as a list", HEAD.replace("  ROOT:\n    description: Root.\n    section: Root\n",
            "  ROOT: [a, b]\n") + CODE, Message.NOT_A_MAPPING, "t.yaml:3:9: [MEXC-T024] category ROOT must be a"
            + " mapping"),
        new Case("a message as a list", HEAD + CODE.replace("message: One", "message: [One, Two]"),
            Message.TEXT_MISSING, "t.yaml:9:14: [MEXC-T026] 'message' needs a text value, not a list"),
        new Case("a list item as a mapping", HEAD + CODE.replace("    hint: Do one thing.\n",
            "    hint: Do one thing.\n    alternativeMessages: [[a, b]]\n"), Message.LIST_ITEM_NOT_SCALAR,
            "t.yaml:12:27: [MEXC-T028] each item of 'alternativeMessages' must be a single value"),
        new Case("a code as a list", HEAD + CODE.replace("code: 1", "code: [1]"), Message.NUMBER_MISSING,
            "t.yaml:7:11: [MEXC-T031] 'code' needs a whole number, not a list"),
        new Case("an unknown retry policy", HEAD + CODE.replace("    hint: Do one thing.\n",
            "    hint: Do one thing.\n    retry: SOMETIMES\n"), Message.RETRY_POLICY_UNKNOWN,
            "t.yaml:12:12: [MEXC-T034] unknown retry policy 'SOMETIMES'"),
        new Case("extends something else", "extends: mine\n" + HEAD + CODE, Message.EXTENDS_UNKNOWN,
            "t.yaml:1:10: [MEXC-T100] 'extends' takes only the value 'bundled'"),
        new Case("a code without code", HEAD + CODE.replace("  - code: 1\n    name: ONE\n", "  - name: ONE\n"),
            Message.CODE_MISSING, "t.yaml:7:5: [MEXC-T102] this spot entry has no 'code'"),
        new Case("a java package", HEAD.replace("package: t.gen", "package: java.mexc") + CODE,
            Message.PACKAGE_OF_PLATFORM, "t.yaml:1:10: [MEXC-T107] package 'java.mexc' belongs to the Java"
            + " platform"),
        new Case("no codes", HEAD, Message.NO_CODES, "[MEXC-T108] the table declares no code"),
        new Case("a category hiding java.lang", HEAD + "  ILLEGAL_STATE:\n    description: S.\n    section: S\n"
            + CODE, Message.CATEGORY_CLASS_HIDES_JAVA_LANG, "[MEXC-T112] category ILLEGAL_STATE would generate"
            + " class IllegalStateException, which would hide java.lang.IllegalStateException"),
        new Case("two categories, one class", HEAD + "  RATE1:\n    description: R.\n    section: R\n"
            + "  RATE_1:\n    description: R.\n    section: R\n" + CODE, Message.CATEGORY_CLASS_CLASH,
            "[MEXC-T113] categories RATE1 and RATE_1 would both generate class Rate1Exception"),
        new Case("an HTTP status out of range", HEAD + "    httpStatus: [999]\n" + CODE,
            Message.HTTP_STATUS_OUT_OF_RANGE, "[MEXC-T117] HTTP status 999 is outside 100-599"),
        new Case("an HTTP status twice", HEAD + "    httpStatus: [429]\n  OTHER:\n    description: O.\n"
            + "    section: O\n    httpStatus: [429]\n" + CODE, Message.HTTP_STATUS_DUPLICATE,
            "[MEXC-T118] HTTP status 429 is already given to a category at t.yaml:6:"),
        new Case("a root without section", HEAD.replace("    section: Root\n", "") + CODE,
            Message.ROOT_SECTION_MISSING, "[MEXC-T120] root category ROOT has no 'section'"),
        new Case("a code without name", HEAD + CODE.replace("    name: ONE\n", ""), Message.CODE_NAME_MISSING,
            "[MEXC-T121] spot code 1 has no 'name'"),
        new Case("a code without message", HEAD + CODE.replace("    message: One\n", ""),
            Message.CODE_MESSAGE_MISSING, "[MEXC-T125] spot code 1 has no 'message'"),
        new Case("a code without category", HEAD + CODE.replace("    category: ROOT\n", ""),
            Message.CODE_CATEGORY_MISSING, "[MEXC-T127] spot code 1 has no 'category'; add one of ROOT"));
  }

  /**
   * A table with many problems at once, each of a message above: one build reports all of them, at the table's
   * lines, on javac and ecj alike.
   */
  private static final String MANY = String.join("\n",
      "package: java.mexc",
      "categories:",
      "  ROOT:",
      "    description: Root.",
      "    httpStatus: [999]",
      "  ILLEGAL_STATE:",
      "    description: S.",
      "    section: S",
      "    httpStatus: [429]",
      "  RATE1:",
      "    description: R.",
      "    section: R",
      "    httpStatus: [429]",
      "  RATE_1:",
      "    description: R.",
      "    section: R",
      "spot:",
      "  - name: NO_CODE",
      "    message: One",
      "    category: ROOT",
      "    hint: Do one thing.",
      "  - code: 2",
      "    category: ROOT",
      "    hint: Do another thing.",
      "  - code: 3",
      "    name: THREE",
      "    message: [Three]",
      "    alternativeMessages: [[a, b]]",
      "    category: ROOT",
      "    hint: Do a third thing.",
      "    retry: SOMETIMES",
      "");

  static Stream<Message> many() {
    return Stream.of(Message.PACKAGE_OF_PLATFORM, Message.ROOT_SECTION_MISSING, Message.HTTP_STATUS_OUT_OF_RANGE,
        Message.CATEGORY_CLASS_HIDES_JAVA_LANG, Message.HTTP_STATUS_DUPLICATE, Message.CATEGORY_CLASS_CLASH,
        Message.CODE_MISSING, Message.CODE_NAME_MISSING, Message.CODE_MESSAGE_MISSING, Message.TEXT_MISSING,
        Message.LIST_ITEM_NOT_SCALAR, Message.RETRY_POLICY_UNKNOWN);
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void oneBuildReportsEachProblemAtItsLine(CompilerKind kind) {
    Compilation compilation = kind.compiler().table(MANY).compile(ProcessorCompiler.fallbackHandlers());
    List<String> errors = compilation.errors().stream().map(error -> error.getMessage(Locale.ROOT)).toList();
    for (Message message : many().toList()) {
      assertWithMessage("%s in %s", message.id(), errors).that(errors.stream()
          .filter(error -> error.matches("(?s).*\\.yaml:\\d+:\\d+: \\[" + message.id() + "\\] .*")).toList())
          .isNotEmpty();
    }
    assertWithMessage("%s", errors).that(ProcessorCompiler.generatedSourceNames(compilation)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachProblemIsItsMessage(Case problem) {
    TableProblems problems = new TableProblems();
    TableLoader.resolve(Optional.of(new TableLoader.Source("t.yaml", problem.yaml())), problems);
    List<String> texts = problems.all().stream().map(TableProblems.Problem::toString).toList();
    assertWithMessage("problems of:\n%s\nare %s", problem.yaml(), texts).that(texts.stream()
        .filter(text -> text.contains(problem.expected())).toList()).isNotEmpty();
    assertWithMessage("%s", texts).that(problems.all().stream().map(TableProblems.Problem::id).toList())
        .contains(problem.message());
  }
}
