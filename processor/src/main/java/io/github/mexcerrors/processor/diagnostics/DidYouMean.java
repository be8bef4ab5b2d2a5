package io.github.mexcerrors.processor.diagnostics;

import java.util.Locale;
import java.util.Optional;

/**
 * The one "did you mean" policy, for every name a user can misspell (table keys, retry policies, categories,
 * generated type names) and for codes. A name is close when it is at most {@link #maxEdits(String)} edits away,
 * ignoring case; a code when its digits are at most {@link #maxDigitDistance(String)} half-steps away by
 * {@link #typingDistance}.
 */
public final class DidYouMean {
  private DidYouMean() {}

  /**
   * How many edits a name may be from what was written to be suggested: a third of its length, at least 2.
   *
   * @param written what was written
   * @return the limit
   */
  public static int maxEdits(String written) {
    return Math.max(2, written.length() / 3);
  }

  /**
   * The distance between what was written and a candidate name, ignoring case; a longer name that starts like the
   * candidate ({@code retryable} for {@code retry}) counts one edit more than its extra letters would.
   *
   * @param written what was written
   * @param candidate a valid name
   * @return the distance
   */
  public static int nameDistance(String written, String candidate) {
    String a = written.toLowerCase(Locale.ROOT);
    String b = candidate.toLowerCase(Locale.ROOT);
    int distance = editDistance(a, b);
    for (int length = Math.max(4, b.length() - 1); length <= b.length() + 1 && length < a.length(); length++) {
      distance = Math.min(distance, editDistance(a.substring(0, length), b) + 1);
    }
    return distance;
  }

  /**
   * Returns the closest valid name, when one is close enough; ties go to the name that sorts first.
   *
   * @param written what was written
   * @param candidates the valid names
   * @return the suggestion, or empty
   */
  public static Optional<String> closest(String written, Iterable<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int distance = nameDistance(written, candidate);
      if (distance < bestDistance || (distance == bestDistance && candidate.compareTo(best) < 0)) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return best != null && bestDistance <= maxEdits(written) ? Optional.of(best) : Optional.empty();
  }

  /**
   * How far, by {@link #typingDistance}, a code may be from what was written to be suggested.
   *
   * @param digits the code as written
   * @return the limit in half steps
   */
  public static int maxDigitDistance(String digits) {
    return digits.length() <= 3 ? 2 : 4;
  }

  /**
   * Computes the Levenshtein distance between two strings.
   *
   * @param a one string
   * @param b another
   * @return the number of single-character edits between them
   */
  public static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  /**
   * An edit distance between two codes' digits in half steps: substituting, inserting or deleting a digit costs 2,
   * swapping two adjacent digits 2, and inserting or deleting a digit next to the same digit (a repeated digit
   * typed once too few or too many times) costs 1.
   *
   * @param a one code's digits
   * @param b another's
   * @return the distance in half steps
   */
  public static int typingDistance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = 2 * i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = 2 * j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int substitute = d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 2);
        // a.charAt(i - 1) deleted: cheap when it repeats its neighbour in a
        int delete = d[i - 1][j] + (repeats(a, i - 1) ? 1 : 2);
        // b.charAt(j - 1) inserted: cheap when it repeats its neighbour in b
        int insert = d[i][j - 1] + (repeats(b, j - 1) ? 1 : 2);
        int best = Math.min(substitute, Math.min(delete, insert));
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          best = Math.min(best, d[i - 2][j - 2] + 2);
        }
        d[i][j] = best;
      }
    }
    return d[a.length()][b.length()];
  }

  private static boolean repeats(String text, int index) {
    return (index > 0 && text.charAt(index - 1) == text.charAt(index))
        || (index + 1 < text.length() && text.charAt(index + 1) == text.charAt(index));
  }
}
