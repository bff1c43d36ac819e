package org.cailiang.runtime.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.cailiang.runtime.FactProblem;
import org.cailiang.runtime.FactSpec;
import org.cailiang.runtime.InvalidFactsException;
import org.cailiang.runtime.Labelled;
import org.cailiang.runtime.NoApplicableTierException;

/**
 * The untyped path's decision on facts of which some were left out, as data rather than code: a
 * violation's referral triggers, tier tests and the facts its sanctions need, written by the
 * generator as a short text and read once when the class initialises. Generated code used to
 * spell every test out three-valued, which was a third of javac's time on a large standard; the
 * path is rare (a complete fact map never reaches it), so an interpreter costs nothing that
 * matters.
 *
 * <p>The text is a list of space-separated words, the tests in prefix form:
 *
 * <pre>
 * plan  = { "end" test | "tier" test { need } | "else" { need } | "beside" test
 *         | "clause" test [ "then:" indices ] }     (a statute clause, the amounts it multiplies)
 * need  = "when" test [ "then:" indices ]          (a sanction's own test, the amounts its fine multiplies)
 *       | "amounts:" indices                      (the amounts a fine without a test multiplies)
 * indices = index { "," index }
 * test  = "and:" n test… | "or:" n test… | "not" test | "always"
 *       | "b" index                                   (a boolean fact holds)
 *       | "e" index ("==" | "!=") value               (an enum fact, value by position)
 *       | ("a" | "n") index op number                 (an amount or a whole number compared)
 * op    = "==" | "!=" | "&lt;" | "&lt;=" | "&gt;" | "&gt;=" </pre>
 *
 * <p>Referrals that end the case ({@code end}) are tried first, in order; then the tiers, in order,
 * until one applies; then the {@code else} tier's sanctions when none did; then referrals beside
 * the penalty. A test on a missing fact is unknown (Kleene's logic), and the missing facts it
 * reads are then needed, as the interpreter's {@code PartialDecision} finds them. The statute's
 * clauses ({@code clause}) are only read by {@link #requireStatuteKnown}, for the general part.
 */
public final class PartialPlan {
  /** What {@link #decide} returns when the typed path decides, on placeholders for the missing facts. */
  public static final int TYPED = -1;

  private final List<Test> endings;
  private final List<Tier> tiers;
  private final List<Need> otherwise;
  private final List<Test> beside;
  private final List<Need> statute;
  private final List<FactSpec> specs;

  private PartialPlan(List<Test> endings, List<Tier> tiers, List<Need> otherwise, List<Test> beside,
      List<Need> statute, List<FactSpec> specs) {
    this.specs = specs;
    this.endings = endings;
    this.tiers = tiers;
    this.otherwise = otherwise;
    this.beside = beside;
    this.statute = statute;
  }

  /**
   * Reads a plan; the text may come in parts, joined by a space (a class constant holds at most
   * 64 KB).
   *
   * @param specs the violation's facts, for the enum values and to check each index
   * @param parts the plan's text
   * @return the plan
   * @throws IllegalArgumentException when the text is not a plan over these facts
   */
  public static PartialPlan of(List<FactSpec> specs, String... parts) {
    return new Reader(specs, String.join(" ", parts)).plan();
  }

  /**
   * Decides what the reader's facts, some missing, allow.
   *
   * @param code the violation code, for messages
   * @param specs the violation's facts
   * @param reader the facts given, the missing ones {@code null}
   * @return the position of the ending referral that applies, or {@link #TYPED}: the typed path
   *     decides on placeholders, as no missing fact changes its result
   * @throws InvalidFactsException when the result depends on missing facts,
   *     naming them
   * @throws NoApplicableTierException when no tier applies and there is no {@code otherwise}
   */
  public int decide(String code, List<FactSpec> specs, FactReader reader) {
    PartialFacts partial = new PartialFacts(code, specs, reader);
    for (int i = 0; i < endings.size(); i++) {
      Test trigger = endings.get(i);
      byte value = trigger.value(reader);
      if (value == PartialFacts.UNKNOWN) {
        partial.need(trigger.reads());
      } else if (value == PartialFacts.TRUE && partial.noneNeeded()) {
        return i;
      }
    }
    boolean chosen = false;
    for (Tier tier : tiers) {
      if (tier.applies(reader, partial)) {
        chosen = true;
        break;
      }
    }
    if (!chosen && otherwise != null) {
      otherwise.forEach(need -> need.note(reader, partial));
    }
    for (Test trigger : beside) {
      if (trigger.value(reader) == PartialFacts.UNKNOWN) {
        partial.need(trigger.reads());
      }
    }
    partial.requireNoneNeeded();
    if (!chosen && otherwise == null) {
      throw new NoApplicableTierException(code, FactSpec.describe(specs, partial.values()));
    }
    return TYPED;
  }

