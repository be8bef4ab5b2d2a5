package io.github.mexcerrors.processor.table;

import static io.github.mexcerrors.processor.table.TableLimits.MAX_ALIASES;
import static io.github.mexcerrors.processor.table.TableLimits.MAX_CODE_POINTS;
import static io.github.mexcerrors.processor.table.TableLimits.MAX_NESTING_DEPTH;
import static io.github.mexcerrors.processor.table.TableLimits.MAX_TEXT_LENGTH;

import io.github.mexcerrors.MexcApi;
import io.github.mexcerrors.RetryPolicy;
import io.github.mexcerrors.processor.diagnostics.DidYouMean;
import io.github.mexcerrors.processor.diagnostics.Message;
import io.github.mexcerrors.processor.table.TableDocument.CategoryDeclaration;
import io.github.mexcerrors.processor.table.TableDocument.CodeDeclaration;
import io.github.mexcerrors.processor.table.TableSchema.Key;
import io.github.mexcerrors.processor.table.TableSchema.Level;
import java.io.StringReader;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads a table file into a {@link TableDocument}. SnakeYAML only composes the node tree (no object is ever
 * constructed from the document, so no tag can instantiate anything); every value is then read by hand against
 * the {@link TableSchema}, keeping its line and column. Problems go to {@link TableProblems}; reading goes on
 * after one so that a build reports all of them.
 */
final class TableParser implements TableSchema.ValueReader {
  /** A decimal integer as a table writes a number. */
  private static final Pattern DECIMAL = Pattern.compile("[-+]?[0-9]+");

  /** The shape of a BCP 47 tag: a language of 2 or 3 letters, then subtags of letters and digits. */
  private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");

