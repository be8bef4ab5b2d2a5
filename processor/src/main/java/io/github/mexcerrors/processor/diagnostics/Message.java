package io.github.mexcerrors.processor.diagnostics;

import java.util.Locale;
import javax.tools.Diagnostic.Kind;

/**
 * Every diagnostic the processor prints: its stable id, its kind and its text, as a {@link String#format} pattern,
 * with its cause and fix for the user page {@value #PAGE}, which is generated from this enum.
 * Ids never change meaning; a new message gets a new id. {@code T} ids concern the table (loading, YAML, resolving),
 * {@code H} ids handler classes, {@code P} ids the processor itself. {@link Diagnostics} prints them as
 * {@code [MEXC-H101] text}; {@link Part} holds the clauses some messages are built from.
 */
public enum Message {
  // Loading the table
  TABLE_OPTION_UNREADABLE("T001", "cannot read the error table '%s' named by -A%s (looked at %s): %s; give a path"
      + " that exists, e.g. -A%2$s=${project.basedir}/src/main/resources/%s",
      "The path given with -Amexc.errors.table does not exist or cannot be read.",
      "Give the path of an existing table file, usually ${project.basedir}/src/main/resources/error-codes.yaml."),
  TABLE_FILE_TOO_LARGE("T002", "the table %s (from -A%s) is larger than %d bytes, the most the processor reads;"
      + " a real table is far smaller (the bundled one has about 60,000), so check that this is the right file",
      "The file given with -Amexc.errors.table is larger than the processor reads.",
      "Check that the option names the error table and not another file."),
  BUNDLED_TABLE_MISSING("T003", "the table bundled with the processor is missing from its jar (%s); the jar is"
      + " broken",
      "The processor jar lacks its bundled error-codes.yaml.",
      "Use an unmodified mexc-errors-processor jar from the repository."),
  BUNDLED_TABLE_UNREADABLE("T004", "could not read the bundled table: %s",
      "The bundled table could not be read from the processor jar.",
      "Use an unmodified mexc-errors-processor jar; report the cause if it persists."),
  TABLE_OPTION_NOT_A_FILE("T005", "the error table '%s' named by -A%s (%s) is not a regular file but a directory, a"
      + " device or a pipe; name the table file itself, e.g. -A%2$s=${project.basedir}/src/main/resources/%s",
      "The path given with -Amexc.errors.table is a directory, device or pipe.",
      "Name the table file itself."),
  TABLE_RESOURCE_TOO_LARGE("T006", "the table %s is larger than %d bytes, the most the processor reads; a real"
      + " table is far smaller (the bundled one has about 60,000), so check that this is the right file",
      "The table found as a resource is larger than the processor reads.",
      "Check that the resource is the error table and not another file."),

