package io.github.mexcerrors.benchmarks;

import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.mexc.FuturesErrorCode;
import io.github.mexcerrors.mexc.SpotErrorCode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The one input every variant gets: what a client sees, a fixed pseudo-random sequence of {@value #SIZE} error
 * answers. Half are the codes MEXC users hit most (spot 700003, 700002, 30004, 10101, 30014, 429 and futures 510),
 * 45% any other code of the official table (both APIs), 5% codes missing from the table.
 */
public final class ErrorStream {
  /** The number of answers; a power of two. */
  public static final int SIZE = 1024;

  private static final int[] HOT_SPOT = {700003, 700002, 30004, 10101, 30014, 429};
  private static final int HOT_FUTURES = 510;

  /** The API of each answer. */
  public final MexcApi[] apis = new MexcApi[SIZE];
  /** The code of each answer. */
  public final int[] codes = new int[SIZE];
  /** The code of each answer as MEXC sends it in JSON text. */
  public final String[] texts = new String[SIZE];
  /** The message of each answer. */
  public final String[] messages = new String[SIZE];

  /** Builds the stream, always the same. */
  public ErrorStream() {
    SplittableRandom random = new SplittableRandom(20_260_101);
    List<int[]> table = new ArrayList<>();
    for (SpotErrorCode code : SpotErrorCode.values()) {
      table.add(new int[] {0, code.code()});
    }
    for (FuturesErrorCode code : FuturesErrorCode.values()) {
      table.add(new int[] {1, code.code()});
    }
    for (int i = 0; i < SIZE; i++) {
      double draw = random.nextDouble();
      MexcApi api;
      int code;
      if (draw < 0.5) {
        int hot = random.nextInt(HOT_SPOT.length + 1);
        api = hot == HOT_SPOT.length ? MexcApi.FUTURES : MexcApi.SPOT;
        code = hot == HOT_SPOT.length ? HOT_FUTURES : HOT_SPOT[hot];
      } else if (draw < 0.95) {
        int[] entry = table.get(random.nextInt(table.size()));
        api = entry[0] == 0 ? MexcApi.SPOT : MexcApi.FUTURES;
        code = entry[1];
      } else {
        api = random.nextBoolean() ? MexcApi.SPOT : MexcApi.FUTURES;
        do {
          code = 1_000_000 + random.nextInt(9_000_000);
        } while (SpotErrorCode.of(code).isPresent() || FuturesErrorCode.of(code).isPresent());
      }
      apis[i] = api;
      codes[i] = code;
      texts[i] = Integer.toString(code);
      messages[i] = "message of " + code;
    }
  }
}
