package com.example.client;

import io.github.mexcerrors.okhttp.MexcInterceptor;
import okhttp3.OkHttpClient;

/** The one line of setup: every MEXC error answer becomes its typed exception. */
public final class MexcHttp {
  private MexcHttp() {}

  /**
   * Returns a client for MEXC.
   *
   * @return the client
   */
  public static OkHttpClient client() {
    return new OkHttpClient.Builder().addInterceptor(MexcInterceptor.create()).build();
  }
}