  // Reading the YAML
  TABLE_TOO_LONG("T010", "the table has %d characters, more than the limit of %d (4 MiB) that the processor reads;"
      + " a real table is far smaller (the bundled one has about 50,000), so check that this is the right file",
      "The table text is longer than 4 MiB.",
      "Check that the file is the error table."),
  YAML_TAG_NOT_ALLOWED("T011", "the YAML tag '%s' is not allowed: a table holds plain strings, numbers, lists and"
      + " mappings only (tags that construct objects are refused); remove the tag",
      "A YAML tag (such as !!java.lang.Object) appears in the table.",
      "Remove the tag: a table holds plain strings, numbers, lists and mappings."),
  YAML_INVALID("T012", "invalid YAML: %s%s",
      "The table is not valid YAML (bad indentation, tabs, unclosed quotes).",
      "Fix the YAML at the line and column given."),
  YAML_CHARACTER_NOT_ALLOWED("T013", "the character U+%04X is not allowed in a YAML file; write it as an escape"
      + " inside a double-quoted string (\\u%1$04X), or remove it",
      "The table holds a character that YAML does not allow in a file.",
      "Write it as an escape in a double-quoted string, or remove it."),
  YAML_REFUSED("T014", "the table was refused: %s",
      "The table exceeds a safety limit of the YAML reader (aliases, nesting, size).",
      "Write the values out without aliases and keep the nesting shallow."),
  // T015 (the YAML reader failed otherwise) is retired: SnakeYAML throws nothing else on any input that tests found;
  // anything else it threw would be a bug of the processor, reported as MEXC-P001.
  TABLE_EMPTY("T016", "the table is empty; it needs at least 'package' and codes",
      "The table file holds no YAML document, or an empty one.",
      "Add at least 'package:' and a 'spot:' or 'futures:' list of codes."),
  YAML_TOO_DEEP("T017", "the table nests deeper than %d levels",
      "The table nests deeper than the schema allows.",
      "Keep the layout of the schema: top-level keys, categories, code lists."),
  YAML_MERGE_KEY("T018", "YAML merge keys ('<<') are not supported: write the keys out",
      "The table uses a YAML merge key ('<<').",
      "Write the merged keys out."),
  CODES_NOT_A_LIST("T019", "'%s' must be a list of codes (each item starting with '- code:')",
      "'spot' or 'futures' is not a list.",
      "Make it a list whose items start with '- code:'."),
  CODE_RESERVED("T020", "code %d is reserved: it is MexcException.NO_CODE, the code of an answer whose code is not"
      + " a number; no MEXC code has this value",
      "A code is MexcException.NO_CODE, the value reserved for answers without a numeric code.",
      "Remove the code or give its real value."),
  KEY_NOT_PLAIN("T021", "a %s key must be a plain name, not a list or mapping",
      "A key is a list or mapping instead of a plain name.",
      "Write the key as a plain name."),
  KEY_DUPLICATE("T022", "duplicate key '%s': it is already given at line %d; remove one of them",
      "A key appears twice in the same mapping.",
      "Remove one of the two."),
  KEY_UNKNOWN("T023", "unknown %s key '%s'%s; the keys are %s",
      "A key is not part of the table schema.",
      "Use one of the keys listed (docs/error-table-schema.md), often the suggested one."),
  NOT_A_MAPPING("T024", "%s must be a mapping of 'key: value' lines, not %s",
      "A category, code or the document is not a mapping of 'key: value' lines.",
      "Write it as a mapping."),
  TEXT_READ_AS_NULL("T025", "'%s' is %s, which YAML reads as null, not as text; quote it: %1$s: \"%2$s\"",
      "A text value is a YAML null word such as null or ~.",
      "Quote the value."),
  TEXT_MISSING("T026", "'%s' needs a text value, not %s",
      "A key that takes text has a list or mapping, or no value.",
      "Give the key a text value."),
  LIST_EXPECTED("T027", "'%s' needs a list of %s, not %s",
      "A key that takes a list has a single value or a mapping.",
      "Write the value as a YAML list."),
  LIST_ITEM_NOT_SCALAR("T028", "each item of '%s' must be a single value, not %s",
      "An item of a list is itself a list or mapping.",
      "Make each item a single value."),
  TEXT_TOO_LONG("T029", "'%s' has %d characters, more than the limit of %d for one text (generated string"
      + " constants must stay compilable); shorten it",
      "A text is too long for a compilable string constant.",
      "Shorten the text."),
  TEXT_UNPAIRED_SURROGATE("T030", "'%s' contains the unpaired surrogate U+%04X at character %d, which is not valid"
      + " Unicode; write the character it was meant to be (a surrogate pair escapes one character, e.g."
      + " \\U0001F600)",
      "A text holds an unpaired UTF-16 surrogate.",
      "Write the character it was meant to be."),
  NUMBER_MISSING("T031", "'%s' needs a whole number, not %s",
      "A key that takes a whole number has a list, mapping or no value.",
      "Give the key a whole number."),
  NUMBER_INVALID("T032", "'%s' must be a whole number, but '%s' is %s%s",
      "A value that must be a whole number is text, a decimal or quoted.",
      "Write a whole number without quotes."),
  NUMBER_OUT_OF_RANGE("T033", "'%s' %s is beyond the 32-bit int range of MEXC codes (%d to %d)",
      "A number is outside Java's int range.",
      "Use a value within the 32-bit int range."),
  RETRY_POLICY_UNKNOWN("T034", "unknown retry policy '%s'%s; the policies are %s",
      "A 'retry' value is not a RetryPolicy.",
      "Use one of the policies listed."),
  SEEN_IN_EMPTY("T035", "'seenIn' lists no source; name where MEXC was seen sending the code (e.g. seenIn:"
      + " [\"issue reports\"]), or remove the key for a code in MEXC's published tables",
      "'seenIn' is an empty list.",
      "Name where MEXC was seen sending the code, or remove the key."),
  SEEN_IN_ITEM_BLANK("T036", "each item of 'seenIn' must be one non-blank line of text, naming where MEXC was seen"
      + " sending the code (e.g. \"CCXT's MEXC error map\", \"issue reports\")",
      "An item of 'seenIn' is blank or spans lines.",
      "Write each source as one non-blank line."),
  FLAG_NOT_BOOLEAN("T037", "'%s' takes true or false, not %s",
      "A key that takes true or false (such as 'generic') has another value: yes, 1, a quoted \"true\", a list.",
      "Write true or false, unquoted."),
  LANGUAGE_INVALID("T038", "'%s' must be a BCP 47 language tag such as zh, en or zh-TW, not '%s'",
      "The 'language' of an alternative message is not a well-formed BCP 47 tag (such as chinese or zh_CN).",
      "Write the tag as BCP 47 does: zh, en, zh-TW."),
  MESSAGE_TEXT_MISSING("T039", "this alternative message has no 'text'; add 'text: <the message as MEXC sends it>'"
      + " next to its 'language' and 'seenIn', or write the message as a plain string",
      "An item of 'alternativeMessages' written as a mapping has no 'text'.",
      "Add 'text:' with the message as MEXC sends it, or write the item as a plain string."),

