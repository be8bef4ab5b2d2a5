package io.github.mexcerrors.processor.diagnostics;

import io.github.mexcerrors.processor.testing.ProcessorCompiler;

/** The compilers every diagnostics test runs on. */
enum CompilerKind {
  /** javac, with -Xlint:all -Werror. */
  JAVAC,
  /** The Eclipse compiler (ecj), with -failOnWarning. */
  ECJ;

  /**
   * Returns a fresh compiler of this kind with the processor.
   *
   * @return the compiler
   */
  ProcessorCompiler compiler() {
    return this == ECJ ? ProcessorCompiler.ecj() : ProcessorCompiler.javac();
  }
}
