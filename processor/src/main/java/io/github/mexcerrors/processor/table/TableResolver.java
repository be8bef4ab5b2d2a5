package io.github.mexcerrors.processor.table;

import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.RetryPolicy;
import io.github.mexcerrors.processor.diagnostics.DidYouMean;
import io.github.mexcerrors.processor.diagnostics.Message;
import io.github.mexcerrors.processor.names.GeneratedNames;
import io.github.mexcerrors.processor.table.TableDocument.CategoryDeclaration;
import io.github.mexcerrors.processor.table.TableDocument.CodeDeclaration;
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
public final class TableResolver {
  /** The only value {@code extends} takes. */
  public static final String BUNDLED = "bundled";
  /**
   * The most categories a table (merged with the bundled one when it extends it) may declare. Generated methods
   * that grow with the categories (the {@code ErrorCategory} enum's static initializer, about 30 bytes a category;
   * {@code MexcErrors}' factory {@code switch}; a dispatcher whose class handles every category) must stay under
   * HotSpot's 8,000-byte {@code HugeMethodLimit}; at this limit the biggest is well under it. The bundled table has
   * 24.
   */
  public static final int MAX_CATEGORIES = 100;
  /**
   * The most messages (the message and its alternative messages) one code may have: every message adds up to 8
   * bytes to the static initializer that constructs the code's constant, which must stay JIT-compilable.
   */
  public static final int MAX_MESSAGES = 32;

  private static final Pattern CONSTANT_NAME = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");
  private final TableProblems problems;

  /**
   * Creates a resolver.
   *
   * @param problems where problems go
   */
  public TableResolver(TableProblems problems) {
    this.problems = problems;
  }

  /**
   * Tells whether a document asks to extend the bundled table.
   *
   * @param document the user's table
   * @return whether it has {@code extends: bundled}
   */
  public static boolean extendsBundled(TableDocument document) {
    return document.extendsTable() != null;
  }

  /**
   * Resolves a table that stands alone.
   *
   * @param document the table
   * @return the table, or empty when it has problems (they are recorded)
   */
  public Optional<ErrorTable> resolve(TableDocument document) {
    return resolve(null, document);
  }