  /**
   * Refuses, as the interpreter does, when what the statute allows depends on a fact left out: a
   * clause whose test is unknown, or an amount left out that a clause which holds multiplies.
   * Otherwise the statute is the same whatever the missing facts are, and the typed {@code
   * statute} may read it from placeholders.
   *
   * @param code the violation code, for the message
   * @param reader the facts given, the missing ones {@code null}
   * @throws InvalidFactsException naming the facts left out, in the interpreter's words
   */
  public void requireStatuteKnown(String code, FactReader reader) {
    for (Need clause : statute) {
      byte value = clause.when().value(reader);
      boolean amountMissing = false;
      for (int amount : clause.amounts()) {
        amountMissing |= reader.value(amount) == null;
      }
      if (value == PartialFacts.UNKNOWN || value == PartialFacts.TRUE && amountMissing) {
        throw statuteUnknown(code, specs, reader);
      }
    }
  }

  /**
   * The refusal when the statute depends on facts left out, in the words the interpreter uses too.
   *
   * @param code the violation code
   * @param specs the violation's facts
   * @param reader the facts given; one problem per fact left out, of kind {@code MISSING}, so a
   *     form can mark each field
   * @return the exception to throw: facts missing for the case, as for the tier's own
   */
  public static InvalidFactsException statuteUnknown(String code, List<FactSpec> specs, FactReader reader) {
    // Legal re-review: asked for 不满十四周岁 on a warning, it spoke of 减轻 only.
    String why = "；法定幅度取决于未给出的事实（" + String.join("、", reader.missing())
        + "）：减轻处罚以法定最低限为基数，阶次的处罚没有写明当事人时由法定幅度确定受处罚的当事人，"
        + "都需要法定幅度：请给出这些事实";
    List<FactProblem> problems = new ArrayList<>();
    for (FactSpec spec : specs) {
      if (reader.missing().contains(spec.id())) {
        FactProblem missing = FactReader.missingProblem(spec);
        problems.add(new FactProblem(missing.fact(), missing.kind(), null, missing.allowed(),
            missing.message() + why));
      }
    }
    return InvalidFactsException.of(code, problems);
  }

  /** A tier: its test, and what its sanctions need when it may apply. */
  private record Tier(Test test, List<Need> needs) {
    boolean applies(FactReader reader, PartialFacts partial) {
      byte value = test.value(reader);
      if (value == PartialFacts.FALSE) {
        return false;
      }
      if (value == PartialFacts.UNKNOWN) {
        partial.need(test.reads());
      }
      needs.forEach(need -> need.note(reader, partial));
      return value == PartialFacts.TRUE;
    }
  }

  /**
   * One sanction's needs: the facts of its own {@code when} while that is undecided, and the
   * amounts its fine multiplies unless the {@code when} is known false.
   */
  private record Need(Test when, int[] amounts) {
    void note(FactReader reader, PartialFacts partial) {
      byte value = when == null ? PartialFacts.TRUE : when.value(reader);
      if (value == PartialFacts.UNKNOWN) {
        partial.need(when.reads());
      }
      if (value != PartialFacts.FALSE) {
        partial.need(amounts);
      }
    }
  }

  /** A test, three-valued, with the facts it reads in ascending order. */
  private abstract static class Test {
    private int[] reads = new int[0];

    abstract byte value(FactReader reader);

    final int[] reads() {
      return reads;
    }

    final Test reading(TreeSet<Integer> facts) {
      reads = facts.stream().mapToInt(Integer::intValue).toArray();
      return this;
    }
  }

  /** A test of one fact: unknown when the fact is missing. */
  private abstract static class Atom extends Test {
    private final int index;

    Atom(int index) {
      this.index = index;
    }

    @Override
    final byte value(FactReader reader) {
      Object fact = reader.value(index);
      return fact == null ? PartialFacts.UNKNOWN : PartialFacts.of(holds(fact));
    }

