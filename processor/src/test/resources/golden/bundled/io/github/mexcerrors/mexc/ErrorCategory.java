package io.github.mexcerrors.mexc;

import io.github.mexcerrors.MexcErrorCategory;
import io.github.mexcerrors.RetryPolicy;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * The categories of MEXC errors, a tree read from the error table. Each category has an exception class
 * that extends its parent's, e.g. {@link AuthenticationException}.
 */
@Generated("io.github.mexcerrors.processor.MexcErrorProcessor")
public enum ErrorCategory implements MexcErrorCategory {
  /**
   * The request could not be authenticated with the given API key, signature or timestamp.
   *
   * <p>Exception: {@link AuthenticationException}; retry: {@link RetryPolicy#NEVER}.
   */
  AUTHENTICATION(null, "The request could not be authenticated with the given API key, signature or timestamp.", "Authentication", RetryPolicy.NEVER),

  /**
   * The request timestamp is too far from the exchange's clock to be accepted.
   *
   * <p>Exception: {@link ClockSkewException}; retry: {@link RetryPolicy#AFTER_CLOCK_SYNC}; parent: {@link #AUTHENTICATION}.
   */
  CLOCK_SKEW(AUTHENTICATION, "The request timestamp is too far from the exchange's clock to be accepted.", "Authentication", RetryPolicy.AFTER_CLOCK_SYNC),

  /**
   * The API key is missing, malformed, unknown or expired.
   *
   * <p>Exception: {@link InvalidApiKeyException}; retry: {@link RetryPolicy#NEVER}; parent: {@link #AUTHENTICATION}.
   */
  INVALID_API_KEY(AUTHENTICATION, "The API key is missing, malformed, unknown or expired.", "Authentication", RetryPolicy.NEVER),

  /**
   * The request signature does not match the request and the secret key.
   *
   * <p>Exception: {@link InvalidSignatureException}; retry: {@link RetryPolicy#NEVER}; parent: {@link #AUTHENTICATION}.
   */
  INVALID_SIGNATURE(AUTHENTICATION, "The request signature does not match the request and the secret key.", "Authentication", RetryPolicy.NEVER),

  /**
   * The API key or account is authenticated but not allowed to perform this operation.
   *
   * <p>Exception: {@link PermissionException}; retry: {@link RetryPolicy#NEVER}; parent: {@link #AUTHENTICATION}.
   */
  PERMISSION(AUTHENTICATION, "The API key or account is authenticated but not allowed to perform this operation.", "Authentication", RetryPolicy.NEVER),

  /**
   * The request comes from an IP address that is not bound to the API key.
   *
   * <p>Exception: {@link IpNotWhitelistedException}; retry: {@link RetryPolicy#NEVER}; parent: {@link #PERMISSION}.
   */
  IP_NOT_WHITELISTED(PERMISSION, "The request comes from an IP address that is not bound to the API key.", "Authentication", RetryPolicy.NEVER),

  /**
   * The request is malformed or not supported and must be changed before it is sent again.
   *
   * <p>Exception: {@link RequestException}; retry: {@link RetryPolicy#NEVER}.
   */
  REQUEST(null, "The request is malformed or not supported and must be changed before it is sent again.", "Request", RetryPolicy.NEVER),

  /**
   * A request parameter is missing, malformed or out of range.
   *
   * <p>Exception: {@link InvalidParameterException}; retry: {@link RetryPolicy#NEVER}; parent: {@link #REQUEST}.
   */
  INVALID_PARAMETER(REQUEST, "A request parameter is missing, malformed or out of range.", "Request", RetryPolicy.NEVER),

  /**
   * A client setting sent with every signed request, such as recvWindow, has a value the exchange does not accept.
   *
   * <p>Exception: {@link ConfigurationException}; retry: {@link RetryPolicy#NEVER}; parent: {@link #REQUEST}.
   */
  CONFIGURATION(REQUEST, "A client setting sent with every signed request, such as recvWindow, has a value the exchange does not accept.", "Request", RetryPolicy.NEVER),

  /**
   * The symbol, contract or currency is unknown to the exchange or not supported by this endpoint.
   *
   * <p>Exception: {@link InvalidSymbolException}; retry: {@link RetryPolicy#NEVER}; parent: {@link #REQUEST}.
   */
  INVALID_SYMBOL(REQUEST, "The symbol, contract or currency is unknown to the exchange or not supported by this endpoint.", "Request", RetryPolicy.NEVER),

  /**
   * An order, or a change to an order or position, was refused by the trading system.
   *
   * <p>Exception: {@link OrderException}; retry: {@link RetryPolicy#NEVER}.
   */
  ORDER(null, "An order, or a change to an order or position, was refused by the trading system.", "Trading", RetryPolicy.NEVER),

  /**
   * The order's side, type, price, quantity or size limits are not acceptable for this symbol.
   *
   * <p>Exception: {@link OrderRejectedException}; retry: {@link RetryPolicy#NEVER}; parent: {@link #ORDER}.
   */
  ORDER_REJECTED(ORDER, "The order's side, type, price, quantity or size limits are not acceptable for this symbol.", "Trading", RetryPolicy.NEVER),

