package io.github.mexcerrors.benchmarks;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.TimeUnit;

/** A redis-server (Debian's package) on a free loopback port, for the gate's benchmark and harness. */
final class RedisProcess implements AutoCloseable {
  private final Process process;
  private final int port;

  private RedisProcess(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  static RedisProcess start() throws IOException, InterruptedException {
    String binary = null;
    for (String dir : (System.getenv("PATH") + File.pathSeparator + "/usr/bin:/usr/local/bin").split(File.pathSeparator)) {
      File file = new File(dir, "redis-server");
      if (file.canExecute()) {
        binary = file.getPath();
        break;
      }
    }
    if (binary == null) {
      throw new IllegalStateException("redis-server is not installed (Debian: apt-get install -y redis-server)");
    }
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    Process process = new ProcessBuilder(binary, "--port", Integer.toString(port), "--bind", "127.0.0.1",
        "--save", "", "--appendonly", "no").redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (true) {
      try {
        new Socket(InetAddress.getLoopbackAddress(), port).close();
        return new RedisProcess(process, port);
      } catch (IOException notYet) {
        if (System.nanoTime() > deadline || !process.isAlive()) {
          process.destroyForcibly();
          throw new IOException("redis-server did not start on port " + port);
        }
        Thread.sleep(20);
      }
    }
  }

  String uri() {
    return "redis://127.0.0.1:" + port;
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }
}
