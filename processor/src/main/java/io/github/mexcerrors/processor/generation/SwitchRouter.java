package io.github.mexcerrors.processor.generation;

import com.palantir.javapoet.CodeBlock;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Writes the router over a {@code switch} that the plan split into chunk methods (see
 * {@link io.github.mexcerrors.processor.plan.DispatchPlan.SwitchChunk}): a binary tree of comparisons on the chunks'
 * first codes, what the JIT itself makes of a {@code lookupswitch}.
 */
final class SwitchRouter {
  private SwitchRouter() {}

  /**
   * Builds the router: a binary tree of {@code if (code < first)} tests that ends in the statement of one chunk.
   *
   * @param firstCodes the first code of every chunk, ascending
   * @param leaf the statement(s) that run chunk {@code i}
   * @return the router's code
   */
  static CodeBlock route(List<Integer> firstCodes, IntFunction<CodeBlock> leaf) {
    CodeBlock.Builder code = CodeBlock.builder();
    route(code, firstCodes, 0, firstCodes.size(), leaf);
    return code.build();
  }

  private static void route(CodeBlock.Builder code, List<Integer> firstCodes, int from, int to,
      IntFunction<CodeBlock> leaf) {
    if (to - from == 1) {
      code.add(leaf.apply(from));
      return;
    }
    int middle = (from + to) >>> 1;
    code.beginControlFlow("if (code < $L)", firstCodes.get(middle));
    route(code, firstCodes, from, middle, leaf);
    code.nextControlFlow("else");
    route(code, firstCodes, middle, to, leaf);
    code.endControlFlow();
  }
}
