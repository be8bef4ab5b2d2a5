package io.github.mexcerrors.mexc;

import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.MexcCodes;
import io.github.mexcerrors.MexcErrorCode;
import io.github.mexcerrors.RetryPolicy;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * The documented error codes of the MEXC spot v3 API, from the error table.
 *
 * <p>Look a code up with {@link #of(int)} or {@link #of(String)}; both return an empty
 * {@link Optional} for a code missing from the table and never throw.
 */
@Generated("io.github.mexcerrors.processor.MexcErrorProcessor")
public enum SpotErrorCode implements MexcErrorCode {
  /**
   * {@code -2013}: Order does not exist.
   *
   * <p>Not in MEXC's published error tables; seen in: MEXC answers to GET /api/v3/order for an
   * order it does not know (issue reports); MEXC answers right after a successful create, 'quite
   * often and chaotically' (ccxt issue 21614).
   *
   * <p>Hint: MEXC has no order with this orderId or origClientOrderId for the symbol, or not yet:
   * check both and the symbol; MEXC also answers -2013 for an order it placed a moment ago, so
   * after an unknown outcome (5XX, timeout) it is no proof that the order is absent: wait a few
   * seconds and query by origClientOrderId again, and resend with the same newClientOrderId only
   * when that query misses too.
   *
   * <p>Category {@link ErrorCategory#ORDER_NOT_FOUND}, retry {@link RetryPolicy#NEVER}.
   */
  ORDER_DOES_NOT_EXIST(-2013, ErrorCategory.ORDER_NOT_FOUND, RetryPolicy.NEVER,
      "MEXC has no order with this orderId or origClientOrderId for the symbol, or not yet: check "
          + "both and the symbol; MEXC also answers -2013 for an order it placed a moment ago, so "
          + "after an unknown outcome (5XX, timeout) it is no proof that the order is absent: "
          + "wait a few seconds and query by origClientOrderId again, and resend with the same "
          + "newClientOrderId only when that query misses too.",
      "Order does not exist."),

  /**
   * {@code -2011}: Unknown order sent.
   *
   * <p>Hint: The order is unknown for this symbol: check that orderId or origClientOrderId and
   * symbol match the order you placed; it may already be filled, cancelled or expired, so query GET
   * /api/v3/order or GET /api/v3/allOrders before cancelling again.
   *
   * <p>Category {@link ErrorCategory#ORDER_NOT_FOUND}, retry {@link RetryPolicy#NEVER}.
   */
  UNKNOWN_ORDER(-2011, ErrorCategory.ORDER_NOT_FOUND, RetryPolicy.NEVER,
      "The order is unknown for this symbol: check that orderId or origClientOrderId and symbol "
          + "match the order you placed; it may already be filled, cancelled or expired, so query "
          + "GET /api/v3/order or GET /api/v3/allOrders before cancelling again.",
      "Unknown order sent"),

  /**
   * {@code -1128}: Combination of optional parameters invalid.
   *
   * <p>Not in MEXC's published error tables; seen in: CCXT's MEXC exact map (BadRequest), with an
   * example MEXC answer.
   *
   * <p>Hint: Some optional parameters cannot be sent together or need each other (e.g. fromId with
   * a startTime/endTime range); send only the combination the endpoint's documentation allows.
   *
   * <p>Category {@link ErrorCategory#INVALID_PARAMETER}, retry {@link RetryPolicy#NEVER}.
   */
  INVALID_PARAMETER_COMBINATION(-1128, ErrorCategory.INVALID_PARAMETER, RetryPolicy.NEVER,
      "Some optional parameters cannot be sent together or need each other (e.g. fromId with a "
          + "startTime/endTime range); send only the combination the endpoint's documentation "
          + "allows.",
      "Combination of optional parameters invalid."),

  /**
   * {@code -1121}: Invalid symbol.
   *
   * <p>Not in MEXC's published error tables; seen in: CCXT's MEXC exact map (BadSymbol) and broad
   * map ('Invalid symbol.' is code -1121).
   *
   * <p>Hint: The symbol is not a spot symbol MEXC knows; send it upper-case without separator
   * (BTCUSDT, not BTC_USDT or btc/usdt) exactly as listed by GET /api/v3/exchangeInfo.
   *
   * <p>Category {@link ErrorCategory#INVALID_SYMBOL}, retry {@link RetryPolicy#NEVER}.
   */
  UNRECOGNIZED_SYMBOL(-1121, ErrorCategory.INVALID_SYMBOL, RetryPolicy.NEVER,
      "The symbol is not a spot symbol MEXC knows; send it upper-case without separator (BTCUSDT, "
          + "not BTC_USDT or btc/usdt) exactly as listed by GET /api/v3/exchangeInfo.",
      "Invalid symbol."),

  /**
   * {@code 26}: operation not allowed.
   *
   * <p>Hint: This operation is not allowed for your account or API key; check the key's permissions
   * and the account's status (KYC level, sub-account restrictions) on the MEXC website, and contact
   * support if it should be allowed.
   *
   * <p>Category {@link ErrorCategory#PERMISSION}, retry {@link RetryPolicy#NEVER}.
   */
  OPERATION_NOT_ALLOWED(26, ErrorCategory.PERMISSION, RetryPolicy.NEVER,
      "This operation is not allowed for your account or API key; check the key's permissions and "
          + "the account's status (KYC level, sub-account restrictions) on the MEXC website, and "
          + "contact support if it should be allowed.",
      "operation not allowed"),

  /**
   * {@code 400}: api key required.
   *
   * <p>Generic: MEXC sends this code for several problems; read the exchange's message to tell
   * which.
   *
   * <p>Also sent as: amount scale is invalid (seen in: MEXC's answer to a market buy with too many
   * decimals on POST /api/v3/order (hummingbot PR 7348), with a leading space); The start time
   * cannot be earlier than 90 days (seen in: a comment in CCXT's mexc.ts).
   *
   * <p>Hint: MEXC sends 400 for several request errors, so read the exchange's message: a missing
   * API key ("api key required": send it in the X-MEXC-APIKEY header on every signed request), an
   * amount or quantity with too many decimals (" amount scale is invalid": round to the symbol's
   * precision from GET /api/v3/exchangeInfo), a time range too far back ("The start time cannot be
   * earlier than 90 days"); fix the request, do not resend it unchanged.
   *
   * <p>Category {@link ErrorCategory#REQUEST}, retry {@link RetryPolicy#NEVER}.
   */
  API_KEY_REQUIRED(400, ErrorCategory.REQUEST, RetryPolicy.NEVER,
      "MEXC sends 400 for several request errors, so read the exchange's message: a missing API "
          + "key (\"api key required\": send it in the X-MEXC-APIKEY header on every signed "
          + "request), an amount or quantity with too many decimals (\" amount scale is "
          + "invalid\": round to the symbol's precision from GET /api/v3/exchangeInfo), a time "
          + "range too far back (\"The start time cannot be earlier than 90 days\"); fix the "
          + "request, do not resend it unchanged.",
      "api key required",
      " amount scale is invalid",
      "The start time cannot be earlier than 90 days"),

  /**
   * {@code 401}: No authority.
   *
   * <p>Hint: The API key was not accepted for this request; check that the key in X-MEXC-APIKEY
   * still exists and is enabled in API Management and that it has the permission the endpoint
   * needs.
   *
   * <p>Category {@link ErrorCategory#AUTHENTICATION}, retry {@link RetryPolicy#NEVER}.
   */
  NO_AUTHORITY(401, ErrorCategory.AUTHENTICATION, RetryPolicy.NEVER,
      "The API key was not accepted for this request; check that the key in X-MEXC-APIKEY still "
          + "exists and is enabled in API Management and that it has the permission the endpoint "
          + "needs.",
      "No authority"),

  /**
   * {@code 403}: Access Denied.
   *
   * <p>Hint: The web application firewall refused the request, often because of the request
   * frequency: stop calling, retry later at a lower rate, and check that you call the official API
   * host with a normal User-Agent from an allowed region; never retry in a loop.
   *
   * <p>Category {@link ErrorCategory#PERMISSION}, retry {@link RetryPolicy#NEVER}.
   */
  ACCESS_DENIED(403, ErrorCategory.PERMISSION, RetryPolicy.NEVER,
      "The web application firewall refused the request, often because of the request frequency: "
          + "stop calling, retry later at a lower rate, and check that you call the official API "
          + "host with a normal User-Agent from an allowed region; never retry in a loop.",
      "Access Denied"),

  /**
   * {@code 429}: Too Many Requests.
   *
   * <p>Hint: Rate limit exceeded: stop sending, wait for the Retry-After header (or back off
   * exponentially), then spread requests out; repeated 429s lead to an IP ban (HTTP 418) of 2
   * minutes up to 3 days.
   *
   * <p>Category {@link ErrorCategory#RATE_LIMIT}, retry {@link RetryPolicy#AFTER_BACKOFF}.
   */
  TOO_MANY_REQUESTS(429, ErrorCategory.RATE_LIMIT, RetryPolicy.AFTER_BACKOFF,
      "Rate limit exceeded: stop sending, wait for the Retry-After header (or back off "
          + "exponentially), then spread requests out; repeated 429s lead to an IP ban (HTTP 418) "
          + "of 2 minutes up to 3 days.",
      "Too Many Requests"),

  /**
   * {@code 500}: Internal error.
   *
   * <p>Generic: MEXC sends this code for several problems; read the exchange's message to tell
   * which.
   *
   * <p>Also sent as: Under maintenance, please try again later (seen in: MEXC's maintenance answer,
   * under 'message' with an 'announcement' link (CCXT's mexc.ts)).
   *
   * <p>Hint: MEXC sends 500 for an internal error and for maintenance, so read the exchange's
   * message: after an internal error the outcome is unknown, so before retrying an order, cancel or
   * transfer query its state (GET /api/v3/order with origClientOrderId set to your
   * newClientOrderId, or the transfer history); under maintenance ("Under maintenance, please try
   * again later", with the announcement link on the exception) wait until the announced end; retry
   * reads after a delay.
   *
   * <p>Category {@link ErrorCategory#UNKNOWN_OUTCOME}, retry {@link RetryPolicy#IF_IDEMPOTENT}.
   */
  INTERNAL_ERROR(500, ErrorCategory.UNKNOWN_OUTCOME, RetryPolicy.IF_IDEMPOTENT,
      "MEXC sends 500 for an internal error and for maintenance, so read the exchange's message: "
          + "after an internal error the outcome is unknown, so before retrying an order, cancel "
          + "or transfer query its state (GET /api/v3/order with origClientOrderId set to your "
          + "newClientOrderId, or the transfer history); under maintenance (\"Under maintenance, "
          + "please try again later\", with the announcement link on the exception) wait until "
          + "the announced end; retry reads after a delay.",
      "Internal error",
      "Under maintenance, please try again later"),

  /**
   * {@code 503}: service not available, please try again.
   *
   * <p>Hint: The service is temporarily unavailable or under maintenance; retry with exponential
   * back-off and check MEXC's announcements if it lasts more than a few minutes.
   *
   * <p>Category {@link ErrorCategory#UNAVAILABLE}, retry {@link RetryPolicy#AFTER_BACKOFF}.
   */
  SERVICE_NOT_AVAILABLE(503, ErrorCategory.UNAVAILABLE, RetryPolicy.AFTER_BACKOFF,
      "The service is temporarily unavailable or under maintenance; retry with exponential "
          + "back-off and check MEXC's announcements if it lasts more than a few minutes.",
      "service not available, please try again"),

  /**
   * {@code 504}: Gateway Time-out.
   *
   * <p>Hint: The gateway timed out, so the request may have been executed: query the order (GET
   * /api/v3/order with origClientOrderId) or account state before resending a write; retry reads
   * after a short delay.
   *
   * <p>Category {@link ErrorCategory#UNKNOWN_OUTCOME}, retry {@link RetryPolicy#IF_IDEMPOTENT}.
   */
  GATEWAY_TIMEOUT(504, ErrorCategory.UNKNOWN_OUTCOME, RetryPolicy.IF_IDEMPOTENT,
      "The gateway timed out, so the request may have been executed: query the order (GET "
          + "/api/v3/order with origClientOrderId) or account state before resending a write; "
          + "retry reads after a short delay.",
      "Gateway Time-out"),

  /**
   * {@code 602}: Signature verification failed.
   *
   * <p>Hint: Recompute the signature as HMAC-SHA256 (hex) of the exact query string and body you
   * send, using the secret key that belongs to the API key in X-MEXC-APIKEY; make sure the key pair
   * was copied without spaces.
   *
   * <p>Category {@link ErrorCategory#INVALID_SIGNATURE}, retry {@link RetryPolicy#NEVER}.
   */
  SIGNATURE_VERIFICATION_FAILED(602, ErrorCategory.INVALID_SIGNATURE, RetryPolicy.NEVER,
      "Recompute the signature as HMAC-SHA256 (hex) of the exact query string and body you send, "
          + "using the secret key that belongs to the API key in X-MEXC-APIKEY; make sure the key "
          + "pair was copied without spaces.",
      "Signature verification failed"),

  /**
   * {@code 10001}: user does not exist.
   *
   * <p>Hint: The user (or the target user of a transfer or sub-account call) does not exist; check
   * that the API key belongs to an active MEXC account and that any UID, email or sub-account name
   * you pass is correct.
   *
   * <p>Category {@link ErrorCategory#ACCOUNT}, retry {@link RetryPolicy#NEVER}.
   */
  USER_NOT_FOUND(10001, ErrorCategory.ACCOUNT, RetryPolicy.NEVER,
      "The user (or the target user of a transfer or sub-account call) does not exist; check that "
          + "the API key belongs to an active MEXC account and that any UID, email or sub-account "
          + "name you pass is correct.",
      "user does not exist"),

  /**
   * {@code 10007}: bad symbol.
   *
   * <p>Also sent as: symbol not support api (seen in: MEXC's answers for a symbol without API
   * trading (hummingbot PR 6525)).
   *
   * <p>Hint: Read the exchange's message: with "symbol not support api" (what MEXC sends in
   * practice) the symbol exists but API trading is not enabled for it, so trade a symbol listed by
   * GET /api/v3/defaultSymbols or trade this one on the website; otherwise write the symbol in
   * upper case without separator (e.g. BTCUSDT) as listed by GET /api/v3/exchangeInfo.
   *
   * <p>Category {@link ErrorCategory#INVALID_SYMBOL}, retry {@link RetryPolicy#NEVER}.
   */
  BAD_SYMBOL(10007, ErrorCategory.INVALID_SYMBOL, RetryPolicy.NEVER,
      "Read the exchange's message: with \"symbol not support api\" (what MEXC sends in practice) "
          + "the symbol exists but API trading is not enabled for it, so trade a symbol listed by "
          + "GET /api/v3/defaultSymbols or trade this one on the website; otherwise write the "
          + "symbol in upper case without separator (e.g. BTCUSDT) as listed by GET "
          + "/api/v3/exchangeInfo.",
      "bad symbol",
      "symbol not support api"),

  /**
   * {@code 10015}: user id cannot be null.
   *
   * <p>Hint: A user id parameter is missing; pass the required UID or sub-account identifier named
   * in the endpoint's documentation.
   *
   * <p>Category {@link ErrorCategory#INVALID_PARAMETER}, retry {@link RetryPolicy#NEVER}.
   */
  USER_ID_REQUIRED(10015, ErrorCategory.INVALID_PARAMETER, RetryPolicy.NEVER,
      "A user id parameter is missing; pass the required UID or sub-account identifier named in "
          + "the endpoint's documentation.",
      "user id cannot be null"),

  /**
   * {@code 10072}: invalid access key.
   *
   * <p>Hint: The API (access) key is not valid: copy the key again from API Management, check it
   * was not deleted or expired, and that it is sent unmodified in X-MEXC-APIKEY.
   *
   * <p>Category {@link ErrorCategory#INVALID_API_KEY}, retry {@link RetryPolicy#NEVER}.
   */
  INVALID_ACCESS_KEY(10072, ErrorCategory.INVALID_API_KEY, RetryPolicy.NEVER,
      "The API (access) key is not valid: copy the key again from API Management, check it was "
          + "not deleted or expired, and that it is sent unmodified in X-MEXC-APIKEY.",
      "invalid access key"),

  /**
   * {@code 10073}: invalid Request-Time.
   *
   * <p>Hint: Send the request time as the current Unix time in milliseconds (13 digits, not
   * seconds) from a clock synced against GET /api/v3/time; if the value is well-formed, re-sync the
   * offset and retry once.
   *
   * <p>Category {@link ErrorCategory#CLOCK_SKEW}, retry {@link RetryPolicy#AFTER_CLOCK_SYNC}.
   */
  INVALID_REQUEST_TIME(10073, ErrorCategory.CLOCK_SKEW, RetryPolicy.AFTER_CLOCK_SYNC,
      "Send the request time as the current Unix time in milliseconds (13 digits, not seconds) "
          + "from a clock synced against GET /api/v3/time; if the value is well-formed, re-sync "
          + "the offset and retry once.",
      "invalid Request-Time"),

  /**
   * {@code 10095}: amount cannot be null.
   *
   * <p>Hint: The amount parameter is missing; pass a positive amount as a decimal string (e.g.
   * amount=10.5).
   *
   * <p>Category {@link ErrorCategory#INVALID_PARAMETER}, retry {@link RetryPolicy#NEVER}.
   */
  AMOUNT_REQUIRED(10095, ErrorCategory.INVALID_PARAMETER, RetryPolicy.NEVER,
      "The amount parameter is missing; pass a positive amount as a decimal string (e.g. "
          + "amount=10.5).",
      "amount cannot be null"),

  /**
   * {@code 10096}: amount decimal places is too long.
   *
   * <p>Hint: The amount has too many decimal places; round it down to the asset's precision (see
   * GET /api/v3/capital/config/getall for the coin and network) before sending.
   *
   * <p>Category {@link ErrorCategory#INVALID_PARAMETER}, retry {@link RetryPolicy#NEVER}.
   */
  AMOUNT_TOO_MANY_DECIMALS(10096, ErrorCategory.INVALID_PARAMETER, RetryPolicy.NEVER,
      "The amount has too many decimal places; round it down to the asset's precision (see GET "
          + "/api/v3/capital/config/getall for the coin and network) before sending.",
      "amount decimal places is too long"),

  /**
   * {@code 10097}: amount is error.
   *
   * <p>Hint: The amount is not acceptable; send a plain positive decimal (no exponent notation)
   * within the minimum and maximum allowed for the asset and operation.
   *
   * <p>Category {@link ErrorCategory#INVALID_PARAMETER}, retry {@link RetryPolicy#NEVER}.
   */
  INVALID_AMOUNT(10097, ErrorCategory.INVALID_PARAMETER, RetryPolicy.NEVER,
      "The amount is not acceptable; send a plain positive decimal (no exponent notation) within "
          + "the minimum and maximum allowed for the asset and operation.",
      "amount is error"),

  /**
   * {@code 10098}: risk control system detected abnormal.
   *
   * <p>Hint: MEXC's risk control flagged the operation or account; do not retry automatically,
   * check security notifications on the website and contact support to lift the restriction.
   *
   * <p>Category {@link ErrorCategory#ACCOUNT_RESTRICTED}, retry {@link RetryPolicy#NEVER}.
   */
  RISK_CONTROL_ABNORMAL(10098, ErrorCategory.ACCOUNT_RESTRICTED, RetryPolicy.NEVER,
      "MEXC's risk control flagged the operation or account; do not retry automatically, check "
          + "security notifications on the website and contact support to lift the restriction.",
      "risk control system detected abnormal"),

  /**
   * {@code 10099}: user sub account does not open.
   *
   * <p>Hint: The sub-account feature is not enabled for this user; enable sub-accounts on the MEXC
   * website (it may require KYC) before calling sub-account endpoints.
   *
   * <p>Category {@link ErrorCategory#SUB_ACCOUNT}, retry {@link RetryPolicy#NEVER}.
   */
  SUB_ACCOUNT_NOT_OPENED(10099, ErrorCategory.SUB_ACCOUNT, RetryPolicy.NEVER,
      "The sub-account feature is not enabled for this user; enable sub-accounts on the MEXC "
          + "website (it may require KYC) before calling sub-account endpoints.",
      "user sub account does not open"),

  /**
   * {@code 10100}: this currency transfer is not supported.
   *
   * <p>Hint: This asset cannot be transferred between the chosen accounts; check the asset is
   * supported by the target account type (fromAccountType/toAccountType) and transfer a supported
   * asset instead.
   *
   * <p>Category {@link ErrorCategory#WALLET}, retry {@link RetryPolicy#NEVER}.
   */
  CURRENCY_TRANSFER_NOT_SUPPORTED(10100, ErrorCategory.WALLET, RetryPolicy.NEVER,
      "This asset cannot be transferred between the chosen accounts; check the asset is supported "
          + "by the target account type (fromAccountType/toAccountType) and transfer a supported "
          + "asset instead.",
      "this currency transfer is not supported"),

  /**
   * {@code 10101}: Insufficient balance.
   *
   * <p>Hint: Insufficient balance: the free balance of the asset is too small for this order,
   * transfer or withdrawal; check GET /api/v3/account (free, not locked), allow for fees, and
   * reduce the amount or fund the account first.
   *
   * <p>Category {@link ErrorCategory#INSUFFICIENT_BALANCE}, retry {@link RetryPolicy#NEVER}.
   */
  INSUFFICIENT_BALANCE(10101, ErrorCategory.INSUFFICIENT_BALANCE, RetryPolicy.NEVER,
      "Insufficient balance: the free balance of the asset is too small for this order, transfer "
          + "or withdrawal; check GET /api/v3/account (free, not locked), allow for fees, and "
          + "reduce the amount or fund the account first.",
      "Insufficient balance"),

  /**
   * {@code 10102}: amount cannot be zero or negative.
   *
   * <p>Hint: The amount must be greater than zero; check for rounding to 0 and for sign errors
   * before sending.
   *
   * <p>Category {@link ErrorCategory#INVALID_PARAMETER}, retry {@link RetryPolicy#NEVER}.
   */
  AMOUNT_NOT_POSITIVE(10102, ErrorCategory.INVALID_PARAMETER, RetryPolicy.NEVER,
      "The amount must be greater than zero; check for rounding to 0 and for sign errors before "
          + "sending.",
      "amount cannot be zero or negative"),

  /**
   * {@code 10103}: this account transfer is not supported.
   *
   * <p>Hint: Transfers between these account types are not supported; check fromAccountType and
   * toAccountType (e.g. SPOT, FUTURES) against the transfer endpoint's documentation.
   *
   * <p>Category {@link ErrorCategory#WALLET}, retry {@link RetryPolicy#NEVER}.
   */
  ACCOUNT_TRANSFER_NOT_SUPPORTED(10103, ErrorCategory.WALLET, RetryPolicy.NEVER,
      "Transfers between these account types are not supported; check fromAccountType and "
          + "toAccountType (e.g. SPOT, FUTURES) against the transfer endpoint's documentation.",
      "this account transfer is not supported"),

  /**
   * {@code 10200}: transfer operation processing.
   *
   * <p>Hint: A transfer is still being processed; do not submit it again blindly, query the
   * transfer history (GET /api/v3/capital/transfer) and only resend if the earlier transfer is not
   * there.
   *
   * <p>Category {@link ErrorCategory#WALLET}, retry {@link RetryPolicy#IF_IDEMPOTENT}.
   */
  TRANSFER_PROCESSING(10200, ErrorCategory.WALLET, RetryPolicy.IF_IDEMPOTENT,
      "A transfer is still being processed; do not submit it again blindly, query the transfer "
          + "history (GET /api/v3/capital/transfer) and only resend if the earlier transfer is "
          + "not there.",
      "transfer operation processing"),

  /**
   * {@code 10201}: transfer in failed.
   *
   * <p>Hint: The transfer into the target account failed; check that the target account exists and
   * accepts the asset, then query transfer history before trying again or contact support.
   *
   * <p>Category {@link ErrorCategory#WALLET}, retry {@link RetryPolicy#NEVER}.
   */
  TRANSFER_IN_FAILED(10201, ErrorCategory.WALLET, RetryPolicy.NEVER,
      "The transfer into the target account failed; check that the target account exists and "
          + "accepts the asset, then query transfer history before trying again or contact "
          + "support.",
      "transfer in failed"),

  /**
   * {@code 10202}: transfer out failed.
   *
   * <p>Hint: The transfer out of the source account failed; check the source account's free balance
   * of the asset and that it is not locked in orders or positions, then try again.
   *
   * <p>Category {@link ErrorCategory#WALLET}, retry {@link RetryPolicy#NEVER}.
   */
  TRANSFER_OUT_FAILED(10202, ErrorCategory.WALLET, RetryPolicy.NEVER,
      "The transfer out of the source account failed; check the source account's free balance of "
          + "the asset and that it is not locked in orders or positions, then try again.",
      "transfer out failed"),

  /**
   * {@code 10206}: transfer is disabled.
   *
   * <p>Hint: Transfers are disabled for this asset or account at the moment; check MEXC's
   * announcements for the asset and try again once transfers are reopened.
   *
   * <p>Category {@link ErrorCategory#WALLET}, retry {@link RetryPolicy#NEVER}.
   */
  TRANSFER_DISABLED(10206, ErrorCategory.WALLET, RetryPolicy.NEVER,
      "Transfers are disabled for this asset or account at the moment; check MEXC's announcements "
          + "for the asset and try again once transfers are reopened.",
      "transfer is disabled"),

  /**
   * {@code 10211}: transfer is forbidden.
   *
   * <p>Hint: Transfers are forbidden for this account (e.g. by risk control or a security lock
   * after a password or 2FA change); check the account's security status on the website or contact
   * support.
   *
   * <p>Category {@link ErrorCategory#WALLET}, retry {@link RetryPolicy#NEVER}.
   */
  TRANSFER_FORBIDDEN(10211, ErrorCategory.WALLET, RetryPolicy.NEVER,
      "Transfers are forbidden for this account (e.g. by risk control or a security lock after a "
          + "password or 2FA change); check the account's security status on the website or "
          + "contact support.",
      "transfer is forbidden"),

  /**
   * {@code 10212}: This withdrawal address is not on the commonly used address list or has been
   * invalidated.
   *
   * <p>Hint: Add the withdrawal address (with its network and memo) to the address book / commonly
   * used addresses on the MEXC website first, or pass an address that is already on that list.
   *
   * <p>Category {@link ErrorCategory#WALLET}, retry {@link RetryPolicy#NEVER}.
   */
  WITHDRAWAL_ADDRESS_NOT_ALLOWED(10212, ErrorCategory.WALLET, RetryPolicy.NEVER,
      "Add the withdrawal address (with its network and memo) to the address book / commonly used "
          + "addresses on the MEXC website first, or pass an address that is already on that list.",
      "This withdrawal address is not on the commonly used address list or has been invalidated"),

  /**
   * {@code 10216}: no address available. Please try again later.
   *
   * <p>Hint: No deposit address is available for this coin and network right now; retry later with
   * back-off, and check the network name against GET /api/v3/capital/config/getall.
   *
   * <p>Category {@link ErrorCategory#WALLET}, retry {@link RetryPolicy#AFTER_BACKOFF}.
   */
  NO_ADDRESS_AVAILABLE(10216, ErrorCategory.WALLET, RetryPolicy.AFTER_BACKOFF,
      "No deposit address is available for this coin and network right now; retry later with "
          + "back-off, and check the network name against GET /api/v3/capital/config/getall.",
      "no address available. Please try again later"),

  /**
   * {@code 10219}: asset flow writing failed please try again.
   *
   * <p>Hint: MEXC failed to record the asset movement; check the transfer or withdrawal history
   * first, then retry with back-off if the operation is not there.
   *
   * <p>Category {@link ErrorCategory#WALLET}, retry {@link RetryPolicy#AFTER_BACKOFF}.
   */
  ASSET_FLOW_WRITE_FAILED(10219, ErrorCategory.WALLET, RetryPolicy.AFTER_BACKOFF,
      "MEXC failed to record the asset movement; check the transfer or withdrawal history first, "
          + "then retry with back-off if the operation is not there.",
      "asset flow writing failed please try again"),

  /**
   * {@code 10222}: currency cannot be null.
   *
   * <p>Hint: The currency (asset/coin) parameter is missing; pass the asset code in upper case,
   * e.g. USDT.
   *
   * <p>Category {@link ErrorCategory#INVALID_PARAMETER}, retry {@link RetryPolicy#NEVER}.
   */
  CURRENCY_REQUIRED(10222, ErrorCategory.INVALID_PARAMETER, RetryPolicy.NEVER,
      "The currency (asset/coin) parameter is missing; pass the asset code in upper case, e.g. "
          + "USDT.",
      "currency cannot be null"),

  /**
   * {@code 10232}: currency does not exist.
   *
   * <p>Hint: The currency does not exist; use the asset code (e.g. USDT, not TetherUS) as listed by
   * GET /api/v3/capital/config/getall.
   *
   * <p>Category {@link ErrorCategory#INVALID_SYMBOL}, retry {@link RetryPolicy#NEVER}.
   */
  CURRENCY_NOT_FOUND(10232, ErrorCategory.INVALID_SYMBOL, RetryPolicy.NEVER,
      "The currency does not exist; use the asset code (e.g. USDT, not TetherUS) as listed by GET "
          + "/api/v3/capital/config/getall.",
      "currency does not exist"),

  /**
   * {@code 10259}: Intermediate account does not configured in redisredis.
   *
   * <p>Hint: MEXC's transfer back end is misconfigured for this operation; retrying will not help,
   * report the request (endpoint, asset, time) to MEXC support.
   *
   * <p>Category {@link ErrorCategory#SERVER}, retry {@link RetryPolicy#NEVER}.
   */
  INTERMEDIATE_ACCOUNT_NOT_CONFIGURED(10259, ErrorCategory.SERVER, RetryPolicy.NEVER,
      "MEXC's transfer back end is misconfigured for this operation; retrying will not help, "
          + "report the request (endpoint, asset, time) to MEXC support.",
      "Intermediate account does not configured in redisredis"),

  /**
   * {@code 10265}: Due to risk control, withdrawal is unavailable, please try again later.
   *
   * <p>Hint: Withdrawals are paused by risk control (often for 24 hours after a security change or
   * a new address); back off for hours, not seconds, and contact support if it persists.
   *
   * <p>Category {@link ErrorCategory#WALLET}, retry {@link RetryPolicy#AFTER_BACKOFF}.
   */
  WITHDRAWAL_RISK_CONTROL(10265, ErrorCategory.WALLET, RetryPolicy.AFTER_BACKOFF,
      "Withdrawals are paused by risk control (often for 24 hours after a security change or a "
          + "new address); back off for hours, not seconds, and contact support if it persists.",
      "Due to risk control, withdrawal is unavailable, please try again later"),

  /**
   * {@code 10268}: remark length is too long.
   *
   * <p>Hint: The remark parameter is too long; shorten it (keep it to a short plain ASCII note) and
   * send the request again.
   *
   * <p>Category {@link ErrorCategory#INVALID_PARAMETER}, retry {@link RetryPolicy#NEVER}.
   */
  REMARK_TOO_LONG(10268, ErrorCategory.INVALID_PARAMETER, RetryPolicy.NEVER,
      "The remark parameter is too long; shorten it (keep it to a short plain ASCII note) and "
          + "send the request again.",
      "remark length is too long"),

  /**
   * {@code 11444}: (not recorded).
   *
   * <p>Not in MEXC's published error tables; seen in: CCXT's MEXC exact map (OnMaintenance),
   * without an example answer.
   *
   * <p>Hint: MEXC reports maintenance; stop sending to the affected service, check MEXC's
   * announcements for the end of the maintenance and retry with back-off measured in minutes, not
   * seconds.
   *
   * <p>Category {@link ErrorCategory#UNAVAILABLE}, retry {@link RetryPolicy#AFTER_BACKOFF}.
   */
  UNDER_MAINTENANCE(11444, ErrorCategory.UNAVAILABLE, RetryPolicy.AFTER_BACKOFF,
      "MEXC reports maintenance; stop sending to the affected service, check MEXC's announcements "
          + "for the end of the maintenance and retry with back-off measured in minutes, not "
          + "seconds.",
      "(not recorded)"),

  /**
   * {@code 20001}: subsystem is not supported.
   *
   * <p>Hint: The target subsystem or account type is not supported by this endpoint; check the
   * account type values you pass (e.g. fromAccountType/toAccountType) against the documentation.
   *
   * <p>Category {@link ErrorCategory#INVALID_PARAMETER}, retry {@link RetryPolicy#NEVER}.
   */
  SUBSYSTEM_NOT_SUPPORTED(20001, ErrorCategory.INVALID_PARAMETER, RetryPolicy.NEVER,
      "The target subsystem or account type is not supported by this endpoint; check the account "
          + "type values you pass (e.g. fromAccountType/toAccountType) against the documentation.",
      "subsystem is not supported"),

  /**
   * {@code 20002}: Internal system error please contact support.
   *
   * <p>Hint: MEXC hit an internal error and the outcome is unknown; query the order, transfer or
   * withdrawal before resending it, and contact support with the request time if it keeps
   * happening.
   *
   * <p>Category {@link ErrorCategory#UNKNOWN_OUTCOME}, retry {@link RetryPolicy#IF_IDEMPOTENT}.
   */
  INTERNAL_SYSTEM_ERROR(20002, ErrorCategory.UNKNOWN_OUTCOME, RetryPolicy.IF_IDEMPOTENT,
      "MEXC hit an internal error and the outcome is unknown; query the order, transfer or "
          + "withdrawal before resending it, and contact support with the request time if it "
          + "keeps happening.",
      "Internal system error please contact support"),

  /**
   * {@code 22222}: record does not exist.
   *
   * <p>Hint: No record matches the given id or filters; check the id (order, transfer, withdrawal)
   * and the time range, and remember that old records may no longer be queryable.
   *
   * <p>Category {@link ErrorCategory#INVALID_PARAMETER}, retry {@link RetryPolicy#NEVER}.
   */
  RECORD_NOT_FOUND(22222, ErrorCategory.INVALID_PARAMETER, RetryPolicy.NEVER,
      "No record matches the given id or filters; check the id (order, transfer, withdrawal) and "
          + "the time range, and remember that old records may no longer be queryable.",
      "record does not exist"),

  /**
   * {@code 30000}: suspended transaction for the symbol.
   *
   * <p>Hint: Trading in this symbol is suspended; check its status in GET /api/v3/exchangeInfo and
   * MEXC's announcements, and do not resubmit until it is trading again.
   *
   * <p>Category {@link ErrorCategory#TRADING_DISABLED}, retry {@link RetryPolicy#NEVER}.
   */
  SYMBOL_SUSPENDED(30000, ErrorCategory.TRADING_DISABLED, RetryPolicy.NEVER,
      "Trading in this symbol is suspended; check its status in GET /api/v3/exchangeInfo and "
          + "MEXC's announcements, and do not resubmit until it is trading again.",
      "suspended transaction for the symbol"),

  /**
   * {@code 30001}: The current transaction direction is not allowed to place an order.
   *
   * <p>Hint: Orders on this side (BUY or SELL) are not accepted for the symbol right now (e.g.
   * sell-only or buy-only phase after listing); place the other side or wait until both sides
   * reopen.
   *
   * <p>Category {@link ErrorCategory#TRADING_DISABLED}, retry {@link RetryPolicy#NEVER}.
   */
  ORDER_SIDE_NOT_ALLOWED(30001, ErrorCategory.TRADING_DISABLED, RetryPolicy.NEVER,
      "Orders on this side (BUY or SELL) are not accepted for the symbol right now (e.g. "
          + "sell-only or buy-only phase after listing); place the other side or wait until both "
          + "sides reopen.",
      "The current transaction direction is not allowed to place an order"),

  /**
   * {@code 30002}: The minimum transaction volume cannot be less than :.
   *
   * <p>Hint: Increase the order size: quantity x price (or quoteOrderQty) must reach the minimum
   * given in the message (quoteAmountPrecision, or quoteAmountPrecisionMarket for market orders, in
   * GET /api/v3/exchangeInfo).
   *
   * <p>Category {@link ErrorCategory#ORDER_REJECTED}, retry {@link RetryPolicy#NEVER}.
   */
  QUANTITY_BELOW_MINIMUM(30002, ErrorCategory.ORDER_REJECTED, RetryPolicy.NEVER,
      "Increase the order size: quantity x price (or quoteOrderQty) must reach the minimum given "
          + "in the message (quoteAmountPrecision, or quoteAmountPrecisionMarket for market "
          + "orders, in GET /api/v3/exchangeInfo).",
      "The minimum transaction volume cannot be less than :"),

  /**
   * {@code 30003}: The maximum transaction volume cannot be greater than :.
   *
   * <p>Hint: Reduce the order size below the maximum given in the message (maxQuoteAmount, or
   * maxQuoteAmountMarket for market orders, in GET /api/v3/exchangeInfo), or split it into several
   * orders.
   *
   * <p>Category {@link ErrorCategory#ORDER_REJECTED}, retry {@link RetryPolicy#NEVER}.
   */
  QUANTITY_ABOVE_MAXIMUM(30003, ErrorCategory.ORDER_REJECTED, RetryPolicy.NEVER,
      "Reduce the order size below the maximum given in the message (maxQuoteAmount, or "
          + "maxQuoteAmountMarket for market orders, in GET /api/v3/exchangeInfo), or split it "
          + "into several orders.",
      "The maximum transaction volume cannot be greater than :"),

  /**
   * {@code 30004}: Insufficient position.
   *
   * <p>Hint: Insufficient balance: the free amount of the asset you are selling (or of the quote
   * asset when buying) is too small; check free balances with GET /api/v3/account, cancel open
   * orders that lock funds, or reduce the quantity.
   *
   * <p>Category {@link ErrorCategory#INSUFFICIENT_BALANCE}, retry {@link RetryPolicy#NEVER}.
   */
  INSUFFICIENT_POSITION(30004, ErrorCategory.INSUFFICIENT_BALANCE, RetryPolicy.NEVER,
      "Insufficient balance: the free amount of the asset you are selling (or of the quote asset "
          + "when buying) is too small; check free balances with GET /api/v3/account, cancel open "
          + "orders that lock funds, or reduce the quantity.",
      "Insufficient position"),

  /**
   * {@code 30005}: Oversold.
   *
   * <p>Hint: You are selling more than you hold; reduce the quantity to the free balance from GET
   * /api/v3/account, rounded down to the symbol's baseSizePrecision.
   *
   * <p>Category {@link ErrorCategory#INSUFFICIENT_BALANCE}, retry {@link RetryPolicy#NEVER}.
   */
  OVERSOLD(30005, ErrorCategory.INSUFFICIENT_BALANCE, RetryPolicy.NEVER,
      "You are selling more than you hold; reduce the quantity to the free balance from GET "
          + "/api/v3/account, rounded down to the symbol's baseSizePrecision.",
      "Oversold"),

  /**
   * {@code 30010}: no valid trade price.
   *
   * <p>Hint: The price is outside the allowed range or there is no reference price; use a limit
   * price close to the last price (GET /api/v3/ticker/price) and avoid market orders on illiquid
   * symbols.
   *
   * <p>Category {@link ErrorCategory#ORDER_REJECTED}, retry {@link RetryPolicy#NEVER}.
   */
  NO_VALID_TRADE_PRICE(30010, ErrorCategory.ORDER_REJECTED, RetryPolicy.NEVER,
      "The price is outside the allowed range or there is no reference price; use a limit price "
          + "close to the last price (GET /api/v3/ticker/price) and avoid market orders on "
          + "illiquid symbols.",
      "no valid trade price"),

  /**
   * {@code 30014}: invalid symbol.
   *
   * <p>Hint: Check symbol format (e.g., BTCUSDT): spot symbols are upper-case base and quote
   * without separator; confirm the symbol is listed with GET /api/v3/exchangeInfo.
   *
   * <p>Category {@link ErrorCategory#INVALID_SYMBOL}, retry {@link RetryPolicy#NEVER}.
   */
  INVALID_SYMBOL(30014, ErrorCategory.INVALID_SYMBOL, RetryPolicy.NEVER,
      "Check symbol format (e.g., BTCUSDT): spot symbols are upper-case base and quote without "
          + "separator; confirm the symbol is listed with GET /api/v3/exchangeInfo.",
      "invalid symbol"),

  /**
   * {@code 30016}: trading disabled.
   *
   * <p>Hint: Trading disabled for this pair: the symbol is not open for trading (e.g. before
   * listing, during delisting or a pause); check its status in GET /api/v3/exchangeInfo and do not
   * retry in a loop.
   *
   * <p>Category {@link ErrorCategory#TRADING_DISABLED}, retry {@link RetryPolicy#NEVER}.
   */
  TRADING_DISABLED(30016, ErrorCategory.TRADING_DISABLED, RetryPolicy.NEVER,
      "Trading disabled for this pair: the symbol is not open for trading (e.g. before listing, "
          + "during delisting or a pause); check its status in GET /api/v3/exchangeInfo and do "
          + "not retry in a loop.",
      "trading disabled"),

  /**
   * {@code 30018}: market order is disabled.
   *
   * <p>Hint: Trading disabled for this pair: market orders are not accepted for this symbol right
   * now; place a LIMIT (or IMMEDIATE_OR_CANCEL) order at a marketable price instead.
   *
   * <p>Category {@link ErrorCategory#TRADING_DISABLED}, retry {@link RetryPolicy#NEVER}.
   */
  MARKET_ORDER_DISABLED(30018, ErrorCategory.TRADING_DISABLED, RetryPolicy.NEVER,
      "Trading disabled for this pair: market orders are not accepted for this symbol right now; "
          + "place a LIMIT (or IMMEDIATE_OR_CANCEL) order at a marketable price instead.",
      "market order is disabled"),

  /**
   * {@code 30019}: api market order is disabled.
   *
   * <p>Hint: Market orders through the API are disabled for this symbol; place a LIMIT order at a
   * marketable price instead, and check the API-tradable symbols with GET /api/v3/defaultSymbols.
   *
   * <p>Category {@link ErrorCategory#TRADING_DISABLED}, retry {@link RetryPolicy#NEVER}.
   */
  API_MARKET_ORDER_DISABLED(30019, ErrorCategory.TRADING_DISABLED, RetryPolicy.NEVER,
      "Market orders through the API are disabled for this symbol; place a LIMIT order at a "
          + "marketable price instead, and check the API-tradable symbols with GET "
          + "/api/v3/defaultSymbols.",
      "api market order is disabled"),

  /**
   * {@code 30020}: no permission for the symbol.
   *
   * <p>Hint: Your API key may not trade this symbol; check that it is in GET /api/v3/defaultSymbols
   * (symbols open to API trading) and that the key has spot trading permission.
   *
   * <p>Category {@link ErrorCategory#PERMISSION}, retry {@link RetryPolicy#NEVER}.
   */
  SYMBOL_NOT_PERMITTED(30020, ErrorCategory.PERMISSION, RetryPolicy.NEVER,
      "Your API key may not trade this symbol; check that it is in GET /api/v3/defaultSymbols "
          + "(symbols open to API trading) and that the key has spot trading permission.",
      "no permission for the symbol"),

  /**
   * {@code 30021}: invalid symbol.
   *
   * <p>Hint: The symbol is not valid for this endpoint; use the exact spot symbol from GET
   * /api/v3/exchangeInfo (e.g. BTCUSDT, not BTC_USDT or btcusdt).
   *
   * <p>Category {@link ErrorCategory#INVALID_SYMBOL}, retry {@link RetryPolicy#NEVER}.
   */
  UNKNOWN_SYMBOL(30021, ErrorCategory.INVALID_SYMBOL, RetryPolicy.NEVER,
      "The symbol is not valid for this endpoint; use the exact spot symbol from GET "
          + "/api/v3/exchangeInfo (e.g. BTCUSDT, not BTC_USDT or btcusdt).",
      "invalid symbol"),

  /**
   * {@code 30025}: no exist opponent order.
   *
   * <p>Hint: There is no order on the other side of the book to match; place a LIMIT order instead
   * of a market order, or wait until the book has depth (check GET /api/v3/depth).
   *
   * <p>Category {@link ErrorCategory#ORDER_REJECTED}, retry {@link RetryPolicy#NEVER}.
   */
  NO_OPPOSING_ORDER(30025, ErrorCategory.ORDER_REJECTED, RetryPolicy.NEVER,
      "There is no order on the other side of the book to match; place a LIMIT order instead of a "
          + "market order, or wait until the book has depth (check GET /api/v3/depth).",
      "no exist opponent order"),

  /**
   * {@code 30026}: invalid order ids.
   *
   * <p>Hint: One or more order ids are invalid; pass orderId exactly as returned (as a string,
   * never converted to a number) together with the symbol the order belongs to.
   *
   * <p>Category {@link ErrorCategory#ORDER_NOT_FOUND}, retry {@link RetryPolicy#NEVER}.
   */
  INVALID_ORDER_IDS(30026, ErrorCategory.ORDER_NOT_FOUND, RetryPolicy.NEVER,
      "One or more order ids are invalid; pass orderId exactly as returned (as a string, never "
          + "converted to a number) together with the symbol the order belongs to.",
      "invalid order ids"),

  /**
   * {@code 30027}: The currency has reached the maximum position limit, the buying is suspended.
   *
   * <p>Hint: MEXC suspended buying of this asset because the platform position limit was reached;
   * do not retry automatically, wait for MEXC to lift the limit or sell instead.
   *
   * <p>Category {@link ErrorCategory#TRADING_DISABLED}, retry {@link RetryPolicy#NEVER}.
   */
  BUYING_SUSPENDED_POSITION_LIMIT(30027, ErrorCategory.TRADING_DISABLED, RetryPolicy.NEVER,
      "MEXC suspended buying of this asset because the platform position limit was reached; do "
          + "not retry automatically, wait for MEXC to lift the limit or sell instead.",
      "The currency has reached the maximum position limit, the buying is suspended"),

  /**
   * {@code 30028}: The currency triggered the platform risk control, the selling is suspended.
   *
   * <p>Hint: MEXC's risk control suspended selling of this asset; do not retry automatically, check
   * announcements and wait or contact support.
   *
   * <p>Category {@link ErrorCategory#TRADING_DISABLED}, retry {@link RetryPolicy#NEVER}.
   */
  SELLING_SUSPENDED_RISK_CONTROL(30028, ErrorCategory.TRADING_DISABLED, RetryPolicy.NEVER,
      "MEXC's risk control suspended selling of this asset; do not retry automatically, check "
          + "announcements and wait or contact support.",
      "The currency triggered the platform risk control, the selling is suspended"),

  /**
   * {@code 30029}: Cannot exceed the maximum order limit.
   *
   * <p>Hint: You reached the maximum number of open orders; cancel stale orders (GET
   * /api/v3/openOrders, DELETE /api/v3/openOrders) before placing new ones.
   *
   * <p>Category {@link ErrorCategory#ORDER_REJECTED}, retry {@link RetryPolicy#NEVER}.
   */
  MAX_ORDER_LIMIT_EXCEEDED(30029, ErrorCategory.ORDER_REJECTED, RetryPolicy.NEVER,
      "You reached the maximum number of open orders; cancel stale orders (GET "
          + "/api/v3/openOrders, DELETE /api/v3/openOrders) before placing new ones.",
      "Cannot exceed the maximum order limit"),

  /**
   * {@code 30032}: Cannot exceed the maximum position.
   *
   * <p>Hint: The order would exceed the maximum position allowed for this symbol; reduce the
   * quantity or reduce your existing holding first.
   *
   * <p>Category {@link ErrorCategory#ORDER_REJECTED}, retry {@link RetryPolicy#NEVER}.
   */
  MAX_POSITION_EXCEEDED(30032, ErrorCategory.ORDER_REJECTED, RetryPolicy.NEVER,
      "The order would exceed the maximum position allowed for this symbol; reduce the quantity "
          + "or reduce your existing holding first.",
      "Cannot exceed the maximum position"),

  /**
   * {@code 30041}: current order type can not place order.
   *
   * <p>Hint: This order type cannot be used for the symbol now; use one of the symbol's orderTypes
   * from GET /api/v3/exchangeInfo (e.g. LIMIT instead of MARKET).
   *
   * <p>Category {@link ErrorCategory#ORDER_REJECTED}, retry {@link RetryPolicy#NEVER}.
   */
  ORDER_TYPE_NOT_ALLOWED(30041, ErrorCategory.ORDER_REJECTED, RetryPolicy.NEVER,
      "This order type cannot be used for the symbol now; use one of the symbol's orderTypes from "
          + "GET /api/v3/exchangeInfo (e.g. LIMIT instead of MARKET).",
      "current order type can not place order"),

  /**
   * {@code 30051}: api market order is disabled.
   *
   * <p>Not in MEXC's published error tables; seen in: MEXC answers reported by users, with the same
   * text as 30019.
   *
   * <p>Hint: Same meaning as 30019, market orders through the API are disabled for this symbol;
   * place a LIMIT order at a marketable price instead, or trade a symbol from GET
   * /api/v3/defaultSymbols.
   *
   * <p>Category {@link ErrorCategory#TRADING_DISABLED}, retry {@link RetryPolicy#NEVER}.
   */
  MARKET_ORDER_PAUSED(30051, ErrorCategory.TRADING_DISABLED, RetryPolicy.NEVER,
      "Same meaning as 30019, market orders through the API are disabled for this symbol; place a "
          + "LIMIT order at a marketable price instead, or trade a symbol from GET "
          + "/api/v3/defaultSymbols.",
      "api market order is disabled"),

  /**
   * {@code 30087}: (not recorded).
   *
   * <p>Not in MEXC's published error tables; seen in: CCXT's MEXC exact map (InvalidOrder), without
   * an example answer.
   *
   * <p>Hint: MEXC rejected the order's parameters; read the raw message, check price, quantity and
   * order type against the symbol's rules in GET /api/v3/exchangeInfo and do not resend the order
   * unchanged.
   *
   * <p>Category {@link ErrorCategory#ORDER_REJECTED}, retry {@link RetryPolicy#NEVER}.
   */
  ORDER_REJECTED(30087, ErrorCategory.ORDER_REJECTED, RetryPolicy.NEVER,
      "MEXC rejected the order's parameters; read the raw message, check price, quantity and "
          + "order type against the symbol's rules in GET /api/v3/exchangeInfo and do not resend "
          + "the order unchanged.",
      "(not recorded)"),

  /**
   * {@code 33333}: param is error.
   *
   * <p>Hint: A parameter has an invalid value or format; compare every parameter's name, type and
   * allowed values with the endpoint's documentation (numbers as plain decimals, enums in upper
   * case).
   *
   * <p>Category {@link ErrorCategory#INVALID_PARAMETER}, retry {@link RetryPolicy#NEVER}.
   */
  PARAMETER_ERROR(33333, ErrorCategory.INVALID_PARAMETER, RetryPolicy.NEVER,
      "A parameter has an invalid value or format; compare every parameter's name, type and "
          + "allowed values with the endpoint's documentation (numbers as plain decimals, enums "
          + "in upper case).",
      "param is error"),

  /**
   * {@code 44444}: param cannot be null.
   *
   * <p>Hint: A mandatory parameter is missing or empty; add all required parameters of the endpoint
   * and make sure none is sent as an empty string.
   *
   * <p>Category {@link ErrorCategory#INVALID_PARAMETER}, retry {@link RetryPolicy#NEVER}.
   */
  PARAMETER_REQUIRED(44444, ErrorCategory.INVALID_PARAMETER, RetryPolicy.NEVER,
      "A mandatory parameter is missing or empty; add all required parameters of the endpoint and "
          + "make sure none is sent as an empty string.",
      "param cannot be null"),

  /**
   * {@code 60005}: your account is abnormal.
   *
   * <p>Hint: Your account is flagged as abnormal; log in to the MEXC website to check for security
   * or KYC notices and contact support, automatic retries will not help.
   *
   * <p>Category {@link ErrorCategory#ACCOUNT_RESTRICTED}, retry {@link RetryPolicy#NEVER}.
   */
  ACCOUNT_ABNORMAL(60005, ErrorCategory.ACCOUNT_RESTRICTED, RetryPolicy.NEVER,
      "Your account is flagged as abnormal; log in to the MEXC website to check for security or "
          + "KYC notices and contact support, automatic retries will not help.",
      "your account is abnormal"),

  /**
   * {@code 70011}: Pair user ban trade apikey.
   *
   * <p>Hint: API trading of this pair is banned for your account; trade it on the website or
   * another API-tradable pair (GET /api/v3/defaultSymbols) and contact support if unexpected.
   *
   * <p>Category {@link ErrorCategory#ACCOUNT_RESTRICTED}, retry {@link RetryPolicy#NEVER}.
   */
  PAIR_API_TRADING_BANNED(70011, ErrorCategory.ACCOUNT_RESTRICTED, RetryPolicy.NEVER,
      "API trading of this pair is banned for your account; trade it on the website or another "
          + "API-tradable pair (GET /api/v3/defaultSymbols) and contact support if unexpected.",
      "Pair user ban trade apikey"),

  /**
   * {@code 88004}: \u8d85\u51fa\u6700\u5927\u53ef\u501f\uff0c\u6700\u5927\u53ef\u501f\u5e01\u4e3a:.
   *
   * <p>Not in MEXC's published error tables; seen in: CCXT's MEXC exact map (InsufficientFunds) and
   * its example answer from the margin API (/api/v3/margin).
   *
   * <p>Hint: The margin loan is larger than you may borrow (the message names the maximum); read
   * the limit from GET /api/v3/margin/maxBorrowable and borrow at most that amount.
   *
   * <p>Category {@link ErrorCategory#INSUFFICIENT_BALANCE}, retry {@link RetryPolicy#NEVER}.
   */
  MAX_BORROWABLE_EXCEEDED(88004, ErrorCategory.INSUFFICIENT_BALANCE, RetryPolicy.NEVER,
      "The margin loan is larger than you may borrow (the message names the maximum); read the "
          + "limit from GET /api/v3/margin/maxBorrowable and borrow at most that amount.",
      "\u8d85\u51fa\u6700\u5927\u53ef\u501f\uff0c\u6700\u5927\u53ef\u501f\u5e01\u4e3a:"),

  /**
   * {@code 88009}: Loan record does not exist.
   *
   * <p>Not in MEXC's published error tables; seen in: CCXT's MEXC exact map (ExchangeError) and its
   * example answer from the margin API (/api/v3/margin).
   *
   * <p>Hint: No margin loan matches the given id; list the loans with GET /api/v3/margin/loan for
   * the symbol and asset and pass an existing tranId.
   *
   * <p>Category {@link ErrorCategory#INVALID_PARAMETER}, retry {@link RetryPolicy#NEVER}.
   */
  LOAN_RECORD_NOT_FOUND(88009, ErrorCategory.INVALID_PARAMETER, RetryPolicy.NEVER,
      "No margin loan matches the given id; list the loans with GET /api/v3/margin/loan for the "
          + "symbol and asset and pass an existing tranId.",
      "Loan record does not exist"),

  /**
   * {@code 88013}: \u6700\u5c0f\u4ea4\u6613\u989d\u4e0d\u80fd\u5c0f\u4e8e\uff1a.
   *
   * <p>Not in MEXC's published error tables; seen in: CCXT's MEXC exact map (InvalidOrder) and its
   * example answer from the margin API (/api/v3/margin).
   *
   * <p>Hint: The margin order's value is below the minimum the message names (e.g. 5USDT); raise
   * quantity x price above it before sending.
   *
   * <p>Category {@link ErrorCategory#ORDER_REJECTED}, retry {@link RetryPolicy#NEVER}.
   */
  MARGIN_AMOUNT_BELOW_MINIMUM(88013, ErrorCategory.ORDER_REJECTED, RetryPolicy.NEVER,
      "The margin order's value is below the minimum the message names (e.g. 5USDT); raise "
          + "quantity x price above it before sending.",
      "\u6700\u5c0f\u4ea4\u6613\u989d\u4e0d\u80fd\u5c0f\u4e8e\uff1a"),

  /**
   * {@code 88015}: \u6301\u4ed3\u4e0d\u8db3.
   *
   * <p>Not in MEXC's published error tables; seen in: CCXT's MEXC exact map (InsufficientFunds) and
   * its example answer from the margin API (/api/v3/margin).
   *
   * <p>Hint: The margin account holds less of the asset than the order or repayment needs; check
   * free amounts with GET /api/v3/margin/isolated/account and reduce the quantity.
   *
   * <p>Category {@link ErrorCategory#INSUFFICIENT_BALANCE}, retry {@link RetryPolicy#NEVER}.
   */
  MARGIN_INSUFFICIENT_POSITION(88015, ErrorCategory.INSUFFICIENT_BALANCE, RetryPolicy.NEVER,
      "The margin account holds less of the asset than the order or repayment needs; check free "
          + "amounts with GET /api/v3/margin/isolated/account and reduce the quantity.",
      "\u6301\u4ed3\u4e0d\u8db3"),

  /**
   * {@code 140001}: sub account does not exist.
   *
   * <p>Hint: The sub-account does not exist under this master account; check the subAccount name
   * with GET /api/v3/sub-account/list.
   *
   * <p>Category {@link ErrorCategory#SUB_ACCOUNT}, retry {@link RetryPolicy#NEVER}.
   */
  SUB_ACCOUNT_NOT_FOUND(140001, ErrorCategory.SUB_ACCOUNT, RetryPolicy.NEVER,
      "The sub-account does not exist under this master account; check the subAccount name with "
          + "GET /api/v3/sub-account/list.",
      "sub account does not exist"),

  /**
   * {@code 140002}: sub account is forbidden.
   *
   * <p>Hint: The sub-account is frozen or disabled; unfreeze it from the master account on the MEXC
   * website before using it.
   *
   * <p>Category {@link ErrorCategory#SUB_ACCOUNT}, retry {@link RetryPolicy#NEVER}.
   */
  SUB_ACCOUNT_FORBIDDEN(140002, ErrorCategory.SUB_ACCOUNT, RetryPolicy.NEVER,
      "The sub-account is frozen or disabled; unfreeze it from the master account on the MEXC "
          + "website before using it.",
      "sub account is forbidden"),

  /**
   * {@code 700001}: API-key format invalid.
   *
   * <p>Hint: The API key has the wrong format; send the access key (not the secret) in
   * X-MEXC-APIKEY, without quotes, spaces or line breaks.
   *
   * <p>Category {@link ErrorCategory#INVALID_API_KEY}, retry {@link RetryPolicy#NEVER}.
   */
  API_KEY_FORMAT_INVALID(700001, ErrorCategory.INVALID_API_KEY, RetryPolicy.NEVER,
      "The API key has the wrong format; send the access key (not the secret) in X-MEXC-APIKEY, "
          + "without quotes, spaces or line breaks.",
      "API-key format invalid"),

  /**
   * {@code 700002}: Signature for this request is not valid.
   *
   * <p>Hint: Check signature algorithm: sign the exact totalParams string you send (query string,
   * then body) with HMAC-SHA256 using your secret key, hex-encode it and send it as signature; do
   * not reorder or re-encode parameters after signing.
   *
   * <p>Category {@link ErrorCategory#INVALID_SIGNATURE}, retry {@link RetryPolicy#NEVER}.
   */
  INVALID_SIGNATURE(700002, ErrorCategory.INVALID_SIGNATURE, RetryPolicy.NEVER,
      "Check signature algorithm: sign the exact totalParams string you send (query string, then "
          + "body) with HMAC-SHA256 using your secret key, hex-encode it and send it as "
          + "signature; do not reorder or re-encode parameters after signing.",
      "Signature for this request is not valid"),

  /**
   * {@code 700003}: Timestamp for this request is outside of the recvWindow.
   *
   * <p>Hint: Sync your system clock: re-read server time from GET /api/v3/time, apply the offset to
   * timestamp, then retry; MEXC rejects a timestamp more than 1 s ahead of its clock whatever the
   * recvWindow, so widening recvWindow (max 60000) helps only a request that arrives late, never a
   * clock that runs ahead.
   *
   * <p>Category {@link ErrorCategory#CLOCK_SKEW}, retry {@link RetryPolicy#AFTER_CLOCK_SYNC}.
   */
  TIMESTAMP_OUTSIDE_RECV_WINDOW(700003, ErrorCategory.CLOCK_SKEW, RetryPolicy.AFTER_CLOCK_SYNC,
      "Sync your system clock: re-read server time from GET /api/v3/time, apply the offset to "
          + "timestamp, then retry; MEXC rejects a timestamp more than 1 s ahead of its clock "
          + "whatever the recvWindow, so widening recvWindow (max 60000) helps only a request "
          + "that arrives late, never a clock that runs ahead.",
      "Timestamp for this request is outside of the recvWindow"),

  /**
   * {@code 700004}: Param 'origClientOrderId' or 'orderId' must be sent, but both were empty/null.
   *
   * <p>Hint: Send either orderId or origClientOrderId (not both empty) together with symbol when
   * querying or cancelling an order.
   *
   * <p>Category {@link ErrorCategory#INVALID_PARAMETER}, retry {@link RetryPolicy#NEVER}.
   */
  ORDER_ID_REQUIRED(700004, ErrorCategory.INVALID_PARAMETER, RetryPolicy.NEVER,
      "Send either orderId or origClientOrderId (not both empty) together with symbol when "
          + "querying or cancelling an order.",
      "Param 'origClientOrderId' or 'orderId' must be sent, but both were empty/null"),

  /**
   * {@code 700005}: recvWindow must less than 60000.
   *
   * <p>Hint: Set recvWindow to less than 60000 ms (default 5000) in your client configuration; this
   * is a setting error, so fix it instead of retrying.
   *
   * <p>Category {@link ErrorCategory#CONFIGURATION}, retry {@link RetryPolicy#NEVER}.
   */
  RECV_WINDOW_TOO_LARGE(700005, ErrorCategory.CONFIGURATION, RetryPolicy.NEVER,
      "Set recvWindow to less than 60000 ms (default 5000) in your client configuration; this is "
          + "a setting error, so fix it instead of retrying.",
      "recvWindow must less than 60000"),

  /**
   * {@code 700006}: IP non white list.
   *
   * <p>Also sent as: IP [x.x.x.x] not in the whitelist (seen in: MEXC's answers, with the caller's
   * IP address in the brackets (issue reports)).
   *
   * <p>Hint: Add the public IP address you call from to the API key's IP whitelist in API
   * Management (check NAT, proxies and IPv6), or call from a whitelisted host.
   *
   * <p>Category {@link ErrorCategory#IP_NOT_WHITELISTED}, retry {@link RetryPolicy#NEVER}.
   */
  IP_NOT_WHITELISTED(700006, ErrorCategory.IP_NOT_WHITELISTED, RetryPolicy.NEVER,
      "Add the public IP address you call from to the API key's IP whitelist in API Management "
          + "(check NAT, proxies and IPv6), or call from a whitelisted host.",
      "IP non white list",
      "IP [x.x.x.x] not in the whitelist"),

  /**
   * {@code 700007}: No permission to access the endpoint.
   *
   * <p>Hint: The API key lacks the permission this endpoint needs; enable it (e.g. spot trading,
   * account read, withdrawal) for the key in API Management or use a key that has it.
   *
   * <p>Category {@link ErrorCategory#PERMISSION}, retry {@link RetryPolicy#NEVER}.
   */
  ENDPOINT_PERMISSION_DENIED(700007, ErrorCategory.PERMISSION, RetryPolicy.NEVER,
      "The API key lacks the permission this endpoint needs; enable it (e.g. spot trading, "
          + "account read, withdrawal) for the key in API Management or use a key that has it.",
      "No permission to access the endpoint"),

  /**
   * {@code 700008}: Illegal characters found in parameter.
   *
   * <p>Hint: A parameter contains characters MEXC rejects; remove spaces, quotes and other special
   * characters (e.g. from newClientOrderId or remarks), keep to letters, digits and documented
   * separators, and URL-encode values.
   *
   * <p>Category {@link ErrorCategory#INVALID_PARAMETER}, retry {@link RetryPolicy#NEVER}.
   */
  ILLEGAL_CHARACTERS(700008, ErrorCategory.INVALID_PARAMETER, RetryPolicy.NEVER,
      "A parameter contains characters MEXC rejects; remove spaces, quotes and other special "
          + "characters (e.g. from newClientOrderId or remarks), keep to letters, digits and "
          + "documented separators, and URL-encode values.",
      "Illegal characters found in parameter"),

  /**
   * {@code 700013}: Invalid content Type.
   *
   * <p>Not in MEXC's published error tables; seen in: CCXT's MEXC exact map (AuthenticationError);
   * MEXC answers with HTTP 400 to POST requests with a form body (issue reports).
   *
   * <p>Hint: MEXC does not accept the request body's Content-Type: send the signed parameters in
   * the query string (or as a JSON body with Content-Type: application/json), not as an
   * application/x-www-form-urlencoded body.
   *
   * <p>Category {@link ErrorCategory#REQUEST}, retry {@link RetryPolicy#NEVER}.
   */
  INVALID_CONTENT_TYPE(700013, ErrorCategory.REQUEST, RetryPolicy.NEVER,
      "MEXC does not accept the request body's Content-Type: send the signed parameters in the "
          + "query string (or as a JSON body with Content-Type: application/json), not as an "
          + "application/x-www-form-urlencoded body.",
      "Invalid content Type."),

  /**
   * {@code 730000}: Request failed, please contact the customer service.
   *
   * <p>Hint: MEXC could not complete the request; check whether the change was applied (e.g. list
   * sub-accounts or API keys) and contact MEXC customer service with the request time if it was
   * not.
   *
   * <p>Category {@link ErrorCategory#SERVER}, retry {@link RetryPolicy#NEVER}.
   */
  REQUEST_FAILED(730000, ErrorCategory.SERVER, RetryPolicy.NEVER,
      "MEXC could not complete the request; check whether the change was applied (e.g. list "
          + "sub-accounts or API keys) and contact MEXC customer service with the request time if "
          + "it was not.",
      "Request failed, please contact the customer service"),

  /**
   * {@code 730001}: Pair not found.
   *
   * <p>Also documented as: User information error.
   *
   * <p>Hint: The pair or user information in the request was not found; check the symbol and the
   * user or sub-account identifiers you pass.
   *
   * <p>Category {@link ErrorCategory#INVALID_PARAMETER}, retry {@link RetryPolicy#NEVER}.
   */
  PAIR_OR_USER_INFO_NOT_FOUND(730001, ErrorCategory.INVALID_PARAMETER, RetryPolicy.NEVER,
      "The pair or user information in the request was not found; check the symbol and the user "
          + "or sub-account identifiers you pass.",
      "Pair not found",
      "User information error"),

  /**
   * {@code 730002}: Your input param is invalid.
   *
   * <p>Also documented as: Parameter error.
   *
   * <p>Hint: A parameter value is invalid; check each parameter's format and allowed values in the
   * endpoint's documentation and fix the request.
   *
   * <p>Category {@link ErrorCategory#INVALID_PARAMETER}, retry {@link RetryPolicy#NEVER}.
   */
  INVALID_INPUT_PARAMETER(730002, ErrorCategory.INVALID_PARAMETER, RetryPolicy.NEVER,
      "A parameter value is invalid; check each parameter's format and allowed values in the "
          + "endpoint's documentation and fix the request.",
      "Your input param is invalid",
      "Parameter error"),

  /**
   * {@code 730003}: Unsupported operation, please contact the customer service.
   *
   * <p>Hint: The operation is not supported for this account; check that the endpoint applies to
   * your account type (e.g. master account, not a sub-account) and contact MEXC customer service if
   * it should be.
   *
   * <p>Category {@link ErrorCategory#REQUEST}, retry {@link RetryPolicy#NEVER}.
   */
  UNSUPPORTED_OPERATION(730003, ErrorCategory.REQUEST, RetryPolicy.NEVER,
      "The operation is not supported for this account; check that the endpoint applies to your "
          + "account type (e.g. master account, not a sub-account) and contact MEXC customer "
          + "service if it should be.",
      "Unsupported operation, please contact the customer service"),

  /**
   * {@code 730100}: Unusual user status.
   *
   * <p>Hint: The user's status does not allow this operation (e.g. frozen or unverified); check the
   * account on the MEXC website and contact support.
   *
   * <p>Category {@link ErrorCategory#ACCOUNT_RESTRICTED}, retry {@link RetryPolicy#NEVER}.
   */
  UNUSUAL_USER_STATUS(730100, ErrorCategory.ACCOUNT_RESTRICTED, RetryPolicy.NEVER,
      "The user's status does not allow this operation (e.g. frozen or unverified); check the "
          + "account on the MEXC website and contact support.",
      "Unusual user status"),

  /**
   * {@code 730101}: The user Name already exists.
   *
   * <p>Hint: This sub-account name is already in use; choose a different subAccount name.
   *
   * <p>Category {@link ErrorCategory#SUB_ACCOUNT}, retry {@link RetryPolicy#NEVER}.
   */
  SUB_ACCOUNT_NAME_TAKEN(730101, ErrorCategory.SUB_ACCOUNT, RetryPolicy.NEVER,
      "This sub-account name is already in use; choose a different subAccount name.",
      "The user Name already exists"),

  /**
   * {@code 730600}: Sub-account Name cannot be null.
   *
   * <p>Hint: Pass the subAccount name parameter; it must not be empty.
   *
   * <p>Category {@link ErrorCategory#SUB_ACCOUNT}, retry {@link RetryPolicy#NEVER}.
   */
  SUB_ACCOUNT_NAME_REQUIRED(730600, ErrorCategory.SUB_ACCOUNT, RetryPolicy.NEVER,
      "Pass the subAccount name parameter; it must not be empty.",
      "Sub-account Name cannot be null"),

  /**
   * {@code 730601}: Sub-account Name must be a combination of 8-32 letters and numbers.
   *
   * <p>Hint: Use a subAccount name of 8 to 32 characters made of letters and digits only.
   *
   * <p>Category {@link ErrorCategory#SUB_ACCOUNT}, retry {@link RetryPolicy#NEVER}.
   */
  SUB_ACCOUNT_NAME_INVALID(730601, ErrorCategory.SUB_ACCOUNT, RetryPolicy.NEVER,
      "Use a subAccount name of 8 to 32 characters made of letters and digits only.",
      "Sub-account Name must be a combination of 8-32 letters and numbers"),

  /**
   * {@code 730602}: Sub-account remarks cannot be null.
   *
   * <p>Hint: Pass a non-empty note (remark) for the sub-account.
   *
   * <p>Category {@link ErrorCategory#SUB_ACCOUNT}, retry {@link RetryPolicy#NEVER}.
   */
  SUB_ACCOUNT_NOTE_REQUIRED(730602, ErrorCategory.SUB_ACCOUNT, RetryPolicy.NEVER,
      "Pass a non-empty note (remark) for the sub-account.",
      "Sub-account remarks cannot be null"),

  /**
   * {@code 730700}: API KEY remarks cannot be null.
   *
   * <p>Hint: Pass a non-empty note (remark) when creating the sub-account API key.
   *
   * <p>Category {@link ErrorCategory#SUB_ACCOUNT}, retry {@link RetryPolicy#NEVER}.
   */
  API_KEY_NOTE_REQUIRED(730700, ErrorCategory.SUB_ACCOUNT, RetryPolicy.NEVER,
      "Pass a non-empty note (remark) when creating the sub-account API key.",
      "API KEY remarks cannot be null"),

  /**
   * {@code 730701}: API KEY permission cannot be null.
   *
   * <p>Hint: Pass at least one permission when creating the sub-account API key (e.g.
   * SPOT_ACCOUNT_READ).
   *
   * <p>Category {@link ErrorCategory#SUB_ACCOUNT}, retry {@link RetryPolicy#NEVER}.
   */
  API_KEY_PERMISSIONS_REQUIRED(730701, ErrorCategory.SUB_ACCOUNT, RetryPolicy.NEVER,
      "Pass at least one permission when creating the sub-account API key (e.g. "
          + "SPOT_ACCOUNT_READ).",
      "API KEY permission cannot be null"),

  /**
   * {@code 730702}: API KEY permission does not exist.
   *
   * <p>Hint: One of the permissions does not exist; use only the permission names listed in the
   * sub-account API key documentation, comma-separated without spaces.
   *
   * <p>Category {@link ErrorCategory#SUB_ACCOUNT}, retry {@link RetryPolicy#NEVER}.
   */
  API_KEY_PERMISSION_UNKNOWN(730702, ErrorCategory.SUB_ACCOUNT, RetryPolicy.NEVER,
      "One of the permissions does not exist; use only the permission names listed in the "
          + "sub-account API key documentation, comma-separated without spaces.",
      "API KEY permission does not exist"),

  /**
   * {@code 730703}: The IP information is incorrect, and a maximum of 10 IPs are allowed to be
   * bound only.
   *
   * <p>Hint: Bind at most 10 IP addresses to the API key and make sure each entry is a valid
   * address.
   *
   * <p>Category {@link ErrorCategory#SUB_ACCOUNT}, retry {@link RetryPolicy#NEVER}.
   */
  API_KEY_IP_LIST_INVALID(730703, ErrorCategory.SUB_ACCOUNT, RetryPolicy.NEVER,
      "Bind at most 10 IP addresses to the API key and make sure each entry is a valid address.",
      "The IP information is incorrect, and a maximum of 10 IPs are allowed to be bound only"),

  /**
   * {@code 730704}: The bound IP format is incorrect, please refill.
   *
   * <p>Hint: Send the IP list as comma-separated plain IPv4 addresses (no spaces, ports or CIDR
   * ranges) and submit again.
   *
   * <p>Category {@link ErrorCategory#SUB_ACCOUNT}, retry {@link RetryPolicy#NEVER}.
   */
  API_KEY_IP_FORMAT_INVALID(730704, ErrorCategory.SUB_ACCOUNT, RetryPolicy.NEVER,
      "Send the IP list as comma-separated plain IPv4 addresses (no spaces, ports or CIDR ranges) "
          + "and submit again.",
      "The bound IP format is incorrect, please refill"),

  /**
   * {@code 730705}: At most 30 groups of Api Keys are allowed to be created only.
   *
   * <p>Hint: A user may have at most 30 API keys; delete unused keys (DELETE
   * /api/v3/sub-account/apiKey) before creating a new one.
   *
   * <p>Category {@link ErrorCategory#SUB_ACCOUNT}, retry {@link RetryPolicy#NEVER}.
   */
  API_KEY_LIMIT_REACHED(730705, ErrorCategory.SUB_ACCOUNT, RetryPolicy.NEVER,
      "A user may have at most 30 API keys; delete unused keys (DELETE "
          + "/api/v3/sub-account/apiKey) before creating a new one.",
      "At most 30 groups of Api Keys are allowed to be created only"),

  /**
   * {@code 730706}: API KEY information does not exist.
   *
   * <p>Hint: No such API key for this sub-account; list the keys with GET
   * /api/v3/sub-account/apiKey and pass an existing one with the right subAccount.
   *
   * <p>Category {@link ErrorCategory#SUB_ACCOUNT}, retry {@link RetryPolicy#NEVER}.
   */
  API_KEY_NOT_FOUND(730706, ErrorCategory.SUB_ACCOUNT, RetryPolicy.NEVER,
      "No such API key for this sub-account; list the keys with GET /api/v3/sub-account/apiKey "
          + "and pass an existing one with the right subAccount.",
      "API KEY information does not exist"),

  /**
   * {@code 730707}: accessKey cannot be null.
   *
   * <p>Hint: Pass the access key (the public API key string) of the sub-account key you want to
   * query or delete.
   *
   * <p>Category {@link ErrorCategory#SUB_ACCOUNT}, retry {@link RetryPolicy#NEVER}.
   */
  ACCESS_KEY_REQUIRED(730707, ErrorCategory.SUB_ACCOUNT, RetryPolicy.NEVER,
      "Pass the access key (the public API key string) of the sub-account key you want to query "
          + "or delete.",
      "accessKey cannot be null"),

  /**
   * {@code 730708}: listen key information error.
   *
   * <p>Not in MEXC's published error tables; seen in: MEXC answers to the user data stream
   * endpoints (/api/v3/userDataStream), with the code as the JSON string "730708" (issue reports).
   *
   * <p>Hint: The listenKey is unknown, expired or belongs to another API key; create a new one with
   * POST /api/v3/userDataStream, keep it alive with PUT every 30 minutes and reconnect the stream
   * with it.
   *
   * <p>Category {@link ErrorCategory#INVALID_PARAMETER}, retry {@link RetryPolicy#NEVER}.
   */
  LISTEN_KEY_INVALID(730708, ErrorCategory.INVALID_PARAMETER, RetryPolicy.NEVER,
      "The listenKey is unknown, expired or belongs to another API key; create a new one with "
          + "POST /api/v3/userDataStream, keep it alive with PUT every 30 minutes and reconnect "
          + "the stream with it.",
      "listen key information error");

  private final int code;

  private final ErrorCategory category;

  private final RetryPolicy retryPolicy;

  private final String hint;

  private final List<String> messages;

  private final Optional<SpotErrorCode> asOptional;

  SpotErrorCode(int code, ErrorCategory category, RetryPolicy retryPolicy, String hint,
      String... messages) {
    this.code = code;
    this.category = category;
    this.retryPolicy = retryPolicy;
    this.hint = hint;
    this.messages = List.of(messages);
    this.asOptional = Optional.of(this);
  }

  @Override
  public MexcApi api() {
    return MexcApi.SPOT;
  }

  @Override
  public int code() {
    return code;
  }

  @Override
  public String message() {
    return messages.get(0);
  }

  @Override
  public List<String> messages() {
    return messages;
  }

  @Override
  public String hint() {
    return hint;
  }

  @Override
  public ErrorCategory category() {
    return category;
  }

  @Override
  public RetryPolicy retryPolicy() {
    return retryPolicy;
  }

  /**
   * Looks up a code.
   *
   * @param code the code MEXC sent
   * @return the constant, or empty when the code is not in the table
   */
  public static Optional<SpotErrorCode> of(int code) {
    SpotErrorCode constant = forCode(code);
    return constant != null ? constant.asOptional : Optional.empty();
  }

  /**
   * Looks up a code sent as text, such as {@code "30021"}; surrounding whitespace is ignored.
   *
   * @param code the code as text; may be {@code null}
   * @return the constant, or empty when the text is not a code of the table
   */
  public static Optional<SpotErrorCode> of(String code) {
    return of(MexcCodes.parse(code));
  }

  /**
   * Looks up a code like {@link #of(int)}, without the {@code Optional}: for hot paths such as the
   * generated dispatchers, which read nothing but the table. Never throws, never allocates.
   *
   * @param code the spot code MEXC sent
   * @return the constant, or {@code null} when the code is not in the table
   */
  public static SpotErrorCode forCode(int code) {
    int slot = (code * 0x9E3779B9) >>> Index.SHIFT;
    SpotErrorCode constant;
    while ((constant = Index.CONSTANTS[slot]) != null) {
      if (constant.code == code) {
        return constant;
      }
      slot = (slot + 1) & Index.MASK;
    }
    return null;
  }

  /**
   * The codes of the table by hash slot: a code hashes to {@code (code * 0x9E3779B9) >>> SHIFT} and
   * lies in that slot or, after collisions, in one of the following ones, before the next empty
   * slot.
   */
  private static final class Index {
    /**
     * 32 minus the bits of a slot number.
     */
    static final int SHIFT = 24;

    /**
     * The slots minus one; there are 256 slots for 103 codes.
     */
    static final int MASK = 255;

    /**
     * The constant of each slot, or {@code null} for an empty slot.
     */
    static final SpotErrorCode[] CONSTANTS = new SpotErrorCode[MASK + 1];

    static {
      for (SpotErrorCode constant : values()) {
        int slot = (constant.code * 0x9E3779B9) >>> SHIFT;
        while (CONSTANTS[slot] != null) {
          slot = (slot + 1) & MASK;
        }
        CONSTANTS[slot] = constant;
      }
    }

    private Index() {
    }
  }
}
