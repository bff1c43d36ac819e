package org.cailiang.runtime.internal;

import java.util.ArrayList;
import java.util.List;
import org.cailiang.runtime.FactProblem;
import org.cailiang.runtime.FactSpec;
import org.cailiang.runtime.InvalidFactsException;

/**
 * What the partial path needs to decide on facts of which some were left out, as the interpreter
 * does: the values of Kleene's three-valued logic as bytes ({@link #FALSE}, {@link #TRUE}, {@link
 * #UNKNOWN}, computed by {@link PartialPlan}) and the missing facts the decision was found to
 * depend on. Used only when a fact is missing,
 * so a complete map never reaches it.
 */
public final class PartialFacts {
  /** A condition known to be false. */
  public static final byte FALSE = 0;
  /** A condition known to be true. */
  public static final byte TRUE = 1;
  /** A condition whose value depends on missing facts. */
  public static final byte UNKNOWN = 2;

  private final String code;
  private final List<FactSpec> specs;
  private final FactReader reader;
  private final boolean[] needed;
  private boolean anyNeeded;

  /**
   * Starts with no missing fact needed.
   *
   * @param code the violation code, for messages
   * @param specs the violation's facts
   * @param reader the facts given, the missing ones {@code null}
   */
  public PartialFacts(String code, List<FactSpec> specs, FactReader reader) {
    this.code = code;
    this.specs = specs;
    this.reader = reader;
    this.needed = new boolean[specs.size()];
  }

  /**
   * A known truth value as a byte.
   *
   * @param value the value
   * @return {@link #TRUE} or {@link #FALSE}
   */
  public static byte of(boolean value) {
    return value ? TRUE : FALSE;
  }

  /**
   * Notes that the decision depends on those of these facts that are missing.
   *
   * @param indices positions of facts the decision reads
   */
  public void need(int... indices) {
    for (int index : indices) {
      if (reader.value(index) == null) {
        needed[index] = true;
        anyNeeded = true;
      }
    }
  }

  /**
   * Whether no missing fact was found needed so far.
   *
   * @return true when none was
   */
  public boolean noneNeeded() {
    return !anyNeeded;
  }

  /**
   * Refuses the decision when it depends on missing facts, naming them in declaration order.
   *
   * @throws InvalidFactsException one problem of kind MISSING per needed fact
   */
  public void requireNoneNeeded() {
    if (!anyNeeded) {
      return;
    }
    List<FactProblem> problems = new ArrayList<>();
    for (int i = 0; i < needed.length; i++) {
      if (needed[i]) {
        problems.add(FactReader.missingProblem(specs.get(i)));
      }
    }
    throw InvalidFactsException.of(code, problems);
  }

  /**
   * The facts as given, the missing ones {@code null}, for {@link FactSpec#describe}.
   *
   * @return the values in declaration order
   */
  public Object[] values() {
    Object[] values = new Object[specs.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = reader.value(i);
    }
    return values;
  }

  /**
   * 互斥 (exclusive): when one fact of the group holds, the others left out are read as false, as
   * the interpreter reads them.
   *
   * @param reader the facts given
   * @param specs the violation's facts
   * @param group positions of the exclusive boolean facts
   * @return the reader to decide on; {@code reader} itself when nothing changes
   */
  public static FactReader exclusive(FactReader reader, List<FactSpec> specs, int... group) {
    for (int index : group) {
      if (Boolean.TRUE.equals(reader.value(index))) {
        return reader.leftOutAsFalse(specs, group);
      }
    }
    return reader;
  }
}
