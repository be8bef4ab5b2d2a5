package io.github.mexcerrors.fleet;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A real {@code redis-server} (Debian's package) on a free loopback port, started and stopped by the test, so that
 * fault tests can kill it and start it again on the same port. Without the binary the test is skipped, except in
 * CI ({@code CI=true}), where it fails: {@code .ci/run} installs it.
 */
final class RedisServer implements AutoCloseable {
  private final String binary;
  private final int port;
  private final Path dir;
  private Process process;

  private RedisServer(String binary, int port, Path dir) {
    this.binary = binary;
    this.port = port;
    this.dir = dir;
  }

  /** Starts a server on a free port. */
  static RedisServer start() throws IOException, InterruptedException {
    RedisServer server = new RedisServer(binary(), freePort(), Files.createTempDirectory("fleet-redis"));
    server.restart();
    return server;
  }

  static String binary() {
    for (String candidate : List.of("/usr/bin/redis-server", "/usr/local/bin/redis-server")) {
      if (new File(candidate).canExecute()) {
        return candidate;
      }
    }
    String path = System.getenv("PATH");
    if (path != null) {
      for (String entry : path.split(File.pathSeparator)) {
        File file = new File(entry, "redis-server");
        if (file.canExecute()) {
          return file.getPath();
        }
      }
    }
    String message = "redis-server is not installed (Debian: apt-get install -y redis-server)";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      fail(message + "; CI must run the Redis tests (.ci/run installs it)");
    }
    Assumptions.abort(message);
    return null;
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  int port() {
    return port;
  }

  String uri() {
    return "redis://127.0.0.1:" + port;
  }

  boolean isRunning() {
    return process != null && process.isAlive();
  }

  /** Starts the server again on the same port, and waits until it accepts connections. */
  void restart() throws IOException, InterruptedException {
    if (isRunning()) {
      return;
    }
    process = new ProcessBuilder(binary, "--port", Integer.toString(port), "--bind", "127.0.0.1",
        "--save", "", "--appendonly", "no", "--dir", dir.toString(), "--protected-mode", "yes")
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("redis.log").toFile())
        .start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < deadline) {
      try {
        new Socket(InetAddress.getLoopbackAddress(), port).close();
        return;
      } catch (IOException notYet) {
        if (!process.isAlive()) {
          throw new IOException("redis-server exited: " + Files.readString(dir.resolve("redis.log")));
        }
        Thread.sleep(20);
      }
    }
    throw new IOException("redis-server did not listen on " + port + " within 10 s");
  }

  /** Stops (SIGSTOP) or continues (SIGCONT) the server: connections stay open, commands hang meanwhile. */
  void signal(String signal) throws IOException, InterruptedException {
    Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start();
    if (kill.waitFor() != 0) {
      throw new IOException("kill -" + signal + " failed");
    }
  }

  /** Kills the server at once (SIGKILL), as a crash would. */
  void kill() {
    if (process != null) {
      process.destroyForcibly();
      try {
        process.waitFor(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public void close() {
    kill();
  }
}