  private static final Set<Tag> PLAIN_TAGS =
      Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.SEQ, Tag.MAP);

  private final String file;
  private final TableProblems problems;
  private boolean complete = true;

  /**
   * Creates a parser for one file.
   *
   * @param file the display name used in positions
   * @param problems where problems go
   */
  TableParser(String file, TableProblems problems) {
    this.file = file;
    this.problems = problems;
  }

  /**
   * Parses the text of a table file.
   *
   * @param text the file's content
   * @return the document, or empty when the file could not be read as YAML at all
   */
  Optional<TableDocument> parse(String text) {
    if (text.length() > MAX_CODE_POINTS) {
      report(new SourcePosition(file, 1, 1), Message.TABLE_TOO_LONG, text.length(), MAX_CODE_POINTS);
      return Optional.empty();
    }
    Node root;
    try {
      root = compose(text);
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
      if (problem != null && problem.startsWith("Global tag is not allowed")) {
        report(mark == null ? null : position(mark), Message.YAML_TAG_NOT_ALLOWED,
            oneLine(problem.substring(problem.indexOf(':') + 1).strip()));
      } else {
        report(mark == null ? null : position(mark), Message.YAML_INVALID, oneLine(problem),
            syntaxAdvice(problem));
      }
      return Optional.empty();
    } catch (ReaderException e) {
      report(position(text, e.getPosition()), Message.YAML_CHARACTER_NOT_ALLOWED, e.getCodePoint());
      return Optional.empty();
    } catch (YAMLException e) {
      report(limitPosition(text), Message.YAML_REFUSED, limitExceeded(e.getMessage()));
      return Optional.empty();
    }
    // Anything else SnakeYAML throws is a bug of this processor's use of it: the processor reports it as one
    // (MEXC-P001, with the trace), as it does every exception of its own.
    if (root == null) {
      report(new SourcePosition(file, 1, 1), Message.TABLE_EMPTY);
      return Optional.empty();
    }
    if (!checkTags(root, 0)) {
      return Optional.empty();
    }
    MappingNode top = mapping(root, "the table");
    if (top == null) {
      return Optional.empty();
    }
    Fields.Builder values = Fields.builder();
    List<CategoryDeclaration> categories = new ArrayList<>();
    Map<MexcApi, List<CodeDeclaration>> codes = new EnumMap<>(MexcApi.class);
    for (NodeTuple entry : entries(top, Level.TOP)) {
      String key = keyOf(entry);
      Node value = entry.getValueNode();
      Optional<Key<?>> valueKey = TableSchema.key(Level.TOP, key);
      if (valueKey.isPresent()) {
        read(valueKey.get(), value, values);
      } else if (key.equals(TableSchema.CATEGORIES)) {
        readCategories(value, categories);
      } else {
        for (MexcApi api : MexcApi.values()) {
          if (key.equals(TableSchema.codeList(api))) {
            codes.put(api, readCodes(value, api));
          }
        }
      }
    }
    return Optional.of(new TableDocument(file, values.build(), categories, codes, complete));
  }

  /** Reads one key's value into the declaration's fields (an invalid value is reported and marked). */
  private <T> void read(Key<T> key, Node value, Fields.Builder fields) {
    fields.put(key, key.read(this, value));
  }

  private void report(SourcePosition position, Message message, Object... args) {
    complete = false;
    problems.add(position, message, args);
  }

  /**
   * Composes the node tree of a text the way {@code Yaml.compose} does, without the {@code Yaml} facade, whose
   * constructor and representer (about 45 classes a cold compile would load and initialise) a composition never
   * uses.
   */
  private static Node compose(String text) {
    LoaderOptions options = loaderOptions();
    return new Composer(new ParserImpl(new StreamReader(new StringReader(text)), options), new Resolver(), options)
        .getSingleNode();
  }

  private static LoaderOptions loaderOptions() {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setAllowRecursiveKeys(false);
    options.setNestingDepthLimit(MAX_NESTING_DEPTH);
    options.setCodePointLimit(MAX_CODE_POINTS);
    options.setProcessComments(false);
    return options;
  }

  private boolean checkTags(Node node, int depth) {
    if (depth > MAX_NESTING_DEPTH) {
      report(position(node), Message.YAML_TOO_DEEP, MAX_NESTING_DEPTH);
      return false;
    }
    if (node.getTag().equals(Tag.MERGE)) {
      report(position(node), Message.YAML_MERGE_KEY);
      return false;
    }
    if (!PLAIN_TAGS.contains(node.getTag())) {
      report(position(node), Message.YAML_TAG_NOT_ALLOWED, node.getTag().getValue());
      return false;
    }
    if (node instanceof MappingNode) {
      for (NodeTuple tuple : ((MappingNode) node).getValue()) {
        if (!checkTags(tuple.getKeyNode(), depth + 1) || !checkTags(tuple.getValueNode(), depth + 1)) {
          return false;
        }
      }
    } else if (node instanceof SequenceNode) {
      for (Node item : ((SequenceNode) node).getValue()) {
        if (!checkTags(item, depth + 1)) {
          return false;
        }
      }
    }
    return true;
  }

  private void readCategories(Node node, List<CategoryDeclaration> categories) {
    MappingNode mapping = mapping(node, "'categories'");
    if (mapping == null) {
      return;
    }
    for (NodeTuple tuple : entries(mapping, null)) {
      Marked<String> name = new Marked<>(keyOf(tuple), position(tuple.getKeyNode()));
      MappingNode body = mapping(tuple.getValueNode(), "category " + name.value());
      if (body == null) {
        continue;
      }
      Fields.Builder fields = Fields.builder();
      for (NodeTuple field : entries(body, Level.CATEGORY)) {
        read(TableSchema.key(Level.CATEGORY, keyOf(field)).orElseThrow(), field.getValueNode(), fields);
      }
      categories.add(new CategoryDeclaration(name, fields.build()));
    }
  }

  private List<CodeDeclaration> readCodes(Node node, MexcApi api) {
    List<CodeDeclaration> codes = new ArrayList<>();
    String list = TableSchema.codeList(api);
    if (node.getTag().equals(Tag.NULL)) {
      return codes;
    }
    if (!(node instanceof SequenceNode)) {
      report(position(node), Message.CODES_NOT_A_LIST, list);
      return codes;
    }
    for (Node item : ((SequenceNode) node).getValue()) {
      MappingNode body = mapping(item, "a " + list + " code");
      if (body == null) {
        continue;
      }
      Fields.Builder builder = Fields.builder();
      for (NodeTuple field : entries(body, Level.CODE)) {
        read(TableSchema.key(Level.CODE, keyOf(field)).orElseThrow(), field.getValueNode(), builder);
      }
      Fields fields = builder.build();
      if (TableSchema.CODE_REQUIRED.stream().anyMatch(fields::invalid)) {
        // A required value was given but is invalid (reported): leave the entry out, so that no follow-on
        // problem ("has no 'code'") is reported for it.
        continue;
      }
      codes.add(new CodeDeclaration(api, fields, position(item)));
    }
    return codes;
  }

  /** Returns the entries of a mapping whose keys are scalars, known (when {@code level} is given) and unique. */
  private List<NodeTuple> entries(MappingNode mapping, Level level) {
    String what = level == null ? "category" : level.description();
    List<String> known = level == null ? null : TableSchema.names(level);
    List<NodeTuple> result = new ArrayList<>();
    Map<String, Node> seen = new HashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      Node keyNode = tuple.getKeyNode();
      if (!(keyNode instanceof ScalarNode)) {
        report(position(keyNode), Message.KEY_NOT_PLAIN, what);
        continue;
      }
      String key = ((ScalarNode) keyNode).getValue();
      Node previous = seen.putIfAbsent(key, keyNode);
      if (previous != null) {
        report(position(keyNode), Message.KEY_DUPLICATE, key, position(previous).line());
        continue;
      }
      if (known != null && !known.contains(key)) {
        report(position(keyNode), Message.KEY_UNKNOWN, what, key, suggestion(key, known),
            String.join(", ", known));
        continue;
      }
      result.add(tuple);
    }
    return result;
  }

  private static String suggestion(String written, List<String> known) {
    return DidYouMean.closest(written, known).map(Message.Part.DID_YOU_MEAN_QUOTED::text).orElse("");
  }

  private MappingNode mapping(Node node, String what) {
    if (node instanceof MappingNode) {
      return (MappingNode) node;
    }
    report(position(node), Message.NOT_A_MAPPING, what, describe(node));
    return null;
  }

  @Override
  public Marked<String> string(Node node, String key) {
    if (node instanceof ScalarNode && !node.getTag().equals(Tag.NULL)) {
      checkLength((ScalarNode) node, key);
      return new Marked<>(((ScalarNode) node).getValue(), position(node));
    }
    if (node instanceof ScalarNode && !((ScalarNode) node).getValue().isEmpty()
        && !((ScalarNode) node).getValue().equals("~")) {
      String text = ((ScalarNode) node).getValue();
      report(position(node), Message.TEXT_READ_AS_NULL, key, text);
      return null;
    }
    report(position(node), Message.TEXT_MISSING, key, describe(node));
    return null;
  }

  @Override
  public Marked<List<String>> strings(Node node, String key) {
    List<String> values = new ArrayList<>();
    forEachScalar(node, key, "texts", scalar -> {
      checkLength(scalar, key);
      values.add(scalar.getValue());
    });
    return new Marked<>(values, position(node));
  }

  /**
   * Reads {@code seenIn}: one text or a list of texts, each a non-blank single line (it is rendered in Javadoc and in
   * a table row of the reference). A list without items is refused: a published code leaves the key out.
   */
  @Override
  public Marked<List<String>> sources(Node node, String key) {
    Marked<List<String>> sources = strings(node, key);
    if (node instanceof SequenceNode && ((SequenceNode) node).getValue().isEmpty()) {
      report(position(node), Message.SEEN_IN_EMPTY);
    }
    List<Node> items = node instanceof SequenceNode ? ((SequenceNode) node).getValue() : List.of(node);
    for (Node item : items) {
      if (item instanceof ScalarNode && !item.getTag().equals(Tag.NULL)) {
        String text = ((ScalarNode) item).getValue();
        if (text.isBlank() || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
          report(position(item), Message.SEEN_IN_ITEM_BLANK);
        }
      }
    }
    return sources;
  }

  @Override
  public Marked<Boolean> flag(Node node, String key) {
    if (node instanceof ScalarNode && node.getTag().equals(Tag.BOOL)) {
      String text = ((ScalarNode) node).getValue();
      if (text.equals("true") || text.equals("false")) {
        return new Marked<>(Boolean.valueOf(text), position(node));
      }
    }
    report(position(node), Message.FLAG_NOT_BOOLEAN, key, node instanceof ScalarNode
        ? "'" + oneLine(((ScalarNode) node).getValue()) + "'" : describe(node));
    return null;
  }

  /** Reads a language tag: one that {@link Locale#forLanguageTag} reads back to the same tag (case aside). */
  @Override
  public Marked<String> language(Node node, String key) {
    Marked<String> text = string(node, key);
    if (text == null) {
      return null;
    }
    String tag = text.value();
    if (!LANGUAGE_TAG.matcher(tag).matches()
        || !Locale.forLanguageTag(tag).toLanguageTag().equalsIgnoreCase(tag)) {
      report(text.position(), Message.LANGUAGE_INVALID, key, oneLine(tag));
      return null;
    }
    return text;
  }

  /**
   * Reads {@code alternativeMessages}: one text or a list whose items are texts or mappings of {@code text},
   * {@code language} and {@code seenIn}. An invalid item is reported and left out.
   */
  @Override
  public Marked<List<TableText>> texts(Node node, String key) {
    List<TableText> values = new ArrayList<>();
    if (node instanceof ScalarNode && !node.getTag().equals(Tag.NULL)) {
      checkLength((ScalarNode) node, key);
      values.add(TableText.published(((ScalarNode) node).getValue()));
      return new Marked<>(values, position(node));
    }
    if (!(node instanceof SequenceNode)) {
      report(position(node), Message.LIST_EXPECTED, key, "texts", describe(node));
      return new Marked<>(values, position(node));
    }
    for (Node item : ((SequenceNode) node).getValue()) {
      if (item instanceof ScalarNode && !item.getTag().equals(Tag.NULL)) {
        checkLength((ScalarNode) item, key);
        values.add(TableText.published(((ScalarNode) item).getValue()));
      } else if (item instanceof MappingNode) {
        Fields.Builder builder = Fields.builder();
        for (NodeTuple field : entries((MappingNode) item, Level.MESSAGE)) {
          read(TableSchema.key(Level.MESSAGE, keyOf(field)).orElseThrow(), field.getValueNode(), builder);
        }
        Fields fields = builder.build();
        Marked<String> text = fields.get(TableSchema.TEXT);
        if (text == null) {
          if (!fields.invalid(TableSchema.TEXT)) {
            report(position(item), Message.MESSAGE_TEXT_MISSING);
          }
          continue;
        }
        Marked<String> language = fields.get(TableSchema.LANGUAGE);
        values.add(new TableText(text.value(), language == null ? null : language.value(),
            fields.valueOr(TableSchema.SEEN_IN, List.of())));
      } else {
        report(position(item), Message.LIST_ITEM_NOT_SCALAR, key, describe(item));
      }
    }
    return new Marked<>(values, position(node));
  }

  @Override
  public Marked<List<Marked<Integer>>> integers(Node node, String key) {
    List<Marked<Integer>> values = new ArrayList<>();
    forEachScalar(node, key, "HTTP statuses", scalar -> {
      Marked<Integer> value = integer(scalar, key);
      if (value != null) {
        values.add(value);
      }
    });
    return new Marked<>(values, position(node));
  }

  private void forEachScalar(Node node, String key, String what, Consumer<ScalarNode> action) {
    if (node instanceof ScalarNode && !node.getTag().equals(Tag.NULL)) {
      action.accept((ScalarNode) node);
      return;
    }
    if (!(node instanceof SequenceNode)) {
      report(position(node), Message.LIST_EXPECTED, key, what, describe(node));
      return;
    }
    for (Node item : ((SequenceNode) node).getValue()) {
      if (item instanceof ScalarNode && !item.getTag().equals(Tag.NULL)) {
        action.accept((ScalarNode) item);
      } else {
        report(position(item), Message.LIST_ITEM_NOT_SCALAR, key, describe(item));
      }
    }
  }

  /**
   * Records a problem for an overlong text or one that is not valid Unicode (an unpaired surrogate, which only a
   * {@code \\uD800}-style escape can produce: no real message has one, and javac mis-reads some string literals
   * that contain one). The text is still used, so that no follow-on problem appears.
   */
  private void checkLength(ScalarNode node, String key) {
    String text = node.getValue();
    int length = text.length();
    if (length > MAX_TEXT_LENGTH) {
      report(position(node), Message.TEXT_TOO_LONG, key, length, MAX_TEXT_LENGTH);
    }
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        report(position(node), Message.TEXT_UNPAIRED_SURROGATE, key, (int) c, i + 1);
        return;
      }
    }
  }

  /**
   * Finds where SnakeYAML's composer gave up on a limit, which its exception does not say: the alias one over the
   * limit of aliases to lists and mappings, or the list or mapping one level deeper than the limit. The events of
   * the text are read again (the parser neither expands aliases nor nests), counting as the composer does.
   *
   * @param text the table's text
   * @return the alias or the opening bracket or key, or the file's start when neither is found
   */
  private SourcePosition limitPosition(String text) {
    Map<String, Boolean> collectionAnchors = new HashMap<>();
    int aliases = 0;
    int depth = 0;
    try {
      Parser parser = new ParserImpl(new StreamReader(new StringReader(text)), loaderOptions());
      while (parser.peekEvent() != null) {
        Event event = parser.getEvent();
        if (event instanceof CollectionStartEvent) {
          depth++;
          if (depth > MAX_NESTING_DEPTH) {
            return position(event.getStartMark());
          }
          String anchor = ((CollectionStartEvent) event).getAnchor();
          if (anchor != null) {
            collectionAnchors.put(anchor, true);
          }
        } else if (event instanceof CollectionEndEvent) {
          depth--;
        } else if (event instanceof ScalarEvent && ((ScalarEvent) event).getAnchor() != null) {
          collectionAnchors.put(((ScalarEvent) event).getAnchor(), false);
        } else if (event instanceof AliasEvent
            && collectionAnchors.getOrDefault(((AliasEvent) event).getAnchor(), false)
            && ++aliases > MAX_ALIASES) {
          return position(event.getStartMark());
        }
      }
    } catch (RuntimeException e) {
      // The text does not parse that far: the start of the file is all that is known
    }
    return new SourcePosition(file, 1, 1);
  }

  private static String limitExceeded(String message) {
    String text = message == null ? "" : message;
    if (text.startsWith("Number of aliases")) {
      return Message.Part.ALIASES.text(MAX_ALIASES);
    }
    if (text.startsWith("Nesting Depth")) {
      return Message.Part.NESTING.text(MAX_NESTING_DEPTH);
    }
    if (text.contains("exceeds the limit")) {
      return Message.Part.CODE_POINTS.text(MAX_CODE_POINTS);
    }
    return oneLine(text);
  }

  private Marked<Integer> integer(Node node, String key) {
    if (!(node instanceof ScalarNode) || node.getTag().equals(Tag.NULL)) {
      report(position(node), Message.NUMBER_MISSING, key, describe(node));
      return null;
    }
    String text = ((ScalarNode) node).getValue().strip();
    if (!node.getTag().equals(Tag.INT) || !DECIMAL.matcher(text).matches()) {
      String advice = DECIMAL.matcher(text).matches() ? Message.Part.WRITE_NUMBER_UNQUOTED.text(text) : "";
      report(position(node), Message.NUMBER_INVALID, key, oneLine(text),
          node.getTag().equals(Tag.STR) ? "a string" : "not a decimal integer", advice);
      return null;
    }
    BigInteger value = new BigInteger(text.startsWith("+") ? text.substring(1) : text);
    if (value.bitLength() > 31) {
      report(position(node), Message.NUMBER_OUT_OF_RANGE, key, text, Integer.MIN_VALUE, Integer.MAX_VALUE);
      return null;
    }
    return new Marked<>(value.intValue(), position(node));
  }

  @Override
  public Marked<Integer> code(Node node, String key) {
    Marked<Integer> code = integer(node, key);
    if (code != null && code.value() == Integer.MIN_VALUE) {
      report(code.position(), Message.CODE_RESERVED, Integer.MIN_VALUE);
    }
    return code;
  }

  @Override
  public Marked<RetryPolicy> retryPolicy(Node node, String key) {
    Marked<String> text = string(node, key);
    if (text == null) {
      return null;
    }
    for (RetryPolicy policy : RetryPolicy.values()) {
      if (policy.name().equals(text.value())) {
        return new Marked<>(policy, text.position());
      }
    }
    List<String> names = Arrays.stream(RetryPolicy.values()).map(Enum::name).collect(Collectors.toList());
    report(text.position(), Message.RETRY_POLICY_UNKNOWN, oneLine(text.value()),
        suggestion(text.value(), names), String.join(", ", names));
    return null;
  }

  private static String keyOf(NodeTuple tuple) {
    return ((ScalarNode) tuple.getKeyNode()).getValue();
  }

  private static String describe(Node node) {
    if (node instanceof MappingNode) {
      return "a mapping";
    }
    if (node instanceof SequenceNode) {
      return "a list";
    }
    if (node.getTag().equals(Tag.NULL)) {
      return "nothing (the value is missing)";
    }
    return "'" + oneLine(((ScalarNode) node).getValue()) + "'";
  }

  private static String syntaxAdvice(String problem) {
    if (problem != null && problem.contains("\\t")) {
      return " " + Message.Part.TABS.text();
    }
    return "";
  }

  private static String oneLine(String text) {
    String line = text == null ? "" : text.replaceAll("\\s+", " ").strip();
    return line.length() > 120 ? line.substring(0, 117) + "..." : line;
  }

  /** Finds the line and column of a code point index, for errors that SnakeYAML reports by index only. */
  private SourcePosition position(String text, int codePointIndex) {
    int line = 1;
    int column = 1;
    int offset = 0;
    for (int index = 0; index < codePointIndex && offset < text.length(); index++) {
      int c = text.codePointAt(offset);
      offset += Character.charCount(c);
      if (c == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new SourcePosition(file, line, column);
  }

  private SourcePosition position(Node node) {
    return position(node.getStartMark());
  }

  private SourcePosition position(Mark mark) {
    return new SourcePosition(file, mark.getLine() + 1, mark.getColumn() + 1);
  }
}
