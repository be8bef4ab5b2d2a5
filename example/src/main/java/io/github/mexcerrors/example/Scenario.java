package io.github.mexcerrors.example;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mexcerrors.MexcException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One scripted situation: how the stand-in is prepared, what the client does, and what must follow.
 *
 * @param name a short id, e.g. {@code clock-skew}
 * @param title one line for people
 * @param secretKey the secret key the client signs with (the stand-in's, unless the scenario wants a bad one)
 * @param setup prepares the stand-in after its reset
 * @param action what the client does; returns the call's result
 * @param checks what must hold afterwards
 */
public record Scenario(
    String name, String title, String secretKey, Consumer<MexcStandIn> setup,
    Function<MexcSpotClient, Object> action, List<Check> checks) {
  /** Checks the components. */
  public Scenario {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(secretKey, "secretKey");
    Objects.requireNonNull(setup, "setup");
    Objects.requireNonNull(action, "action");
    checks = List.copyOf(checks);
  }

  /**
   * One expectation.
   *
   * @param description what is expected, e.g. {@code handlers [resyncClock]}
   * @param test the test
   */
  public record Check(String description, Predicate<Outcome> test) {}

  /**
   * What happened when the scenario ran.
   *
   * @param result what the action returned, or {@code null} when it threw
   * @param thrown the MEXC exception the action threw, or {@code null}
   * @param unexpected any other exception the action threw (a bug), or {@code null}
   * @param trace the trace of the run
   * @param stats what the stand-in saw
   * @param clockOffsetMillis the client's clock offset at the end
   */
  public record Outcome(
      Object result, MexcException thrown, RuntimeException unexpected, Trace trace, MexcStandIn.Stats stats,
      long clockOffsetMillis) {
    /**
     * Returns the first MEXC error of the run.
     *
     * @return the first error, or empty when there was none
     */
    public Optional<MexcException> firstError() {
      return trace.errors().stream().findFirst();
    }

    /**
     * Returns the result as JSON.
     *
     * @return the result, or empty when it is not JSON
     */
    public Optional<JsonNode> json() {
      return result instanceof JsonNode node ? Optional.of(node) : Optional.empty();
    }

    /**
     * Returns the result of a batch call.
     *
     * @return the items, or an empty list when the result is not a batch
     */
    public List<MexcSpotClient.BatchItem> batchItems() {
      if (result instanceof List<?> list) {
        return list.stream().filter(MexcSpotClient.BatchItem.class::isInstance)
            .map(MexcSpotClient.BatchItem.class::cast).toList();
      }
      return List.of();
    }

    /**
     * Describes the outcome in one line.
     *
     * @return e.g. {@code order C02__1 NEW} or {@code call failed: InsufficientBalanceException}
     */
    public String describe() {
      if (unexpected != null) {
        return "unexpected " + unexpected;
      }
      if (thrown != null) {
        return "call failed with " + thrown.getClass().getSimpleName() + " (code "
            + (thrown.rawCode().isEmpty() ? "none" : thrown.rawCode()) + "), as thrown to the caller";
      }
      List<MexcSpotClient.BatchItem> items = batchItems();
      if (!items.isEmpty()) {
        long placed = items.stream().filter(MexcSpotClient.BatchItem::placed).count();
        return "batch of " + items.size() + ": " + placed + " placed, " + (items.size() - placed) + " refused "
            + items.stream().filter(i -> !i.placed()).map(i -> i.order().clientOrderId() + "="
                + i.error().getClass().getSimpleName()).toList();
      }
      JsonNode json = json().orElse(null);
      if (json == null) {
        return "result " + result;
      }
      if (json.has("orderId")) {
        return "order " + json.path("orderId").asText() + " " + json.path("status").asText("placed") + " ("
            + stats.orderSubmissions() + " submission(s), " + stats.orderQueries() + " query(ies))";
      }
      if (json.isArray()) {
        return "list of " + json.size() + " item(s)";
      }
      if (json.has("balances")) {
        return "account with " + json.path("balances").size() + " balances";
      }
      return "result " + json;
    }
  }
}
