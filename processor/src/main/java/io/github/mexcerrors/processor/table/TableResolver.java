package io.github.mexcerrors.processor.table;

import static io.github.mexcerrors.processor.table.TableLimits.MAX_CATEGORIES;
import static io.github.mexcerrors.processor.table.TableLimits.MAX_MESSAGES;
import static io.github.mexcerrors.processor.table.TableSchema.ALTERNATIVE_MESSAGES;
import static io.github.mexcerrors.processor.table.TableSchema.GENERIC;
import static io.github.mexcerrors.processor.table.TableSchema.CATEGORY;
import static io.github.mexcerrors.processor.table.TableSchema.DESCRIPTION;
import static io.github.mexcerrors.processor.table.TableSchema.HINT;
import static io.github.mexcerrors.processor.table.TableSchema.HTTP_STATUS;
import static io.github.mexcerrors.processor.table.TableSchema.MESSAGE;
import static io.github.mexcerrors.processor.table.TableSchema.NAME;
import static io.github.mexcerrors.processor.table.TableSchema.PARENT;
import static io.github.mexcerrors.processor.table.TableSchema.RETRY;
import static io.github.mexcerrors.processor.table.TableSchema.SECTION;
import static io.github.mexcerrors.processor.table.TableSchema.SEEN_IN;

import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.RetryPolicy;
import io.github.mexcerrors.processor.diagnostics.DidYouMean;
import io.github.mexcerrors.processor.diagnostics.Message;
import io.github.mexcerrors.processor.names.GeneratedNames;
import io.github.mexcerrors.processor.table.TableDocument.CategoryDeclaration;
import io.github.mexcerrors.processor.table.TableDocument.CodeDeclaration;
import io.github.mexcerrors.processor.table.TableSchema.Key;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns table documents into an {@link ErrorTable}: merges a user table into the bundled one when it
 * {@code extends: bundled}, fills in defaults (retry policy and section inherited from the category tree), and
 * checks every rule of the schema, naming the file, line and column of each problem.
 */
final class TableResolver {
  /** The only value {@code extends} takes. */
  static final String BUNDLED = "bundled";
  private static final Pattern CONSTANT_NAME = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");
  private final TableProblems problems;

  /**
   * Creates a resolver.
   *
   * @param problems where problems go
   */
  TableResolver(TableProblems problems) {
    this.problems = problems;
  }

  /**
   * Tells whether a document asks to extend the bundled table.
   *
   * @param document the user's table
   * @return whether it has {@code extends: bundled}
   */
  static boolean extendsBundled(TableDocument document) {
    return document.top().given(TableSchema.EXTENDS);
  }

  /**
   * Resolves a table that stands alone.
   *
   * @param document the table
   * @return the table, or empty when it has problems (they are recorded)
   */
  Optional<ErrorTable> resolve(TableDocument document) {
    return resolve(null, document);
  }

  /**
   * Resolves a table, merged into a base table when it extends one.
   *
   * @param base the bundled table, or {@code null} when {@code document} stands alone
   * @param document the table
   * @return the table, or empty when either has problems (they are recorded)
   */
  Optional<ErrorTable> resolve(TableDocument base, TableDocument document) {
    boolean valid = true;
    Marked<String> extendsTable = document.top().get(TableSchema.EXTENDS);
    if (extendsTable != null && !BUNDLED.equals(extendsTable.value())) {
      problems.add(extendsTable.position(), Message.EXTENDS_UNKNOWN, BUNDLED, extendsTable.value());
      valid = false;
    }
    Marked<String> baseExtends = base == null ? null : base.top().get(TableSchema.EXTENDS);
    if (baseExtends != null) {
      problems.add(baseExtends.position(), Message.BUNDLED_EXTENDS);
      valid = false;
    }
    Merged merged = new Merged();
    if (base != null) {
      merged.add(base);
    }
    merged.add(document);
    Optional<ErrorTable> table = merged.resolve(document.file());
    return valid ? table : Optional.empty();
  }

  /** The declarations of one or two documents, later keys overriding earlier ones. */
  private final class Merged {
    private Fields top = Fields.none();
    /** Whether every document could be read in full. */
    private boolean complete = true;
    /** Whether no rule is broken so far. */
    private boolean valid = true;
    private final Map<String, CategoryFields> categories = new LinkedHashMap<>();
    private final Map<MexcApi, Map<Integer, CodeFields>> codes = new EnumMap<>(MexcApi.class);

    Merged() {
      for (MexcApi api : MexcApi.values()) {
        codes.put(api, new LinkedHashMap<>());
      }
    }

