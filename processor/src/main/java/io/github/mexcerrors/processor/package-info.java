/**
 * The mexc-errors annotation processor. {@link io.github.mexcerrors.processor.MexcErrorProcessor} only
 * orchestrates; each step lives in a package of its own, and an immutable model passes between them:
 *
 * <ol>
 *   <li><b>Load</b> ({@code table}): {@code TableLoader} finds the table (the user's file or the bundled
 *       {@code error-codes.yaml}), {@code TableParser} reads it with SnakeYAML's safe composer into a
 *       {@code TableDocument}, key by key as <b>{@code TableSchema}</b> declares them: the one class that says
 *       which YAML keys exist, where they may stand and how each value is read.
 *   <li><b>Resolve and check</b>: {@code TableResolver} merges, fills in and checks the documents into an
 *       {@link io.github.mexcerrors.processor.table.ErrorTable}; for handler classes, {@code handlers} reads each
 *       class as written ({@code HandlerReader}) and {@code validation} checks it, one rule class per concern
 *       ({@code HandlerValidator} lists them).
 *   <li><b>Plan</b> ({@code plan}): every decision about what is generated. {@code TablePlanner} decides, per
 *       API, an enum or a final class with holders and the size of the hash index ({@code TablePlan});
 *       {@code DispatchPlanner} decides which method each code reaches, how each {@code switch} is cut into
 *       methods for the JIT, which cases share a call and what the dispatcher returns ({@code DispatchPlan}).
 *   <li><b>Render</b> ({@code generation}): writers are pure functions from a plan to files: JavaPoet types, on
 *       one base, {@code SourceFileGenerator}, which adds {@code @Generated} and the originating elements, and
 *       resources ({@code ResourceFile}: the error reference). None touches the {@code Filer}.
 *   <li><b>Write</b> ({@code write}): {@code GeneratedFiles} writes sources ({@code SourceText} words them:
 *       printable ASCII, Javadoc wrapped within 100 columns) and resources through the {@code Filer}.
 * </ol>
 *
 * <p>Every generated name comes from {@code names.GeneratedNames}. Every diagnostic's id, kind and text live in
 * <b>{@code diagnostics.Message}</b>, printed by {@code Diagnostics}; every "did you mean" comes from
 * {@code DidYouMean}. The limits a table is held to are {@code table.TableLimits}.
 */
package io.github.mexcerrors.processor;