  /**
   * Resolves a table, merged into a base table when it extends one.
   *
   * @param base the bundled table, or {@code null} when {@code document} stands alone
   * @param document the table
   * @return the table, or empty when either has problems (they are recorded)
   */
  public Optional<ErrorTable> resolve(TableDocument base, TableDocument document) {
    boolean valid = true;
    if (document.extendsTable() != null && !BUNDLED.equals(document.extendsTable().value())) {
      problems.add(document.extendsTable().position(), Message.EXTENDS_UNKNOWN, BUNDLED,
          document.extendsTable().value());
      valid = false;
    }
    if (base != null && base.extendsTable() != null) {
      problems.add(base.extendsTable().position(), Message.BUNDLED_EXTENDS);
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
    private Marked<String> packageName;
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
      if (document.packageName() != null) {
        packageName = document.packageName();
      }
      Map<String, Marked<String>> declaredHere = new HashMap<>();
      for (CategoryDeclaration declaration : document.categories()) {
        declaredHere.put(declaration.name().value(), declaration.name());
        categories.computeIfAbsent(declaration.name().value(), name -> new CategoryFields(declaration.name()))
            .override(declaration);
      }
      for (MexcApi api : MexcApi.values()) {
        Map<Integer, CodeDeclaration> seenHere = new HashMap<>();
        for (CodeDeclaration declaration : document.codes().getOrDefault(api, List.of())) {
          if (declaration.code() == null) {
            problems.add(declaration.position(), Message.CODE_MISSING, apiName(api));
            valid = false;
            continue;
          }
          CodeDeclaration previous = seenHere.putIfAbsent(declaration.code().value(), declaration);
          if (previous != null) {
            problems.add(declaration.code().position(), Message.CODE_DUPLICATE, apiName(api),
                declaration.code().value(), previous.code().position());
            problems.add(previous.code().position(), Message.CODE_DECLARED_AGAIN, apiName(api),
                declaration.code().value(), declaration.code().position());
            valid = false;
            continue;
          }
          codes.get(api).computeIfAbsent(declaration.code().value(), code -> new CodeFields(api, declaration))
              .override(declaration);
        }
      }
    }

    Optional<ErrorTable> resolve(String file) {
      if (packageName == null) {
        problems.add(new SourcePosition(file, 1, 1), Message.PACKAGE_MISSING);
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
        if (fields.description == null) {
          problems.add(fields.name.position(), Message.CATEGORY_DESCRIPTION_MISSING, name,
              GeneratedNames.exceptionSimpleName(name));
          valid = false;
        }
        if (fields.parent != null && !categories.containsKey(fields.parent.value())) {
          problems.add(fields.parent.position(), Message.PARENT_UNKNOWN, fields.parent.value(),
              didYouMean(fields.parent.value(), categories.keySet()));
          valid = false;
        }
        if (fields.httpStatuses != null) {
          for (Marked<Integer> status : fields.httpStatuses.value()) {
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
      if (done.contains(name)) {
        return;
      }
      if (path.contains(name)) {
        List<String> cycle = new ArrayList<>(path.subList(path.indexOf(name), path.size()));
        cycle.add(name);
        problems.add(fields.parent != null ? fields.parent.position() : fields.name.position(),
            Message.CATEGORY_CYCLE, String.join(" -> ", cycle));
        valid = false;
        done.addAll(cycle);
        return;
      }
      Category parent = null;
      if (fields.parent != null && categories.containsKey(fields.parent.value())) {
        path.add(name);
        addInTreeOrder(categories.get(fields.parent.value()), ordered, done, path);
        path.remove(path.size() - 1);
        parent = ordered.stream().filter(c -> c.name().equals(fields.parent.value())).findFirst().orElse(null);
        if (parent == null) {
          done.add(name);
          return;
        }
      }
      done.add(name);
      String section = fields.section != null ? fields.section.value() : parent != null ? parent.section() : null;
      // A category whose parent is unknown (reported) is no root: it gets no follow-on "has no 'section'"
      if (section == null && fields.parent == null) {
        problems.add(fields.name.position(), Message.ROOT_SECTION_MISSING, name, GeneratedNames.upperCamel(name));
        valid = false;
      }
      if (section == null) {
        section = GeneratedNames.upperCamel(name);
      }
      RetryPolicy retry = fields.retry != null ? fields.retry.value() : parent != null ? parent.retryPolicy()
          : RetryPolicy.NEVER;
      List<Integer> statuses = new ArrayList<>();
      if (fields.httpStatuses != null) {
        fields.httpStatuses.value().forEach(status -> statuses.add(status.value()));
      }
      ordered.add(new Category(name, Optional.ofNullable(fields.parent).map(Marked::value),
          fields.description != null ? fields.description.value() : "", section, retry, List.copyOf(statuses),
          fields.name.position()));
    }

    private List<CodeEntry> resolveCodes(MexcApi api, Map<String, Category> categoriesByName) {
      List<CodeEntry> entries = new ArrayList<>();
      Map<String, Marked<String>> names = new HashMap<>();
      for (CodeFields fields : codes.get(api).values()) {
        int code = fields.code.value();
        String label = apiName(api) + " code " + code;
        boolean complete = true;
        if (fields.name == null) {
          problems.add(fields.position, Message.CODE_NAME_MISSING, label,
              suggestConstant(fields.message != null ? fields.message.value() : "SOME_ERROR"));
          complete = false;
        } else if (!CONSTANT_NAME.matcher(fields.name.value()).matches()) {
          problems.add(fields.name.position(), Message.CODE_NAME_INVALID, fields.name.value(), label,
              suggestConstant(fields.name.value()));
          complete = false;
        } else {
          Marked<String> previous = names.putIfAbsent(fields.name.value(), fields.name);
          if (previous != null) {
            problems.add(fields.name.position(), Message.CODE_NAME_DUPLICATE, apiName(api), fields.name.value(),
                previous.position());
            problems.add(previous.position(), Message.CODE_NAME_USED_AGAIN, apiName(api), fields.name.value(),
                fields.name.position());
            complete = false;
          }
        }
        if (fields.message == null) {
          problems.add(fields.position, Message.CODE_MESSAGE_MISSING, label);
          complete = false;
        }
        if (fields.hint == null) {
          problems.add(fields.position, Message.CODE_HINT_MISSING, label);
          complete = false;
        }
        Category category = null;
        if (fields.category == null) {
          problems.add(fields.position, Message.CODE_CATEGORY_MISSING, label,
              String.join(", ", categoriesByName.keySet().stream().sorted().toList()));
          complete = false;
        } else {
          category = categoriesByName.get(fields.category.value());
          if (category == null) {
            if (!categories.containsKey(fields.category.value())) {
              problems.add(fields.category.position(), Message.CODE_CATEGORY_UNKNOWN, fields.category.value(), label,
                  didYouMean(fields.category.value(), categories.keySet()));
            }
            complete = false;
          }
        }
        if (!complete) {
          valid = false;
          continue;
        }
        List<String> messages = new ArrayList<>();
        messages.add(fields.message.value());
        if (fields.alternativeMessages != null) {
          messages.addAll(fields.alternativeMessages.value());
          if (messages.size() > MAX_MESSAGES) {
            problems.add(fields.alternativeMessages.position(), Message.TOO_MANY_MESSAGES, label, messages.size(),
                MAX_MESSAGES, MAX_MESSAGES - 1);
            valid = false;
            continue;
          }
        }
        RetryPolicy retry = fields.retry != null ? fields.retry.value() : category.retryPolicy();
        String section = fields.section != null ? fields.section.value() : category.section();
        List<String> seenIn = fields.seenIn != null ? List.copyOf(fields.seenIn.value()) : List.of();
        entries.add(new CodeEntry(api, code, fields.name.value(), List.copyOf(messages), category.name(),
            fields.hint.value(), retry, section, seenIn, fields.position));
      }
      entries.sort(Comparator.comparingInt(CodeEntry::code));
      return entries;
    }
  }

  /** The keys of one category, later declarations overriding earlier ones key by key. */
  private static final class CategoryFields {
    final Marked<String> name;
    Marked<String> parent;
    Marked<String> description;
    Marked<String> section;
    Marked<RetryPolicy> retry;
    Marked<List<Marked<Integer>>> httpStatuses;

    CategoryFields(Marked<String> name) {
      this.name = name;
    }

    void override(CategoryDeclaration declaration) {
      parent = declaration.parent() != null ? declaration.parent() : parent;
      description = declaration.description() != null ? declaration.description() : description;
      section = declaration.section() != null ? declaration.section() : section;
      retry = declaration.retry() != null ? declaration.retry() : retry;
      httpStatuses = declaration.httpStatuses() != null ? declaration.httpStatuses() : httpStatuses;
    }
  }

  /** The keys of one code, later declarations overriding earlier ones key by key. */
  private static final class CodeFields {
    final Marked<Integer> code;
    SourcePosition position;
    Marked<String> name;
    Marked<String> message;
    Marked<List<String>> alternativeMessages;
    Marked<String> category;
    Marked<String> hint;
    Marked<RetryPolicy> retry;
    Marked<String> section;
    Marked<List<String>> seenIn;

    CodeFields(MexcApi api, CodeDeclaration declaration) {
      this.code = declaration.code();
      this.position = declaration.position();
    }

    void override(CodeDeclaration declaration) {
      position = declaration.position();
      name = declaration.name() != null ? declaration.name() : name;
      message = declaration.message() != null ? declaration.message() : message;
      alternativeMessages =
          declaration.alternativeMessages() != null ? declaration.alternativeMessages() : alternativeMessages;
      category = declaration.category() != null ? declaration.category() : category;
      hint = declaration.hint() != null ? declaration.hint() : hint;
      retry = declaration.retry() != null ? declaration.retry() : retry;
      section = declaration.section() != null ? declaration.section() : section;
      seenIn = declaration.seenIn() != null ? declaration.seenIn() : seenIn;
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
