package io.github.mexcerrors.example;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A new spot order, as {@code POST /api/v3/order} takes it.
 *
 * @param symbol the pair, e.g. {@code BTCUSDT}
 * @param side {@code BUY} or {@code SELL}
 * @param type {@code LIMIT} or {@code MARKET}
 * @param quantity the base quantity; {@code null} for a market buy by quote amount
 * @param price the limit price; {@code null} for a market order
 * @param quoteOrderQty the quote amount of a market buy; {@code null} otherwise
 * @param clientOrderId our own id ({@code newClientOrderId}): it lets us look the order up when the outcome of
 *     the request is unknown
 */
public record OrderRequest(
    String symbol, String side, String type, BigDecimal quantity, BigDecimal price, BigDecimal quoteOrderQty,
    String clientOrderId) {
  private static final List<String> QUOTE_ASSETS = List.of("USDT", "USDC", "USD1", "BTC", "ETH");

  /** Checks the components. */
  public OrderRequest {
    Objects.requireNonNull(symbol, "symbol");
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(clientOrderId, "clientOrderId");
  }

  /**
   * A limit order.
   *
   * @param symbol the pair
   * @param side {@code BUY} or {@code SELL}
   * @param quantity the base quantity, e.g. {@code "0.001"}
   * @param price the limit price, e.g. {@code "60000"}
   * @param clientOrderId our own id
   * @return the order
   */
  public static OrderRequest limit(String symbol, String side, String quantity, String price, String clientOrderId) {
    return new OrderRequest(symbol, side, "LIMIT", new BigDecimal(quantity), new BigDecimal(price), null,
        clientOrderId);
  }

  /**
   * A market buy for an amount of the quote asset.
   *
   * @param symbol the pair
   * @param quoteAmount how much quote asset to spend, e.g. {@code "10"}
   * @param clientOrderId our own id
   * @return the order
   */
  public static OrderRequest marketBuy(String symbol, String quoteAmount, String clientOrderId) {
    return new OrderRequest(symbol, "BUY", "MARKET", null, null, new BigDecimal(quoteAmount), clientOrderId);
  }

  /**
   * Returns the request parameters, in MEXC's names and in a stable order.
   *
   * @return the parameters
   */
  public Map<String, String> params() {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("symbol", symbol);
    params.put("side", side);
    params.put("type", type);
    if (quantity != null) {
      params.put("quantity", quantity.toPlainString());
    }
    if (quoteOrderQty != null) {
      params.put("quoteOrderQty", quoteOrderQty.toPlainString());
    }
    if (price != null) {
      params.put("price", price.toPlainString());
    }
    params.put("newClientOrderId", clientOrderId);
    return params;
  }

  /**
   * Returns the asset this order spends: the quote asset of a buy, the base asset of a sell.
   *
   * @return the asset, e.g. {@code USDT}
   */
  public String spentAsset() {
    String quote = QUOTE_ASSETS.stream().filter(q -> symbol.endsWith(q) && symbol.length() > q.length())
        .findFirst().orElse("");
    if (side.equals("BUY")) {
      return quote.isEmpty() ? "quote asset of " + symbol : quote;
    }
    return symbol.substring(0, symbol.length() - quote.length());
  }

  /**
   * Returns how much of {@link #spentAsset()} the order needs.
   *
   * @return the amount; for a market sell, the quantity
   */
  public BigDecimal spentAmount() {
    if (side.equals("BUY")) {
      if (quoteOrderQty != null) {
        return quoteOrderQty;
      }
      return quantity.multiply(price).stripTrailingZeros();
    }
    return quantity;
  }

  /**
   * Describes the order in one line.
   *
   * @return e.g. {@code BUY 0.001 BTCUSDT LIMIT @ 60000 (id ex-1)}
   */
  public String describe() {
    String amount = quantity != null ? quantity.toPlainString() : "for " + quoteOrderQty.toPlainString() + " "
        + spentAsset() + " of";
    String at = price != null ? " @ " + price.toPlainString() : "";
    return side + " " + amount + " " + symbol + " " + type + at + " (id " + clientOrderId + ")";
  }
}
