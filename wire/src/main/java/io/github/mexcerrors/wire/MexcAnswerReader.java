package io.github.mexcerrors.wire;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.base.ParserBase;
import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.MexcCodes;
import io.github.mexcerrors.MexcErrorResponse;
import io.github.mexcerrors.MexcException;
import io.github.mexcerrors.MexcExceptionFactory;
import io.github.mexcerrors.mexc.MexcErrors;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Reads an HTTP answer of MEXC (status, headers, body) into a {@link MexcAnswer}: a success, or an error with the
 * most specific exception of a {@link MexcExceptionFactory} (the generated {@code MexcErrors.factory()}).
 * Thread-safe and reusable: make one per factory and share it. It never throws, whatever the bytes, status or
 * headers.
 *
 * <h2>What is an error</h2>
 * <ul>
 *   <li>A status outside 2XX is always an error. Its code and message come from the body when it is a MEXC JSON
 *       object ({@code {"code":700003,"msg":"..."}}); otherwise (a gateway's HTML 403 or 503, plain text, an empty
 *       body) the error has no code and the factory names its category from the status (429 and 418 rate limit,
 *       503 unavailable, ...). A code of 0 or 200 in such a body is ignored.
 *   <li>A 2XX answer (or one with an unknown status) is an error only when its top-level JSON object says so:
 *       {@code "success": false} (futures, whatever the code), or, without {@code "success": true}, a
 *       {@code code} (or {@code errorCode}) that is an integer other than 0 and 200, as a JSON number or string.
 *       Everything else is a success: no code, code 0 or 200, {@code "success": true}, a top-level array or
 *       scalar, a body that is not JSON, an empty body.
 * </ul>
 * The message is taken from {@code msg}, else {@code message}, else {@code errorMsg}, else a textual
 * {@code data}; for a body that is not JSON, from an HTML {@code <title>} or the first line of plain text. A
 * top-level {@code announcement} (MEXC's maintenance answer, {@code {"code":500,"message":"Under maintenance,
 * please try again later","announcement":"https://..."}}) is kept as {@link MexcErrorResponse#announcement()};
 * the error's category is still the code's (spot 500: unknown outcome, see {@code docs/error-reference.md}).
 *
 * <h2>One order's answer inside a success envelope</h2>
 * For {@code /api/v1/private/order/cancel_with_external} ({@link MexcRequestInfo#isOneItemPath}) the outcome
 * is the {@code data} object: {@code {"success":true,"code":0,"data":{"errorCode":2040,"errorMsg":"order not
 * exist"}}} is an error 2040 of the answer, {@code "errorCode":0} a success.
 *
 * <h2>Batch answers</h2>
 * For a request that {@link MexcRequestInfo#isBatch() is a batch}, a successful answer carries one
 * {@link MexcItem} per element of its list: the top-level array for spot ({@code /api/v3/batchOrders}: orders or
 * {@code {"code":..,"msg":..}} errors), the {@code data} array for futures (items with
 * {@code errorCode}/{@code errorMsg}). An item is an error by the same rule as a 2XX object.
 *
 * <h2>What the error keeps</h2>
 * The {@link MexcErrorResponse} of an error holds the request's method, path, timestamp and recvWindow
 * ({@link MexcRequestInfo}), the answer's {@code Date} as server time, {@code Retry-After} (delay seconds, or an
 * HTTP date taken relative to {@code Date}) on any status that carries it, and the body cut after
 * {@link MexcErrorResponse#MAX_BODY_CHARS} characters.
 *
 * <h2>Prefixes</h2>
 * An adapter that streams a large success body to its caller may hand the reader only a prefix
 * ({@link #read(MexcRequestInfo, int, MexcHeaders, byte[], boolean)} with {@code complete = false}); see
 * {@link #peekBytes(MexcRequestInfo, int)} for how much. The reader decides from the prefix: a 2XX answer whose
 * prefix ends before an error marker is a success (MEXC's error objects are a few hundred bytes, far below the
 * peek size, so a body longer than the peek is never one); only an explicit {@code "success": false} in a cut
 * 2XX object makes an error. For batch requests adapters hand the whole body.
 *
 * <h2>Performance</h2>
 * One {@link JsonFactory} for all readers, canonicalizing field names (repeated names are matched without
 * allocation), buffers recycled per thread, the parser reading the byte array in place; parsing stops as soon as
 * the answer is decided and skips values it does not need ({@link JsonParser#skipChildren()}). No tree is built.
 * An error's body is handed to its {@link MexcErrorResponse} as bytes, decoded only if someone asks for it.
 */
public final class MexcAnswerReader {
  /** How many bytes of a 2XX answer that is not a batch an adapter peeks before streaming it on (8 KiB). */
  public static final int DEFAULT_PEEK_BYTES = 8 * 1024;

  /** How many bytes of an error answer (not 2XX) an adapter reads at most (64 KiB); the rest is not needed. */
  public static final int MAX_ERROR_BYTES = 64 * 1024;

  /** How many bytes of a batch answer an adapter reads at most before deciding (4 MiB). */
  public static final int MAX_BATCH_BYTES = 4 * 1024 * 1024;

  /** Bytes of the body kept for logs: the response keeps at most this many characters. */
  private static final int BODY_BYTES = MexcErrorResponse.MAX_BODY_CHARS;

  /** The most characters of plain text or an HTML title taken as the message of a body that is not JSON. */
  private static final int MAX_TEXT_MESSAGE = 200;

  /** Shared by every reader: factories are thread-safe and keep the field-name table and buffer pools. */
  static final JsonFactory JSON = JsonFactory.builder()
      .enable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
      .enable(JsonFactory.Feature.INTERN_FIELD_NAMES)
      .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
      .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(256)
          .maxNumberLength(64)
          .maxStringLength(MAX_BATCH_BYTES)
          .build())
      .build();

  private static final List<MexcItem> NO_ITEMS = Collections.emptyList();

  private final MexcExceptionFactory factory;
  private final boolean stackTraces;

  private MexcAnswerReader(MexcExceptionFactory factory, boolean stackTraces) {
    this.factory = factory;
    this.stackTraces = stackTraces;
  }

  /**
   * Creates a reader whose errors are the typed exceptions of the bundled table, compiled in
   * {@code mexc-errors-table} ({@link MexcErrors#factory()}): no processor, no handler class.
   *
   * @return the reader
   */
  public static MexcAnswerReader create() {
    return of(MexcErrors.factory());
  }

  /**
   * Creates a reader whose errors are the exceptions of a factory.
   *
   * @param factory the factory, e.g. the generated {@code MexcErrors.factory()}, or
   *     {@link MexcExceptionFactory#untyped()}
   * @return the reader
   */
  public static MexcAnswerReader of(MexcExceptionFactory factory) {
    return new MexcAnswerReader(Objects.requireNonNull(factory, "factory"), true);
  }

  /**
   * Returns a reader that creates exceptions without stack traces (cheaper, for errors handled as values).
   *
   * @return the reader
   */
  public MexcAnswerReader withoutStackTraces() {
    return new MexcAnswerReader(factory, false);
  }

  /**
   * Returns the factory of this reader's exceptions.
   *
   * @return the factory
   */
  public MexcExceptionFactory factory() {
    return factory;
  }

  /**
   * Tells an adapter how many bytes of an answer's body to read before asking the reader: all of a batch answer
   * (up to {@link #MAX_BATCH_BYTES}), up to {@link #MAX_ERROR_BYTES} of an answer outside 2XX, and
   * {@link #DEFAULT_PEEK_BYTES} of any other answer, whose rest can be streamed to the caller unread.
   *
   * @param request the request; may be {@code null}
   * @param httpStatus the status
   * @return the number of bytes to read (or fewer, at the end of the body)
   */
  public static int peekBytes(MexcRequestInfo request, int httpStatus) {
    if (!isSuccessStatus(httpStatus)) {
      return MAX_ERROR_BYTES;
    }
    return request != null && request.isBatch() ? MAX_BATCH_BYTES : DEFAULT_PEEK_BYTES;
  }

  /**
   * Tells whether the bytes an adapter read of a body are the whole body: it asked for {@code limit} bytes and
   * fewer came (the body ended first), or exactly the answer's {@code Content-Length} came. When it cannot tell
   * (as many bytes as asked for and no length), the bytes are a prefix. A length that differs from what was read
   * is not trusted: a client that decompresses may keep the compressed length. Every adapter asks this, so that
   * a body of exactly {@code limit} bytes is read the same way whichever client carried it.
   *
   * @param read how many bytes were read
   * @param limit how many were asked for ({@link #peekBytes})
   * @param contentLength the answer's {@code Content-Length}, or a negative number when unknown
   * @return whether those bytes are the whole body
   */
  public static boolean isWholeBody(long read, long limit, long contentLength) {
    return read < limit || read == contentLength;
  }

  /**
   * Tells whether the reader treats a status as successful: 2XX, or not a valid HTTP status at all.
   *
   * @param httpStatus the status
   * @return whether a body without an error marker is a success at this status
   */
  public static boolean isSuccessStatus(int httpStatus) {
    return httpStatus < 100 || httpStatus > 599 || (httpStatus >= 200 && httpStatus <= 299);
  }

  /**
   * Reads a whole answer.
   *
   * @param request the request; {@code null} for an unknown spot request
   * @param httpStatus the HTTP status
   * @param headers the answer's headers; {@code null} for none
   * @param body the body; {@code null} or empty for none
   * @return the answer, never {@code null}
   */
  public MexcAnswer read(MexcRequestInfo request, int httpStatus, MexcHeaders headers, byte[] body) {
    return read(request, httpStatus, headers, body, 0, body == null ? 0 : body.length, true);
  }

  /**
   * Reads an answer from a prefix of its body.
   *
   * @param request the request; {@code null} for an unknown spot request
   * @param httpStatus the HTTP status
   * @param headers the answer's headers; {@code null} for none
   * @param prefix the first bytes of the body; {@code null} or empty for none
   * @param complete whether the prefix is the whole body
   * @return the answer, never {@code null}
   */
  public MexcAnswer read(
      MexcRequestInfo request, int httpStatus, MexcHeaders headers, byte[] prefix, boolean complete) {
    return read(request, httpStatus, headers, prefix, 0, prefix == null ? 0 : prefix.length, complete);
  }

  /**
   * Reads an answer from a slice of an array holding its body, or a prefix of it.
   *
   * @param request the request; {@code null} for an unknown spot request
   * @param httpStatus the HTTP status
   * @param headers the answer's headers; {@code null} for none
   * @param body the array; {@code null} for none
   * @param offset where the body starts in the array
   * @param length how many bytes of the body the array holds from {@code offset}
   * @param complete whether those bytes are the whole body
   * @return the answer, never {@code null}
   */
  public MexcAnswer read(MexcRequestInfo request, int httpStatus, MexcHeaders headers, byte[] body, int offset,
      int length, boolean complete) {
    MexcRequestInfo req = request != null ? request : MexcRequestInfo.unknown(MexcApi.SPOT);
    if (body == null || offset < 0 || length < 0 || offset > body.length || length > body.length - offset) {
      body = new byte[0];
      offset = 0;
      length = 0;
    }
    Scan scan = new Scan(req, isSuccessStatus(httpStatus));
    scan.complete = complete;
    scan.scan(body, offset, length);
    try {
      return decide(scan, req, httpStatus, headers, body, offset, length, complete);
    } catch (RuntimeException e) {
      // Last resort: a broken header lookup or a bug here; the status still classifies the answer.
      if (isSuccessStatus(httpStatus)) {
        return new MexcAnswer(req.api(), httpStatus, null, NO_ITEMS, factory, stackTraces);
      }
      MexcErrorResponse response = MexcErrorResponse.builder(req.api()).httpStatus(httpStatus)
          .request(req.methodOrNull(), req.pathOrNull()).build();
      return new MexcAnswer(req.api(), httpStatus, response, NO_ITEMS, factory, stackTraces);
    }
  }

  private MexcAnswer decide(Scan scan, MexcRequestInfo req, int httpStatus, MexcHeaders headers, byte[] body,
      int offset, int length, boolean complete) {
    Fields outcome = scan.top;
    boolean error;
    if (!scan.successStatus) {
      error = true;
    } else if (!scan.object) {
      error = false;
    } else if (!complete && scan.broken) {
      // A 2XX object cut by the prefix is a body longer than the peek: an error only if it said so outright
      // ("code":602 might be followed by "success":true past the cut).
      error = scan.top.success < 0;
    } else {
      error = scan.top.isError();
      if (!error && scan.dataItem != null && scan.dataItem.isError()) {
        // cancel_with_external: the envelope succeeded, the one order's outcome did not.
        error = true;
        outcome = scan.dataItem;
      }
    }
    if (!error) {
      List<MexcItem> items = NO_ITEMS;
      if (scan.items != null && !scan.items.isEmpty()) {
        Context context = new Context(req, httpStatus, headers, body, offset, length, complete);
        List<MexcItem> built = new ArrayList<>(scan.items.size());
        for (int i = 0; i < scan.items.size(); i++) {
          Fields item = scan.items.get(i);
          MexcErrorResponse response = item.isError() ? context.response(item, false, true) : null;
          built.add(new MexcItem(i, response, factory, stackTraces));
        }
        items = Collections.unmodifiableList(built);
      }
      return new MexcAnswer(req.api(), httpStatus, null, items, factory, stackTraces);
    }
    Context context = new Context(req, httpStatus, headers, body, offset, length, complete);
    Fields fields = scan.object ? outcome : scan.textFields(body, offset, length);
    return new MexcAnswer(req.api(), httpStatus, context.response(fields, !scan.successStatus, false), NO_ITEMS,
        factory, stackTraces);
  }

  /** What the error responses of one answer share: request, status, headers, body. */
  private static final class Context {
    final MexcRequestInfo request;
    final int httpStatus;
    final Instant serverTime;
    final Duration retryAfter;
    final byte[] body;
    final int offset;
    final int length;
    final boolean complete;
    /** The body as text, made once when several responses (batch items) share it. */
    private String text;

    Context(MexcRequestInfo request, int httpStatus, MexcHeaders headers, byte[] body, int offset, int length,
        boolean complete) {
      this.request = request;
      this.httpStatus = httpStatus;
      Instant date = null;
      Duration wait = null;
      if (headers != null) {
        date = HttpDates.parseDate(header(headers, "Date"));
        wait = HttpDates.parseRetryAfter(header(headers, "Retry-After"), date);
      }
      this.serverTime = date;
      this.retryAfter = wait;
      this.body = body;
      this.offset = offset;
      this.length = length;
      this.complete = complete;
    }

    MexcErrorResponse response(Fields fields, boolean statusError, boolean shared) {
      MexcErrorResponse.Builder builder = MexcErrorResponse.builder(request.api());
      // A success code (0, 200) carried by an error answer names nothing: the status or "success":false decide.
      if (fields.codeKind == Fields.CODE_ERROR || fields.codeKind == Fields.CODE_OTHER) {
        if (fields.rawCode != null) {
          builder.rawCode(fields.rawCode);
        } else {
          builder.code(fields.code);
        }
      }
      builder.message(fields.message)
          .httpStatus(httpStatus >= 100 && httpStatus <= 999 ? httpStatus : MexcException.NO_HTTP_STATUS)
          .request(request.methodOrNull(), request.pathOrNull())
          .requestTimestamp(request.timestampOrNull())
          .recvWindow(request.recvWindowOrNull())
          .serverTime(serverTime)
          .retryAfter(retryAfter)
          .announcement(fields.announcement);
      if (complete && length <= BODY_BYTES && !shared) {
        // The common case: the response copies the bytes and decodes them only if someone asks for the body.
        builder.body(body, offset, length, StandardCharsets.UTF_8);
      } else {
        if (text == null) {
          text = bodyText(body, offset, length, complete);
        }
        builder.body(text);
      }
      return builder.build();
    }
  }

  private static String header(MexcHeaders headers, String name) {
    try {
      return headers.first(name);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** The body as text for logs, at most {@link MexcErrorResponse#MAX_BODY_CHARS} characters, cut on a character. */
  static String bodyText(byte[] body, int offset, int length, boolean complete) {
    if (length <= BODY_BYTES && complete) {
      return new String(body, offset, length, StandardCharsets.UTF_8);
    }
    int end = Math.min(length, BODY_BYTES - 3);
    if (end < length) {
      while (end > 0 && (body[offset + end] & 0xC0) == 0x80) {
        end--;
      }
    }
    return new String(body, offset, end, StandardCharsets.UTF_8) + "...";
  }

  /** The fields of one JSON object (the answer, or an item) that decide it. */
  static class Fields {
    static final int CODE_NONE = 0;
    static final int CODE_SUCCESS = 1;
    static final int CODE_ERROR = 2;
    static final int CODE_OTHER = 3;

    int codeKind = CODE_NONE;
    int code = MexcException.NO_CODE;
    String rawCode;
    /** 1 true, -1 false, 0 absent. */
    int success;
    String message;
    int messageRank = Integer.MAX_VALUE;
    /** A top-level {@code announcement} link (maintenance), or {@code null}. */
    String announcement;

    boolean isError() {
      if (success != 0) {
        return success < 0;
      }
      return codeKind == CODE_ERROR;
    }

    void message(String text, int rank) {
      if (rank < messageRank) {
        message = text;
        messageRank = rank;
      }
    }
  }

  /** One pass of the parser over a body. */
  private static final class Scan extends Fields {
    final MexcRequestInfo request;
    final boolean successStatus;
    /** Whether the {@code data} object is the outcome of the request ({@code cancel_with_external}). */
    final boolean oneItem;
    /** The fields of that {@code data} object, or {@code null}. */
    Fields dataItem;
    /** The fields of the top-level object: the scan itself, one object less per answer. */
    final Fields top = this;
    /** Whether the input is the whole body: a number that runs to the end of a prefix may be cut. */
    boolean complete = true;
    private byte[] input;
    private int inputOffset;
    private int inputLength;
    boolean object;
    boolean broken;
    boolean json;
    List<Fields> items;

    Scan(MexcRequestInfo request, boolean successStatus) {
      this.request = request;
      this.successStatus = successStatus;
      this.oneItem = successStatus && MexcRequestInfo.isOneItemPath(request.api(), request.pathOrNull());
    }

    void scan(byte[] body, int offset, int length) {
      int first = firstSignificant(body, offset, length);
      if (first < 0) {
        return;
      }
      byte b = body[first];
      if (b != '{' && b != '[' && b != '"') {
        return;
      }
      json = true;
      input = body;
      inputOffset = offset;
      inputLength = length;
      try (JsonParser parser = JSON.createParser(body, offset, length)) {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.START_OBJECT) {
          object = true;
          readObject(parser, top, true);
        } else if (token == JsonToken.START_ARRAY) {
          if (successStatus && request.isBatch() && request.api() == MexcApi.SPOT) {
            items = readItems(parser);
          }
        } else if (token == JsonToken.VALUE_STRING && !successStatus) {
          top.message(parser.getText(), 0);
        }
      } catch (java.io.IOException | RuntimeException e) {
        broken = true;
      }
    }

    private void readObject(JsonParser parser, Fields fields, boolean topLevel) throws java.io.IOException {
      String name;
      while ((name = parser.nextFieldName()) != null) {
        JsonToken value = parser.nextToken();
        switch (name) {
          case "code":
            readCode(parser, value, fields, false);
            break;
          case "errorCode":
            readCode(parser, value, fields, true);
            break;
          case "success":
            if (value == JsonToken.VALUE_TRUE) {
              fields.success = 1;
            } else if (value == JsonToken.VALUE_FALSE) {
              fields.success = -1;
            } else if (value == JsonToken.VALUE_STRING) {
              String text = parser.getText().strip();
              fields.success = "true".equalsIgnoreCase(text) ? 1 : "false".equalsIgnoreCase(text) ? -1 : 0;
            } else {
              parser.skipChildren();
            }
            break;
          case "msg":
            readMessage(parser, value, fields, 0);
            break;
          case "message":
            readMessage(parser, value, fields, 1);
            break;
          case "errorMsg":
            readMessage(parser, value, fields, 2);
            break;
          case "announcement":
            if (topLevel && value == JsonToken.VALUE_STRING) {
              fields.announcement = text(parser);
            } else {
              parser.skipChildren();
            }
            break;
          case "data":
            if (value == JsonToken.VALUE_STRING) {
              fields.message(text(parser), 3);
            } else if (topLevel && value == JsonToken.START_ARRAY && successStatus && request.isBatch()
                && request.api() == MexcApi.FUTURES) {
              items = readItems(parser);
            } else if (topLevel && value == JsonToken.START_OBJECT && oneItem) {
              Fields item = new Fields();
              readObject(parser, item, false);
              dataItem = item;
            } else {
              parser.skipChildren();
            }
            break;
          default:
            parser.skipChildren();
            break;
        }
        if (topLevel && decided(fields)) {
          return;
        }
      }
    }

    /** Whether the rest of the top-level object can change nothing. */
    private boolean decided(Fields fields) {
      if (!successStatus) {
        // An error's body is small; read it all, an announcement may follow the code and the message.
        return false;
      }
      if (fields.success > 0) {
        if (oneItem) {
          return dataItem != null;
        }
        return !request.isBatch() || request.api() != MexcApi.FUTURES || items != null;
      }
      return fields.success < 0 && fields.codeKind != Fields.CODE_NONE && fields.messageRank <= 1;
    }

    private void readMessage(JsonParser parser, JsonToken value, Fields fields, int rank)
        throws java.io.IOException {
      if (value == JsonToken.VALUE_STRING && rank < fields.messageRank) {
        fields.message(text(parser), rank);
      } else {
        parser.skipChildren();
      }
    }

    /**
     * Returns the current string token's text. A string without escapes is decoded straight from the input
     * (the JDK's UTF-8 decoder is faster than the parser's char buffer, and the parser then only skips it);
     * anything else, or a position that does not check out (an opening quote before, a closing quote followed by
     * a comma or a closing bracket after), goes through the parser.
     */
    private String text(JsonParser parser) throws java.io.IOException {
      // ParserBase counts a byte source's token offset one past the token's first byte (its opening quote).
      long token = parser instanceof ParserBase ? ((ParserBase) parser).getTokenCharacterOffset() - 1 : -1;
      if (token >= 0 && token < inputLength && input[inputOffset + (int) token] == '"') {
        int start = inputOffset + (int) token + 1;
        int end = inputOffset + inputLength;
        for (int i = start; i < end; i++) {
          byte b = input[i];
          if (b == '"') {
            if (endsValue(i + 1, end)) {
              return new String(input, start, i - start, StandardCharsets.UTF_8);
            }
            break;
          }
          if (b == '\\' || (b >= 0 && b < 0x20)) {
            break;
          }
        }
      }
      return parser.getText();
    }

    /** Whether the current number token runs to the end of the input, so that a prefix may have cut it. */
    private boolean mayBeCut(JsonParser parser) throws java.io.IOException {
      // ParserBase counts a byte source's token offset one past the token's first byte.
      long token = parser instanceof ParserBase ? ((ParserBase) parser).getTokenCharacterOffset() - 1 : -1;
      return token < 0 || token + parser.getTextLength() >= inputLength;
    }

    private boolean endsValue(int from, int end) {
      for (int i = from; i < end; i++) {
        byte b = input[i];
        if (b == ',' || b == '}' || b == ']') {
          return true;
        }
        if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
          return false;
        }
      }
      return true;
    }

    private void readCode(JsonParser parser, JsonToken value, Fields fields, boolean fallback)
        throws java.io.IOException {
      if (fallback && fields.codeKind != Fields.CODE_NONE) {
        parser.skipChildren();
        return;
      }
      if (!complete && (value == JsonToken.VALUE_NUMBER_INT || value == JsonToken.VALUE_NUMBER_FLOAT)
          && mayBeCut(parser)) {
        return; // "code":2 at the end of a prefix may be "code":200: not known
      }
      if (value == JsonToken.VALUE_NUMBER_INT) {
        if (parser.getNumberType() == JsonParser.NumberType.INT) {
          int code = parser.getIntValue();
          fields.code = code;
          fields.rawCode = null;
          fields.codeKind = code == 0 || code == 200 ? Fields.CODE_SUCCESS : Fields.CODE_ERROR;
        } else {
          fields.code = MexcException.NO_CODE;
          fields.rawCode = parser.getText();
          fields.codeKind = Fields.CODE_OTHER;
        }
      } else if (value == JsonToken.VALUE_STRING) {
        String raw = parser.getText();
        int code = MexcCodes.parse(raw);
        fields.code = code;
        fields.rawCode = raw;
        if (code == MexcException.NO_CODE) {
          fields.codeKind = raw.isBlank() ? Fields.CODE_NONE : Fields.CODE_OTHER;
        } else {
          fields.codeKind = code == 0 || code == 200 ? Fields.CODE_SUCCESS : Fields.CODE_ERROR;
        }
      } else if (value == JsonToken.VALUE_NUMBER_FLOAT) {
        fields.code = MexcException.NO_CODE;
        fields.rawCode = parser.getText();
        double number = parser.getDoubleValue();
        fields.codeKind = number == 0 || number == 200 ? Fields.CODE_SUCCESS : Fields.CODE_OTHER;
      } else {
        parser.skipChildren();
      }
    }

    private List<Fields> readItems(JsonParser parser) throws java.io.IOException {
      List<Fields> list = new ArrayList<>();
      JsonToken token;
      while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
        Fields item = new Fields();
        if (token == JsonToken.START_OBJECT) {
          readObject(parser, item, false);
        } else {
          parser.skipChildren();
        }
        list.add(item);
      }
      return list;
    }

    /** The fields of a body that is not a JSON object: an HTML title or the first line of text as message. */
    Fields textFields(byte[] body, int offset, int length) {
      if (json || length == 0) {
        return top;
      }
      int end = Math.min(length, 2048);
      String text = new String(body, offset, end, StandardCharsets.UTF_8);
      String message;
      int title = indexOfIgnoreCase(text, "<title>", 0);
      if (title >= 0) {
        int close = indexOfIgnoreCase(text, "</title>", title);
        message = text.substring(title + 7, close > title ? close : text.length());
      } else if (text.stripLeading().startsWith("<")) {
        message = "";
      } else {
        int line = text.indexOf('\n');
        message = line >= 0 ? text.substring(0, line) : text;
      }
      message = message.strip();
      if (message.length() > MAX_TEXT_MESSAGE) {
        message = message.substring(0, MAX_TEXT_MESSAGE - 3) + "...";
      }
      top.message(message, 0);
      return top;
    }

    private static int indexOfIgnoreCase(String text, String part, int from) {
      for (int i = from; i <= text.length() - part.length(); i++) {
        if (text.regionMatches(true, i, part, 0, part.length())) {
          return i;
        }
      }
      return -1;
    }

    private static int firstSignificant(byte[] body, int offset, int length) {
      int i = offset;
      int end = offset + length;
      if (length >= 3 && (body[i] & 0xFF) == 0xEF && (body[i + 1] & 0xFF) == 0xBB && (body[i + 2] & 0xFF) == 0xBF) {
        i += 3;
      }
      for (; i < end; i++) {
        byte b = body[i];
        if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
          return i;
        }
      }
      return -1;
    }
  }
}
