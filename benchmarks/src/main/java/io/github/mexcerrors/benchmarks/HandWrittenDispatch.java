package io.github.mexcerrors.benchmarks;

import io.github.mexcerrors.MexcApi;

/**
 * The floor: the dispatch a careful engineer writes by hand for {@link Handlers}, one {@code switch} per API whose
 * cases list the codes of each method (the codes of a handled category spelled out from error-codes.yaml).
 * {@code DispatchBenchmark} checks at setup that it routes every code of the input stream exactly like the
 * generated dispatcher.
 */
final class HandWrittenDispatch {
  private HandWrittenDispatch() {}

  static void dispatch(Handlers handler, MexcApi api, int code, String message) {
    if (api == MexcApi.FUTURES) {
      dispatchFutures(handler, code, message);
    } else {
      dispatchSpot(handler, code, message);
    }
  }

  private static void dispatchSpot(Handlers handler, int code, String message) {
    switch (code) {
      case -1128:
      case -1121:
      case 400:
        handler.request(code, message);
        return;
      case 26:
      case 401:
      case 403:
      case 602:
      case 10072:
      case 10073:
      case 30020:
      case 700001:
      case 700006:
      case 700007:
        handler.authentication(code, message);
        return;
      case 429:
        handler.rateLimited(code, message);
        return;
      case 500:
      case 503:
      case 504:
      case 10259:
      case 11444:
      case 20002:
      case 730000:
        handler.server(code, message);
        return;
      case 10007:
      case 10015:
      case 10095:
      case 10096:
      case 10097:
      case 10102:
      case 10222:
      case 10232:
      case 10268:
      case 20001:
      case 22222:
      case 30021:
      case 33333:
      case 44444:
      case 700004:
      case 700005:
      case 700008:
      case 730001:
      case 730002:
      case 730003:
      case 88009:
      case 700013:
      case 730708:
        handler.request(code, message);
        return;
      case 10101:
      case 30004:
        handler.insufficientBalance(code, message);
        return;
      case 30014:
        handler.invalidSymbol(code, message);
        return;
      case 700002:
        handler.badSignature(code, message);
        return;
      case 700003:
        handler.clockSkew(code, message);
        return;
      default:
        handler.fallback(code, message);
    }
  }

  private static void dispatchFutures(Handlers handler, int code, String message) {
    switch (code) {
      case 401:
      case 402:
      case 406:
      case 506:
      case 511:
      case 513:
      case 602:
      case 701:
      case 702:
      case 703:
      case 704:
        handler.authentication(code, message);
        return;
      case 500:
      case 501:
      case 604:
      case 801:
      case 9999:
        handler.server(code, message);
        return;
      case 510:
      case 2037:
        handler.rateLimited(code, message);
        return;
      case 600:
      case 601:
      case 603:
      case 1001:
      case 1004:
      case 2030:
      case 2034:
      case 4001:
      case 6003:
      case 6004:
        handler.request(code, message);
        return;
      default:
        handler.fallback(code, message);
    }
  }
}