  // Resolving the table
  EXTENDS_UNKNOWN("T100", "'extends' takes only the value '%s' (to extend the table bundled with the processor),"
      + " not '%s'",
      "'extends' names something else than the bundled table.",
      "Write 'extends: bundled', or remove the key."),
  BUNDLED_EXTENDS("T101", "the bundled table cannot extend another table",
      "The bundled table itself has an 'extends' key.",
      "Remove the key from the bundled table."),
  CODE_MISSING("T102", "this %s entry has no 'code'; add 'code: <number>'",
      "A code entry has no 'code' key.",
      "Add 'code: <number>' to the entry."),
  CODE_DUPLICATE("T103", "duplicate %s code %d: it is already declared at %s; each (api, code) pair is declared once",
      "A code is declared twice for the same API.",
      "Remove one declaration (an extending table overrides a bundled code by declaring it once)."),
  CODE_DECLARED_AGAIN("T104", "%s code %d is declared again at %s",
      "The second declaration of a duplicate code (reported with T103).",
      "Remove one of the two declarations."),
  PACKAGE_MISSING("T105", "the table names no package; add 'package: com.example.mexc' (the Java package of the"
      + " generated types)",
      "The table has no 'package' key.",
      "Add 'package:' with the Java package of the generated types."),
  PACKAGE_INVALID("T106", "'%s' is not a valid Java package name; use dot-separated identifiers that are not Java"
      + " keywords, such as com.example.mexc",
      "'package' is not a valid Java package name.",
      "Use dot-separated identifiers that are not keywords."),
  PACKAGE_OF_PLATFORM("T107", "package '%s' belongs to the Java platform: the JVM refuses to load classes into"
      + " java.* packages; use a package of your own, such as com.example.mexc",
      "'package' is java or starts with java.",
      "Use a package of your own."),
  NO_CODES("T108", "the table declares no code; add a 'spot:' or 'futures:' list",
      "The table has neither spot nor futures codes.",
      "Add a 'spot:' or 'futures:' list."),
  TOO_MANY_CATEGORIES("T109", "category %s is category number %d of %d, more than the limit of %d categories a"
      + " table may have (generated methods that grow with the categories must stay under 8,000 bytes of bytecode"
      + " to be JIT-compiled); merge categories",
      "The table has more categories than the generated code allows.",
      "Merge categories."),
  CATEGORY_NAME_INVALID("T110", "category name '%s' must be UPPER_SNAKE_CASE, e.g. %s",
      "A category name is not UPPER_SNAKE_CASE.",
      "Rename it as suggested."),
  CATEGORY_CLASS_RESERVED("T111", "category %s would generate class %s, a name the processor generates for itself;"
      + " rename the category",
      "A category's exception class would take a name the processor generates itself.",
      "Rename the category."),
  CATEGORY_CLASS_HIDES_JAVA_LANG("T112", "category %s would generate class %s, which would hide java.lang.%2$s in"
      + " the generated package; rename the category",
      "A category's exception class would hide a java.lang class.",
      "Rename the category."),
  CATEGORY_CLASS_CLASH("T113", "categories %s and %s would both generate class %s (first declared at %s)",
      "Two categories would generate the same exception class.",
      "Rename one of them."),
  CATEGORY_CLASS_CASE_CLASH("T114", "categories %s and %s would generate classes %s and %s, whose names differ"
      + " only in case: their class files collide on case-insensitive file systems (Windows, macOS); rename one of"
      + " them (first declared at %s)",
      "Two categories would generate classes whose names differ only in case.",
      "Rename one of them."),
  CATEGORY_DESCRIPTION_MISSING("T115", "category %s has no 'description'; add one sentence (it becomes the Javadoc"
      + " of %s)",
      "A category has no 'description'.",
      "Add one sentence; it becomes the exception's Javadoc."),
  PARENT_UNKNOWN("T116", "unknown parent category '%s'%s",
      "A category's 'parent' names no category of the table.",
      "Name an existing category, often the suggested one."),
  HTTP_STATUS_OUT_OF_RANGE("T117", "HTTP status %d is outside 100-599",
      "An 'httpStatus' value is not an HTTP status.",
      "Use a status from 100 to 599."),
  HTTP_STATUS_DUPLICATE("T118", "HTTP status %d is already given to a category at %s; an HTTP status names at most"
      + " one category",
      "Two categories claim the same HTTP status.",
      "Give the status to one category only."),
  CATEGORY_CYCLE("T119", "the parent categories form a cycle: %s; one of them must be a root",
      "The parent categories form a cycle.",
      "Make one category of the cycle a root (no 'parent')."),
  ROOT_SECTION_MISSING("T120", "root category %s has no 'section'; add the heading under which the reference lists"
      + " its codes, e.g. 'section: %s'",
      "A root category has no 'section'.",
      "Add the reference heading its codes go under."),
  CODE_NAME_MISSING("T121", "%s has no 'name'; add the Java constant name, e.g. 'name: %s'",
      "A code has no 'name'.",
      "Add the Java constant name."),
  CODE_NAME_INVALID("T122", "'%s' is not a valid constant name for %s: use UPPER_SNAKE_CASE letters, digits and"
      + " underscores, starting with a letter, e.g. %s",
      "A code's 'name' is not a valid UPPER_SNAKE_CASE constant name.",
      "Rename it as suggested."),
  CODE_NAME_DUPLICATE("T123", "duplicate %s constant name %s: it is already used at %s; constant names are unique"
      + " within an API",
      "Two codes of one API have the same constant name.",
      "Rename one of them."),
  CODE_NAME_USED_AGAIN("T124", "%s constant name %s is used again at %s",
      "The second use of a duplicate constant name (reported with T123).",
      "Rename one of the two."),
  CODE_MESSAGE_MISSING("T125", "%s has no 'message'; add MEXC's official message",
      "A code has no 'message'.",
      "Add MEXC's official message."),
  CODE_HINT_MISSING("T126", "%s has no 'hint'; add one line that tells the user what to do",
      "A code has no 'hint'.",
      "Add one line that tells the user what to do."),
  CODE_CATEGORY_MISSING("T127", "%s has no 'category'; add one of %s",
      "A code has no 'category'.",
      "Add one of the categories listed."),
  CODE_CATEGORY_UNKNOWN("T128", "unknown category '%s' for %s%s",
      "A code's 'category' names no category of the table.",
      "Name an existing category, often the suggested one."),
  TOO_MANY_MESSAGES("T129", "%s has %d messages, more than the limit of %d (the message and %d alternative"
      + " messages): each one adds bytecode to the initializer of the code's constant; keep the messages MEXC"
      + " actually sends",
      "A code has more messages than its constant's initializer allows.",
      "Keep the messages MEXC actually sends."),

