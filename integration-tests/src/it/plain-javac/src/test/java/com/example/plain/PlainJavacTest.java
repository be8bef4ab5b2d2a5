package com.example.plain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the README's javac command, exactly as printed, with the JDK's own javac in a clean folder that holds the two
 * published jars (under the names the command uses) and one handler class, then loads what it compiled with nothing
 * but the annotations jar and dispatches through the generated dispatcher.
 */
class PlainJavacTest {
  private static final String HANDLER = String.join("\n",
      "package com.example;",
      "",
      "import io.github.mexcerrors.MexcApi;",
      "import io.github.mexcerrors.OnMexcError;",
      "import io.github.mexcerrors.OnMexcErrorFallback;",
      "import io.github.mexcerrors.mexc.ClockSkewException;",
      "import java.util.ArrayList;",
      "import java.util.List;",
      "import java.util.function.Supplier;",
      "",
      "/** A handler class compiled by plain javac. */",
      "public class TradingErrors implements Supplier<List<String>> {",
      "  private final List<String> events = new ArrayList<>();",
      "",
      "  @OnMexcError(700003)",
      "  void resync(ClockSkewException e) {",
      "    events.add(\"resync \" + e.code());",
      "  }",
      "",
      "  @OnMexcErrorFallback",
      "  void other(MexcApi api, int code) {",
      "    events.add(\"other \" + api + \" \" + code);",
      "  }",
      "",
      "  @Override",
      "  public List<String> get() {",
      "    return List.copyOf(events);",
      "  }",
      "}",
      "");

  @TempDir
  Path folder;

  @Test
  void theReadmeCommandCompilesAHandlerClassWhoseDispatcherRuns() throws Exception {
    List<String> command = readmeCommand();
    assertEquals("javac", command.get(0), "the README's command is a javac command: " + command);

    // The folder: the published jars under the names the command uses, and the handler class at its path.
    Map<String, Path> jars = new TreeMap<>();
    for (String jar : System.getProperty("mexc.jars").split(",")) {
      Path path = Path.of(jar);
      jars.put(path.getFileName().toString(), path);
    }
    List<String> named = command.stream()
        .flatMap(argument -> Arrays.stream(argument.split(File.pathSeparator)))
        .filter(argument -> argument.endsWith(".jar"))
        .distinct()
        .sorted()
        .collect(Collectors.toList());
    assertEquals(List.copyOf(jars.keySet()), named,
        "the README's command names the jars this build publishes, with this build's version");
    for (Map.Entry<String, Path> jar : jars.entrySet()) {
      Files.copy(jar.getValue(), folder.resolve(jar.getKey()));
    }
    Path source = folder.resolve(command.get(command.size() - 1));
    Files.createDirectories(source.getParent());
    Files.writeString(source, HANDLER, StandardCharsets.UTF_8);

    List<String> javac = new ArrayList<>(command);
    javac.set(0, Path.of(System.getProperty("java.home"), "bin", "javac").toString());
    Process process = new ProcessBuilder(javac).directory(folder.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int exit = process.waitFor();
    assertEquals(0, exit, "javac failed:\n" + output);
    assertEquals("", output.strip(), "javac printed something (a warning under -Xlint:all?)");

    assertTrue(Files.isRegularFile(folder.resolve("generated/com/example/TradingErrorsDispatcher.java")));
    assertTrue(Files.isRegularFile(folder.resolve("classes/META-INF/mexc-errors/error-reference.md")));

    // Run it with nothing but the compiled classes and the annotations jar.
    URL[] classPath = {
        folder.resolve("classes").toUri().toURL(),
        folder.resolve(jars.keySet().stream().filter(name -> name.contains("annotations")).findFirst().orElseThrow())
            .toUri().toURL()
    };
    try (URLClassLoader loader = new URLClassLoader(classPath, ClassLoader.getPlatformClassLoader())) {
      Class<?> handlerType = loader.loadClass("com.example.TradingErrors");
      Object handlers = handlerType.getConstructor().newInstance();
      Method dispatch = loader.loadClass("com.example.TradingErrorsDispatcher")
          .getMethod("dispatch", handlerType, int.class, String.class);
      assertEquals(true, dispatch.invoke(null, handlers, 700003, "Timestamp outside recvWindow"));
      assertEquals(true, dispatch.invoke(null, handlers, 424242, "not in the table"));
      @SuppressWarnings("unchecked")
      List<String> events = ((Supplier<List<String>>) handlers).get();
      assertEquals(List.of("resync 700003", "other SPOT 424242"), events);
    }
  }

  @Test
  void aProcessorPathWithoutTheAnnotationsJarIsOneErrorThatNamesIt() throws Exception {
    // Bazel, Ant and hand-written commands put only the processor on the processor path: one error naming the
    // missing jar, not "An annotation processor threw an uncaught exception".
    String processor = null;
    String annotations = null;
    for (String jar : System.getProperty("mexc.jars").split(",")) {
      if (jar.contains("annotations")) {
        annotations = jar;
      } else {
        processor = jar;
      }
    }
    Path source = folder.resolve("com/example/TradingErrors.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, HANDLER, StandardCharsets.UTF_8);
    List<String> javac = List.of(Path.of(System.getProperty("java.home"), "bin", "javac").toString(),
        "-cp", annotations, "-processorpath", processor, "-d", "classes", "-s", "generated",
        "com/example/TradingErrors.java");
    Process process = new ProcessBuilder(javac).directory(folder.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(1, process.waitFor(), output);
    assertTrue(output.contains("error: [MEXC-P006] the mexc-errors processor cannot load its annotations"
        + " (io.github.mexcerrors.OnMexcError is missing): put mexc-errors-annotations-"), output);
    assertTrue(!output.contains("uncaught exception") && !output.contains("could not be instantiated"), output);
  }

  /** The one command of the README's plain-javac section: the shell block whose line starts with "javac ". */
  private static List<String> readmeCommand() throws Exception {
    List<String> lines = Files.readAllLines(Path.of(System.getProperty("mexc.readme")), StandardCharsets.UTF_8);
    List<String> commands = new ArrayList<>();
    boolean inShell = false;
    for (String line : lines) {
      if (line.startsWith("```")) {
        inShell = !inShell && line.equals("```sh");
        continue;
      }
      if (inShell && line.startsWith("javac ")) {
        commands.add(line);
      }
    }
    assertEquals(1, commands.size(), "one javac command in the README: " + commands);
    return Stream.of(commands.get(0).trim().split("\\s+")).collect(Collectors.toList());
  }
}
