package io.github.mexcerrors.wire.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A MEXC stand-in on loopback ({@code 127.0.0.1}, a free port) that answers every {@link MexcAnswerCatalogue}
 * entry: a request whose query has {@code mexcCase=NAME} gets that entry's status, headers and body (the JDK
 * server sets {@code Date} itself, to the real time). {@code mexcCase=large-N} gets a JSON success of exactly
 * {@code N} bytes, {@code mexcCase=large503-N} a gateway's HTML 503 of {@code N} bytes, {@code mexcCase=no-content} a 204 without a
 * body; any other request gets a
 * 404 in MEXC's spot shape.
 *
 * <pre>{@code
 * try (MexcStandIn server = MexcStandIn.start()) {
 *   Entry entry = MexcAnswerCatalogue.named("spot-clock-skew");
 *   URI uri = entry.uri(server.baseUri(), Instant.now());
 *   ...
 * }
 * }</pre>
 */
public final class MexcStandIn implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService executor;
  private final ConcurrentLinkedQueue<String> requests = new ConcurrentLinkedQueue<>();
  /** Large bodies by size, made once: serving one costs the socket, not making it (benchmarks measure clients). */
  private final Map<String, byte[]> large = new ConcurrentHashMap<>();

  private MexcStandIn(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /**
   * Starts a stand-in on a free loopback port.
   *
   * @return the running stand-in; close it when done
   * @throws IOException when no port can be bound
   */
  public static MexcStandIn start() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
    ExecutorService executor = Executors.newFixedThreadPool(4, runnable -> {
      Thread thread = new Thread(runnable, "mexc-stand-in");
      thread.setDaemon(true);
      return thread;
    });
    MexcStandIn standIn = new MexcStandIn(server, executor);
    server.createContext("/", standIn::handle);
    server.setExecutor(executor);
    server.start();
    return standIn;
  }

  /**
   * Returns the stand-in's address.
   *
   * @return e.g. {@code http://127.0.0.1:43127}
   */
  public URI baseUri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /**
   * Returns the requests served so far, as {@code METHOD path?query}.
   *
   * @return the requests, in order
   */
  public List<String> requests() {
    return List.copyOf(requests);
  }

  /**
   * Returns a JSON success body of exactly a given size: a spot ticker array.
   *
   * @param bytes the size, at least 2
   * @return the body
   */
  public static byte[] largeSuccess(int bytes) {
    StringBuilder json = new StringBuilder(bytes).append('[');
    int i = 0;
    while (true) {
      String item = (i == 0 ? "" : ",") + "{\"symbol\":\"SYM" + i + "USDT\",\"price\":\"" + (i * 7 % 100000) + ".5\"}";
      if (json.length() + item.length() + 1 > bytes) {
        break;
      }
      json.append(item);
      i++;
    }
    json.append(']');
    while (json.length() < bytes) {
      json.insert(json.length() - 1, ' ');
    }
    return json.toString().getBytes(StandardCharsets.US_ASCII);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      URI uri = exchange.getRequestURI();
      requests.add(exchange.getRequestMethod() + ' ' + uri.getRawPath()
          + (uri.getRawQuery() != null ? "?" + uri.getRawQuery() : ""));
      exchange.getRequestBody().readAllBytes();
      String name = caseOf(uri.getRawQuery());
      if ("no-content".equals(name)) {
        send(exchange, 204, new byte[0]);
        return;
      }
      if (name != null && name.startsWith("large503-")) {
        byte[] body = large.computeIfAbsent(name, key -> largeErrorPage(Integer.parseInt(key.substring(9))));
        exchange.getResponseHeaders().set("Content-Type", "text/html");
        send(exchange, 503, body);
        return;
      }
      if (name != null && name.startsWith("large-")) {
        byte[] body = large.computeIfAbsent(name, key -> largeSuccess(Integer.parseInt(key.substring(6))));
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        send(exchange, 200, body);
        return;
      }
      Optional<MexcAnswerCatalogue.Entry> entry = name == null ? Optional.empty() : MexcAnswerCatalogue.find(name);
      if (entry.isEmpty()) {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        send(exchange, 404, "{\"code\":-1,\"msg\":\"no such case\"}".getBytes(StandardCharsets.UTF_8));
        return;
      }
      for (Map.Entry<String, String> header : entry.get().responseHeaders(Instant.now()).entrySet()) {
        if (!header.getKey().equalsIgnoreCase("Date")) {
          exchange.getResponseHeaders().set(header.getKey(), header.getValue());
        }
      }
      send(exchange, entry.get().status(), entry.get().body());
    }
  }

  private static byte[] largeErrorPage(int size) {
    String page = "<html><head><title>503 Service Temporarily Unavailable</title></head><body>";
    StringBuilder html = new StringBuilder(size).append(page);
    while (html.length() < size - 14) {
      html.append("<p>busy</p>\n");
    }
    html.setLength(Math.max(0, size - 14));
    html.append("</body></html>");
    return html.toString().getBytes(StandardCharsets.US_ASCII);
  }

  private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private static String caseOf(String query) {
    if (query == null) {
      return null;
    }
    for (String parameter : query.split("&")) {
      if (parameter.startsWith(MexcAnswerCatalogue.CASE_PARAMETER + "=")) {
        return parameter.substring(MexcAnswerCatalogue.CASE_PARAMETER.length() + 1);
      }
    }
    return null;
  }

  /** Stops the server at once. */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