  // Table types reused from the class path
  REUSED_TYPES_OTHER_TABLE("T130", "the table types of package %s on the class path (%s) were generated from"
      + " another table than %s, which this module checks its handlers against: its dispatchers would use types"
      + " that do not know this table's codes. Use the same table in both modules (or leave this module's table"
      + " out to use theirs), or give this table a package of its own ('package: com.example.mexc') so that its"
      + " types are generated apart",
      "The table types on the class path were generated from another table than this module's.",
      "Use the same table in both modules, leave this module's table out, or give it a package of its own."),
  REUSED_TYPES_UNMARKED("T131", "%s on the class path (%s) records no table fingerprint: it was generated by"
      + " another version of mexc-errors, or not by mexc-errors at all, so it cannot be checked against %s."
      + " Rebuild that module with this version of the processor, or give this table a package of its own"
      + " (not %s) so that its types are generated apart",
      "Types of the table's package on the class path carry no table fingerprint.",
      "Rebuild that module with this version of the processor, or give this table a package of its own."),
  REUSED_TYPES_BUNDLED_PACKAGE("T133", "the package %s of this module's table (%s) is that of the bundled table's"
      + " types on the class path (%s: mexc-errors-table, or a module that generated them): a table of your own next"
      + " to them needs a package of its own. Add 'package: com.example.mexc' to your table (with 'extends: bundled'"
      + " it keeps every bundled code), and its types are generated there; the bundled table's types stay as they"
      + " are",
      "This module has a table of its own in the package of the bundled table's types on the class path"
      + " (mexc-errors-table, or a module that generated them).",
      "Give your table a package of its own; with 'extends: bundled' it keeps every bundled code."),
  REUSED_TYPES_STALE("T132", "the table types of package %s in this module's class output (%s) were generated by"
      + " an earlier build from another table than %s: rebuild from clean (e.g. mvn clean compile), since a build"
      + " that sees only the table changed does not regenerate them",
      "This module's class output holds table types generated from an earlier table.",
      "Rebuild from clean."),

