package io.github.mexcerrors.mexc;

import io.github.mexcerrors.MexcErrorCategory;
import io.github.mexcerrors.RetryPolicy;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * The categories of MEXC errors, a tree read from the error table. Each category has an exception
 * class that extends its parent's, e.g. {@link AuthenticationException}.
 */
@Generated("io.github.mexcerrors.processor.MexcErrorProcessor")
public enum ErrorCategory implements MexcErrorCategory {
  /**
   * The request could not be authenticated with the given API key, signature or timestamp.
   *
   * <p>Exception: {@link AuthenticationException}; retry: {@link RetryPolicy#NEVER}.
   */
  AUTHENTICATION(null, RetryPolicy.NEVER,
      "Authentication",
      "The request could not be authenticated with the given API key, signature or timestamp."),

  /**
   * The request timestamp is too far from the exchange's clock to be accepted.
   *
   * <p>Exception: {@link ClockSkewException}; retry: {@link RetryPolicy#AFTER_CLOCK_SYNC}; parent:
   * {@link #AUTHENTICATION}.
   */
  CLOCK_SKEW(AUTHENTICATION, RetryPolicy.AFTER_CLOCK_SYNC,
      "Authentication",
      "The request timestamp is too far from the exchange's clock to be accepted."),

  /**
   * The API key is missing, malformed, unknown or expired.
   *
   * <p>Exception: {@link InvalidApiKeyException}; retry: {@link RetryPolicy#NEVER}; parent:
   * {@link #AUTHENTICATION}.
   */
  INVALID_API_KEY(AUTHENTICATION, RetryPolicy.NEVER,
      "Authentication",
      "The API key is missing, malformed, unknown or expired."),

  /**
   * The request signature does not match the request and the secret key.
   *
   * <p>Exception: {@link InvalidSignatureException}; retry: {@link RetryPolicy#NEVER}; parent:
   * {@link #AUTHENTICATION}.
   */
  INVALID_SIGNATURE(AUTHENTICATION, RetryPolicy.NEVER,
      "Authentication",
      "The request signature does not match the request and the secret key."),

  /**
   * The API key or account is authenticated but not allowed to perform this operation.
   *
   * <p>Exception: {@link PermissionException}; retry: {@link RetryPolicy#NEVER}; parent:
   * {@link #AUTHENTICATION}.
   */
  PERMISSION(AUTHENTICATION, RetryPolicy.NEVER,
      "Authentication",
      "The API key or account is authenticated but not allowed to perform this operation."),

  /**
   * The request comes from an IP address that is not bound to the API key.
   *
   * <p>Exception: {@link IpNotWhitelistedException}; retry: {@link RetryPolicy#NEVER}; parent:
   * {@link #PERMISSION}.
   */
  IP_NOT_WHITELISTED(PERMISSION, RetryPolicy.NEVER,
      "Authentication",
      "The request comes from an IP address that is not bound to the API key."),

  /**
   * The request is malformed or not supported and must be changed before it is sent again.
   *
   * <p>Exception: {@link RequestException}; retry: {@link RetryPolicy#NEVER}.
   */
  REQUEST(null, RetryPolicy.NEVER,
      "Request",
      "The request is malformed or not supported and must be changed before it is sent again."),

  /**
   * A request parameter is missing, malformed or out of range.
   *
   * <p>Exception: {@link InvalidParameterException}; retry: {@link RetryPolicy#NEVER}; parent:
   * {@link #REQUEST}.
   */
  INVALID_PARAMETER(REQUEST, RetryPolicy.NEVER,
      "Request",
      "A request parameter is missing, malformed or out of range."),

  /**
   * A client setting sent with every signed request, such as recvWindow, has a value the exchange
   * does not accept.
   *
   * <p>Exception: {@link ConfigurationException}; retry: {@link RetryPolicy#NEVER}; parent:
   * {@link #REQUEST}.
   */
  CONFIGURATION(REQUEST, RetryPolicy.NEVER,
      "Request",
      "A client setting sent with every signed request, such as recvWindow, has a value the "
          + "exchange does not accept."),

  /**
   * The symbol, contract or currency is unknown to the exchange or not supported by this endpoint.
   *
   * <p>Exception: {@link InvalidSymbolException}; retry: {@link RetryPolicy#NEVER}; parent:
   * {@link #REQUEST}.
   */
  INVALID_SYMBOL(REQUEST, RetryPolicy.NEVER,
      "Request",
      "The symbol, contract or currency is unknown to the exchange or not supported by this "
          + "endpoint."),

  /**
   * An order, or a change to an order or position, was refused by the trading system.
   *
   * <p>Exception: {@link OrderException}; retry: {@link RetryPolicy#NEVER}.
   */
  ORDER(null, RetryPolicy.NEVER,
      "Trading",
      "An order, or a change to an order or position, was refused by the trading system."),

  /**
   * The order's side, type, price, quantity or size limits are not acceptable for this symbol.
   *
   * <p>Exception: {@link OrderRejectedException}; retry: {@link RetryPolicy#NEVER}; parent:
   * {@link #ORDER}.
   */
  ORDER_REJECTED(ORDER, RetryPolicy.NEVER,
      "Trading",
      "The order's side, type, price, quantity or size limits are not acceptable for this symbol."),

