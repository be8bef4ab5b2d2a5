package io.github.mexcerrors.mexc;

import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.MexcCodes;
import io.github.mexcerrors.MexcErrorCode;
import io.github.mexcerrors.RetryPolicy;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * The documented error codes of the MEXC futures v1 API, from the error table.
 *
 * <p>Look a code up with {@link #of(int)} or {@link #of(String)}; both return an empty
 * {@link Optional} for a code missing from the table and never throw.
 */
@Generated("io.github.mexcerrors.processor.MexcErrorProcessor")
public enum FuturesErrorCode implements MexcErrorCode {
  /**
   * {@code 401}: Unauthorized.
   *
   * <p>Hint: Send the ApiKey, Request-Time and Signature headers on every private futures request
   * and check that the key exists and is enabled in API Management.
   *
   * <p>Category {@link ErrorCategory#AUTHENTICATION}, retry {@link RetryPolicy#NEVER}.
   */
  UNAUTHORIZED(401, ErrorCategory.AUTHENTICATION, RetryPolicy.NEVER,
      "Send the ApiKey, Request-Time and Signature headers on every private futures request and "
          + "check that the key exists and is enabled in API Management.",
      "Unauthorized"),

  /**
   * {@code 402}: Api_key expired.
   *
   * <p>Hint: The API key has expired (keys not bound to an IP expire after 90 days); create a new
   * key in API Management, ideally with an IP whitelist, and update your configuration.
   *
   * <p>Category {@link ErrorCategory#INVALID_API_KEY}, retry {@link RetryPolicy#NEVER}.
   */
  API_KEY_EXPIRED(402, ErrorCategory.INVALID_API_KEY, RetryPolicy.NEVER,
      "The API key has expired (keys not bound to an IP expire after 90 days); create a new key "
          + "in API Management, ideally with an IP whitelist, and update your configuration.",
      "Api_key expired"),

  /**
   * {@code 406}: Accessed IP is not in the whitelist.
   *
   * <p>Hint: Add the public IP address you call from to the API key's IP whitelist in API
   * Management (check NAT, proxies and IPv6), or call from a whitelisted host.
   *
   * <p>Category {@link ErrorCategory#IP_NOT_WHITELISTED}, retry {@link RetryPolicy#NEVER}.
   */
  IP_NOT_WHITELISTED(406, ErrorCategory.IP_NOT_WHITELISTED, RetryPolicy.NEVER,
      "Add the public IP address you call from to the API key's IP whitelist in API Management "
          + "(check NAT, proxies and IPv6), or call from a whitelisted host.",
      "Accessed IP is not in the whitelist"),

  /**
   * {@code 500}: Internal error.
   *
   * <p>Also sent as: Internal error! (seen in: MEXC's futures answers (issue reports));
   * \u7cfb\u7edf\u5185\u90e8\u9519\u8bef! (language zh; seen in: the example error body of MEXC's
   * futures documentation, whose default language is Chinese).
   *
   * <p>Hint: The outcome is unknown: before resending an order, query it (GET
   * /api/v1/private/order/external/{symbol}/{externalOid}) or your open orders and positions; retry
   * reads after a short delay.
   *
   * <p>Category {@link ErrorCategory#UNKNOWN_OUTCOME}, retry {@link RetryPolicy#IF_IDEMPOTENT}.
   */
  INTERNAL_ERROR(500, ErrorCategory.UNKNOWN_OUTCOME, RetryPolicy.IF_IDEMPOTENT,
      "The outcome is unknown: before resending an order, query it (GET "
          + "/api/v1/private/order/external/{symbol}/{externalOid}) or your open orders and "
          + "positions; retry reads after a short delay.",
      "Internal error",
      "Internal error!",
      "\u7cfb\u7edf\u5185\u90e8\u9519\u8bef!"),

  /**
   * {@code 501}: System busy.
   *
   * <p>Hint: The futures system is busy and did not accept the request; retry with exponential
   * back-off and check MEXC's announcements for maintenance if it persists.
   *
   * <p>Category {@link ErrorCategory#UNAVAILABLE}, retry {@link RetryPolicy#AFTER_BACKOFF}.
   */
  SYSTEM_BUSY(501, ErrorCategory.UNAVAILABLE, RetryPolicy.AFTER_BACKOFF,
      "The futures system is busy and did not accept the request; retry with exponential back-off "
          + "and check MEXC's announcements for maintenance if it persists.",
      "System busy"),

  /**
   * {@code 506}: Unknown source of request.
   *
   * <p>Hint: The request's origin is not recognized; send the ApiKey, Request-Time and Signature
   * headers plus Content-Type: application/json and call the official futures API host.
   *
   * <p>Category {@link ErrorCategory#AUTHENTICATION}, retry {@link RetryPolicy#NEVER}.
   */
  UNKNOWN_REQUEST_SOURCE(506, ErrorCategory.AUTHENTICATION, RetryPolicy.NEVER,
      "The request's origin is not recognized; send the ApiKey, Request-Time and Signature "
          + "headers plus Content-Type: application/json and call the official futures API host.",
      "Unknown source of request"),

  /**
   * {@code 510}: Excessive frequency of requests.
   *
   * <p>Hint: Futures rate limit exceeded: pause, back off exponentially and lower the request rate
   * for this endpoint before sending again.
   *
   * <p>Category {@link ErrorCategory#RATE_LIMIT}, retry {@link RetryPolicy#AFTER_BACKOFF}.
   */
  TOO_MANY_REQUESTS(510, ErrorCategory.RATE_LIMIT, RetryPolicy.AFTER_BACKOFF,
      "Futures rate limit exceeded: pause, back off exponentially and lower the request rate for "
          + "this endpoint before sending again.",
      "Excessive frequency of requests"),

  /**
   * {@code 511}: Endpoint inaccessible.
   *
   * <p>Hint: This futures endpoint is not open to your API key (some trading endpoints are enabled
   * only for selected accounts); check the key's contract permissions and ask MEXC support for
   * access.
   *
   * <p>Category {@link ErrorCategory#PERMISSION}, retry {@link RetryPolicy#NEVER}.
   */
  ENDPOINT_INACCESSIBLE(511, ErrorCategory.PERMISSION, RetryPolicy.NEVER,
      "This futures endpoint is not open to your API key (some trading endpoints are enabled only "
          + "for selected accounts); check the key's contract permissions and ask MEXC support "
          + "for access.",
      "Endpoint inaccessible"),

  /**
   * {@code 513}: Invalid request(for open api serves time more or less than 10s).
   *
   * <p>Hint: Sync your clock: Request-Time must be Unix milliseconds within 10 seconds of server
   * time; read the server time from GET /api/v1/contract/ping, apply the offset and retry.
   *
   * <p>Category {@link ErrorCategory#CLOCK_SKEW}, retry {@link RetryPolicy#AFTER_CLOCK_SYNC}.
   */
  REQUEST_TIME_OUT_OF_RANGE(513, ErrorCategory.CLOCK_SKEW, RetryPolicy.AFTER_CLOCK_SYNC,
      "Sync your clock: Request-Time must be Unix milliseconds within 10 seconds of server time; "
          + "read the server time from GET /api/v1/contract/ping, apply the offset and retry.",
      "Invalid request(for open api serves time more or less than 10s)"),

  /**
   * {@code 600}: Parameter error.
   *
   * <p>Also sent as: Param error! (seen in: MEXC's futures answers (issue reports)).
   *
   * <p>Hint: A parameter is missing or has an invalid value; compare names, types and allowed
   * values (e.g. side 1-4, type 1-6, openType 1-2) with the futures endpoint's documentation.
   *
   * <p>Category {@link ErrorCategory#INVALID_PARAMETER}, retry {@link RetryPolicy#NEVER}.
   */
  PARAMETER_ERROR(600, ErrorCategory.INVALID_PARAMETER, RetryPolicy.NEVER,
      "A parameter is missing or has an invalid value; compare names, types and allowed values "
          + "(e.g. side 1-4, type 1-6, openType 1-2) with the futures endpoint's documentation.",
      "Parameter error",
      "Param error!"),

  /**
   * {@code 601}: Data decoding error.
   *
   * <p>Hint: The request body could not be decoded; send valid JSON with Content-Type:
   * application/json and sign exactly the body string you send.
   *
   * <p>Category {@link ErrorCategory#INVALID_PARAMETER}, retry {@link RetryPolicy#NEVER}.
   */
  DATA_DECODING_ERROR(601, ErrorCategory.INVALID_PARAMETER, RetryPolicy.NEVER,
      "The request body could not be decoded; send valid JSON with Content-Type: application/json "
          + "and sign exactly the body string you send.",
      "Data decoding error"),

  /**
   * {@code 602}: Verify failed.
   *
   * <p>Hint: Recompute Signature as hex HMAC-SHA256 of accessKey + Request-Time + parameter string
   * (sorted query string for GET, raw JSON body for POST) with your secret key.
   *
   * <p>Category {@link ErrorCategory#INVALID_SIGNATURE}, retry {@link RetryPolicy#NEVER}.
   */
  SIGNATURE_VERIFICATION_FAILED(602, ErrorCategory.INVALID_SIGNATURE, RetryPolicy.NEVER,
      "Recompute Signature as hex HMAC-SHA256 of accessKey + Request-Time + parameter string "
          + "(sorted query string for GET, raw JSON body for POST) with your secret key.",
      "Verify failed"),

  /**
   * {@code 603}: Repeated requests.
   *
   * <p>Hint: The same request was already submitted; do not resend it, query the order by
   * externalOid or your open orders to see the result of the first request.
   *
   * <p>Category {@link ErrorCategory#REQUEST}, retry {@link RetryPolicy#NEVER}.
   */
  DUPLICATE_REQUEST(603, ErrorCategory.REQUEST, RetryPolicy.NEVER,
      "The same request was already submitted; do not resend it, query the order by externalOid "
          + "or your open orders to see the result of the first request.",
      "Repeated requests"),

  /**
   * {@code 604}: (not recorded).
   *
   * <p>Not in MEXC's published error tables; seen in: CCXT's MEXC exact map (OnMaintenance),
   * without an example answer.
   *
   * <p>Hint: The futures service reports maintenance; stop placing orders, check MEXC's
   * announcements and retry with back-off measured in minutes, then re-read open orders and
   * positions before trading again.
   *
   * <p>Category {@link ErrorCategory#UNAVAILABLE}, retry {@link RetryPolicy#AFTER_BACKOFF}.
   */
  UNDER_MAINTENANCE(604, ErrorCategory.UNAVAILABLE, RetryPolicy.AFTER_BACKOFF,
      "The futures service reports maintenance; stop placing orders, check MEXC's announcements "
          + "and retry with back-off measured in minutes, then re-read open orders and positions "
          + "before trading again.",
      "(not recorded)"),

  /**
   * {@code 701}: Account read permission is required.
   *
   * <p>Hint: Enable the contract account read permission for this API key in API Management, or use
   * a key that has it.
   *
   * <p>Category {@link ErrorCategory#PERMISSION}, retry {@link RetryPolicy#NEVER}.
   */
  ACCOUNT_READ_PERMISSION_REQUIRED(701, ErrorCategory.PERMISSION, RetryPolicy.NEVER,
      "Enable the contract account read permission for this API key in API Management, or use a "
          + "key that has it.",
      "Account read permission is required"),

  /**
   * {@code 702}: Account modify permission is required.
   *
   * <p>Hint: Enable the contract account modify permission for this API key in API Management, or
   * use a key that has it.
   *
   * <p>Category {@link ErrorCategory#PERMISSION}, retry {@link RetryPolicy#NEVER}.
   */
  ACCOUNT_MODIFY_PERMISSION_REQUIRED(702, ErrorCategory.PERMISSION, RetryPolicy.NEVER,
      "Enable the contract account modify permission for this API key in API Management, or use a "
          + "key that has it.",
      "Account modify permission is required"),

  /**
   * {@code 703}: Trade information read permission is required.
   *
   * <p>Hint: Enable the contract trade read permission for this API key in API Management, or use a
   * key that has it.
   *
   * <p>Category {@link ErrorCategory#PERMISSION}, retry {@link RetryPolicy#NEVER}.
   */
  TRADE_READ_PERMISSION_REQUIRED(703, ErrorCategory.PERMISSION, RetryPolicy.NEVER,
      "Enable the contract trade read permission for this API key in API Management, or use a key "
          + "that has it.",
      "Trade information read permission is required"),

  /**
   * {@code 704}: Transaction information modify permission is required.
   *
   * <p>Hint: Enable the contract trading (order) permission for this API key in API Management, or
   * use a key that has it.
   *
   * <p>Category {@link ErrorCategory#PERMISSION}, retry {@link RetryPolicy#NEVER}.
   */
  TRADE_MODIFY_PERMISSION_REQUIRED(704, ErrorCategory.PERMISSION, RetryPolicy.NEVER,
      "Enable the contract trading (order) permission for this API key in API Management, or use "
          + "a key that has it.",
      "Transaction information modify permission is required"),

  /**
   * {@code 801}: (not recorded).
   *
   * <p>Not in MEXC's published error tables; seen in: CCXT's MEXC exact map (OnMaintenance),
   * without an example answer.
   *
   * <p>Hint: The futures system reports maintenance; stop sending, check MEXC's announcements and
   * retry with back-off measured in minutes, then re-read open orders and positions before trading
   * again.
   *
   * <p>Category {@link ErrorCategory#UNAVAILABLE}, retry {@link RetryPolicy#AFTER_BACKOFF}.
   */
  SYSTEM_MAINTENANCE(801, ErrorCategory.UNAVAILABLE, RetryPolicy.AFTER_BACKOFF,
      "The futures system reports maintenance; stop sending, check MEXC's announcements and retry "
          + "with back-off measured in minutes, then re-read open orders and positions before "
          + "trading again.",
      "(not recorded)"),

  /**
   * {@code 1000}: Account does not exist.
   *
   * <p>Hint: The futures account does not exist yet; open futures trading for this user on the MEXC
   * website and transfer margin into the futures account first.
   *
   * <p>Category {@link ErrorCategory#ACCOUNT}, retry {@link RetryPolicy#NEVER}.
   */
  ACCOUNT_NOT_FOUND(1000, ErrorCategory.ACCOUNT, RetryPolicy.NEVER,
      "The futures account does not exist yet; open futures trading for this user on the MEXC "
          + "website and transfer margin into the futures account first.",
      "Account does not exist"),

  /**
   * {@code 1001}: Contract does not exist.
   *
   * <p>Hint: The contract does not exist; use the futures symbol with an underscore (e.g. BTC_USDT)
   * exactly as listed by GET /api/v1/contract/detail.
   *
   * <p>Category {@link ErrorCategory#INVALID_SYMBOL}, retry {@link RetryPolicy#NEVER}.
   */
  CONTRACT_NOT_FOUND(1001, ErrorCategory.INVALID_SYMBOL, RetryPolicy.NEVER,
      "The contract does not exist; use the futures symbol with an underscore (e.g. BTC_USDT) "
          + "exactly as listed by GET /api/v1/contract/detail.",
      "Contract does not exist"),

  /**
   * {@code 1002}: Contract not activated.
   *
   * <p>Also sent as: Contract not allow place order! (seen in: MEXC's answers to futures orders
   * (ccxt issues 14293 and 14474)).
   *
   * <p>Hint: MEXC refuses orders on this contract (its answers read "Contract not allow place
   * order!"): order placement through the API is closed for the contract or for your account, or
   * the contract is not open for trading; check the contract's state and apiAllowed in GET
   * /api/v1/contract/detail and do not resend unchanged.
   *
   * <p>Category {@link ErrorCategory#TRADING_DISABLED}, retry {@link RetryPolicy#NEVER}.
   */
  CONTRACT_NOT_ACTIVATED(1002, ErrorCategory.TRADING_DISABLED, RetryPolicy.NEVER,
      "MEXC refuses orders on this contract (its answers read \"Contract not allow place "
          + "order!\"): order placement through the API is closed for the contract or for your "
          + "account, or the contract is not open for trading; check the contract's state and "
          + "apiAllowed in GET /api/v1/contract/detail and do not resend unchanged.",
      "Contract not activated",
      "Contract not allow place order!"),

  /**
   * {@code 1003}: Error in risk limit level.
   *
   * <p>Hint: The risk limit level is not valid for this contract or position; pick a level from the
   * contract's riskLimit settings and reduce the position if the level is too low for it.
   *
   * <p>Category {@link ErrorCategory#POSITION_CONFLICT}, retry {@link RetryPolicy#NEVER}.
   */
  RISK_LIMIT_LEVEL_ERROR(1003, ErrorCategory.POSITION_CONFLICT, RetryPolicy.NEVER,
      "The risk limit level is not valid for this contract or position; pick a level from the "
          + "contract's riskLimit settings and reduce the position if the level is too low for it.",
      "Error in risk limit level"),

  /**
   * {@code 1004}: Amount error.
   *
   * <p>Hint: The amount is invalid; send a positive decimal within the allowed range and precision
   * for the asset or margin operation.
   *
   * <p>Category {@link ErrorCategory#INVALID_PARAMETER}, retry {@link RetryPolicy#NEVER}.
   */
  AMOUNT_ERROR(1004, ErrorCategory.INVALID_PARAMETER, RetryPolicy.NEVER,
      "The amount is invalid; send a positive decimal within the allowed range and precision for "
          + "the asset or margin operation.",
      "Amount error"),

  /**
   * {@code 2001}: Wrong order direction.
   *
   * <p>Hint: Use a valid side: 1 open long, 2 close short, 3 open short, 4 close long, consistent
   * with your position mode.
   *
   * <p>Category {@link ErrorCategory#ORDER_REJECTED}, retry {@link RetryPolicy#NEVER}.
   */
  INVALID_ORDER_SIDE(2001, ErrorCategory.ORDER_REJECTED, RetryPolicy.NEVER,
      "Use a valid side: 1 open long, 2 close short, 3 open short, 4 close long, consistent with "
          + "your position mode.",
      "Wrong order direction"),

  /**
   * {@code 2002}: Wrong opening type.
   *
   * <p>Hint: Use a valid openType: 1 isolated or 2 cross, matching the margin mode of any existing
   * position on the contract.
   *
   * <p>Category {@link ErrorCategory#ORDER_REJECTED}, retry {@link RetryPolicy#NEVER}.
   */
  INVALID_OPEN_TYPE(2002, ErrorCategory.ORDER_REJECTED, RetryPolicy.NEVER,
      "Use a valid openType: 1 isolated or 2 cross, matching the margin mode of any existing "
          + "position on the contract.",
      "Wrong opening type"),

  /**
   * {@code 2003}: Overpriced to pay.
   *
   * <p>Also sent as: Bid price is great than max allow price (seen in: MEXC's answers to futures
   * orders (issue reports)).
   *
   * <p>Hint: The buy price is above the allowed price band; lower the limit price towards the fair
   * price (GET /api/v1/contract/fair_price/{symbol}).
   *
   * <p>Category {@link ErrorCategory#ORDER_REJECTED}, retry {@link RetryPolicy#NEVER}.
   */
  BUY_PRICE_TOO_HIGH(2003, ErrorCategory.ORDER_REJECTED, RetryPolicy.NEVER,
      "The buy price is above the allowed price band; lower the limit price towards the fair "
          + "price (GET /api/v1/contract/fair_price/{symbol}).",
      "Overpriced to pay",
      "Bid price is great than max allow price"),

  /**
   * {@code 2004}: Low-price for selling.
   *
   * <p>Hint: The sell price is below the allowed price band; raise the limit price towards the fair
   * price (GET /api/v1/contract/fair_price/{symbol}).
   *
   * <p>Category {@link ErrorCategory#ORDER_REJECTED}, retry {@link RetryPolicy#NEVER}.
   */
  SELL_PRICE_TOO_LOW(2004, ErrorCategory.ORDER_REJECTED, RetryPolicy.NEVER,
      "The sell price is below the allowed price band; raise the limit price towards the fair "
          + "price (GET /api/v1/contract/fair_price/{symbol}).",
      "Low-price for selling"),

  /**
   * {@code 2005}: Balance insufficient.
   *
   * <p>Hint: Not enough available margin in the futures account; check GET
   * /api/v1/private/account/assets, transfer funds from spot, lower the volume or raise the
   * leverage.
   *
   * <p>Category {@link ErrorCategory#INSUFFICIENT_BALANCE}, retry {@link RetryPolicy#NEVER}.
   */
  INSUFFICIENT_BALANCE(2005, ErrorCategory.INSUFFICIENT_BALANCE, RetryPolicy.NEVER,
      "Not enough available margin in the futures account; check GET "
          + "/api/v1/private/account/assets, transfer funds from spot, lower the volume or raise "
          + "the leverage.",
      "Balance insufficient"),

  /**
   * {@code 2006}: Leverage ratio error.
   *
   * <p>Hint: The leverage is out of range for this contract; use a value between the contract's
   * minLeverage and maxLeverage from GET /api/v1/contract/detail.
   *
   * <p>Category {@link ErrorCategory#POSITION_CONFLICT}, retry {@link RetryPolicy#NEVER}.
   */
  INVALID_LEVERAGE(2006, ErrorCategory.POSITION_CONFLICT, RetryPolicy.NEVER,
      "The leverage is out of range for this contract; use a value between the contract's "
          + "minLeverage and maxLeverage from GET /api/v1/contract/detail.",
      "Leverage ratio error"),

  /**
   * {@code 2007}: Order price error.
   *
   * <p>Hint: The order price is invalid; send a positive price that is a multiple of the contract's
   * priceUnit (GET /api/v1/contract/detail).
   *
   * <p>Category {@link ErrorCategory#ORDER_REJECTED}, retry {@link RetryPolicy#NEVER}.
   */
  INVALID_ORDER_PRICE(2007, ErrorCategory.ORDER_REJECTED, RetryPolicy.NEVER,
      "The order price is invalid; send a positive price that is a multiple of the contract's "
          + "priceUnit (GET /api/v1/contract/detail).",
      "Order price error"),

  /**
   * {@code 2008}: The quantity is insufficient.
   *
   * <p>Hint: The position has less closable volume than the order asks for; check GET
   * /api/v1/private/position/open_positions and cancel pending close orders that freeze volume.
   *
   * <p>Category {@link ErrorCategory#INSUFFICIENT_BALANCE}, retry {@link RetryPolicy#NEVER}.
   */
  INSUFFICIENT_QUANTITY(2008, ErrorCategory.INSUFFICIENT_BALANCE, RetryPolicy.NEVER,
      "The position has less closable volume than the order asks for; check GET "
          + "/api/v1/private/position/open_positions and cancel pending close orders that freeze "
          + "volume.",
      "The quantity is insufficient"),

  /**
   * {@code 2009}: Positions do not exist or have been closed.
   *
   * <p>Also sent as: Position is not exists or closed. (seen in: MEXC's futures answers (issue
   * reports)).
   *
   * <p>Hint: The position does not exist or is already closed; refresh positions with GET
   * /api/v1/private/position/open_positions and use a current positionId.
   *
   * <p>Category {@link ErrorCategory#ORDER_NOT_FOUND}, retry {@link RetryPolicy#NEVER}.
   */
  POSITION_NOT_FOUND(2009, ErrorCategory.ORDER_NOT_FOUND, RetryPolicy.NEVER,
      "The position does not exist or is already closed; refresh positions with GET "
          + "/api/v1/private/position/open_positions and use a current positionId.",
      "Positions do not exist or have been closed",
      "Position is not exists or closed."),

  /**
   * {@code 2011}: Order quantity error.
   *
   * <p>Also sent as: Order quantity error, please try to modify. (seen in: MEXC's answers to
   * futures orders (issue reports)).
   *
   * <p>Hint: The volume is invalid; send vol in contracts (not coins), at least minVol and a
   * multiple of volUnit from GET /api/v1/contract/detail.
   *
   * <p>Category {@link ErrorCategory#ORDER_REJECTED}, retry {@link RetryPolicy#NEVER}.
   */
  INVALID_ORDER_QUANTITY(2011, ErrorCategory.ORDER_REJECTED, RetryPolicy.NEVER,
      "The volume is invalid; send vol in contracts (not coins), at least minVol and a multiple "
          + "of volUnit from GET /api/v1/contract/detail.",
      "Order quantity error",
      "Order quantity error, please try to modify."),

  /**
   * {@code 2013}: Cancel orders over maximum limit.
   *
   * <p>Hint: Too many orders in one cancel request; split the order id list into smaller batches
   * (at most 50 per request).
   *
   * <p>Category {@link ErrorCategory#ORDER_REJECTED}, retry {@link RetryPolicy#NEVER}.
   */
  CANCEL_LIMIT_EXCEEDED(2013, ErrorCategory.ORDER_REJECTED, RetryPolicy.NEVER,
      "Too many orders in one cancel request; split the order id list into smaller batches (at "
          + "most 50 per request).",
      "Cancel orders over maximum limit"),

  /**
   * {@code 2014}: The quantity of batch order exceeds the limit.
   *
   * <p>Hint: Too many orders in one batch; split the batch into smaller requests (at most 50 orders
   * each).
   *
   * <p>Category {@link ErrorCategory#ORDER_REJECTED}, retry {@link RetryPolicy#NEVER}.
   */
  BATCH_ORDER_LIMIT_EXCEEDED(2014, ErrorCategory.ORDER_REJECTED, RetryPolicy.NEVER,
      "Too many orders in one batch; split the batch into smaller requests (at most 50 orders "
          + "each).",
      "The quantity of batch order exceeds the limit"),

  /**
   * {@code 2015}: Price or quantity accuracy error.
   *
   * <p>Hint: Round price to the contract's priceScale/priceUnit and vol to volScale/volUnit from
   * GET /api/v1/contract/detail before sending.
   *
   * <p>Category {@link ErrorCategory#ORDER_REJECTED}, retry {@link RetryPolicy#NEVER}.
   */
  PRICE_OR_QUANTITY_PRECISION_ERROR(2015, ErrorCategory.ORDER_REJECTED, RetryPolicy.NEVER,
      "Round price to the contract's priceScale/priceUnit and vol to volScale/volUnit from GET "
          + "/api/v1/contract/detail before sending.",
      "Price or quantity accuracy error"),

  /**
   * {@code 2016}: Trigger volume over the maximum.
   *
   * <p>Hint: The trigger order volume exceeds the maximum; reduce vol below the contract's maxVol
   * or split it into several trigger orders.
   *
   * <p>Category {@link ErrorCategory#ORDER_REJECTED}, retry {@link RetryPolicy#NEVER}.
   */
  TRIGGER_VOLUME_TOO_LARGE(2016, ErrorCategory.ORDER_REJECTED, RetryPolicy.NEVER,
      "The trigger order volume exceeds the maximum; reduce vol below the contract's maxVol or "
          + "split it into several trigger orders.",
      "Trigger volume over the maximum"),

  /**
   * {@code 2018}: Exceeding the maximum available margin.
   *
   * <p>Hint: The order needs more margin than is available; lower the volume, raise the leverage or
   * transfer more funds into the futures account.
   *
   * <p>Category {@link ErrorCategory#INSUFFICIENT_BALANCE}, retry {@link RetryPolicy#NEVER}.
   */
  MAX_AVAILABLE_MARGIN_EXCEEDED(2018, ErrorCategory.INSUFFICIENT_BALANCE, RetryPolicy.NEVER,
      "The order needs more margin than is available; lower the volume, raise the leverage or "
          + "transfer more funds into the futures account.",
      "Exceeding the maximum available margin"),

  /**
   * {@code 2019}: There is an active open position.
   *
   * <p>Hint: The change is not allowed while a position is open (e.g. switching position or margin
   * mode); close the position and cancel open orders first.
   *
   * <p>Category {@link ErrorCategory#POSITION_CONFLICT}, retry {@link RetryPolicy#NEVER}.
   */
  OPEN_POSITION_EXISTS(2019, ErrorCategory.POSITION_CONFLICT, RetryPolicy.NEVER,
      "The change is not allowed while a position is open (e.g. switching position or margin "
          + "mode); close the position and cancel open orders first.",
      "There is an active open position"),

  /**
   * {@code 2021}: The single leverage is not consistent with the existing position leverage.
   *
   * <p>Hint: The order's leverage differs from the existing position's leverage; send the
   * position's current leverage (GET /api/v1/private/position/leverage) or change the position's
   * leverage first.
   *
   * <p>Category {@link ErrorCategory#POSITION_CONFLICT}, retry {@link RetryPolicy#NEVER}.
   */
  LEVERAGE_MISMATCH(2021, ErrorCategory.POSITION_CONFLICT, RetryPolicy.NEVER,
      "The order's leverage differs from the existing position's leverage; send the position's "
          + "current leverage (GET /api/v1/private/position/leverage) or change the position's "
          + "leverage first.",
      "The single leverage is not consistent with the existing position leverage"),

  /**
   * {@code 2022}: Wrong position type.
   *
   * <p>Hint: Use a valid positionType (1 long, 2 short) that matches the position you are changing.
   *
   * <p>Category {@link ErrorCategory#POSITION_CONFLICT}, retry {@link RetryPolicy#NEVER}.
   */
  INVALID_POSITION_TYPE(2022, ErrorCategory.POSITION_CONFLICT, RetryPolicy.NEVER,
      "Use a valid positionType (1 long, 2 short) that matches the position you are changing.",
      "Wrong position type"),

  /**
   * {@code 2023}: There are positions over the maximum leverage.
   *
   * <p>Hint: An existing position uses more leverage than the new setting allows; reduce that
   * position or its leverage before changing the risk limit or leverage.
   *
   * <p>Category {@link ErrorCategory#POSITION_CONFLICT}, retry {@link RetryPolicy#NEVER}.
   */
  POSITION_LEVERAGE_TOO_HIGH(2023, ErrorCategory.POSITION_CONFLICT, RetryPolicy.NEVER,
      "An existing position uses more leverage than the new setting allows; reduce that position "
          + "or its leverage before changing the risk limit or leverage.",
      "There are positions over the maximum leverage"),

  /**
   * {@code 2024}: There are orders with leverage over the maximum.
   *
   * <p>Hint: Open orders use more leverage than the new setting allows; cancel or replace those
   * orders before changing the leverage or risk limit.
   *
   * <p>Category {@link ErrorCategory#POSITION_CONFLICT}, retry {@link RetryPolicy#NEVER}.
   */
  ORDER_LEVERAGE_TOO_HIGH(2024, ErrorCategory.POSITION_CONFLICT, RetryPolicy.NEVER,
      "Open orders use more leverage than the new setting allows; cancel or replace those orders "
          + "before changing the leverage or risk limit.",
      "There are orders with leverage over the maximum"),

  /**
   * {@code 2025}: The holding positions is over the maximum allowable positions.
   *
   * <p>Hint: The order would exceed the maximum position allowed; reduce the volume or close part
   * of the existing position first.
   *
   * <p>Category {@link ErrorCategory#ORDER_REJECTED}, retry {@link RetryPolicy#NEVER}.
   */
  MAX_POSITION_EXCEEDED(2025, ErrorCategory.ORDER_REJECTED, RetryPolicy.NEVER,
      "The order would exceed the maximum position allowed; reduce the volume or close part of "
          + "the existing position first.",
      "The holding positions is over the maximum allowable positions"),

  /**
   * {@code 2026}: Modification of leverage is not supported for cross.
   *
   * <p>Hint: Leverage cannot be changed this way for a cross-margin position; switch to isolated
   * margin or pass the leverage when opening the position.
   *
   * <p>Category {@link ErrorCategory#POSITION_CONFLICT}, retry {@link RetryPolicy#NEVER}.
   */
  CROSS_LEVERAGE_CHANGE_NOT_SUPPORTED(2026, ErrorCategory.POSITION_CONFLICT, RetryPolicy.NEVER,
      "Leverage cannot be changed this way for a cross-margin position; switch to isolated margin "
          + "or pass the leverage when opening the position.",
      "Modification of leverage is not supported for cross"),

  /**
   * {@code 2027}: There is only one cross or isolated in the same direction.
   *
   * <p>Hint: Only one margin mode (cross or isolated) is allowed per direction; use the openType of
   * the existing position in that direction.
   *
   * <p>Category {@link ErrorCategory#POSITION_CONFLICT}, retry {@link RetryPolicy#NEVER}.
   */
  MARGIN_MODE_CONFLICT(2027, ErrorCategory.POSITION_CONFLICT, RetryPolicy.NEVER,
      "Only one margin mode (cross or isolated) is allowed per direction; use the openType of the "
          + "existing position in that direction.",
      "There is only one cross or isolated in the same direction"),

  /**
   * {@code 2028}: The maximum order quantity is exceeded.
   *
   * <p>Hint: The order volume exceeds the maximum per order; reduce vol below the contract's maxVol
   * (GET /api/v1/contract/detail) or split the order.
   *
   * <p>Category {@link ErrorCategory#ORDER_REJECTED}, retry {@link RetryPolicy#NEVER}.
   */
  ORDER_QUANTITY_ABOVE_MAXIMUM(2028, ErrorCategory.ORDER_REJECTED, RetryPolicy.NEVER,
      "The order volume exceeds the maximum per order; reduce vol below the contract's maxVol "
          + "(GET /api/v1/contract/detail) or split the order.",
      "The maximum order quantity is exceeded"),

  /**
   * {@code 2029}: Error order type.
   *
   * <p>Hint: Use a valid type: 1 limit, 2 post-only, 3 IOC, 4 FOK, 5 market, 6 market-to-limit.
   *
   * <p>Category {@link ErrorCategory#ORDER_REJECTED}, retry {@link RetryPolicy#NEVER}.
   */
  INVALID_ORDER_TYPE(2029, ErrorCategory.ORDER_REJECTED, RetryPolicy.NEVER,
      "Use a valid type: 1 limit, 2 post-only, 3 IOC, 4 FOK, 5 market, 6 market-to-limit.",
      "Error order type"),

  /**
   * {@code 2030}: External order ID is too long (Max. 32 bits ).
   *
   * <p>Hint: Shorten externalOid to at most 32 characters.
   *
   * <p>Category {@link ErrorCategory#INVALID_PARAMETER}, retry {@link RetryPolicy#NEVER}.
   */
  EXTERNAL_ORDER_ID_TOO_LONG(2030, ErrorCategory.INVALID_PARAMETER, RetryPolicy.NEVER,
      "Shorten externalOid to at most 32 characters.",
      "External order ID is too long (Max. 32 bits )"),

  /**
   * {@code 2031}: The allowable holding position exceed the current risk limit.
   *
   * <p>Hint: The resulting position exceeds the current risk limit; reduce the volume or move to a
   * higher risk limit level (which lowers the maximum leverage).
   *
   * <p>Category {@link ErrorCategory#POSITION_CONFLICT}, retry {@link RetryPolicy#NEVER}.
   */
  RISK_LIMIT_EXCEEDED(2031, ErrorCategory.POSITION_CONFLICT, RetryPolicy.NEVER,
      "The resulting position exceeds the current risk limit; reduce the volume or move to a "
          + "higher risk limit level (which lowers the maximum leverage).",
      "The allowable holding position exceed the current risk limit"),

  /**
   * {@code 2032}: Order price is less than long position force liquidate price.
   *
   * <p>Hint: The order price is below the long position's liquidation price; set a price above the
   * liquidation price shown in the open position.
   *
   * <p>Category {@link ErrorCategory#ORDER_REJECTED}, retry {@link RetryPolicy#NEVER}.
   */
  PRICE_BELOW_LONG_LIQUIDATION_PRICE(2032, ErrorCategory.ORDER_REJECTED, RetryPolicy.NEVER,
      "The order price is below the long position's liquidation price; set a price above the "
          + "liquidation price shown in the open position.",
      "Order price is less than long position force liquidate price"),

  /**
   * {@code 2033}: Order price is more than short position force liquidate price.
   *
   * <p>Hint: The order price is above the short position's liquidation price; set a price below the
   * liquidation price shown in the open position.
   *
   * <p>Category {@link ErrorCategory#ORDER_REJECTED}, retry {@link RetryPolicy#NEVER}.
   */
  PRICE_ABOVE_SHORT_LIQUIDATION_PRICE(2033, ErrorCategory.ORDER_REJECTED, RetryPolicy.NEVER,
      "The order price is above the short position's liquidation price; set a price below the "
          + "liquidation price shown in the open position.",
      "Order price is more than short position force liquidate price"),

  /**
   * {@code 2034}: The batch query quantity limit is exceeded.
   *
   * <p>Hint: Too many ids in one query; split the query into smaller batches within the endpoint's
   * documented maximum.
   *
   * <p>Category {@link ErrorCategory#INVALID_PARAMETER}, retry {@link RetryPolicy#NEVER}.
   */
  BATCH_QUERY_LIMIT_EXCEEDED(2034, ErrorCategory.INVALID_PARAMETER, RetryPolicy.NEVER,
      "Too many ids in one query; split the query into smaller batches within the endpoint's "
          + "documented maximum.",
      "The batch query quantity limit is exceeded"),

  /**
   * {@code 2035}: Unsupported market price tier.
   *
   * <p>Hint: The market price tier is not supported for this contract; use a limit order or a
   * supported order type instead.
   *
   * <p>Category {@link ErrorCategory#ORDER_REJECTED}, retry {@link RetryPolicy#NEVER}.
   */
  UNSUPPORTED_MARKET_PRICE_TIER(2035, ErrorCategory.ORDER_REJECTED, RetryPolicy.NEVER,
      "The market price tier is not supported for this contract; use a limit order or a supported "
          + "order type instead.",
      "Unsupported market price tier"),

  /**
   * {@code 2036}: The orders more than the limit, please contact customer service.
   *
   * <p>Hint: You have more open orders than allowed; cancel stale orders before placing new ones,
   * or contact MEXC customer service to raise the limit.
   *
   * <p>Category {@link ErrorCategory#ORDER_REJECTED}, retry {@link RetryPolicy#NEVER}.
   */
  ORDER_LIMIT_EXCEEDED(2036, ErrorCategory.ORDER_REJECTED, RetryPolicy.NEVER,
      "You have more open orders than allowed; cancel stale orders before placing new ones, or "
          + "contact MEXC customer service to raise the limit.",
      "The orders more than the limit, please contact customer service"),

  /**
   * {@code 2037}: Frequent transactions, please try it later.
   *
   * <p>Hint: Orders are sent too frequently; back off and space out order placement and
   * cancellation on this contract before trying again.
   *
   * <p>Category {@link ErrorCategory#RATE_LIMIT}, retry {@link RetryPolicy#AFTER_BACKOFF}.
   */
  FREQUENT_TRANSACTIONS(2037, ErrorCategory.RATE_LIMIT, RetryPolicy.AFTER_BACKOFF,
      "Orders are sent too frequently; back off and space out order placement and cancellation on "
          + "this contract before trying again.",
      "Frequent transactions, please try it later"),

  /**
   * {@code 2038}: The maximum allowable position quantity is exceeded, please contact customer
   * service!
   *
   * <p>Hint: The position quantity would exceed your allowed maximum; reduce the volume, or contact
   * MEXC customer service to raise the limit.
   *
   * <p>Category {@link ErrorCategory#ORDER_REJECTED}, retry {@link RetryPolicy#NEVER}.
   */
  MAX_POSITION_QUANTITY_EXCEEDED(2038, ErrorCategory.ORDER_REJECTED, RetryPolicy.NEVER,
      "The position quantity would exceed your allowed maximum; reduce the volume, or contact "
          + "MEXC customer service to raise the limit.",
      "The maximum allowable position quantity is exceeded, please contact customer service!"),

  /**
   * {@code 2040}: order not exist.
   *
   * <p>Not in MEXC's published error tables; seen in: MEXC's futures cancel-order documentation
   * (errorCode of an item in the example answer of POST /api/v1/private/order/cancel).
   *
   * <p>Hint: No futures order has this id (or it belongs to another symbol or account); refresh
   * with GET /api/v1/private/order/list/open_orders/{symbol} and cancel only ids from there.
   *
   * <p>Category {@link ErrorCategory#ORDER_NOT_FOUND}, retry {@link RetryPolicy#NEVER}.
   */
  ORDER_NOT_FOUND(2040, ErrorCategory.ORDER_NOT_FOUND, RetryPolicy.NEVER,
      "No futures order has this id (or it belongs to another symbol or account); refresh with "
          + "GET /api/v1/private/order/list/open_orders/{symbol} and cancel only ids from there.",
      "order not exist"),

  /**
   * {@code 2041}: order state cannot be cancelled.
   *
   * <p>Not in MEXC's published error tables; seen in: MEXC's futures cancel-order documentation
   * (errorCode of an item in the example answer of POST /api/v1/private/order/cancel).
   *
   * <p>Hint: The order is already filled, cancelled or being processed, so it cannot be cancelled;
   * query GET /api/v1/private/order/get/{order_id} for its final state instead of cancelling again.
   *
   * <p>Category {@link ErrorCategory#ORDER_NOT_FOUND}, retry {@link RetryPolicy#NEVER}.
   */
  ORDER_NOT_CANCELLABLE(2041, ErrorCategory.ORDER_NOT_FOUND, RetryPolicy.NEVER,
      "The order is already filled, cancelled or being processed, so it cannot be cancelled; "
          + "query GET /api/v1/private/order/get/{order_id} for its final state instead of "
          + "cancelling again.",
      "order state cannot be cancelled"),

  /**
   * {@code 3001}: Trigger price type error.
   *
   * <p>Hint: Use a valid trigger price type (trend): 1 latest price, 2 fair price, 3 index price.
   *
   * <p>Category {@link ErrorCategory#ORDER_REJECTED}, retry {@link RetryPolicy#NEVER}.
   */
  INVALID_TRIGGER_PRICE_TYPE(3001, ErrorCategory.ORDER_REJECTED, RetryPolicy.NEVER,
      "Use a valid trigger price type (trend): 1 latest price, 2 fair price, 3 index price.",
      "Trigger price type error"),

  /**
   * {@code 3002}: Trigger type error.
   *
   * <p>Hint: Use a valid triggerType: 1 for greater than or equal, 2 for less than or equal,
   * consistent with the trigger price and current price.
   *
   * <p>Category {@link ErrorCategory#ORDER_REJECTED}, retry {@link RetryPolicy#NEVER}.
   */
  INVALID_TRIGGER_TYPE(3002, ErrorCategory.ORDER_REJECTED, RetryPolicy.NEVER,
      "Use a valid triggerType: 1 for greater than or equal, 2 for less than or equal, consistent "
          + "with the trigger price and current price.",
      "Trigger type error"),

  /**
   * {@code 3003}: Executive cycle error.
   *
   * <p>Hint: Use a valid executeCycle for the trigger order: 1 for 24 hours or 2 for 7 days.
   *
   * <p>Category {@link ErrorCategory#ORDER_REJECTED}, retry {@link RetryPolicy#NEVER}.
   */
  INVALID_EXECUTION_CYCLE(3003, ErrorCategory.ORDER_REJECTED, RetryPolicy.NEVER,
      "Use a valid executeCycle for the trigger order: 1 for 24 hours or 2 for 7 days.",
      "Executive cycle error"),

  /**
   * {@code 3004}: Trigger price error.
   *
   * <p>Hint: The trigger price is invalid; send a positive price on the contract's priceUnit that
   * is on the correct side of the current price for the chosen triggerType.
   *
   * <p>Category {@link ErrorCategory#ORDER_REJECTED}, retry {@link RetryPolicy#NEVER}.
   */
  INVALID_TRIGGER_PRICE(3004, ErrorCategory.ORDER_REJECTED, RetryPolicy.NEVER,
      "The trigger price is invalid; send a positive price on the contract's priceUnit that is on "
          + "the correct side of the current price for the chosen triggerType.",
      "Trigger price error"),

  /**
   * {@code 4001}: Unsupported currency.
   *
   * <p>Hint: The currency is not supported by the futures account; use a settlement currency of the
   * contract (e.g. USDT) as listed in GET /api/v1/contract/detail.
   *
   * <p>Category {@link ErrorCategory#INVALID_SYMBOL}, retry {@link RetryPolicy#NEVER}.
   */
  UNSUPPORTED_CURRENCY(4001, ErrorCategory.INVALID_SYMBOL, RetryPolicy.NEVER,
      "The currency is not supported by the futures account; use a settlement currency of the "
          + "contract (e.g. USDT) as listed in GET /api/v1/contract/detail.",
      "Unsupported currency"),

  /**
   * {@code 5001}: The take-price and the stop-loss price cannot be none at the same time.
   *
   * <p>Hint: Send a take-profit price, a stop-loss price or both; they cannot both be empty.
   *
   * <p>Category {@link ErrorCategory#ORDER_REJECTED}, retry {@link RetryPolicy#NEVER}.
   */
  TP_SL_PRICE_REQUIRED(5001, ErrorCategory.ORDER_REJECTED, RetryPolicy.NEVER,
      "Send a take-profit price, a stop-loss price or both; they cannot both be empty.",
      "The take-price and the stop-loss price cannot be none at the same time"),

  /**
   * {@code 5002}: The Stop-Limit order does not exist or has closed.
   *
   * <p>Hint: The stop-limit order does not exist or is already closed; refresh the open stop orders
   * and use a current order id.
   *
   * <p>Category {@link ErrorCategory#ORDER_NOT_FOUND}, retry {@link RetryPolicy#NEVER}.
   */
  STOP_LIMIT_ORDER_NOT_FOUND(5002, ErrorCategory.ORDER_NOT_FOUND, RetryPolicy.NEVER,
      "The stop-limit order does not exist or is already closed; refresh the open stop orders and "
          + "use a current order id.",
      "The Stop-Limit order does not exist or has closed"),

  /**
   * {@code 5003}: Take-profit and stop-loss price setting is wrong.
   *
   * <p>Hint: Set take-profit above and stop-loss below the entry price for a long (the reverse for
   * a short), and keep stop-loss away from the liquidation price.
   *
   * <p>Category {@link ErrorCategory#ORDER_REJECTED}, retry {@link RetryPolicy#NEVER}.
   */
  INVALID_TP_SL_PRICE(5003, ErrorCategory.ORDER_REJECTED, RetryPolicy.NEVER,
      "Set take-profit above and stop-loss below the entry price for a long (the reverse for a "
          + "short), and keep stop-loss away from the liquidation price.",
      "Take-profit and stop-loss price setting is wrong"),

  /**
   * {@code 5004}: The take-profit and stop-loss order volume is more than the holding positions can
   * be liquidated.
   *
   * <p>Hint: The take-profit/stop-loss volume exceeds the closable position; reduce it to the
   * position's available volume or cancel other TP/SL orders on it.
   *
   * <p>Category {@link ErrorCategory#ORDER_REJECTED}, retry {@link RetryPolicy#NEVER}.
   */
  TP_SL_VOLUME_EXCEEDS_POSITION(5004, ErrorCategory.ORDER_REJECTED, RetryPolicy.NEVER,
      "The take-profit/stop-loss volume exceeds the closable position; reduce it to the "
          + "position's available volume or cancel other TP/SL orders on it.",
      "The take-profit and stop-loss order volume is more than the holding positions can be "
          + "liquidated"),

  /**
   * {@code 6001}: Trading forbidden.
   *
   * <p>Hint: Trading is forbidden for this contract or account right now; check the contract's
   * state and MEXC's announcements, and contact support if it concerns your account.
   *
   * <p>Category {@link ErrorCategory#TRADING_DISABLED}, retry {@link RetryPolicy#NEVER}.
   */
  TRADING_FORBIDDEN(6001, ErrorCategory.TRADING_DISABLED, RetryPolicy.NEVER,
      "Trading is forbidden for this contract or account right now; check the contract's state "
          + "and MEXC's announcements, and contact support if it concerns your account.",
      "Trading forbidden"),

  /**
   * {@code 6002}: Open forbidden.
   *
   * <p>Hint: Opening new positions is forbidden on this contract right now (reduce-only); you may
   * only close existing positions until it reopens.
   *
   * <p>Category {@link ErrorCategory#TRADING_DISABLED}, retry {@link RetryPolicy#NEVER}.
   */
  OPENING_FORBIDDEN(6002, ErrorCategory.TRADING_DISABLED, RetryPolicy.NEVER,
      "Opening new positions is forbidden on this contract right now (reduce-only); you may only "
          + "close existing positions until it reopens.",
      "Open forbidden"),

  /**
   * {@code 6003}: Time range error.
   *
   * <p>Hint: The time range is invalid; send start_time before end_time in Unix milliseconds,
   * within the maximum span the endpoint allows.
   *
   * <p>Category {@link ErrorCategory#INVALID_PARAMETER}, retry {@link RetryPolicy#NEVER}.
   */
  INVALID_TIME_RANGE(6003, ErrorCategory.INVALID_PARAMETER, RetryPolicy.NEVER,
      "The time range is invalid; send start_time before end_time in Unix milliseconds, within "
          + "the maximum span the endpoint allows.",
      "Time range error"),

  /**
   * {@code 6004}: The trading pair and status should be fill in.
   *
   * <p>Hint: Pass both the symbol and the status parameters; this endpoint requires them together.
   *
   * <p>Category {@link ErrorCategory#INVALID_PARAMETER}, retry {@link RetryPolicy#NEVER}.
   */
  SYMBOL_AND_STATUS_REQUIRED(6004, ErrorCategory.INVALID_PARAMETER, RetryPolicy.NEVER,
      "Pass both the symbol and the status parameters; this endpoint requires them together.",
      "The trading pair and status should be fill in"),

  /**
   * {@code 6005}: The trading pair is not available.
   *
   * <p>Hint: The contract is not available for this operation; check it is listed and open in GET
   * /api/v1/contract/detail and pick an active contract.
   *
   * <p>Category {@link ErrorCategory#TRADING_DISABLED}, retry {@link RetryPolicy#NEVER}.
   */
  TRADING_PAIR_NOT_AVAILABLE(6005, ErrorCategory.TRADING_DISABLED, RetryPolicy.NEVER,
      "The contract is not available for this operation; check it is listed and open in GET "
          + "/api/v1/contract/detail and pick an active contract.",
      "The trading pair is not available"),

  /**
   * {@code 9999}: Public abnormal.
   *
   * <p>Generic: MEXC sends this code for several problems; read the exchange's message to tell
   * which.
   *
   * <p>Hint: MEXC reported a generic failure and the outcome is unknown; query the order or
   * position (by externalOid if you set one) before resending a write, and retry reads after a
   * short delay.
   *
   * <p>Category {@link ErrorCategory#UNKNOWN_OUTCOME}, retry {@link RetryPolicy#IF_IDEMPOTENT}.
   */
  GENERAL_ERROR(9999, ErrorCategory.UNKNOWN_OUTCOME, RetryPolicy.IF_IDEMPOTENT,
      "MEXC reported a generic failure and the outcome is unknown; query the order or position "
          + "(by externalOid if you set one) before resending a write, and retry reads after a "
          + "short delay.",
      "Public abnormal");

  private final int code;

  private final ErrorCategory category;

  private final RetryPolicy retryPolicy;

  private final String hint;

  private final List<String> messages;

  private final Optional<FuturesErrorCode> asOptional;

  FuturesErrorCode(int code, ErrorCategory category, RetryPolicy retryPolicy, String hint,
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
    return MexcApi.FUTURES;
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
  public static Optional<FuturesErrorCode> of(int code) {
    FuturesErrorCode constant = forCode(code);
    return constant != null ? constant.asOptional : Optional.empty();
  }

  /**
   * Looks up a code sent as text, such as {@code "30021"}; surrounding whitespace is ignored.
   *
   * @param code the code as text; may be {@code null}
   * @return the constant, or empty when the text is not a code of the table
   */
  public static Optional<FuturesErrorCode> of(String code) {
    return of(MexcCodes.parse(code));
  }

  /**
   * Looks up a code like {@link #of(int)}, without the {@code Optional}: for hot paths such as the
   * generated dispatchers, which read nothing but the table. Never throws, never allocates.
   *
   * @param code the futures code MEXC sent
   * @return the constant, or {@code null} when the code is not in the table
   */
  public static FuturesErrorCode forCode(int code) {
    int slot = (code * 0x9E3779B9) >>> Index.SHIFT;
    FuturesErrorCode constant;
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
     * The slots minus one; there are 256 slots for 75 codes.
     */
    static final int MASK = 255;

    /**
     * The constant of each slot, or {@code null} for an empty slot.
     */
    static final FuturesErrorCode[] CONSTANTS = new FuturesErrorCode[MASK + 1];

    static {
      for (FuturesErrorCode constant : values()) {
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
