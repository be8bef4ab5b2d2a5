package io.github.mexcerrors.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RequestSignerTest {
  // Expected values computed independently: printf '%s' PAYLOAD | openssl dgst -sha256 -hmac SECRET
  private static final String SECRET = "45d0b3c26f2644f19bfb98b07741b2f5";
  private final RequestSigner signer = new RequestSigner("mx0aBYs33eIilxBWC5", SECRET);

  @Test
  void signsSpotQueryStringAsLowerCaseHexHmacSha256() {
    String query = "symbol=BTCUSDT&side=BUY&type=LIMIT&quantity=1&price=11&recvWindow=5000&timestamp=1644489390087";
    assertEquals("fd3e4e8543c5188531eb7279d68ae7d26a573d0fc5ab0d18eb692451654d837a", signer.sign(query));
  }

  @Test
  void signsFuturesAsKeyThenRequestTimeThenParams() {
    assertEquals("0f4e728063ca729d9ef7c4c171d94aabf2c4c84418ee7312572901426733cb2c",
        signer.signFutures("1644489390087", "symbol=BTC_USDT"));
  }

  @Test
  void anyChangeToThePayloadChangesTheSignature() {
    assertFalse(signer.sign("quantity=1").equals(signer.sign("quantity=2")));
    assertFalse(signer.sign("quantity=1").equals(new RequestSigner("k", "other").sign("quantity=1")));
  }

  @Test
  void matchesComparesExactly() {
    String signature = signer.sign("a=1");
    assertTrue(RequestSigner.matches(signature, signature));
    assertFalse(RequestSigner.matches(signature, signature.toUpperCase()));
    assertFalse(RequestSigner.matches(signature, null));
    assertFalse(RequestSigner.matches(signature, ""));
  }

  @Test
  void toStringHidesTheSecret() {
    assertFalse(signer.toString().contains(SECRET));
    assertTrue(signer.toString().contains("mx0aBYs33eIilxBWC5"));
  }
}
