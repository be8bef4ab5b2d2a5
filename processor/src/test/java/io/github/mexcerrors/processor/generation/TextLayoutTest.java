package io.github.mexcerrors.processor.generation;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The two layouts of table text in generated code: string constants split into pieces of lines within 100
 * columns ({@link StringLiterals#lines}), and Javadoc wrapped at word boundaries ({@link JavadocText#wrapComments}).
 */
class TextLayoutTest {
  private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> words = Arbitraries.of("order", "balance", "\u4f59\u989d\u4e0d\u8db3", "\ud83d\ude00", "\"", "\\",
        "GET /api/v3/order", "averyveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryverylongword",
        "\n", "\t", "\u2028", "&", "x").list().ofMaxSize(60).map(list -> String.join(" ", list));
    return Arbitraries.oneOf(words, Arbitraries.strings().ofMaxLength(300));
  }

  @Property(tries = 500)
  void aConstantSplitIntoLinesIsTheSameConstantAndFitsTheWidth(@ForAll("texts") String text,
      @ForAll @IntRange(min = 0, max = 20) int level, @ForAll @IntRange(min = 0, max = 3) int trailing) {
    int column = 2 * level;
    // The layout of a caller: the literal starts a line at the column, as enum constants' texts do.
    CodeBlock.Builder body = CodeBlock.builder();
    for (int i = 0; i < level; i++) {
      body.indent();
    }
    body.add("$L$L\n", StringLiterals.lines(text, column, trailing), ")".repeat(trailing));
    String rendered = body.build().toString();
    StringBuilder joined = new StringBuilder();
    Matcher literal = LITERAL.matcher(rendered);
    while (literal.find()) {
      joined.append(literal.group(1));
    }
    String whole = StringLiterals.of(text);
    assertThat(joined.toString()).isEqualTo(whole.substring(1, whole.length() - 1));
    for (String line : rendered.split("\n")) {
      assertWithMessage(rendered).that(line.length()).isAtMost(SourceText.MAX_COLUMNS);
    }
  }

  @Example
  void aLongParagraphIsWrappedAtSpacesKeepingInlineTagsWhole() {
    String paragraph = "The API key is not allowed to do this; see {@link io.github.mexcerrors.RetryPolicy#NEVER} and"
        + " {@link ErrorCategory#PERMISSION} before you retry, and check the key's permissions in API Management.";
    String source = TypeSpec.classBuilder("A")
        .addJavadoc("$L\n\n@param x $L\n", paragraph, paragraph)
        .addMethod(MethodSpec.methodBuilder("m").addJavadoc("$L\n", paragraph).build())
        .build().toString();
    String wrapped = JavadocText.wrapComments(source, 100);
    List<String> words = new ArrayList<>();
    for (String line : wrapped.split("\n")) {
      assertThat(line.length()).isAtMost(100);
      assertThat(line).doesNotContainMatch("\\{@link$");
      String content = line.strip().replaceFirst("^\\* ?", "");
      List.of(content.split(" +")).stream().filter(word -> !word.isEmpty()).forEach(words::add);
    }
    // Nothing is lost or reordered, and a block tag's lines after the first are indented four more columns.
    List<String> original = new ArrayList<>();
    for (String line : source.split("\n")) {
      List.of(line.strip().replaceFirst("^\\* ?", "").split(" +")).stream().filter(word -> !word.isEmpty())
          .forEach(original::add);
    }
    assertThat(words).isEqualTo(original);
    assertThat(wrapped).contains("\n *     ");
  }

  @Example
  void aWordTooLongForALineIsBrokenOutsideEscapesAndReferences() {
    String word = "\\u4f59".repeat(30) + "&amp;".repeat(10);
    String source = "/**\n * " + word + "\n */\n";
    String wrapped = JavadocText.wrapComments(source, 40);
    StringBuilder rejoined = new StringBuilder();
    for (String line : wrapped.split("\n")) {
      assertThat(line.length()).isAtMost(40);
      if (line.startsWith(" * ")) {
        String content = line.substring(3);
        assertThat(content).doesNotMatch(".*\\\\u[0-9a-f]{0,3}$");
        assertThat(content).doesNotMatch(".*&[a-z]*$");
        rejoined.append(content);
      }
    }
    assertThat(rejoined.toString()).isEqualTo(word);
  }
}
