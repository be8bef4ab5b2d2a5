package com.example.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.mexcerrors.MexcException;
import io.github.mexcerrors.mexc.ClockSkewException;
import io.github.mexcerrors.mexc.InsufficientBalanceException;
import io.github.mexcerrors.mexc.SpotErrorCode;
import io.github.mexcerrors.okhttp.MexcIOException;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

class TypedErrorsTest {
  @Test
  void aMexcErrorAnswerBecomesItsTypedException() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(new MockResponse.Builder().code(400).addHeader("Content-Type", "application/json")
          .body("{\"code\":700003,\"msg\":\"Timestamp for this request is outside of the recvWindow.\"}").build());
      server.enqueue(new MockResponse.Builder().code(400).addHeader("Content-Type", "application/json")
          .body("{\"code\":30004,\"msg\":\"Insufficient position\"}").build());
      server.enqueue(new MockResponse.Builder().code(200).body("{\"orderId\":\"1\"}").build());
      server.start(0);

      MexcIOException clock = assertThrows(MexcIOException.class, () -> call(server, "/api/v3/order"));
      MexcException error = clock.mexcException();
      assertInstanceOf(ClockSkewException.class, error);
      assertEquals(700003, error.code());
      assertEquals(SpotErrorCode.TIMESTAMP_OUTSIDE_RECV_WINDOW, error.errorCode().orElseThrow());

      MexcIOException funds = assertThrows(MexcIOException.class, () -> call(server, "/api/v3/order"));
      assertInstanceOf(InsufficientBalanceException.class, funds.mexcException());

      assertEquals("{\"orderId\":\"1\"}", call(server, "/api/v3/order"));
    }
  }

  private static String call(MockWebServer server, String path) throws Exception {
    try (Response response = MexcHttp.client().newCall(new Request.Builder().url(server.url(path)).build())
        .execute()) {
      return response.body().string();
    }
  }
}
