package io.github.mexcerrors.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.MexcErrorResponse;
import io.github.mexcerrors.MexcException;
import io.github.mexcerrors.MexcExceptionFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link MexcFailures#find}, the one search every adapter uses: over random graphs of causes and suppressed
 * exceptions (cycles, self-links, shared nodes) it finds a MEXC error exactly when one is reachable within
 * {@link MexcFailures#MAX_DEPTH} links, and the one it finds is among the nearest.
 */
class MexcFailuresProperties {
  private static final MexcExceptionFactory FACTORY = MexcExceptionFactory.untyped();

  /** One node of a generated graph: a MEXC error or a plain failure, with links by index. */
  record Spec(boolean mexc, int cause, List<Integer> suppressed) {}

  /** A throwable whose cause is whatever the graph says, itself included (Throwable refuses self-causation). */
  static final class Node extends Exception {
    private static final long serialVersionUID = 1L;
    Throwable cause;

    Node(String name) {
      super(name, null, true, false);
    }

    @Override
    public synchronized Throwable getCause() {
      return cause;
    }
  }

  @Provide
  Arbitrary<List<Spec>> graphs() {
    Arbitrary<Spec> spec = Combinators.combine(
        Arbitraries.integers().between(0, 99).map(p -> p < 12),
        Arbitraries.integers().between(-10, 63),
        Arbitraries.integers().between(0, 63).list().ofMaxSize(3))
        .as(Spec::new);
    return spec.list().ofMinSize(1).ofMaxSize(40);
  }

  @Property(tries = 3000)
  void findsTheNearestReachableErrorInAnyGraph(@ForAll("graphs") List<Spec> graph) {
    int n = graph.size();
    Throwable[] nodes = build(graph);
    int[] distance = distances(graph);
    int nearest = Integer.MAX_VALUE;
    for (int i = 0; i < n; i++) {
      if (graph.get(i).mexc() && distance[i] <= MexcFailures.MAX_DEPTH) {
        nearest = Math.min(nearest, distance[i]);
      }
    }
    Optional<MexcException> found = MexcFailures.find(nodes[0]);
    assertEquals(nearest != Integer.MAX_VALUE, found.isPresent(), () -> describe(graph));
    if (found.isPresent()) {
      int index = Arrays.asList(nodes).indexOf(found.get());
      assertEquals(nearest, distance[index], () -> "not the nearest error in " + describe(graph));
    }
  }

  @Property(tries = 500)
  void looksExactlyMaxDepthLinksDeep(@ForAll("chains") List<Boolean> viaSuppressed) {
    MexcException error = error();
    Throwable current = error;
    for (boolean suppressed : viaSuppressed) {
      Throwable wrapper = suppressed ? new IOException("wrapper") : new RuntimeException("wrapper", current);
      if (suppressed) {
        wrapper.addSuppressed(current);
      }
      current = wrapper;
    }
    assertEquals(viaSuppressed.size() <= MexcFailures.MAX_DEPTH, MexcFailures.find(current).isPresent());
  }

  @Provide
  Arbitrary<List<Boolean>> chains() {
    return Arbitraries.of(true, false).list().ofMaxSize(2 * MexcFailures.MAX_DEPTH);
  }

  @Example
  void findsWhatEachAdapterWraps() {
    MexcException error = error();
    // HttpClient.send: IOException(cause); sendAsync: CompletionException(IOException(cause)).
    assertSame(error, MexcFailures.find(new IOException(error)).orElseThrow());
    assertSame(error, MexcFailures.find(new CompletionException(new IOException(error))).orElseThrow());
    assertSame(error, MexcFailures.find(new ExecutionException(new IOException(error))).orElseThrow());
    // OkHttp's async path: the unchecked exception is suppressed by a generic IOException.
    IOException canceled = new IOException("Canceled");
    canceled.addSuppressed(error);
    assertSame(error, MexcFailures.find(canceled).orElseThrow());
    assertSame(error, MexcFailures.find(new UncheckedIOException(canceled)).orElseThrow());
    assertSame(error, MexcFailures.find(error).orElseThrow());
  }

  @Example
  void findsNothingInTransportFailures() {
    assertFalse(MexcFailures.find(null).isPresent());
    assertFalse(MexcFailures.find(new IOException("Connection refused")).isPresent());
    Node self = new Node("self");
    self.cause = self;
    self.addSuppressed(new IOException("other"));
    assertFalse(MexcFailures.find(self).isPresent());
  }

  @Example
  void looksAtABoundedNumberOfThrowables() {
    IOException wide = new IOException("wide");
    for (int i = 0; i < MexcFailures.MAX_VISITED; i++) {
      wide.addSuppressed(new IOException("noise " + i));
    }
    wide.addSuppressed(error());
    assertFalse(MexcFailures.find(wide).isPresent());
    IOException narrower = new IOException("narrower");
    for (int i = 0; i < MexcFailures.MAX_VISITED - 2; i++) {
      narrower.addSuppressed(new IOException("noise " + i));
    }
    narrower.addSuppressed(error());
    assertTrue(MexcFailures.find(narrower).isPresent());
  }

  private static MexcException error() {
    return FACTORY.create(MexcErrorResponse.builder(MexcApi.SPOT).code(10101).httpStatus(400).build());
  }

  private static Throwable[] build(List<Spec> graph) {
    int n = graph.size();
    Throwable[] nodes = new Throwable[n];
    for (int i = 0; i < n; i++) {
      nodes[i] = graph.get(i).mexc() ? error() : new Node("node " + i);
    }
    for (int i = 0; i < n; i++) {
      if (!(nodes[i] instanceof Node node)) {
        continue;
      }
      Spec spec = graph.get(i);
      node.cause = spec.cause() < 0 ? null : nodes[spec.cause() % n];
      for (int s : spec.suppressed()) {
        Throwable target = nodes[s % n];
        if (target != node) {
          node.addSuppressed(target);
        }
      }
    }
    return nodes;
  }

  /** Links from node 0, as the model of the graph says: the cause and the suppressed (self-suppression is not
   *  allowed by Throwable, so a self-link among the suppressed is not one). */
  private static int[] distances(List<Spec> graph) {
    int n = graph.size();
    int[] distance = new int[n];
    Arrays.fill(distance, Integer.MAX_VALUE);
    distance[0] = 0;
    ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(0));
    while (!queue.isEmpty()) {
      int i = queue.poll();
      Spec spec = graph.get(i);
      if (spec.mexc()) {
        continue;
      }
      List<Integer> links = new ArrayList<>();
      if (spec.cause() >= 0) {
        links.add(spec.cause() % n);
      }
      for (int s : spec.suppressed()) {
        if (s % n != i) {
          links.add(s % n);
        }
      }
      for (int link : links) {
        if (distance[link] == Integer.MAX_VALUE) {
          distance[link] = distance[i] + 1;
          queue.add(link);
        }
      }
    }
    return distance;
  }

  private static String describe(List<Spec> graph) {
    return graph.toString();
  }
}
