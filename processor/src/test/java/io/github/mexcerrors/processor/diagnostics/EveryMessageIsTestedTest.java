package io.github.mexcerrors.processor.diagnostics;

import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every {@link Message} is expected by some test, which names it by constant ({@code Message.TABLE_EMPTY}) or by id
 * ({@code [MEXC-T016]}) in what it asserts: a message no test produces is either untested or dead, and either way
 * a user could meet a text nobody has seen. The tests that only list messages (this one, the page's) do not count.
 */
class EveryMessageIsTestedTest {
  private static final Set<String> LISTS_ONLY = Set.of("EveryMessageIsTestedTest.java", "DiagnosticsPageTest.java");

  @Test
  void everyMessageIsNamedByATest() throws IOException {
    Path tests = Path.of(System.getProperty("basedir", ""), "src", "test", "java").toAbsolutePath();
    String sources;
    try (Stream<Path> files = Files.walk(tests)) {
      sources = files.filter(file -> file.toString().endsWith(".java"))
          .filter(file -> !LISTS_ONLY.contains(file.getFileName().toString()))
          .map(file -> {
            try {
              return Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          })
          .collect(Collectors.joining("\n"));
    }
    List<String> untested = new ArrayList<>();
    for (Message message : Message.values()) {
      boolean byConstant = Pattern.compile("\\bMessage\\." + message.name() + "\\b").matcher(sources).find();
      boolean byId = sources.contains(message.id());
      if (!byConstant && !byId) {
        untested.add(message.id() + " " + message.name());
      }
    }
    assertWithMessage("messages no test under %s expects (by Message.NAME or by id)", tests)
        .that(untested).isEmpty();
  }
}
