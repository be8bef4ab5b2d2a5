package io.github.mexcerrors.processor.diagnostics;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.mexcerrors.processor.testing.ProcessorCompiler.source;

import com.google.testing.compile.Compilation;
import io.github.mexcerrors.processor.testing.ProcessorCompiler;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every problem of a table is one error naming the file, line and column, with the fix; all problems of a table
 * are reported in one build; nothing is generated from a table with problems. Runs on javac and ecj.
 */
class TableDiagnosticsTest {
  /** A valid table; each test breaks one thing. Line numbers are given in the comments of the tests. */
  private static final String TABLE = String.join("\n",
      "package: com.example.mexc",                                                 // 1
      "categories:",                                                               // 2
      "  AUTHENTICATION:",                                                         // 3
      "    description: The request could not be authenticated.",                  // 4
      "    section: Authentication",                                               // 5
      "  CLOCK_SKEW:",                                                             // 6
      "    parent: AUTHENTICATION",                                                // 7
      "    description: The request timestamp is too far from the exchange's clock.", // 8
      "    retry: AFTER_CLOCK_SYNC",                                               // 9
      "spot:",                                                                     // 10
      "  - code: 700003",                                                          // 11
      "    name: TIMESTAMP_OUTSIDE_RECV_WINDOW",                                   // 12
      "    message: Timestamp for this request is outside of the recvWindow",      // 13
      "    category: CLOCK_SKEW",                                                  // 14
      "    hint: Sync your clock.",                                                // 15
      "futures:",                                                                  // 16
      "  - code: 513",                                                             // 17
      "    name: REQUEST_TIME_OUT_OF_RANGE",                                       // 18
      "    message: Request time out of range",                                    // 19
      "    category: CLOCK_SKEW",                                                  // 20
      "    hint: Sync your clock.",                                                // 21
      "");

  /** A handler class that uses no generated type, so a broken table causes no error in it. */
  private static final JavaFileObject HANDLERS = ProcessorCompiler.fallbackHandlers();

  private static String replace(String from, String to) {
    if (!TABLE.contains(from)) {
      throw new AssertionError("not in the table: " + from);
    }
    return TABLE.replace(from, to);
  }

  private static Compilation compile(CompilerKind kind, String table) {
    return kind.compiler().table(table).compile(HANDLERS);
  }

  /** Asserts one error, at a position of the table file, containing a message; and that nothing was generated. */
  private static void assertOnlyError(Compilation compilation, int line, int column, Message id, String message) {
    assertThat(compilation).hadErrorCount(1);
    assertError(compilation, line, column, id, message);
    assertThat(ProcessorCompiler.generatedSourceNames(compilation)).isEmpty();
  }

