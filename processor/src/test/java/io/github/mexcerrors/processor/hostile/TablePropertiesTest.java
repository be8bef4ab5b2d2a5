package io.github.mexcerrors.processor.hostile;

import static com.google.common.truth.Truth.assertThat;

import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.processor.table.Category;
import io.github.mexcerrors.processor.table.CodeEntry;
import io.github.mexcerrors.processor.table.ErrorTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random tables through the table layer in-process (parser and resolver, no javac), so that each property runs
 * its {@code jqwik.tries.default} tries: 1,000 in the normal build (see {@code junit-platform.properties}),
 * 100,000 with {@code -Djqwik.tries.default=100000}. {@link CompileRoundTripPropertiesTest} takes fewer tables
 * through javac.
 */
class TablePropertiesTest {
  @Provide
  Arbitrary<RandomTables.Shape> shapes() {
    return RandomTables.shapes();
  }

  @Provide
  Arbitrary<RandomTables.Mutation> mutations() {
    return Arbitraries.of(RandomTables.Mutation.class);
  }

  @Property
  void aValidTableResolvesAndKeepsEveryValueExactly(@ForAll("shapes") RandomTables.Shape shape) {
    TableSpec spec = RandomTables.build(shape);
    Hostile.Resolved resolved = Hostile.resolve(spec.yaml());
    assertThat(resolved.problems()).isEmpty();
    ErrorTable table = resolved.table().orElseThrow();
    assertThat(table.categories()).hasSize(spec.categories.size());
    for (TableSpec.Code code : spec.codes) {
      MexcApi api = MexcApi.valueOf(code.api.toUpperCase(Locale.ROOT));
      CodeEntry entry = table.code(api, Integer.parseInt(code.keys.get("code"))).orElseThrow();
      assertThat(entry.name()).isEqualTo(code.keys.get("name"));
      assertThat(entry.category()).isEqualTo(code.keys.get("category"));
      assertThat(TableSpec.quote(entry.hint())).isEqualTo(code.keys.get("hint"));
      assertThat(TableSpec.quote(entry.message())).isEqualTo(code.keys.get("message"));
      List<String> alternatives = new ArrayList<>();
      entry.messages().subList(1, entry.messages().size()).forEach(text -> alternatives.add(TableSpec.quote(text)));
      String written = code.keys.get("alternativeMessages");
      assertThat(alternatives.isEmpty() ? null : "[" + String.join(", ", alternatives) + "]").isEqualTo(written);
    }
    for (Map.Entry<String, Map<String, String>> category : spec.categories.entrySet()) {
      Category resolvedCategory = table.category(category.getKey()).orElseThrow();
      assertThat(TableSpec.quote(resolvedCategory.description())).isEqualTo(category.getValue().get("description"));
      assertThat(resolvedCategory.parent().orElse(null)).isEqualTo(category.getValue().get("parent"));
    }
  }

  @Property
  void aBrokenTableGivesAtLeastOneErrorAndNoTable(@ForAll("shapes") RandomTables.Shape shape,
      @ForAll("mutations") RandomTables.Mutation mutation, @ForAll int pick) {
    String yaml = RandomTables.mutate(RandomTables.build(shape), mutation, Math.abs(pick % 1000));
    Hostile.Resolved resolved = Hostile.resolve(yaml);
    assertThat(resolved.problems()).isNotEmpty();
    assertThat(resolved.table()).isEmpty();
    for (var problem : resolved.problems()) {
      assertThat(problem.message()).isNotEmpty();
    }
  }
}
