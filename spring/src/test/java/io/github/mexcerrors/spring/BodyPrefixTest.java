package io.github.mexcerrors.spring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** What the Spring adapter reads of a body before it asks the reader: all of it up to the limit, never more. */
class BodyPrefixTest {
  private static final int LIMIT = 8192;

  private static byte[] body(int length) {
    byte[] body = new byte[length];
    for (int i = 0; i < length; i++) {
      body[i] = (byte) ('a' + i % 26);
    }
    return body;
  }

  @Test
  void readsASmallBodyWholeWithOrWithoutItsLength() throws IOException {
    byte[] body = body(170);
    for (long length : new long[] {170, -1}) {
      BodyPrefix read = BodyPrefix.read(new ByteArrayInputStream(body), LIMIT, length);
      assertArrayEquals(body, read.bytes(), "Content-Length " + length);
      assertTrue(read.whole(), "Content-Length " + length);
    }
    BodyPrefix empty = BodyPrefix.read(new ByteArrayInputStream(new byte[0]), LIMIT, 0);
    assertEquals(0, empty.bytes().length);
    assertTrue(empty.whole());
  }

  @Test
  void aLengthThatIsNotTheBodysHidesNothing() throws IOException {
    // A decompressing client may keep the compressed length: the body goes on past it.
    byte[] body = body(3000);
    BodyPrefix read = BodyPrefix.read(new ByteArrayInputStream(body), LIMIT, 100);
    assertArrayEquals(body, read.bytes());
    assertTrue(read.whole());
  }

  @Test
  void stopsAtTheLimitAndLeavesTheRestUnread() throws IOException {
    byte[] body = body(3 * LIMIT);
    for (long length : new long[] {body.length, -1, LIMIT}) {
      InputStream in = new ByteArrayInputStream(body);
      BodyPrefix read = BodyPrefix.read(in, LIMIT, length);
      assertArrayEquals(Arrays.copyOf(body, LIMIT), read.bytes(), "Content-Length " + length);
      assertFalse(read.whole() && length != LIMIT, "Content-Length " + length);
      assertEquals(body.length - LIMIT, in.available(), "unread after Content-Length " + length);
    }
  }

  @Test
  void aBodyOfExactlyTheLimitIsWholeOnlyWhenItsLengthSaysSo() throws IOException {
    byte[] body = body(LIMIT);
    assertTrue(BodyPrefix.read(new ByteArrayInputStream(body), LIMIT, LIMIT).whole());
    assertFalse(BodyPrefix.read(new ByteArrayInputStream(body), LIMIT, -1).whole());
  }
}