    abstract boolean holds(Object fact);
  }

  /** Kleene's and (or, when {@code any}): decided by the first operand that decides it. */
  private static final class Junction extends Test {
    private final List<Test> operands;
    private final boolean any;

    Junction(List<Test> operands, boolean any) {
      this.operands = operands;
      this.any = any;
    }

    @Override
    byte value(FactReader reader) {
      byte deciding = any ? PartialFacts.TRUE : PartialFacts.FALSE;
      byte result = any ? PartialFacts.FALSE : PartialFacts.TRUE;
      for (Test operand : operands) {
        byte value = operand.value(reader);
        if (value == deciding) {
          return deciding;
        }
        if (value == PartialFacts.UNKNOWN) {
          result = PartialFacts.UNKNOWN;
        }
      }
      return result;
    }
  }

  private static final class Negation extends Test {
    private final Test operand;

    Negation(Test operand) {
      this.operand = operand;
    }

    @Override
    byte value(FactReader reader) {
      byte value = operand.value(reader);
      return value == PartialFacts.UNKNOWN ? value : PartialFacts.of(value == PartialFacts.FALSE);
    }
  }

  private static final class Always extends Test {
    @Override
    byte value(FactReader reader) {
      return PartialFacts.TRUE;
    }
  }

  /** Reads a plan's words, checking each against the violation's facts. */
  private static final class Reader {
    private final List<FactSpec> specs;
    private final String[] words;
    private int next;

    Reader(List<FactSpec> specs, String text) {
      this.specs = specs;
      this.words = text.isBlank() ? new String[0] : text.trim().split(" +");
    }

    PartialPlan plan() {
      List<Test> endings = new ArrayList<>();
      List<Tier> tiers = new ArrayList<>();
      List<Need> otherwise = null;
      List<Test> beside = new ArrayList<>();
      List<Need> statute = new ArrayList<>();
      while (next < words.length) {
        String word = words[next++];
        switch (word) {
          case "end" -> endings.add(test());
          case "tier" -> tiers.add(new Tier(test(), needs()));
          case "else" -> {
            if (otherwise != null) {
              throw malformed("a second else");
            }
            otherwise = needs();
          }
          case "beside" -> beside.add(test());
          case "clause" -> statute.add(guarded());
          default -> throw malformed("unexpected " + word);
        }
      }
      return new PartialPlan(List.copyOf(endings), List.copyOf(tiers), otherwise, List.copyOf(beside),
          List.copyOf(statute), specs);
    }

    private List<Need> needs() {
      List<Need> needs = new ArrayList<>();
      while (next < words.length) {
        if (words[next].equals("when")) {
          next++;
          needs.add(guarded());
        } else if (words[next].startsWith("amounts:")) {
          needs.add(new Need(null, amounts("amounts:")));
        } else {
          break;
        }
      }
      return List.copyOf(needs);
    }

    /** A test and the amounts that depend on it ({@code then:}, possibly none). */
    private Need guarded() {
      Test when = test();
      return new Need(when, next < words.length && words[next].startsWith("then:") ? amounts("then:") : new int[0]);
    }

    private int[] amounts(String prefix) {
      String[] indices = words[next++].substring(prefix.length()).split(",", -1);
      int[] amounts = new int[indices.length];
      for (int i = 0; i < indices.length; i++) {
        amounts[i] = index(indices[i], FactSpec.Type.AMOUNT);
      }
      return amounts;
    }

    private Test test() {
      TreeSet<Integer> reads = new TreeSet<>();
      return test(reads).reading(reads);
    }

    private Test test(TreeSet<Integer> reads) {
      if (next >= words.length) {
        throw malformed("a test is missing at the end");
      }
      String word = words[next++];
      if (word.equals("always")) {
        return new Always();
      }
      if (word.equals("not")) {
        TreeSet<Integer> inner = new TreeSet<>();
        Test operand = test(inner).reading(inner);
        reads.addAll(inner);
        return new Negation(operand);
      }
      if (word.startsWith("and:") || word.startsWith("or:")) {
        int count = number(word.substring(word.indexOf(':') + 1), word);
        if (count < 2) {
          throw malformed(word + " needs two operands or more");
        }
        List<Test> operands = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
          TreeSet<Integer> inner = new TreeSet<>();
          operands.add(test(inner).reading(inner));
          reads.addAll(inner);
        }
        return new Junction(List.copyOf(operands), word.startsWith("or:"));
      }
      return atom(word, reads);
    }

