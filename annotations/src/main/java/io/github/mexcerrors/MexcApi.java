package io.github.mexcerrors;

/**
 * The two MEXC code spaces. Spot v3 ({@code /api/v3/...}) and futures v1 ({@code /api/v1/contract/...})
 * number their errors independently: the same number can mean different things in each.
 */
public enum MexcApi {
  /** The spot v3 REST API. */
  SPOT,
  /** The futures (contract) v1 REST API. */
  FUTURES
}
