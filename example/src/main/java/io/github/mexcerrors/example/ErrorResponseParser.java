package io.github.mexcerrors.example;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.MexcException;
import java.util.Optional;

/**
 * Reads MEXC answers and tells errors from successes, whatever their shape.
 *
 * <p>An answer is an error when:
 *
 * <ul>
 *   <li>its JSON object carries a {@code code} (or {@code errorCode}) other than {@code 0} and {@code 200},
 *       as a number or as a string: spot {@code {"code":700003,"msg":"..."}}, futures
 *       {@code {"success":false,"code":602,"message":"..."}}, futures cancel {@code {"errorCode":..,"errorMsg":..}};
 *   <li>or it says {@code "success": false};
 *   <li>or its HTTP status is 4XX/5XX, whatever the body (HTML from a gateway, plain text, empty).
 * </ul>
 *
 * <p>Successes are never errors: no code at all (most spot endpoints), code {@code 0} or {@code 200}, or
 * {@code "success": true}. The text is taken from {@code msg}, {@code message}, {@code errorMsg} or a textual
 * {@code data}, in this order. The parser never dispatches on text: MEXC's messages vary.
 */
public final class ErrorResponseParser {
  private static final int MAX_TEXT = 200;

  private final ObjectMapper mapper;

  /**
   * Creates a parser.
   *
   * @param mapper the Jackson mapper to read bodies with
   */
  public ErrorResponseParser(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /**
   * A whole HTTP answer, read.
   *
   * @param httpStatus the HTTP status
   * @param json the body as JSON, or {@code null} when it is not JSON
   * @param error the error it carries, or {@code null} for a success
   */
  public record Parsed(int httpStatus, JsonNode json, ErrorResponse error) {
    /**
     * Tells whether the answer is an error.
     *
     * @return {@code true} for an error answer
     */
    public boolean isError() {
      return error != null;
    }
  }

  /**
   * Reads a whole HTTP answer.
   *
   * @param api the code space of the endpoint that answered
   * @param httpStatus the HTTP status
   * @param body the body, possibly empty or not JSON
   * @return the JSON, if any, and the error, if any
   */
  public Parsed parse(MexcApi api, int httpStatus, String body) {
    JsonNode json = readJson(body);
    boolean httpError = httpStatus >= 400;
    if (json == null) {
      ErrorResponse error = httpError ? new ErrorResponse(api, httpStatus, "", shorten(body)) : null;
      return new Parsed(httpStatus, null, error);
    }
    Optional<ErrorResponse> error = errorIn(api, httpStatus, json);
    if (error.isEmpty() && httpError) {
      // 4XX/5XX with a JSON body that carries no error code: the status alone is the error.
      error = Optional.of(new ErrorResponse(api, httpStatus, "", textOf(json).orElse(shorten(body))));
    }
    return new Parsed(httpStatus, json, error.orElse(null));
  }

  /**
   * Reads one item of a batch answer (spot batch orders: {@code {code, msg}}; futures cancel:
   * {@code {errorCode, errorMsg}}). The HTTP status of the whole answer says nothing about an item, so the
   * error carries {@link MexcException#NO_HTTP_STATUS}.
   *
   * @param api the code space of the endpoint that answered
   * @param item one element of the answer's array
   * @return the item's error, or empty when the item succeeded
   */
  public Optional<ErrorResponse> itemError(MexcApi api, JsonNode item) {
    return errorIn(api, MexcException.NO_HTTP_STATUS, item);
  }

  private static Optional<ErrorResponse> errorIn(MexcApi api, int httpStatus, JsonNode json) {
    if (!json.isObject()) {
      return Optional.empty();
    }
    JsonNode code = json.hasNonNull("code") ? json.get("code") : json.get("errorCode");
    JsonNode success = json.get("success");
    boolean saysFailure = success != null && success.isBoolean() && !success.booleanValue();
    boolean saysSuccess = success != null && success.isBoolean() && success.booleanValue();
    String rawCode = code == null || code.isNull() ? "" : code.asText();
    boolean errorCode = !rawCode.isBlank() && !isSuccessCode(rawCode.strip());
    if (saysFailure || (errorCode && !saysSuccess)) {
      String message = textOf(json).orElse("");
      return Optional.of(new ErrorResponse(api, httpStatus, rawCode, message));
    }
    return Optional.empty();
  }

  private static boolean isSuccessCode(String rawCode) {
    return rawCode.equals("0") || rawCode.equals("200");
  }

  private static Optional<String> textOf(JsonNode json) {
    for (String field : new String[] {"msg", "message", "errorMsg", "data"}) {
      JsonNode value = json.get(field);
      if (value != null && value.isValueNode() && !value.isNull()) {
        return Optional.of(value.asText());
      }
    }
    return Optional.empty();
  }

  private JsonNode readJson(String body) {
    if (body == null || body.isBlank()) {
      return null;
    }
    try {
      JsonNode json = mapper.readTree(body);
      return json != null && (json.isObject() || json.isArray()) ? json : null;
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  private static String shorten(String body) {
    if (body == null) {
      return "";
    }
    String text = body.strip().replaceAll("\\s+", " ");
    return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT) + "...";
  }
}
