package io.github.mexcerrors.spring;

import io.github.mexcerrors.wire.MexcAnswerReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The first bytes of a response body, read from its stream for the reader: exactly as many as the
 * {@code Content-Length} says when it is within the limit (one array, no copy), otherwise into an array that grows
 * from 512 bytes, so a small answer costs what it holds, not {@code InputStream.readNBytes}'s 8 KiB buffer.
 *
 * @param bytes the bytes read
 * @param whole whether they are the whole body ({@link MexcAnswerReader#isWholeBody})
 */
record BodyPrefix(byte[] bytes, boolean whole) {
  private static final int FIRST_CHUNK = 512;

  /**
   * Reads at most {@code limit} bytes.
   *
   * @param in the body
   * @param limit how many bytes at most ({@link MexcAnswerReader#peekBytes})
   * @param contentLength the answer's {@code Content-Length}, or a negative number when unknown
   * @return the bytes and whether they are the whole body
   * @throws IOException when the body cannot be read
   */
  static BodyPrefix read(InputStream in, int limit, long contentLength) throws IOException {
    byte[] buffer = new byte[contentLength >= 0 && contentLength <= limit
        ? (int) contentLength : Math.min(limit, FIRST_CHUNK)];
    int read = 0;
    while (true) {
      int count = in.readNBytes(buffer, read, buffer.length - read);
      read += count;
      if (read < buffer.length || buffer.length == limit) {
        break;
      }
      if (read == contentLength) {
        // All that the Content-Length announced: one byte more tells a length that is not the body's (a client
        // that decompresses may keep the compressed length) from the end of the body.
        int next = in.read();
        if (next < 0) {
          break;
        }
        buffer = Arrays.copyOf(buffer, Math.min(limit, Math.max(FIRST_CHUNK, buffer.length * 4)));
        buffer[read++] = (byte) next;
        continue;
      }
      buffer = Arrays.copyOf(buffer, Math.min(limit, buffer.length * 4));
    }
    byte[] bytes = read == buffer.length ? buffer : Arrays.copyOf(buffer, read);
    return new BodyPrefix(bytes, MexcAnswerReader.isWholeBody(read, limit, contentLength));
  }
}