    void add(TableDocument document) {
      complete &= document.complete();
      top = top.overriddenBy(document.top());
      for (CategoryDeclaration declaration : document.categories()) {
        categories.computeIfAbsent(declaration.name().value(), name -> new CategoryFields(declaration.name()))
            .override(declaration);
      }
      for (MexcApi api : MexcApi.values()) {
        Map<Integer, CodeDeclaration> seenHere = new HashMap<>();
        for (CodeDeclaration declaration : document.codes().getOrDefault(api, List.of())) {
          Marked<Integer> code = declaration.fields().get(TableSchema.CODE);
          if (code == null) {
            problems.add(declaration.position(), Message.CODE_MISSING, apiName(api));
            valid = false;
            continue;
          }
          CodeDeclaration previous = seenHere.putIfAbsent(code.value(), declaration);
          if (previous != null) {
            SourcePosition first = previous.fields().get(TableSchema.CODE).position();
            problems.add(code.position(), Message.CODE_DUPLICATE, apiName(api), code.value(), first);
            problems.add(first, Message.CODE_DECLARED_AGAIN, apiName(api), code.value(), code.position());
            valid = false;
            continue;
          }
          codes.get(api).computeIfAbsent(code.value(), number -> new CodeFields(code)).override(declaration);
        }
      }
    }

    Optional<ErrorTable> resolve(String file) {
      Marked<String> packageName = top.get(TableSchema.PACKAGE);
      if (packageName == null && !top.invalid(TableSchema.PACKAGE)) {
        problems.add(new SourcePosition(file, 1, 1), Message.PACKAGE_MISSING);
        valid = false;
      } else if (packageName == null) {
        valid = false;
      } else if (!Names.isPackageName(packageName.value())) {
        problems.add(packageName.position(), Message.PACKAGE_INVALID, packageName.value());
        valid = false;
      } else if (Names.isJavaPlatformPackage(packageName.value())) {
        problems.add(packageName.position(), Message.PACKAGE_OF_PLATFORM, packageName.value());
        valid = false;
      }
      List<Category> resolvedCategories = resolveCategories();
      Map<String, Category> byName = new HashMap<>();
      resolvedCategories.forEach(category -> byName.put(category.name(), category));
      Map<MexcApi, List<CodeEntry>> resolvedCodes = new EnumMap<>(MexcApi.class);
      for (MexcApi api : MexcApi.values()) {
        resolvedCodes.put(api, resolveCodes(api, byName));
      }
      // Entries whose code could not be read are left out after their problem was reported: then an empty table
      // is a follow-on, not news
      if (codes.values().stream().allMatch(Map::isEmpty) && valid && complete) {
        problems.add(new SourcePosition(file, 1, 1), Message.NO_CODES);
        valid = false;
      }
      if (!valid) {
        return Optional.empty();
      }
      return Optional.of(new ErrorTable(packageName.value(), resolvedCategories, resolvedCodes));
    }

    private List<Category> resolveCategories() {
      Map<String, Marked<String>> classNames = new HashMap<>();
      Map<String, Marked<String>> foldedClassNames = new HashMap<>();
      Map<Integer, Marked<Integer>> statuses = new HashMap<>();
      int count = 0;
      for (CategoryFields fields : categories.values()) {
        String name = fields.name.value();
        if (++count == MAX_CATEGORIES + 1) {
          problems.add(fields.name.position(), Message.TOO_MANY_CATEGORIES, name, count, categories.size(),
              MAX_CATEGORIES);
          valid = false;
        }
        if (!CONSTANT_NAME.matcher(name).matches()) {
          problems.add(fields.name.position(), Message.CATEGORY_NAME_INVALID, name, suggestConstant(name));
          valid = false;
        } else {
          String className = GeneratedNames.exceptionSimpleName(name);
          Marked<String> clash = classNames.putIfAbsent(className, fields.name);
          Marked<String> foldedClash = foldedClassNames.putIfAbsent(className.toLowerCase(Locale.ROOT), fields.name);
          if (GeneratedNames.RESERVED.contains(className)) {
            problems.add(fields.name.position(), Message.CATEGORY_CLASS_RESERVED, name, className);
            valid = false;
          } else if (Names.isJavaLangType(className)) {
            problems.add(fields.name.position(), Message.CATEGORY_CLASS_HIDES_JAVA_LANG, name, className);
            valid = false;
          } else if (clash != null) {
            problems.add(fields.name.position(), Message.CATEGORY_CLASS_CLASH, clash.value(), name, className,
                clash.position());
            valid = false;
          } else if (foldedClash != null) {
            problems.add(fields.name.position(), Message.CATEGORY_CLASS_CASE_CLASH, foldedClash.value(), name,
                GeneratedNames.exceptionSimpleName(foldedClash.value()), className, foldedClash.position());
            valid = false;
          }
        }
        // A description given with an invalid value is reported already: no follow-on "has no 'description'"
        if (fields.get(DESCRIPTION) == null && !fields.invalid(DESCRIPTION)) {
          problems.add(fields.name.position(), Message.CATEGORY_DESCRIPTION_MISSING, name,
              GeneratedNames.exceptionSimpleName(name));
          valid = false;
        }
        Marked<String> parent = fields.get(PARENT);
        if (parent != null && !categories.containsKey(parent.value())) {
          problems.add(parent.position(), Message.PARENT_UNKNOWN, parent.value(),
              didYouMean(parent.value(), categories.keySet()));
          valid = false;
        }
        Marked<List<Marked<Integer>>> httpStatuses = fields.get(HTTP_STATUS);
        if (httpStatuses != null) {
          for (Marked<Integer> status : httpStatuses.value()) {
            if (status.value() < 100 || status.value() > 599) {
              problems.add(status.position(), Message.HTTP_STATUS_OUT_OF_RANGE, status.value());
              valid = false;
            }
            Marked<Integer> previous = statuses.putIfAbsent(status.value(), status);
            if (previous != null) {
              problems.add(status.position(), Message.HTTP_STATUS_DUPLICATE, status.value(), previous.position());
              valid = false;
            }
          }
        }
      }
      List<Category> ordered = new ArrayList<>();
      Set<String> done = new HashSet<>();
      for (CategoryFields fields : categories.values()) {
        addInTreeOrder(fields, ordered, done, new ArrayList<>());
      }
      return ordered;
    }