  // Reading handler classes
  HANDLER_CLASS_UNNAMED("H001", "handler method %s is declared in %s, which no generated dispatcher can name, so it"
      + " would never be called; move the handler to a named top-level or member class",
      "A handler method is declared in a local or anonymous class, or a class nested in one.",
      "Move the handler into a named top-level or member class."),
  HANDLER_CLASS_PRIVATE("H002", "class %s is private, so the generated dispatcher %s cannot reach %s; make it"
      + " package-private or wider",
      "A handler class, or a class around it, is private.",
      "Make it package-private or wider."),
  TWO_HANDLER_ANNOTATIONS("H003", "method %s carries %s; a handler method carries exactly one of them: split it into"
      + " one method per annotation",
      "A method carries more than one of @OnMexcError, @OnMexcCategory and @OnMexcErrorFallback.",
      "Split it into one method per annotation."),
  EXHAUSTIVE_NO_API("H004", "@MexcExhaustive on %s names no API, so it asks for nothing; name one, e.g. apis ="
      + " MexcApi.SPOT, or leave apis out for both",
      "@MexcExhaustive has an empty 'apis'.",
      "Name an API, or leave 'apis' out for both."),
  FALLBACK_REQUIRED("H005", "the handler methods of %s return %s, so every dispatch must return one, also for an"
      + " error that no @OnMexcError or @OnMexcCategory method takes (a code missing from the table, a category"
      + " without a method): add a fallback that returns it, e.g. @OnMexcErrorFallback %2$s otherwise(MexcException"
      + " e) { ... }",
      "Handler methods return a value but the class has no fallback.",
      "Add an @OnMexcErrorFallback method that returns the same type."),
  HANDLER_CLASS_AUXILIARY("H030", "class %s is declared in %s, a file named after another class: javac warns at every"
      + " use of such an auxiliary class from another file (-Xlint:auxiliaryclass), and the generated dispatcher %s"
      + " must name it in method signatures, where @SuppressWarnings does not silence that warning; move %1$s to a"
      + " file of its own, %1$s.java, or into %4$s as a static nested class",
      "A handler class is an auxiliary class (declared in a file named after another class).",
      "Move it to a file of its own, or nest it as a static class."),
  GENERATED_TYPE_NAME_TAKEN("H031", "class %s has the name of a type that mexc-errors generates from the error table"
      + " (the table's package is %s), so the processor cannot generate it; rename the class, or move it to another"
      + " package",
      "A class of the sources takes the name of a type generated from the table.",
      "Rename the class, or move it to another package."),
  DISPATCHER_NAME_CLASH("H032", "handler classes %s and %s would both get the dispatcher %s (the dispatcher of a"
      + " nested class joins the names of the classes around it with '_'); rename one of them",
      "Two handler classes would get the same dispatcher name.",
      "Rename one of them."),
  DISPATCHER_NAME_TAKEN("H033", "the dispatcher of handler class %s would be %s, but your sources declare a class of"
      + " that name; rename that class, or this one",
      "A class of the sources takes the name of a handler class's dispatcher.",
      "Rename that class, or the handler class."),
  DISPATCHER_NAME_TAKEN_BY("H034", "class %s has the name of the dispatcher generated for handler class %s; rename"
      + " this class, or that one",
      "This class takes the name of another handler class's dispatcher.",
      "Rename this class, or the handler class."),
  INHERITED_HANDLER_UNREACHABLE("H035", "handler method %s.%s, which %s inherits, is %s in package %s, so the"
      + " dispatcher %s in package %s cannot call it; make the method public, or override it in this class",
      "An inherited handler method is not accessible from the dispatcher's package.",
      "Make the method public, or override it in the handler class."),
  KOTLIN_TOP_LEVEL_FUNCTION("H036", "handler function %s is a top-level Kotlin function, a static method of the"
      + " file's facade class %s, which Kotlin code cannot pass to a dispatcher; move it into a class or an object",
      "A handler is a top-level Kotlin function.",
      "Move it into a class or object."),
  KOTLIN_SUSPEND_FUNCTION("H037", "handler function %s is a Kotlin suspend function, which a dispatcher cannot call:"
      + " it calls handlers synchronously; make it a plain fun, and launch a coroutine from it if need be",
      "A handler is a Kotlin suspend function.",
      "Make it a plain fun; launch a coroutine from it if need be."),
  KAPT_ERROR_TYPE("H038", "kapt could not resolve the type of parameter %s of %s (its stub reads"
      + " error.NonExistentClass): a type generated by this processor, such as ClockSkewException, resolves only"
      + " with kapt's correctErrorTypes option; set it (Gradle: kapt { correctErrorTypes = true }; Maven:"
      + " <correctErrorTypes>true</correctErrorTypes> in the kapt execution), and check the type's import",
      "kapt could not resolve a parameter type generated by this processor.",
      "Turn on kapt's correctErrorTypes and check the import."),