  /** Asserts an error with its id at a position of the table file, whose text starts with {@code message}. */
  private static void assertError(Compilation compilation, int line, int column, Message id, String message) {
    // The table's display name is its path (a temporary file here): the message starts "<path>:line:col: [id] "
    assertThat(compilation).hadErrorContaining(".yaml:" + line + ":" + column + ": [" + id.id() + "] " + message);
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void theBaseTableIsValid(CompilerKind kind) {
    Compilation compilation = compile(kind, TABLE);
    assertThat(compilation).hadErrorCount(0);
    assertThat(ProcessorCompiler.generatedSourceNames(compilation)).contains(
        ProcessorCompiler.generatedSourceNames(compilation).stream().filter(n -> n.endsWith("HandlersDispatcher.java"))
            .findFirst().orElse("HandlersDispatcher.java missing"));
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void badIndentation(CompilerKind kind) {
    Compilation compilation = compile(kind, replace("    message: Timestamp", "   message: Timestamp"));
    assertOnlyError(compilation, 13, 4, Message.YAML_INVALID, "invalid YAML:");
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void tabIndentation(CompilerKind kind) {
    Compilation compilation = compile(kind, replace("    message: Timestamp", "\tmessage: Timestamp"));
    assertOnlyError(compilation, 13, 1, Message.YAML_INVALID, "invalid YAML:");
    assertThat(compilation).hadErrorContaining("(YAML forbids tabs for indentation: indent with spaces)");
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void unclosedQuote(CompilerKind kind) {
    Compilation compilation = compile(kind, replace("message: Timestamp for this request is outside of the recvWindow",
        "message: \"Timestamp for this request is outside of the recvWindow"));
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(".yaml:22:1: [MEXC-T012] invalid YAML: found unexpected end of stream");
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void unknownKeySuggestsTheClosestKey(CompilerKind kind) {
    Compilation compilation = compile(kind, replace("    hint: Sync your clock.\nfutures:",
        "    hint: Sync your clock.\n    retyable: true\nfutures:"));
    assertOnlyError(compilation, 16, 5, Message.KEY_UNKNOWN, "unknown code key 'retyable'; did you mean 'retry'?");
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void missingRequiredKey(CompilerKind kind) {
    Compilation compilation = compile(kind, replace("    hint: Sync your clock.\nfutures:", "futures:"));
    assertOnlyError(compilation, 11, 5, Message.CODE_HINT_MISSING,
        "spot code 700003 has no 'hint'; add one line that tells the user what to do");
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void missingDescriptionOfACategory(CompilerKind kind) {
    Compilation compilation = compile(kind, replace("    description: The request could not be authenticated.\n", ""));
    assertOnlyError(compilation, 3, 3, Message.CATEGORY_DESCRIPTION_MISSING,
        "category AUTHENTICATION has no 'description'; add one sentence");
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void stringWhereACodeBelongs(CompilerKind kind) {
    Compilation compilation = compile(kind, replace("code: 700003", "code: \"700003\""));
    assertOnlyError(compilation, 11, 11, Message.NUMBER_INVALID,
        "'code' must be a whole number, but '700003' is a string; write 700003"
        + " without quotes");
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void codeBeyondIntRange(CompilerKind kind) {
    Compilation compilation = compile(kind, replace("code: 700003", "code: 3000000000"));
    assertOnlyError(compilation, 11, 11, Message.NUMBER_OUT_OF_RANGE,
        "'code' 3000000000 is beyond the 32-bit int range of MEXC codes");
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void duplicateCodeNamesBothPlaces(CompilerKind kind) {
    Compilation compilation = compile(kind, replace("futures:", String.join("\n",
        "  - code: 700003",                                                        // 16
        "    name: TIMESTAMP_AGAIN",
        "    message: Again",
        "    category: CLOCK_SKEW",
        "    hint: Sync your clock.",
        "futures:")));
    assertThat(compilation).hadErrorCount(2);
    assertError(compilation, 16, 11, Message.CODE_DUPLICATE, "duplicate spot code 700003: it is already declared at ");
    assertError(compilation, 11, 11, Message.CODE_DECLARED_AGAIN, "spot code 700003 is declared again at ");
    assertThat(compilation).hadErrorContaining(".yaml:11:11; each (api, code) pair is declared once");
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void duplicateConstantNamesBothPlaces(CompilerKind kind) {
    Compilation compilation = compile(kind, replace("futures:", String.join("\n",
        "  - code: 700004",                                                        // 16
        "    name: TIMESTAMP_OUTSIDE_RECV_WINDOW",                                 // 17
        "    message: Again",
        "    category: CLOCK_SKEW",
        "    hint: Sync your clock.",
        "futures:")));
    assertThat(compilation).hadErrorCount(2);
    assertError(compilation, 17, 11, Message.CODE_NAME_DUPLICATE,
        "duplicate spot constant name TIMESTAMP_OUTSIDE_RECV_WINDOW: it is already used at ");
    assertError(compilation, 12, 11, Message.CODE_NAME_USED_AGAIN,
        "spot constant name TIMESTAMP_OUTSIDE_RECV_WINDOW is used again at ");
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void invalidConstantName(CompilerKind kind) {
    Compilation compilation = compile(kind, replace("name: TIMESTAMP_OUTSIDE_RECV_WINDOW",
        "name: timestamp-outside"));
    assertOnlyError(compilation, 12, 11, Message.CODE_NAME_INVALID,
        "'timestamp-outside' is not a valid constant name for spot code 700003: use"
        + " UPPER_SNAKE_CASE letters, digits and underscores, starting with a letter, e.g. TIMESTAMP_OUTSIDE");
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void keywordInThePackage(CompilerKind kind) {
    Compilation compilation = compile(kind, replace("package: com.example.mexc", "package: com.example.int"));
    assertOnlyError(compilation, 1, 10, Message.PACKAGE_INVALID,
        "'com.example.int' is not a valid Java package name; use dot-separated"
        + " identifiers that are not Java keywords");
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void invalidCategoryName(CompilerKind kind) {
    Compilation compilation = compile(kind, replace("  CLOCK_SKEW:", "  Clock-Skew:")
        .replace("category: CLOCK_SKEW", "category: Clock-Skew"));
    assertOnlyError(compilation, 6, 3, Message.CATEGORY_NAME_INVALID,
        "category name 'Clock-Skew' must be UPPER_SNAKE_CASE, e.g. CLOCK_SKEW");
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void unknownParentSuggestsTheClosestName(CompilerKind kind) {
    Compilation compilation = compile(kind, replace("parent: AUTHENTICATION", "parent: AUTHENTICATON"));
    assertOnlyError(compilation, 7, 13, Message.PARENT_UNKNOWN,
        "unknown parent category 'AUTHENTICATON'; did you mean 'AUTHENTICATION'?");
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void unknownCategoryOfACode(CompilerKind kind) {
    Compilation compilation = compile(kind, replace("    category: CLOCK_SKEW\n    hint: Sync your clock.\nfutures:",
        "    category: CLOCK_SKEWED\n    hint: Sync your clock.\nfutures:"));
    assertOnlyError(compilation, 14, 15, Message.CODE_CATEGORY_UNKNOWN,
        "unknown category 'CLOCK_SKEWED' for spot code 700003; did you mean"
        + " 'CLOCK_SKEW'?");
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void cyclicParents(CompilerKind kind) {
    Compilation compilation = compile(kind, replace("    section: Authentication",
        "    section: Authentication\n    parent: CLOCK_SKEW"));
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[MEXC-T119] the parent categories form a cycle: ");
    assertThat(compilation).hadErrorContaining("; one of them must be a root");
    assertThat(ProcessorCompiler.generatedSourceNames(compilation)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void noPackage(CompilerKind kind) {
    Compilation compilation = compile(kind, replace("package: com.example.mexc\n", ""));
    assertOnlyError(compilation, 1, 1, Message.PACKAGE_MISSING,
        "the table names no package; add 'package: com.example.mexc'");
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void tableFileThatDoesNotExist(CompilerKind kind) {
    Compilation compilation = kind.compiler().option("mexc.errors.table", "/nonexistent/error-codes.yaml")
        .compile(HANDLERS);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[MEXC-T001] cannot read the error table"
        + " '/nonexistent/error-codes.yaml' named by -Amexc.errors.table (looked at"
        + " /nonexistent/error-codes.yaml): no such file; give a path that exists");
    assertThat(ProcessorCompiler.generatedSourceNames(compilation)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void seenInThatIsAMappingIsRefusedAtItsValue(CompilerKind kind) {
    Compilation compilation = compile(kind, replace("    hint: Sync your clock.\nfutures:",
        "    hint: Sync your clock.\n    seenIn: {source: issue reports}\nfutures:"));         // line 16
    assertOnlyError(compilation, 16, 13, Message.LIST_EXPECTED, "'seenIn' needs a list of texts, not a mapping");
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void seenInWithoutSourcesOrWithABlankSourceIsRefused(CompilerKind kind) {
    Compilation empty = compile(kind, replace("    hint: Sync your clock.\nfutures:",
        "    hint: Sync your clock.\n    seenIn: []\nfutures:"));                             // line 16
    assertOnlyError(empty, 16, 13, Message.SEEN_IN_EMPTY,
        "'seenIn' lists no source; name where MEXC was seen sending the code");
    Compilation blank = compile(kind, replace("    hint: Sync your clock.\nfutures:",
        "    hint: Sync your clock.\n    seenIn: [issue reports, \" \"]\nfutures:"));          // line 16
    assertOnlyError(blank, 16, 29, Message.SEEN_IN_ITEM_BLANK,
        "each item of 'seenIn' must be one non-blank line of text");
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void genericTakesOnlyTrueOrFalse(CompilerKind kind) {
    Compilation yes = compile(kind, replace("    hint: Sync your clock.\nfutures:",
        "    hint: Sync your clock.\n    generic: yes\nfutures:"));                           // line 16
    assertOnlyError(yes, 16, 14, Message.FLAG_NOT_BOOLEAN, "'generic' takes true or false, not 'yes'");
    Compilation quoted = compile(kind, replace("    hint: Sync your clock.\nfutures:",
        "    hint: Sync your clock.\n    generic: \"true\"\nfutures:"));                      // line 16
    assertOnlyError(quoted, 16, 14, Message.FLAG_NOT_BOOLEAN, "'generic' takes true or false, not 'true'");
    Compilation list = compile(kind, replace("    hint: Sync your clock.\nfutures:",
        "    hint: Sync your clock.\n    generic: [true]\nfutures:"));                        // line 16
    assertOnlyError(list, 16, 14, Message.FLAG_NOT_BOOLEAN, "'generic' takes true or false, not a list");
    Compilation valid = compile(kind, replace("    hint: Sync your clock.\nfutures:",
        "    hint: Sync your clock.\n    generic: true\nfutures:"));
    assertThat(valid).hadErrorCount(0);
  }

  /** The table with an alternative message of the spot code written as a mapping, from line 14 on. */
  private static String withAlternative(String... lines) {
    return replace("    message: Timestamp for this request is outside of the recvWindow\n",
        "    message: Timestamp for this request is outside of the recvWindow\n    alternativeMessages:\n"
            + String.join("\n", lines) + "\n");
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void anAlternativeMessageWithAnUnknownKeyIsRefusedOnThatKey(CompilerKind kind) {
    Compilation compilation = compile(kind, withAlternative(
        "      - text: Timestamp outside recvWindow",                                  // line 15
        "        lang: zh"));                                                          // line 16
    assertOnlyError(compilation, 16, 9, Message.KEY_UNKNOWN,
        "unknown alternative message key 'lang'; the keys are text, language, seenIn");
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void anAlternativeMessageLanguageMustBeALanguageTag(CompilerKind kind) {
    Compilation compilation = compile(kind, withAlternative(
        "      - text: 时间戳超出接收窗口",                                              // line 15
        "        language: zh_CN"));                                                   // line 16
    assertOnlyError(compilation, 16, 19, Message.LANGUAGE_INVALID,
        "'language' must be a BCP 47 language tag such as zh, en or zh-TW, not 'zh_CN'");
    Compilation list = compile(kind, withAlternative(
        "      - text: 时间戳超出接收窗口",                                              // line 15
        "        language: [zh]"));                                                    // line 16
    assertOnlyError(list, 16, 19, Message.TEXT_MISSING, "'language'");
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void anAlternativeMessageNeedsItsTextAndValidSources(CompilerKind kind) {
    Compilation noText = compile(kind, withAlternative(
        "      - language: zh",                                                        // line 15
        "        seenIn: [issue reports]"));                                           // line 16
    assertOnlyError(noText, 15, 9, Message.MESSAGE_TEXT_MISSING, "this alternative message has no 'text'");
    Compilation textList = compile(kind, withAlternative(
        "      - text: [a, b]"));                                                      // line 15
    assertOnlyError(textList, 15, 15, Message.TEXT_MISSING, "'text'");
    Compilation noSource = compile(kind, withAlternative(
        "      - text: Timestamp outside recvWindow",                                  // line 15
        "        seenIn: []"));                                                        // line 16
    assertOnlyError(noSource, 16, 17, Message.SEEN_IN_EMPTY, "'seenIn' lists no source");
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void aSeenLocalizedAlternativeMessageIsDocumentedWithItsLanguageAndSource(CompilerKind kind) throws Exception {
    Compilation compilation = compile(kind, withAlternative(
        "      - Timestamp outside of the recvWindow",
        "      - text: 时间戳超出接收窗口",
        "        language: zh",
        "        seenIn: [issue reports]"));
    assertThat(compilation).hadErrorCount(0);
    String spot = compilation.generatedSourceFiles().stream()
        .filter(file -> file.toUri().getPath().endsWith("/SpotErrorCode.java")).findFirst().orElseThrow()
        .getCharContent(true).toString();
    assertThat(spot).contains("<p>Also documented as: Timestamp outside of the recvWindow.");
    // Generated sources are ASCII: the Chinese text is written with Unicode escapes.
    assertThat(spot).contains("<p>Also sent as: \\u65f6\\u95f4\\u6233\\u8d85\\u51fa\\u63a5\\u6536\\u7a97\\u53e3"
        + " (language zh; seen in:\n   * issue reports).");
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void allProblemsOfATableAreReportedTogether(CompilerKind kind) {
    String table = replace("parent: AUTHENTICATION", "parent: AUTHENTICATON")           // line 7
        .replace("name: REQUEST_TIME_OUT_OF_RANGE", "name: request time")                // line 18
        .replace("    hint: Sync your clock.\nfutures:", "    hint: Sync your clock.\n    retyable: true\nfutures:");
    Compilation compilation = compile(kind, table);
    assertThat(compilation).hadErrorCount(3);
    assertError(compilation, 7, 13, Message.PARENT_UNKNOWN, "unknown parent category 'AUTHENTICATON'");
    assertError(compilation, 16, 5, Message.KEY_UNKNOWN, "unknown code key 'retyable'");
    assertError(compilation, 19, 11, Message.CODE_NAME_INVALID,
        "'request time' is not a valid constant name for futures code 513");
    assertThat(ProcessorCompiler.generatedSourceNames(compilation)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(CompilerKind.class)
  void handlerClassesAreNotCheckedAgainstABrokenTable(CompilerKind kind) {
    JavaFileObject source = source("test.Other",
        "package test;",
        "",
        "import io.github.mexcerrors.OnMexcError;",
        "",
        "class Other {",
        "  @OnMexcError(1) void one() {}",
        "}");
    Compilation compilation = kind.compiler().table(replace("package: com.example.mexc\n", "")).compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("the table names no package");
    assertThat(List.copyOf(ProcessorCompiler.generatedSourceNames(compilation))).isEmpty();
  }
}
