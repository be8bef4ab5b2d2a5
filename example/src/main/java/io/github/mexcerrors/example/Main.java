package io.github.mexcerrors.example;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mexcerrors.MexcException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The example's command line.
 *
 * <ul>
 *   <li>No arguments: starts {@link MexcStandIn} on a free loopback port, runs every scenario against it, prints
 *       a trace per scenario and a summary; exits 0 when every scenario behaved as expected, 1 otherwise.
 *   <li>{@code --base-url URL}: runs the read-only calls (server time, account) against a real MEXC endpoint,
 *       with the key and secret from {@code MEXC_API_KEY} and {@code MEXC_SECRET_KEY}.
 * </ul>
 */
public final class Main {
  /** Exit code: every scenario (or call) went as expected. */
  public static final int OK = 0;
  /** Exit code: a scenario failed, or MEXC refused a call, or MEXC could not be reached. */
  public static final int FAILED = 1;
  /** Exit code: bad command line or environment. */
  public static final int USAGE = 2;

  private static final String USAGE_TEXT = String.join(System.lineSeparator(),
      "Usage: java -jar mexc-errors-example.jar [--base-url URL] [--help]",
      "",
      "  (no arguments)   start a local MEXC stand-in on 127.0.0.1 and run every error scenario",
      "                   against it; exit code 0 when all behave as expected, 1 otherwise",
      "  --base-url URL   call the read-only endpoints (server time, account) of a real MEXC API,",
      "                   e.g. https://api.mexc.com, with the API key and secret taken from the",
      "                   environment variables MEXC_API_KEY and MEXC_SECRET_KEY",
      "  --help           show this help");

  private Main() {}

  /**
   * Runs the command line and exits with its code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(run(args, System.getenv(), System.out, System.err));
  }

  /**
   * Runs the command line.
   *
   * @param args the arguments
   * @param env the environment variables
   * @param out where the trace goes
   * @param err where problems go
   * @return the exit code
   */
  public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
    List<String> arguments = List.of(args);
    if (arguments.size() == 1 && arguments.get(0).startsWith("--base-url=")) {
      arguments = List.of("--base-url", arguments.get(0).substring("--base-url=".length()));
    }
    if (arguments.isEmpty()) {
      return runScenarios(out, err);
    }
    if (arguments.equals(List.of("--help")) || arguments.equals(List.of("-h"))) {
      out.println(USAGE_TEXT);
      return OK;
    }
    if (arguments.size() == 2 && arguments.get(0).equals("--base-url")) {
      URI baseUrl = parseBaseUrl(arguments.get(1));
      if (baseUrl == null) {
        err.println("error: --base-url needs an absolute http(s) URL such as https://api.mexc.com, not '"
            + arguments.get(1) + "'");
        err.println(USAGE_TEXT);
        return USAGE;
      }
      return runLive(baseUrl, env, out, err);
    }
    err.println("error: unexpected arguments " + arguments);
    err.println(USAGE_TEXT);
    return USAGE;
  }

  private static int runScenarios(PrintStream out, PrintStream err) {
    try (MexcStandIn standIn = MexcStandIn.start()) {
      out.println("MEXC stand-in listening on " + standIn.baseUrl());
      out.println();
      List<ScenarioRunner.Result> results = new ScenarioRunner(standIn).runAll(Scenarios.all(), out);
      return results.stream().allMatch(ScenarioRunner.Result::passed) ? OK : FAILED;
    } catch (IOException e) {
      err.println("error: cannot start the MEXC stand-in on 127.0.0.1: " + e.getMessage());
      return FAILED;
    }
  }

  private static int runLive(URI baseUrl, Map<String, String> env, PrintStream out, PrintStream err) {
    String apiKey = env.getOrDefault("MEXC_API_KEY", "").strip();
    String secretKey = env.getOrDefault("MEXC_SECRET_KEY", "").strip();
    if (apiKey.isEmpty() || secretKey.isEmpty()) {
      err.println("error: set MEXC_API_KEY and MEXC_SECRET_KEY to call " + baseUrl
          + " (a read-only key is enough)");
      return USAGE;
    }
    Trace trace = new Trace(out::println);
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    MexcSpotClient plain = new MexcSpotClient(baseUrl, new RequestSigner(apiKey, secretKey), http, trace);
    MexcSpotClient client = plain.withRecovery(ExampleErrorHandlers.recovery(plain, trace, Duration.ofSeconds(10)));
    try {
      out.println("server time at " + baseUrl + ":");
      long offset = client.syncClock();
      out.println("  server clock " + Instant.ofEpochMilli(System.currentTimeMillis() + offset)
          + ", offset to ours " + offset + " ms");
      out.println("account:");
      JsonNode account = client.account();
      JsonNode balances = account.path("balances");
      out.println("  canTrade=" + account.path("canTrade").asText() + ", " + balances.size() + " balances");
      for (JsonNode balance : balances) {
        out.println("  " + balance.path("asset").asText() + " free " + balance.path("free").asText()
            + ", locked " + balance.path("locked").asText());
      }
      return OK;
    } catch (MexcException e) {
      err.println("error: MEXC refused the call: " + e.getMessage());
      return FAILED;
    } catch (UncheckedIOException e) {
      err.println("error: " + e.getMessage());
      return FAILED;
    } catch (RuntimeException e) {
      err.println("error: the call to " + baseUrl + " failed: " + e.getMessage());
      return FAILED;
    }
  }

  private static URI parseBaseUrl(String text) {
    try {
      URI uri = new URI(text);
      boolean web = "https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme());
      return web && uri.getHost() != null && uri.getRawQuery() == null ? uri : null;
    } catch (URISyntaxException e) {
      return null;
    }
  }
}
