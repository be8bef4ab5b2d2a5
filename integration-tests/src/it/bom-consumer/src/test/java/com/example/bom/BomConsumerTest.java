package com.example.bom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BomConsumerTest {
  @Test
  void dispatchesThroughTheDispatcherGeneratedByTheProcessorTheBomNamed() {
    OrderErrors handlers = new OrderErrors();

    assertTrue(OrderErrorsDispatcher.dispatch(handlers, 700003, "Timestamp outside recvWindow"));
    assertTrue(OrderErrorsDispatcher.dispatch(handlers, 424242, "not in the table"));

    assertEquals(List.of("resync 700003", "other 424242"), handlers.events());
  }
}
