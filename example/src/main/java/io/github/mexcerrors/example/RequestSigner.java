package io.github.mexcerrors.example;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs requests the way MEXC requires: HMAC-SHA256 with the secret key, lower-case hex.
 *
 * <ul>
 *   <li>Spot v3: the payload is the query string (plus the body, if any) without the {@code signature}
 *       parameter; the signature goes into the {@code signature} parameter and the API key into the
 *       {@code X-MEXC-APIKEY} header.
 *   <li>Futures v1: the payload is {@code apiKey + Request-Time + paramString}; the signature goes into the
 *       {@code Signature} header, next to {@code ApiKey} and {@code Request-Time}.
 * </ul>
 *
 * <p>The stand-in server verifies with the same class, so both sides agree by construction; the unit tests check
 * it against an independent HMAC implementation.
 */
public final class RequestSigner {
  private final String apiKey;
  private final SecretKeySpec key;

  /**
   * Creates a signer.
   *
   * @param apiKey the API key (access key)
   * @param secretKey the secret key
   */
  public RequestSigner(String apiKey, String secretKey) {
    this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
    this.key = new SecretKeySpec(Objects.requireNonNull(secretKey, "secretKey").getBytes(StandardCharsets.UTF_8),
        "HmacSHA256");
  }

  /**
   * Returns the API key, sent in clear in a header.
   *
   * @return the API key
   */
  public String apiKey() {
    return apiKey;
  }

  /**
   * Signs a spot v3 payload.
   *
   * @param totalParams the query string followed by the request body, without {@code signature}
   * @return the lower-case hex HMAC-SHA256
   */
  public String sign(String totalParams) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return HexFormat.of().formatHex(mac.doFinal(totalParams.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available in this JDK", e);
    }
  }

  /**
   * Signs a futures v1 request.
   *
   * @param requestTime the {@code Request-Time} header, in ms
   * @param paramString the sorted query string (GET) or the JSON body (POST)
   * @return the lower-case hex HMAC-SHA256 of {@code apiKey + requestTime + paramString}
   */
  public String signFutures(String requestTime, String paramString) {
    return sign(apiKey + requestTime + paramString);
  }

  /**
   * Compares a received signature with the expected one in constant time.
   *
   * @param expected the signature computed locally
   * @param received the signature the peer sent, possibly {@code null}
   * @return whether they are equal
   */
  public static boolean matches(String expected, String received) {
    return received != null
        && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), received.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "RequestSigner[apiKey=" + apiKey + ", secretKey=***]";
  }
}