  /**
   * Trading, or this kind of order, is currently disabled for the symbol or contract.
   *
   * <p>Exception: {@link TradingDisabledException}; retry: {@link RetryPolicy#NEVER}; parent: {@link #ORDER}.
   */
  TRADING_DISABLED(ORDER, "Trading, or this kind of order, is currently disabled for the symbol or contract.", "Trading", RetryPolicy.NEVER),

  /**
   * The referenced order or position does not exist or is already closed.
   *
   * <p>Exception: {@link OrderNotFoundException}; retry: {@link RetryPolicy#NEVER}; parent: {@link #ORDER}.
   */
  ORDER_NOT_FOUND(ORDER, "The referenced order or position does not exist or is already closed.", "Trading", RetryPolicy.NEVER),

  /**
   * The request conflicts with the current futures position, leverage, margin mode or risk limit.
   *
   * <p>Exception: {@link PositionConflictException}; retry: {@link RetryPolicy#NEVER}; parent: {@link #ORDER}.
   */
  POSITION_CONFLICT(ORDER, "The request conflicts with the current futures position, leverage, margin mode or risk limit.", "Trading", RetryPolicy.NEVER),

  /**
   * The account cannot perform the operation in its current state.
   *
   * <p>Exception: {@link AccountException}; retry: {@link RetryPolicy#NEVER}.
   */
  ACCOUNT(null, "The account cannot perform the operation in its current state.", "Account", RetryPolicy.NEVER),

  /**
   * The account does not hold enough available funds, position or margin for the operation.
   *
   * <p>Exception: {@link InsufficientBalanceException}; retry: {@link RetryPolicy#NEVER}; parent: {@link #ACCOUNT}.
   */
  INSUFFICIENT_BALANCE(ACCOUNT, "The account does not hold enough available funds, position or margin for the operation.", "Account", RetryPolicy.NEVER),

  /**
   * The account or API key is restricted by MEXC's risk control or compliance rules.
   *
   * <p>Exception: {@link AccountRestrictedException}; retry: {@link RetryPolicy#NEVER}; parent: {@link #ACCOUNT}.
   */
  ACCOUNT_RESTRICTED(ACCOUNT, "The account or API key is restricted by MEXC's risk control or compliance rules.", "Account", RetryPolicy.NEVER),

  /**
   * A deposit, withdrawal or internal transfer request was refused or could not be completed.
   *
   * <p>Exception: {@link WalletException}; retry: {@link RetryPolicy#NEVER}.
   */
  WALLET(null, "A deposit, withdrawal or internal transfer request was refused or could not be completed.", "Wallet", RetryPolicy.NEVER),

  /**
   * A sub-account or sub-account API key management request was refused.
   *
   * <p>Exception: {@link SubAccountException}; retry: {@link RetryPolicy#NEVER}.
   */
  SUB_ACCOUNT(null, "A sub-account or sub-account API key management request was refused.", "Sub-accounts", RetryPolicy.NEVER),

  /**
   * The exchange failed to process the request for reasons on its side.
   *
   * <p>Exception: {@link ServerException}; retry: {@link RetryPolicy#NEVER}.
   */
  SERVER(null, "The exchange failed to process the request for reasons on its side.", "Server", RetryPolicy.NEVER),

  /**
   * The request rate limit was exceeded or the IP address is temporarily banned.
   *
   * <p>Exception: {@link RateLimitException}; retry: {@link RetryPolicy#AFTER_BACKOFF}; parent: {@link #SERVER}.
   */
  RATE_LIMIT(SERVER, "The request rate limit was exceeded or the IP address is temporarily banned.", "Server", RetryPolicy.AFTER_BACKOFF),

  /**
   * The service is busy, overloaded or under maintenance and did not process the request.
   *
   * <p>Exception: {@link UnavailableException}; retry: {@link RetryPolicy#AFTER_BACKOFF}; parent: {@link #SERVER}.
   */
  UNAVAILABLE(SERVER, "The service is busy, overloaded or under maintenance and did not process the request.", "Server", RetryPolicy.AFTER_BACKOFF),

  /**
   * The exchange failed internally or timed out, so the request may or may not have taken effect.
   *
   * <p>Exception: {@link UnknownOutcomeException}; retry: {@link RetryPolicy#IF_IDEMPOTENT}; parent: {@link #SERVER}.
   */
  UNKNOWN_OUTCOME(SERVER, "The exchange failed internally or timed out, so the request may or may not have taken effect.", "Server", RetryPolicy.IF_IDEMPOTENT);

  private final ErrorCategory parent;

  private final String description;

  private final String section;

  private final RetryPolicy retryPolicy;

  ErrorCategory(ErrorCategory parent, String description, String section, RetryPolicy retryPolicy) {
    this.parent = parent;
    this.description = description;
    this.section = section;
    this.retryPolicy = retryPolicy;
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