  // Shapes of handler methods (the rule, Part.SHAPE_RULE, follows the first of them in a class)
  METHOD_PRIVATE("H010", "handler method %s is private, so the generated dispatcher cannot call it; make it"
      + " package-private, protected or public",
      "A handler method is private.",
      "Make it package-private, protected or public."),
  METHOD_GENERIC("H011", "handler method %s is generic; the dispatcher cannot choose its type arguments: remove the"
      + " type parameters",
      "A handler method declares type parameters.",
      "Remove them."),
  // H012 (a handler method must return void) is retired: handler methods may return a value (H023 to H025).
  METHOD_THROWS_CHECKED("H013", "handler method %s throws the checked exception %s, which the dispatcher cannot"
      + " propagate; catch it inside the method or wrap it in an unchecked exception",
      "A handler method declares a checked exception.",
      "Catch it inside the method or wrap it in an unchecked exception."),
  PARAMETER_UNSUPPORTED("H014", "the dispatcher cannot supply parameter %s of type %s: declare it as one of the"
      + " types it supplies (int for the code, not Integer); nor can it be the caller's context, a type that the"
      + " code, message, API, entry or exception also has: give the context a type of your own",
      "A handler method has a parameter of a type the dispatcher supplies in another form (such as Integer for the"
      + " code), or a context of a type the dispatcher also supplies.",
      "Declare it as one of the types the dispatcher supplies, or give the context a type of your own."),
  PARAMETER_TWICE("H015", "parameters %s and %s both receive %s; keep one of them",
      "Two parameters of a handler method receive the same value.",
      "Keep one of them."),
  PARAMETER_TYPE_NOT_IMPORTED("H016", "the type of parameter %s, %s, is generated from the error table as %s:"
      + " import it (import %3$s;)",
      "A parameter's generated type is used without its import.",
      "Import the type as shown."),
  PARAMETER_TYPE_MISSPELT("H017", "the type of parameter %s, %s, does not exist; did you mean %s, generated from the"
      + " error table?",
      "A parameter's type does not exist but is close to a generated type.",
      "Use the suggested type."),
  ENTRY_PARAMETER_NOT_FOR_CATEGORIES("H018", "%s method %s may also receive codes missing from the table, which"
      + " have no table entry; take the exception (MexcException) and call errorCode() instead of parameter %s",
      "A category method or fallback takes the table entry, which codes missing from the table lack.",
      "Take the exception and call errorCode()."),
  ENTRY_PARAMETER_OTHER_API("H019", "parameter %s is a %s but %s handles %s codes; declare it as %s or"
      + " MexcErrorCode",
      "The table-entry parameter is the enum of the other API.",
      "Declare it as the method's API's enum, or MexcErrorCode."),
  FALLBACK_EXCEPTION_TOO_NARROW("H020", "the fallback %s receives codes of every category, so parameter %s must be"
      + " a MexcException, not %s",
      "A fallback takes a category exception, but receives every code.",
      "Declare the parameter as MexcException."),
  EXCEPTION_PARAMETER_CODE("H021", "parameter %s is a %s but %s code %d (%s) produces a %s (category %s); declare"
      + " the parameter as %s, or handle %4$d in another method",
      "A code's exception is not of the parameter's exception type.",
      "Widen the parameter to the type suggested, or handle the code elsewhere."),
  EXCEPTION_PARAMETER_CATEGORY("H022", "parameter %s is a %s but category %s produces %s; declare the parameter as"
      + " %s",
      "A category's exception is not of the parameter's exception type.",
      "Widen the parameter to the type suggested."),
  RETURN_TYPES_DISAGREE("H023", "handler method %s returns %s but the other handler methods of %s return %s"
      + " (first: %s); make them agree: the dispatcher returns what the handler method returns, so all handler"
      + " methods of a class return exactly the same type, or all are void",
      "Handler methods of one class return different types.",
      "Make all return exactly the same type, or all void."),
  RETURN_TYPE_VARIABLE("H024", "handler method %s returns %s, which uses the type variable %s of %s; the"
      + " dispatcher takes any %4$s and cannot name %3$s: return a type without type variables",
      "A handler method returns a type that uses a type variable of its class.",
      "Return a type without type variables."),
  RETURN_TYPE_PRIVATE("H025", "handler method %s returns %s, but %s is private, so the generated dispatcher cannot"
      + " name it; make %3$s package-private or wider",
      "A handler method returns a private type.",
      "Make the type package-private or wider."),
  CONTEXT_TYPES_DISAGREE("H026", "parameter %s of handler method %s takes the caller's context as %s, but the other"
      + " handler methods of %s take it as %s (first: %s); the dispatcher passes one context to every method that"
      + " takes one, so declare the same type in each (one type that holds what each method needs)",
      "Handler methods of one class take the caller's context as different types.",
      "Declare the same context type in each method."),
  CONTEXT_TYPE_VARIABLE("H027", "parameter %s of handler method %s takes the caller's context as %s, which uses the"
      + " type variable %s of %s; the dispatcher takes any %5$s and cannot name %4$s: declare the context with a"
      + " type without type variables",
      "A context parameter's type uses a type variable of the handler class.",
      "Declare the context with a type without type variables."),
  CONTEXT_TYPE_PRIVATE("H028", "parameter %s of handler method %s takes the caller's context as %s, but %s is"
      + " private, so the generated dispatcher cannot name it; make %4$s package-private or wider",
      "A context parameter's type is private.",
      "Make the type package-private or wider."),
  CONTEXT_TWICE("H029", "parameters %s (%s) and %s (%s) of handler method %s are both of types the dispatcher does"
      + " not supply, so both would be the caller's context, but a dispatcher passes one; keep one of them, or"
      + " pass one object that holds both",
      "A handler method has two parameters of types the dispatcher does not supply, both taken as the context.",
      "Keep one of them, or pass one object that holds both."),

