package io.github.mexcerrors.processor.table;

import static com.google.common.truth.Truth.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A processor jar without its bundled table, or whose table cannot be read, is one error naming the jar as broken.
 * The table layer runs in a class loader of its own whose copy of the bundled table is missing or unreadable.
 */
class BrokenJarTest {
  private static final String BUNDLED = "io/github/mexcerrors/processor/error-codes.yaml";

  /** Loads the class path again, in isolation, with the bundled table missing or failing on read. */
  private static final class BrokenJar extends URLClassLoader {
    private final boolean missing;

    BrokenJar(boolean missing) throws MalformedURLException {
      super(classPath(), ClassLoader.getPlatformClassLoader());
      this.missing = missing;
    }

    @Override
    public URL getResource(String name) {
      if (!name.equals(BUNDLED)) {
        return super.getResource(name);
      }
      if (missing) {
        return null;
      }
      try {
        return new URL(null, "broken:" + name, new URLStreamHandler() {
          @Override
          protected URLConnection openConnection(URL url) {
            return new URLConnection(url) {
              @Override
              public void connect() {}

              @Override
              public InputStream getInputStream() {
                return new InputStream() {
                  @Override
                  public int read() throws IOException {
                    throw new IOException("invalid LOC header (bad signature)");
                  }
                };
              }
            };
          }
        });
      } catch (MalformedURLException e) {
        throw new AssertionError(e);
      }
    }

    private static URL[] classPath() throws MalformedURLException {
      List<URL> urls = new ArrayList<>();
      for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
        urls.add(new File(entry).toURI().toURL());
      }
      return urls.toArray(new URL[0]);
    }
  }

  /** The problems of loading the bundled table through a broken jar. */
  private static List<String> problems(boolean missing) throws Exception {
    try (BrokenJar jar = new BrokenJar(missing)) {
      Class<?> loader = jar.loadClass(TableLoader.class.getName());
      Class<?> problemsType = jar.loadClass(TableProblems.class.getName());
      assertThat(loader.getClassLoader()).isSameInstanceAs(jar);
      Object problems = problemsType.getConstructor().newInstance();
      Object table = loader.getMethod("resolve", Optional.class, problemsType).invoke(null, Optional.empty(),
          problems);
      assertThat(table).isEqualTo(Optional.empty());
      List<String> texts = new ArrayList<>();
      for (Object problem : (List<?>) problemsType.getMethod("all").invoke(problems)) {
        texts.add(problem.toString());
      }
      return texts;
    }
  }

  @Test
  void aJarWithoutTheBundledTableIsReportedBroken() throws Exception {
    assertThat(problems(true)).containsExactly("[MEXC-T003] the table bundled with the processor is missing from"
        + " its jar (/" + BUNDLED + "); the jar is broken");
  }

  @Test
  void aBundledTableThatCannotBeReadIsReported() throws Exception {
    assertThat(problems(false)).containsExactly("[MEXC-T004] could not read the bundled table:"
        + " java.io.IOException: invalid LOC header (bad signature)");
  }
}
