package io.github.mexcerrors;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Asks the processor to generate the types of the error table (the code enums, {@code ErrorCategory}, the
 * exceptions and {@code MexcErrors}) in this module even when it has no handler class, as MapStruct's
 * {@code @Mapper} or Dagger's {@code @Component} make their processors generate code. Put it on a
 * {@code package-info.java}:
 *
 * <pre>{@code
 * @MexcErrorTypes
 * package com.example.errors;
 *
 * import io.github.mexcerrors.MexcErrorTypes;
 * }</pre>
 *
 * <p>The table is the module's own ({@code -Amexc.errors.table=...} or
 * {@code META-INF/mexc-errors/error-codes.yaml}), else the table bundled with the processor. The types go
 * into the package the table names, not necessarily the annotated one. Nothing is generated when the types of
 * that very table are already on the class path (from {@code mexc-errors-table} or another module): they are
 * reused, as for handler classes. Without a table of your own, you need neither this annotation nor the
 * processor: depend on {@code mexc-errors-table}, which ships the bundled table's types compiled.
 *
 * <p>The annotation has {@code CLASS} retention: Gradle recompiles everything when an aggregating processor is
 * handed an annotation of {@code SOURCE} retention.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PACKAGE, ElementType.TYPE})
public @interface MexcErrorTypes {}