  // Handler classes against the table
  CODES_EMPTY("H100", "@OnMexcError on %s names no code; list at least one, e.g. @OnMexcError(700003)",
      "@OnMexcError lists no code.",
      "List at least one code."),
  CODE_LISTED_TWICE("H101", "code %d is listed twice in this @OnMexcError; remove one",
      "A code is listed twice in one @OnMexcError.",
      "Remove one."),
  CODE_UNKNOWN("H102", "%d is not a MEXC %s error code.%s",
      "A code is not in the table for the API.",
      "Use a code of the table (see the suggestions), or add it to your own table."),
  CODE_OF_OTHER_API("H103", "%d is not a MEXC %s error code. It is a %s code here (%s, category %s): %s, or handle"
      + " it in a method of its own with @OnMexcError(%s).",
      "A code belongs to the other API.",
      "Set or remove api = MexcApi.FUTURES, or handle it in its own method."),
  CODE_HANDLED_TWICE("H104", "%s code %d (%s) is handled by both %s and %s; a code has exactly one handler per"
      + " class: remove it from one of them",
      "One code has two handler methods in a class.",
      "Remove it from one of them."),
  CATEGORIES_EMPTY("H105", "@OnMexcCategory on %s names no category; list at least one, e.g."
      + " @OnMexcCategory(\"RATE_LIMIT\")",
      "@OnMexcCategory lists no category.",
      "List at least one category."),
  CATEGORY_LISTED_TWICE("H106", "category %s is listed twice in this @OnMexcCategory; remove one",
      "A category is listed twice in one @OnMexcCategory.",
      "Remove one."),
  CATEGORY_UNKNOWN("H107", "unknown category '%s'%s",
      "A category name is not a category of the table.",
      "Use a category of the table, often the suggested one."),
  CATEGORY_HANDLED_TWICE("H108", "category %s is handled by both %s and %s; a category has exactly one handler per"
      + " class: remove it from one of them",
      "One category has two handler methods in a class.",
      "Remove it from one of them."),
  FALLBACKS_MANY("H109", "class %s has %d @OnMexcErrorFallback methods (%s); keep exactly one",
      "A class has more than one @OnMexcErrorFallback method.",
      "Keep exactly one."),
  NOT_EXHAUSTIVE("H110", "class %s is @MexcExhaustive but leaves %d of the %d codes it must handle without a"
      + " handler: %s. Add @OnMexcError methods for these codes, @OnMexcCategory methods for their categories, or"
      + " an @OnMexcErrorFallback",
      "@MexcExhaustive leaves codes without a handler.",
      "Handle the codes listed, their categories, or add a fallback."),

  // The processor itself
  INTERNAL_ERROR("P001", "internal error in the mexc-errors processor: %s; this is a bug in mexc-errors, not in your"
      + " code: please report it at the project's issue tracker with this trace:\n%s",
      "The processor failed on a bug of its own.",
      "Report it with the trace; your code is not at fault."),
  SOURCE_NOT_WRITTEN("P002", "could not write %s: %s (was it generated twice, or by another processor?)",
      "javac refused to create a generated source.",
      "Check that no other processor or earlier round generates the same type."),
  REFERENCE_NOT_WRITTEN("P003", "could not write the error reference %s: %s (was it written twice, or by another"
      + " processor?)",
      "javac refused to create the error reference resource.",
      "Check that nothing else writes META-INF/mexc-errors/error-reference.md."),
  TABLE_NOT_EXPORTED("P004", "could not write %s to the class output (modules that reuse the generated types read"
      + " it): %s",
      "javac refused to create the exported table resource.",
      "Check that nothing else writes io/github/mexcerrors/table/error-codes.yaml."),
  TIMINGS("P005", Kind.NOTE, "mexc-errors processor time, in ms (-Amexc.errors.timing): %s",
      "-Amexc.errors.timing=true asked for the processor's timings (a note, not an error).",
      "Nothing to fix; leave the option out to silence it."),
  ANNOTATIONS_NOT_ON_PROCESSOR_PATH("P006", "the mexc-errors processor cannot load its annotations (%s is missing):"
      + " put mexc-errors-annotations-%s.jar on the processor path next to the processor, e.g. -processorpath"
      + " mexc-errors-processor-%2$s.jar%smexc-errors-annotations-%2$s.jar (Maven's annotationProcessorPaths and"
      + " Gradle's annotationProcessor add it for you)",
      "mexc-errors-annotations is missing from the processor path.",
      "Put it next to the processor on the processor path."),
  ANNOTATIONS_VERSION_MISMATCH("P007", "mexc-errors-annotations %s on the %s (%s) does not match"
      + " mexc-errors-processor %s: use the same version of both (e.g. import mexc-errors-bom %4$s)",
      "The annotations and the processor are of different versions.",
      "Use the same version of both, e.g. through mexc-errors-bom.");

