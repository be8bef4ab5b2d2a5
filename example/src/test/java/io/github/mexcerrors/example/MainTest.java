package io.github.mexcerrors.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MainTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(Map<String, String> env, String... args) {
    return Main.run(args, env, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void withoutArgumentsRunsEveryScenarioAgainstTheStandInAndExitsZero() {
    assertEquals(Main.OK, run(Map.of()), out());
    String text = out();
    assertTrue(text.startsWith("MEXC stand-in listening on http://127.0.0.1:"), text);
    assertEquals(Scenarios.all().size(), text.lines().filter(l -> l.startsWith("  PASS (")).count(), text);
    assertFalse(text.contains("FAIL"), text);
    assertTrue(text.strip().endsWith("12 scenarios: 12 passed, 0 failed"), text);
    assertFalse(text.lines().anyMatch(l -> l.matches("\\d+ passed, \\d+ failed")), "no bare CI-style summary");
    assertEquals("", err());
  }

  @Test
  void helpPrintsUsage() {
    assertEquals(Main.OK, run(Map.of(), "--help"));
    assertTrue(out().startsWith("Usage: java -jar mexc-errors-example.jar"), out());
    assertTrue(out().contains("MEXC_API_KEY"));
  }

  @Test
  void badArgumentsGetUsageNotAStackTrace() {
    assertEquals(Main.USAGE, run(Map.of(), "--frobnicate"));
    assertTrue(err().startsWith("error: unexpected arguments [--frobnicate]"), err());
    assertTrue(err().contains("Usage:"));
    assertFalse(err().contains("\tat "), err());
  }

  @Test
  void baseUrlWithoutValueOrWithABadUrlIsAUsageError() {
    assertEquals(Main.USAGE, run(Map.of(), "--base-url"));
    assertEquals(Main.USAGE, run(Map.of(), "--base-url", "api.mexc.com"));
    assertTrue(err().contains("error: --base-url needs an absolute http(s) URL such as https://api.mexc.com,"
        + " not 'api.mexc.com'"), err());
  }

  @Test
  void liveModeWithoutKeysSaysWhichVariablesToSet() {
    assertEquals(Main.USAGE, run(Map.of("MEXC_API_KEY", "k"), "--base-url", "https://api.mexc.com"));
    assertEquals("error: set MEXC_API_KEY and MEXC_SECRET_KEY to call https://api.mexc.com (a read-only key is"
        + " enough)", err().strip());
    assertEquals("", out());
  }

  @Test
  void liveModeAgainstAnUnreachableHostFailsWithAClearMessage() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      port = socket.getLocalPort();
    }
    Map<String, String> env = Map.of("MEXC_API_KEY", "k", "MEXC_SECRET_KEY", "s");
    assertEquals(Main.FAILED, run(env, "--base-url=http://127.0.0.1:" + port));
    assertTrue(err().startsWith("error: cannot reach http://127.0.0.1:" + port + " (GET /api/v3/time): "), err());
    assertFalse(err().contains("\tat "), err());
  }

  @Test
  void liveModeReadsServerTimeAndAccount() throws IOException {
    try (MexcStandIn standIn = MexcStandIn.start()) {
      Map<String, String> env = Map.of("MEXC_API_KEY", MexcStandIn.API_KEY, "MEXC_SECRET_KEY",
          MexcStandIn.SECRET_KEY);
      assertEquals(Main.OK, run(env, "--base-url", standIn.baseUrl().toString()), err());
      assertTrue(out().contains("  USDT free 100, locked 0"), out());
      assertEquals(2, standIn.stats().requests().size());
    }
  }

  @Test
  void liveModeReportsARefusalAsOneLine() throws IOException {
    try (MexcStandIn standIn = MexcStandIn.start()) {
      Map<String, String> env = Map.of("MEXC_API_KEY", MexcStandIn.API_KEY, "MEXC_SECRET_KEY", "wrong");
      assertEquals(Main.FAILED, run(env, "--base-url", standIn.baseUrl().toString()));
      String message = err().strip();
      assertEquals(1, message.lines().count(), message);
      // The library's reader keeps the request on the exception: its message names it.
      assertTrue(message.startsWith("error: MEXC refused the call: MEXC spot error 700002 (INVALID_SIGNATURE), HTTP"
          + " 400, GET /api/v3/account: Signature for this request is not valid."), message);
      assertTrue(message.contains("Hint: Check signature algorithm"), message);
    }
  }
}
