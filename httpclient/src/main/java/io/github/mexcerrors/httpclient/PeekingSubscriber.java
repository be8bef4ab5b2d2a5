package io.github.mexcerrors.httpclient;

import io.github.mexcerrors.MexcException;
import io.github.mexcerrors.wire.MexcAnswer;
import io.github.mexcerrors.wire.MexcAnswerReader;
import io.github.mexcerrors.wire.MexcHeaders;
import io.github.mexcerrors.wire.MexcRequestInfo;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.function.BiFunction;

/**
 * Reads the first bytes of an answer (at most {@link MexcAnswerReader#peekBytes}), decides with the reader, then
 * either fails (or reports) the error without reading further, or hands every buffer received so far and the
 * rest of the stream, unchanged and uncopied, to the caller's own subscriber.
 *
 * @param <T> the caller's body type
 * @param <R> what this subscriber's body is (the caller's, or a result holding it)
 */
final class PeekingSubscriber<T, R> implements HttpResponse.BodySubscriber<R> {
  private final MexcAnswerReader reader;
  private final MexcRequestInfo request;
  private final HttpResponse.ResponseInfo info;
  private final HttpResponse.BodyHandler<T> downstreamHandler;
  /** Maps (answer, body) to the result; body is null for an error. Returns null to fail with the error. */
  private final BiFunction<MexcAnswer, T, R> finisher;
  private final CompletableFuture<R> body = new CompletableFuture<>();
  private final int limit;

  private Flow.Subscription upstream;
  private byte[] peek = new byte[0];
  private int peeked;
  /** Buffers received while deciding, to hand on; null once handed on (pass-through). */
  private ArrayDeque<List<ByteBuffer>> pending = new ArrayDeque<>();
  private boolean decided;
  private boolean upstreamComplete;
  private Relay relay;

  PeekingSubscriber(MexcAnswerReader reader, MexcRequestInfo request, HttpResponse.ResponseInfo info,
      HttpResponse.BodyHandler<T> downstreamHandler, BiFunction<MexcAnswer, T, R> finisher) {
    this.reader = reader;
    this.request = request;
    this.info = info;
    this.downstreamHandler = downstreamHandler;
    this.finisher = finisher;
    this.limit = MexcAnswerReader.peekBytes(request, info.statusCode());
  }

  @Override
  public CompletionStage<R> getBody() {
    return body;
  }

  @Override
  public void onSubscribe(Flow.Subscription subscription) {
    upstream = subscription;
    subscription.request(1);
  }

  @Override
  public void onNext(List<ByteBuffer> buffers) {
    if (decided) {
      if (relay != null) {
        relay.downstream.onNext(buffers);
      }
      // else: an error was decided and the rest of the body cancelled; a late delivery is dropped.
      return;
    }
    pending.add(buffers);
    for (ByteBuffer buffer : buffers) {
      int room = limit - peeked;
      if (room <= 0) {
        break;
      }
      int count = Math.min(room, buffer.remaining());
      if (peeked + count > peek.length) {
        peek = Arrays.copyOf(peek, Math.min(limit, Math.max(peeked + count, peek.length * 2)));
      }
      buffer.duplicate().get(peek, peeked, count);
      peeked += count;
    }
    if (peeked >= limit) {
      decide(MexcAnswerReader.isWholeBody(peeked, limit,
          info.headers().firstValueAsLong("Content-Length").orElse(-1)));
    } else {
      upstream.request(1);
    }
  }

  @Override
  public void onError(Throwable throwable) {
    if (decided && relay != null) {
      relay.downstream.onError(throwable);
    } else {
      decided = true;
      body.completeExceptionally(throwable);
    }
  }

  @Override
  public void onComplete() {
    if (decided) {
      if (relay != null) {
        relay.upstreamComplete();
      }
      return;
    }
    upstreamComplete = true;
    decide(true);
  }

  private void decide(boolean complete) {
    decided = true;
    MexcHeaders headers = name -> info.headers().firstValue(name).orElse(null);
    MexcAnswer answer = reader.read(request, info.statusCode(), headers, peek, 0, peeked, complete);
    peek = null;
    if (answer.isError()) {
      pending = null;
      if (!upstreamComplete) {
        upstream.cancel();
      }
      R result;
      try {
        result = finisher.apply(answer, null);
      } catch (RuntimeException e) {
        body.completeExceptionally(e);
        return;
      }
      if (result == null) {
        MexcException error = answer.error().orElseThrow();
        body.completeExceptionally(error);
      } else {
        body.complete(result);
      }
      return;
    }
    HttpResponse.BodySubscriber<T> downstream;
    try {
      downstream = downstreamHandler.apply(info);
    } catch (RuntimeException e) {
      upstream.cancel();
      body.completeExceptionally(e);
      return;
    }
    downstream.getBody().whenComplete((value, failure) -> {
      if (failure != null) {
        body.completeExceptionally(failure);
      } else {
        try {
          body.complete(finisher.apply(answer, value));
        } catch (RuntimeException e) {
          body.completeExceptionally(e);
        }
      }
    });
    ArrayDeque<List<ByteBuffer>> held = pending;
    pending = null;
    relay = new Relay(downstream, held, upstreamComplete);
    downstream.onSubscribe(relay);
  }

  /**
   * The caller's subscriber's subscription: first the buffers held while deciding, then the live stream.
   * Demand beyond the held buffers goes upstream only once they are all handed on.
   */
  private final class Relay implements Flow.Subscription {
    final HttpResponse.BodySubscriber<T> downstream;
    private final ArrayDeque<List<ByteBuffer>> held;
    private boolean complete;
    private boolean live;
    private boolean draining;
    private boolean cancelled;
    private long demand;

    Relay(HttpResponse.BodySubscriber<T> downstream, ArrayDeque<List<ByteBuffer>> held, boolean complete) {
      this.downstream = downstream;
      this.held = held;
      this.complete = complete;
    }

    @Override
    public synchronized void request(long n) {
      if (cancelled) {
        return;
      }
      if (n <= 0) {
        cancel();
        downstream.onError(new IllegalArgumentException("non-positive request: " + n));
        return;
      }
      if (live) {
        upstream.request(n);
        return;
      }
      demand = demand + n < 0 ? Long.MAX_VALUE : demand + n;
      drain();
    }

    synchronized void upstreamComplete() {
      complete = true;
      if (live) {
        downstream.onComplete();
      } else {
        drain();
      }
    }

    private void drain() {
      if (draining) {
        return;
      }
      draining = true;
      try {
        while (demand > 0 && !held.isEmpty() && !cancelled) {
          demand--;
          downstream.onNext(held.poll());
        }
        if (held.isEmpty() && !cancelled && !live) {
          if (complete) {
            live = true;
            downstream.onComplete();
          } else if (demand > 0) {
            live = true;
            long rest = demand;
            demand = 0;
            upstream.request(rest);
          }
        }
      } finally {
        draining = false;
      }
    }

    @Override
    public synchronized void cancel() {
      cancelled = true;
      held.clear();
      upstream.cancel();
    }
  }
}
