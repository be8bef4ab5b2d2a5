package io.github.mexcerrors.processor.plan;

/**
 * How big a dispatcher's {@code switch} may grow before the planner routes codes through their category instead.
 *
 * @param maxListedCodes above this many codes of one API that reach a method, codes that reach one only through
 *     their category are not listed in the {@code switch}: the dispatcher looks the code's category up instead,
 *     so that its size grows with the class's own codes and the number of categories, not with the table
 */
public record RoutingPolicy(int maxListedCodes) {
  /** The policy the processor uses: small tables keep the single {@code switch}, the fastest form. */
  public static final RoutingPolicy DEFAULT = new RoutingPolicy(256);
}