  /** Clauses that messages are built from, each worded once. */
  public enum Part {
    /** What every handler method may look like; {@code %s} is the annotation, then the parameters it takes. */
    SHAPE_RULE("%s method is void or returns the type all handler methods of its class return, not private,"
        + " not generic, declares no checked exception and takes, in any order and each at most once: %s; and"
        + " the caller's context, one parameter of a type of your own, the same in every method of the class"),
    SHAPE_CODES("int (the code), String (the message), MexcApi, the table entry (SpotErrorCode or FuturesErrorCode,"
        + " as its api, or MexcErrorCode) and the exception (MexcException or the generated category exception"
        + " every listed code belongs to, such as ClockSkewException)"),
    SHAPE_CATEGORIES("int (the code), String (the message), MexcApi and the exception (MexcException or the"
        + " generated exception of a category every listed category belongs to)"),
    SHAPE_FALLBACK("int (the code), String (the message), MexcApi and MexcException"),
    /** A close name. */
    DID_YOU_MEAN_QUOTED("; did you mean '%s'?"),
    DID_YOU_MEAN("; did you mean %s?"),
    CATEGORIES_ARE("; the categories are %s"),
    CODES_DID_YOU_MEAN(" Did you mean %s?"),
    CODES_BY_METHOD_NAME(" Or, going by the method's name, %s?"),
    CODES_NONE_CLOSE(" Check the code against MEXC's documentation, or add it to your own table (extends:"
        + " bundled)."),
    ADD_FUTURES_API("add api = MexcApi.FUTURES to the annotation"),
    REMOVE_FUTURES_API("remove api = MexcApi.FUTURES from the annotation"),
    CATEGORY_IS_A_CODE(": %s is the %s code %d (category %s); handle it with %s, or its whole category with"
        + " @OnMexcCategory(\"%s\")"),
    CATEGORY_MATCHES_CODES(": it is not a category, but it matches %s; handle %s with %s, or use the category name"
        + " in @OnMexcCategory"),
    CODE_WITH_CATEGORY("%s code %d (%s, category %s)"),
    COMMON_EXCEPTION("%s (the nearest category all of them belong to) or MexcException"),
    NO_COMMON_EXCEPTION("MexcException (they belong to no common category)"),
    MISSING_CODES("%s codes of category %s: %s"),
    TABS("(YAML forbids tabs for indentation: indent with spaces)"),
    ALIASES("it uses more than %d aliases ('*name') to lists or mappings, the limit that guards against alias"
        + " expansion bombs (\"billion laughs\"); write the values out"),
    NESTING("its lists and mappings nest deeper than %d levels, the limit (a table needs 4)"),
    CODE_POINTS("it has more than %d characters, the limit"),
    WRITE_NUMBER_UNQUOTED("; write %s without quotes");

    private final String format;

    Part(String format) {
      this.format = format;
    }

    /**
     * Words the clause.
     *
     * @param args its values
     * @return the text
     */
    public String text(Object... args) {
      return String.format(Locale.ROOT, format, args);
    }
  }

  /** The user page of every diagnostic, generated from this enum (see {@code DiagnosticsPageTest}). */
  public static final String PAGE = "docs/diagnostics.md";

  private final String id;
  private final Kind kind;
  private final String format;
  private final String cause;
  private final String fix;

  Message(String id, String format, String cause, String fix) {
    this(id, Kind.ERROR, format, cause, fix);
  }

  Message(String id, Kind kind, String format, String cause, String fix) {
    this.id = "MEXC-" + id;
    this.kind = kind;
    this.format = format;
    this.cause = cause;
    this.fix = fix;
  }

  /**
   * Returns what causes the message, for the user page of diagnostics.
   *
   * @return one sentence
   */
  public String cause() {
    return cause;
  }

  /**
   * Returns how to fix what the message reports, for the user page of diagnostics.
   *
   * @return one sentence
   */
  public String fix() {
    return fix;
  }

  /**
   * Returns the message's text as a pattern: its {@link String#format} pattern with every value shown as
   * {@code <value>}.
   *
   * @return the text, e.g. {@code <value> is not a MEXC <value> error code.<value>}
   */
  public String pattern() {
    return format.replaceAll("%(\\d+\\$)?0?\\d*[sdX]", "<value>").replace("%%", "%");
  }

  /**
   * Returns the stable id.
   *
   * @return e.g. {@code MEXC-H102}
   */
  public String id() {
    return id;
  }

  /**
   * Returns where the user page of diagnostics explains the message: its text, cause and fix.
   *
   * @return e.g. {@code docs/diagnostics.md#mexc-h102}
   */
  public String page() {
    return PAGE + "#" + id.toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the kind javac reports it as.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Words the message without its id.
   *
   * @param args its values, in the order of the pattern
   * @return the text
   */
  public String text(Object... args) {
    return String.format(Locale.ROOT, format, args);
  }

  /**
   * Words the message as printed: its id in brackets, then its text.
   *
   * @param args its values
   * @return e.g. {@code [MEXC-H102] 70003 is not a MEXC spot error code. Did you mean 700003 (...)?}
   */
  public String render(Object... args) {
    return "[" + id + "] " + text(args);
  }
}