    private void addInTreeOrder(CategoryFields fields, List<Category> ordered, Set<String> done, List<String> path) {
      String name = fields.name.value();
      Marked<String> parentName = fields.get(PARENT);
      if (done.contains(name)) {
        return;
      }
      if (path.contains(name)) {
        List<String> cycle = new ArrayList<>(path.subList(path.indexOf(name), path.size()));
        cycle.add(name);
        problems.add(parentName != null ? parentName.position() : fields.name.position(),
            Message.CATEGORY_CYCLE, String.join(" -> ", cycle));
        valid = false;
        done.addAll(cycle);
        return;
      }
      Category parent = null;
      if (parentName != null && categories.containsKey(parentName.value())) {
        path.add(name);
        addInTreeOrder(categories.get(parentName.value()), ordered, done, path);
        path.remove(path.size() - 1);
        parent = ordered.stream().filter(c -> c.name().equals(parentName.value())).findFirst().orElse(null);
        if (parent == null) {
          done.add(name);
          return;
        }
      }
      done.add(name);
      Marked<String> declaredSection = fields.get(SECTION);
      String section = declaredSection != null ? declaredSection.value() : parent != null ? parent.section() : null;
      // A category whose parent is unknown (reported) is no root: it gets no follow-on "has no 'section'"; nor
      // does one whose section is invalid (reported)
      if (section == null && parentName == null && !fields.invalid(SECTION)) {
        problems.add(fields.name.position(), Message.ROOT_SECTION_MISSING, name, GeneratedNames.upperCamel(name));
        valid = false;
      }
      if (section == null) {
        section = GeneratedNames.upperCamel(name);
      }
      RetryPolicy retry = fields.valueOr(RETRY, parent != null ? parent.retryPolicy() : RetryPolicy.NEVER);
      List<Integer> statuses = new ArrayList<>();
      fields.valueOr(HTTP_STATUS, List.of()).forEach(status -> statuses.add(status.value()));
      ordered.add(new Category(name, Optional.ofNullable(parentName).map(Marked::value),
          fields.valueOr(DESCRIPTION, ""), section, retry, List.copyOf(statuses), fields.name.position()));
    }