  /**
   * Trading, or this kind of order, is currently disabled for the symbol or contract.
   *
   * <p>Exception: {@link TradingDisabledException}; retry: {@link RetryPolicy#NEVER}; parent:
   * {@link #ORDER}.
   */
  TRADING_DISABLED(ORDER, RetryPolicy.NEVER,
      "Trading",
      "Trading, or this kind of order, is currently disabled for the symbol or contract."),

  /**
   * The referenced order or position does not exist or is already closed.
   *
   * <p>Exception: {@link OrderNotFoundException}; retry: {@link RetryPolicy#NEVER}; parent:
   * {@link #ORDER}.
   */
  ORDER_NOT_FOUND(ORDER, RetryPolicy.NEVER,
      "Trading",
      "The referenced order or position does not exist or is already closed."),

  /**
   * The request conflicts with the current futures position, leverage, margin mode or risk limit.
   *
   * <p>Exception: {@link PositionConflictException}; retry: {@link RetryPolicy#NEVER}; parent:
   * {@link #ORDER}.
   */
  POSITION_CONFLICT(ORDER, RetryPolicy.NEVER,
      "Trading",
      "The request conflicts with the current futures position, leverage, margin mode or risk "
          + "limit."),

  /**
   * The account cannot perform the operation in its current state.
   *
   * <p>Exception: {@link AccountException}; retry: {@link RetryPolicy#NEVER}.
   */
  ACCOUNT(null, RetryPolicy.NEVER,
      "Account",
      "The account cannot perform the operation in its current state."),

  /**
   * The account does not hold enough available funds, position or margin for the operation.
   *
   * <p>Exception: {@link InsufficientBalanceException}; retry: {@link RetryPolicy#NEVER}; parent:
   * {@link #ACCOUNT}.
   */
  INSUFFICIENT_BALANCE(ACCOUNT, RetryPolicy.NEVER,
      "Account",
      "The account does not hold enough available funds, position or margin for the operation."),

  /**
   * The account or API key is restricted by MEXC's risk control or compliance rules.
   *
   * <p>Exception: {@link AccountRestrictedException}; retry: {@link RetryPolicy#NEVER}; parent:
   * {@link #ACCOUNT}.
   */
  ACCOUNT_RESTRICTED(ACCOUNT, RetryPolicy.NEVER,
      "Account",
      "The account or API key is restricted by MEXC's risk control or compliance rules."),

  /**
   * A deposit, withdrawal or internal transfer request was refused or could not be completed.
   *
   * <p>Exception: {@link WalletException}; retry: {@link RetryPolicy#NEVER}.
   */
  WALLET(null, RetryPolicy.NEVER,
      "Wallet",
      "A deposit, withdrawal or internal transfer request was refused or could not be completed."),

  /**
   * A sub-account or sub-account API key management request was refused.
   *
   * <p>Exception: {@link SubAccountException}; retry: {@link RetryPolicy#NEVER}.
   */
  SUB_ACCOUNT(null, RetryPolicy.NEVER,
      "Sub-accounts",
      "A sub-account or sub-account API key management request was refused."),

  /**
   * The exchange failed to process the request for reasons on its side.
   *
   * <p>Exception: {@link ServerException}; retry: {@link RetryPolicy#NEVER}.
   */
  SERVER(null, RetryPolicy.NEVER,
      "Server",
      "The exchange failed to process the request for reasons on its side."),

  /**
   * The request rate limit was exceeded or the IP address is temporarily banned.
   *
   * <p>Exception: {@link RateLimitException}; retry: {@link RetryPolicy#AFTER_BACKOFF}; parent:
   * {@link #SERVER}.
   */
  RATE_LIMIT(SERVER, RetryPolicy.AFTER_BACKOFF,
      "Server",
      "The request rate limit was exceeded or the IP address is temporarily banned."),

  /**
   * The service is busy, overloaded or under maintenance and did not process the request.
   *
   * <p>Exception: {@link UnavailableException}; retry: {@link RetryPolicy#AFTER_BACKOFF}; parent:
   * {@link #SERVER}.
   */
  UNAVAILABLE(SERVER, RetryPolicy.AFTER_BACKOFF,
      "Server",
      "The service is busy, overloaded or under maintenance and did not process the request."),

  /**
   * The exchange failed internally or timed out, so the request may or may not have taken effect.
   *
   * <p>Exception: {@link UnknownOutcomeException}; retry: {@link RetryPolicy#IF_IDEMPOTENT};
   * parent: {@link #SERVER}.
   */
  UNKNOWN_OUTCOME(SERVER, RetryPolicy.IF_IDEMPOTENT,
      "Server",
      "The exchange failed internally or timed out, so the request may or may not have taken "
          + "effect.");

  private final ErrorCategory parent;

  private final RetryPolicy retryPolicy;

  private final String section;

  private final String description;

  ErrorCategory(ErrorCategory parent, RetryPolicy retryPolicy, String section, String description) {
    this.parent = parent;
    this.retryPolicy = retryPolicy;
    this.section = section;
    this.description = description;
  }

  @Override
  public Optional<ErrorCategory> parent() {
    return Optional.ofNullable(parent);
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public String section() {
    return section;
  }

  @Override
  public RetryPolicy retryPolicy() {
    return retryPolicy;
  }
}
