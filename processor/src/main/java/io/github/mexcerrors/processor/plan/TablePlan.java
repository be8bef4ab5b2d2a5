package io.github.mexcerrors.processor.plan;

import io.github.mexcerrors.processor.table.ErrorTable;
import java.util.List;

/**
 * What is generated from a table, decided by {@link TablePlanner}: the table, and the form of each API's code type.
 *
 * @param table the checked table
 * @param codeTypes per API, in {@link io.github.mexcerrors.MexcApi} order, how its code type is generated
 */
public record TablePlan(ErrorTable table, List<CodeTypePlan> codeTypes) {}
