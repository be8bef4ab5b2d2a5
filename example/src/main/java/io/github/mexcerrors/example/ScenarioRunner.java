package io.github.mexcerrors.example;

import io.github.mexcerrors.MexcException;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Runs scenarios against a {@link MexcStandIn}: for each one, a fresh client (with {@link ExampleErrorHandlers} as
 * its recovery) and a fresh trace, then the checks.
 */
public final class ScenarioRunner {
  /** The longest a handler sleeps in scenarios, whatever {@code Retry-After} says. */
  public static final Duration SCENARIO_MAX_BACKOFF = Duration.ofMillis(50);

  private final MexcStandIn standIn;
  private final HttpClient http;

  /**
   * The result of one scenario.
   *
   * @param scenario the scenario
   * @param outcome what happened
   * @param failedChecks the descriptions of the checks that did not hold
   */
  public record Result(Scenario scenario, Scenario.Outcome outcome, List<String> failedChecks) {
    /**
     * Tells whether every check held.
     *
     * @return {@code true} when the scenario behaved as expected
     */
    public boolean passed() {
      return failedChecks.isEmpty();
    }
  }

  /**
   * Creates a runner.
   *
   * @param standIn the running stand-in
   */
  public ScenarioRunner(MexcStandIn standIn) {
    this.standIn = Objects.requireNonNull(standIn, "standIn");
    this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
  }

  /**
   * Runs one scenario.
   *
   * @param scenario the scenario
   * @return its result
   */
  public Result run(Scenario scenario) {
    standIn.reset();
    scenario.setup().accept(standIn);
    Trace trace = new Trace();
    MexcSpotClient plain = new MexcSpotClient(standIn.baseUrl(),
        new RequestSigner(MexcStandIn.API_KEY, scenario.secretKey()), http, trace);
    MexcSpotClient client = plain.withRecovery(ExampleErrorHandlers.recovery(plain, trace, SCENARIO_MAX_BACKOFF));
    Object result = null;
    MexcException thrown = null;
    RuntimeException unexpected = null;
    try {
      result = scenario.action().apply(client);
    } catch (MexcException e) {
      thrown = e;
    } catch (RuntimeException e) {
      unexpected = e;
    }
    Scenario.Outcome outcome =
        new Scenario.Outcome(result, thrown, unexpected, trace, standIn.stats(), plain.clockOffsetMillis());
    List<String> failed = new ArrayList<>();
    if (unexpected != null) {
      failed.add("no unexpected exception (got " + unexpected + ")");
    }
    for (Scenario.Check check : scenario.checks()) {
      boolean holds;
      try {
        holds = check.test().test(outcome);
      } catch (RuntimeException e) {
        holds = false;
      }
      if (!holds) {
        failed.add(check.description());
      }
    }
    return new Result(scenario, outcome, List.copyOf(failed));
  }

  /**
   * Runs scenarios and prints a trace per scenario and a summary.
   *
   * @param scenarios the scenarios
   * @param out where to print
   * @return the results, in order
   */
  public List<Result> runAll(List<Scenario> scenarios, PrintStream out) {
    List<Result> results = new ArrayList<>();
    int index = 0;
    for (Scenario scenario : scenarios) {
      index++;
      Result result = run(scenario);
      results.add(result);
      out.println("[" + index + "/" + scenarios.size() + "] " + scenario.name() + ": " + scenario.title());
      result.outcome().trace().lines().forEach(out::println);
      out.println("  outcome " + result.outcome().describe());
      if (result.passed()) {
        out.println("  PASS (" + scenario.checks().size() + " checks)");
      } else {
        result.failedChecks().forEach(check -> out.println("  FAIL expected: " + check));
      }
      out.println();
    }
    long passed = results.stream().filter(Result::passed).count();
    out.println(results.size() + " scenarios: " + passed + " passed, " + (results.size() - passed) + " failed");
    return results;
  }
}