    private List<CodeEntry> resolveCodes(MexcApi api, Map<String, Category> categoriesByName) {
      List<CodeEntry> entries = new ArrayList<>();
      Map<String, Marked<String>> names = new HashMap<>();
      for (CodeFields fields : codes.get(api).values()) {
        int code = fields.code.value();
        String label = apiName(api) + " code " + code;
        boolean complete = true;
        Marked<String> name = fields.get(NAME);
        Marked<String> message = fields.get(MESSAGE);
        if (name == null) {
          problems.add(fields.position, Message.CODE_NAME_MISSING, label,
              suggestConstant(message != null ? message.value() : "SOME_ERROR"));
          complete = false;
        } else if (!CONSTANT_NAME.matcher(name.value()).matches()) {
          problems.add(name.position(), Message.CODE_NAME_INVALID, name.value(), label,
              suggestConstant(name.value()));
          complete = false;
        } else {
          Marked<String> previous = names.putIfAbsent(name.value(), name);
          if (previous != null) {
            problems.add(name.position(), Message.CODE_NAME_DUPLICATE, apiName(api), name.value(),
                previous.position());
            problems.add(previous.position(), Message.CODE_NAME_USED_AGAIN, apiName(api), name.value(),
                name.position());
            complete = false;
          }
        }
        if (message == null) {
          problems.add(fields.position, Message.CODE_MESSAGE_MISSING, label);
          complete = false;
        }
        Marked<String> hint = fields.get(HINT);
        if (hint == null) {
          problems.add(fields.position, Message.CODE_HINT_MISSING, label);
          complete = false;
        }
        Marked<String> categoryName = fields.get(CATEGORY);
        Category category = null;
        if (categoryName == null) {
          problems.add(fields.position, Message.CODE_CATEGORY_MISSING, label,
              String.join(", ", categoriesByName.keySet().stream().sorted().toList()));
          complete = false;
        } else {
          category = categoriesByName.get(categoryName.value());
          if (category == null) {
            if (!categories.containsKey(categoryName.value())) {
              problems.add(categoryName.position(), Message.CODE_CATEGORY_UNKNOWN, categoryName.value(), label,
                  didYouMean(categoryName.value(), categories.keySet()));
            }
            complete = false;
          }
        }
        if (!complete) {
          valid = false;
          continue;
        }
        List<TableText> messages = new ArrayList<>();
        messages.add(TableText.published(message.value()));
        Marked<List<TableText>> alternativeMessages = fields.get(ALTERNATIVE_MESSAGES);
        if (alternativeMessages != null) {
          messages.addAll(alternativeMessages.value());
          if (messages.size() > MAX_MESSAGES) {
            problems.add(alternativeMessages.position(), Message.TOO_MANY_MESSAGES, label, messages.size(),
                MAX_MESSAGES, MAX_MESSAGES - 1);
            valid = false;
            continue;
          }
        }
        RetryPolicy retry = fields.valueOr(RETRY, category.retryPolicy());
        String section = fields.valueOr(SECTION, category.section());
        List<String> seenIn = List.copyOf(fields.valueOr(SEEN_IN, List.of()));
        boolean generic = fields.valueOr(GENERIC, false);
        entries.add(new CodeEntry(api, code, name.value(), List.copyOf(messages), category.name(), hint.value(),
            generic, retry, section, seenIn, fields.position));
      }
      entries.sort(Comparator.comparingInt(CodeEntry::code));
      return entries;
    }
  }

  /** The keys of one category, later declarations overriding earlier ones key by key. */
  private static final class CategoryFields {
    final Marked<String> name;
    private Fields values = Fields.none();

    CategoryFields(Marked<String> name) {
      this.name = name;
    }

    void override(CategoryDeclaration declaration) {
      values = values.overriddenBy(declaration.fields());
    }

    <T> Marked<T> get(Key<T> key) {
      return values.get(key);
    }

    <T> T valueOr(Key<T> key, T fallback) {
      return values.valueOr(key, fallback);
    }

    boolean invalid(Key<?> key) {
      return values.invalid(key);
    }
  }

  /** The keys of one code, later declarations overriding earlier ones key by key. */
  private static final class CodeFields {
    final Marked<Integer> code;
    SourcePosition position;
    private Fields values = Fields.none();

    CodeFields(Marked<Integer> code) {
      this.code = code;
    }

    void override(CodeDeclaration declaration) {
      position = declaration.position();
      values = values.overriddenBy(declaration.fields());
    }

    <T> Marked<T> get(Key<T> key) {
      return values.get(key);
    }

    <T> T valueOr(Key<T> key, T fallback) {
      return values.valueOr(key, fallback);
    }
  }

  private static String apiName(MexcApi api) {
    return api.name().toLowerCase(Locale.ROOT);
  }

  private static String suggestConstant(String text) {
    String constant = text.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replaceAll("[^A-Za-z0-9]+", "_")
        .replaceAll("^_+|_+$", "").toUpperCase(Locale.ROOT);
    if (constant.isEmpty() || !Character.isLetter(constant.charAt(0))) {
      constant = "E_" + constant;
    }
    return constant;
  }

  /**
   * Builds the "did you mean" clause of an unknown category.
   *
   * @param wrong what was written
   * @param candidates the valid names
   * @return {@code "; did you mean 'X'?"}, or the list of valid names when none is close
   */
  static String didYouMean(String wrong, Collection<String> candidates) {
    Optional<String> close = DidYouMean.closest(wrong, candidates);
    if (close.isPresent()) {
      return Message.Part.DID_YOU_MEAN_QUOTED.text(close.get());
    }
    return candidates.isEmpty() ? ""
        : Message.Part.CATEGORIES_ARE.text(String.join(", ", candidates.stream().sorted().toList()));
  }
}