    private Test atom(String word, TreeSet<Integer> reads) {
      char kind = word.charAt(0);
      int opStart = 1;
      while (opStart < word.length() && isDigit(word.charAt(opStart))) {
        opStart++;
      }
      if (kind == 'b' && opStart == word.length()) {
        int index = index(word.substring(1), FactSpec.Type.BOOL);
        reads.add(index);
        return new Atom(index) {
          @Override
          boolean holds(Object fact) {
            return (Boolean) fact;
          }
        };
      }
      int opEnd = opStart;
      while (opEnd < word.length() && "=!<>".indexOf(word.charAt(opEnd)) >= 0) {
        opEnd++;
      }
      String op = word.substring(opStart, opEnd);
      String operand = word.substring(opEnd);
      return switch (kind) {
        case 'e' -> enumAtom(word, index(word.substring(1, opStart), FactSpec.Type.ENUM), op, operand, reads);
        case 'a' -> amountAtom(word, index(word.substring(1, opStart), FactSpec.Type.AMOUNT), op, operand, reads);
        case 'n' -> integerAtom(word, index(word.substring(1, opStart), FactSpec.Type.INT), op, operand, reads);
        default -> throw malformed("unknown test " + word);
      };
    }

    private Test enumAtom(String word, int index, String op, String operand, TreeSet<Integer> reads) {
      List<Labelled> values = specs.get(index).values();
      int position = number(operand, word);
      if (position >= values.size() || !(op.equals("==") || op.equals("!="))) {
        throw malformed("unknown test " + word);
      }
      Labelled value = values.get(position);
      boolean equal = op.equals("==");
      reads.add(index);
      return new Atom(index) {
        @Override
        boolean holds(Object fact) {
          return (fact == value) == equal;
        }
      };
    }

    private Test amountAtom(String word, int index, String op, String operand, TreeSet<Integer> reads) {
      BigDecimal bound;
      try {
        bound = new BigDecimal(operand);
      } catch (NumberFormatException e) {
        throw malformed("not an amount in " + word);
      }
      Comparison comparison = comparison(op, word);
      reads.add(index);
      return new Atom(index) {
        @Override
        boolean holds(Object fact) {
          return comparison.holds(((BigDecimal) fact).compareTo(bound));
        }
      };
    }

    private Test integerAtom(String word, int index, String op, String operand, TreeSet<Integer> reads) {
      long bound;
      try {
        bound = Long.parseLong(operand);
      } catch (NumberFormatException e) {
        throw malformed("not a whole number in " + word);
      }
      Comparison comparison = comparison(op, word);
      reads.add(index);
      return new Atom(index) {
        @Override
        boolean holds(Object fact) {
          return comparison.holds(Long.compare((Long) fact, bound));
        }
      };
    }

    private Comparison comparison(String op, String word) {
      return switch (op) {
        case "==" -> sign -> sign == 0;
        case "!=" -> sign -> sign != 0;
        case "<" -> sign -> sign < 0;
        case "<=" -> sign -> sign <= 0;
        case ">" -> sign -> sign > 0;
        case ">=" -> sign -> sign >= 0;
        default -> throw malformed("unknown comparison in " + word);
      };
    }

    private int index(String digits, FactSpec.Type type) {
      int index = number(digits, digits);
      if (index >= specs.size() || specs.get(index).type() != type) {
        throw malformed("fact " + digits + " is not of type " + type);
      }
      return index;
    }

    private int number(String digits, String word) {
      if (digits.isEmpty() || digits.length() > 9 || !digits.chars().allMatch(Reader::isDigit)) {
        throw malformed("not a position in " + word);
      }
      return Integer.parseInt(digits);
    }

    /** ASCII digits only: {@link Character#isDigit} takes other scripts' digits too. */
    private static boolean isDigit(int c) {
      return c >= '0' && c <= '9';
    }

    private IllegalArgumentException malformed(String problem) {
      return new IllegalArgumentException("not a partial plan: " + problem + " (word " + next + ")");
    }
  }

  /** A comparison's outcome from {@code compareTo}'s sign. */
  private interface Comparison {
    boolean holds(int sign);
  }
}
