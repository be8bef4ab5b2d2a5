package io.github.mexcerrors.processor.handlers;

/** What the dispatcher passes to one parameter of a handler method. */
public enum ParameterKind {
  /** The {@code int} code. */
  CODE("the int code"),
  /** The {@code String} message as received. */
  MESSAGE("the String message"),
  /** The {@code MexcApi}. */
  API("the MexcApi"),
  /** The table entry: the API's generated enum or {@code MexcErrorCode}. */
  ENTRY("the table entry (SpotErrorCode, FuturesErrorCode or MexcErrorCode)"),
  /** The exception: {@code MexcException} or a generated category exception. */
  EXCEPTION("the exception (MexcException or a generated category exception)"),
  /**
   * The caller's context: a parameter of any other type, which the dispatcher's overloads that take a context pass
   * on as they receive it (one type per class, the validator sees to it).
   */
  CONTEXT("the caller's context"),
  /**
   * A type the dispatcher supplies values of ({@code Integer}, {@code Object}, {@code CharSequence},
   * {@code Exception}, ...), none of which it can tell is meant: the validator reports it.
   */
  UNSUPPORTED("nothing the dispatcher can supply"),
  /** A type that does not exist (yet): the compiler reports it; the validator may name a generated type. */
  UNRESOLVED("a type that does not exist");

  private final String description;

  ParameterKind(String description) {
    this.description = description;
  }

  /**
   * Describes the kind for messages.
   *
   * @return e.g. "the int code"
   */
  public String description() {
    return description;
  }
}
