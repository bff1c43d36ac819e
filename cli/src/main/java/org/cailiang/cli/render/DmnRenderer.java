package org.cailiang.cli.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cailiang.dsl.model.AtomVisitor;
import org.cailiang.dsl.model.Condition;
import org.cailiang.dsl.model.EnumValue;
import org.cailiang.dsl.model.Fact;
import org.cailiang.dsl.model.FactType;
import org.cailiang.dsl.model.Handover;
import org.cailiang.dsl.model.Literal;
import org.cailiang.dsl.model.Standard;
import org.cailiang.dsl.model.Tier;
import org.cailiang.dsl.model.Violation;

/**
 * Each violation as a DMN 1.3 decision table that standard DMN engines load: one input per
 * fact, outputs {@code tier} (the tier's code suffix) and {@code circumstance}, hit policy FIRST
 * with the rules in the order the tiers are tried and the otherwise tier last. A referral that
 * ends the case comes first, as in the generated code: {@code tier} empty (the decision's tier
 * code is the violation's code) and {@code circumstance} the referral's text. A condition is
 * put in disjunctive normal form: one rule per conjunction, one unary test per fact.
 */
public final class DmnRenderer {
  private static final String NAMESPACE = "https://www.omg.org/spec/DMN/20191111/MODEL/";

  /**
   * The most rules one condition may expand to. Its disjunctive normal form can grow as 2^n in
   * the clauses ({@code (a or b) and (a or c) and …}): past this the table is no use to a reader
   * and the export stops before it exhausts the memory.
   */
  static final int MAX_RULES = 10_000;

  /** A condition whose rules would exceed {@link #MAX_RULES}: said in Chinese, for the user. */
  public static final class TooManyRules extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooManyRules(String message) {
      super(message, null, false, false);
    }
  }

  private DmnRenderer() {}

  /** The decision id of a violation: {@code d_C05840_C05846}. */
  public static String decisionId(Violation violation) {
    return "d_" + violation.codes().first() + (violation.codes().isRange() ? "_" + violation.codes().last() : "");
  }

  public static String render(Standard standard) {
    StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.append("<definitions xmlns=\"").append(NAMESPACE).append("\" ").append(RenderedFiles.DMN)
        .append(" id=\"").append(id("s_" + standard.id()))
        .append("\" name=\"").append(xml(standard.title())).append("\" namespace=\"https://cailiang.org/dmn/")
        .append(xml(standard.id())).append("\">\n");
    Map<String, Fact> inputs = new LinkedHashMap<>();
    Map<String, java.util.Set<String>> types = new java.util.HashMap<>();
    for (Violation violation : standard.violations()) {
      for (Fact fact : violation.facts()) {
        inputs.putIfAbsent(fact.id(), fact);
        types.computeIfAbsent(fact.id(), id -> new java.util.TreeSet<>()).add(typeRef(fact));
      }
    }
    for (Fact fact : inputs.values()) {
      // Two violations may give one fact id two types (an enum here, a boolean there): the input
      // is then left untyped, and each table's input expression carries its own type.
      String typed = types.get(fact.id()).size() == 1 ? "\" typeRef=\"" + typeRef(fact) + "\"" : "\"";
      out.append("  <inputData id=\"").append(inputId(fact.id())).append("\" name=\"").append(xml(fact.id()))
          .append("\">\n    <variable name=\"").append(xml(fact.id())).append(typed)
          .append("/>\n  </inputData>\n");
    }
    for (Violation violation : standard.violations()) {
      decision(violation, out);
    }
    return out.append("</definitions>\n").toString();
  }

  private static void decision(Violation violation, StringBuilder out) {
    String id = id(decisionId(violation));
    // The name is a FEEL name (the code range); the title goes to the label.
    String name = id.substring(2);
    out.append("  <decision id=\"").append(id).append("\" name=\"").append(xml(name)).append("\" label=\"")
        .append(xml(violation.codes() + " " + violation.title())).append("\">\n");
    out.append("    <variable name=\"").append(xml(name)).append("\"/>\n");
    for (Fact fact : violation.facts()) {
      out.append("    <informationRequirement id=\"").append(id).append("_req_").append(inputId(fact.id()))
          .append("\">\n      <requiredInput href=\"#").append(inputId(fact.id())).append("\"/>\n    </informationRequirement>\n");
    }
    out.append("    <decisionTable id=\"").append(id).append("_table\" hitPolicy=\"FIRST\">\n");
    int n = 0;
    for (Fact fact : violation.facts()) {
      out.append("      <input id=\"").append(id).append("_in").append(n++).append("\" label=\"").append(xml(fact.label()))
          .append("\">\n        <inputExpression typeRef=\"").append(typeRef(fact)).append("\">\n          <text>")
          .append(xml(fact.id())).append("</text>\n        </inputExpression>\n      </input>\n");
    }
    out.append("      <output id=\"").append(id).append("_tier\" name=\"tier\" typeRef=\"string\"/>\n");
    out.append("      <output id=\"").append(id).append("_circumstance\" name=\"circumstance\" typeRef=\"string\"/>\n");
    int rule = 0;
    for (Handover handover : violation.endingHandovers()) {
      for (List<Literal2> conjunction : dnf(violation, "移送「" + handover.text() + "」", handover.trigger().orElseThrow())) {
        rule = rule(violation, id, rule, conjunction, "移送 " + handover.text(), "", handover.text(), out);
      }
    }
    List<Tier> ordered = new ArrayList<>(violation.triedTiers());
    violation.otherwise().ifPresent(ordered::add);
    for (Tier tier : ordered) {
      List<List<Literal2>> conjunctions = tier.isOtherwise() ? List.of(List.of())
          : dnf(violation, "阶次 " + tier.suffix() + "「" + tier.circumstance() + "」", tier.condition());
      String description = tier.circumstance().isEmpty() ? "" : tier.suffix() + " " + tier.circumstance();
      for (List<Literal2> conjunction : conjunctions) {
        rule = rule(violation, id, rule, conjunction, description, tier.suffix(), tier.circumstance(), out);
      }
    }
    out.append("    </decisionTable>\n  </decision>\n");
  }

  /** One rule for a conjunction, unless it cannot hold; returns the next rule's number. */
  private static int rule(Violation violation, String id, int number, List<Literal2> conjunction,
      String description, String tier, String circumstance, StringBuilder out) {
    Map<String, String> tests = tests(violation, conjunction);
    if (tests == null) {
      return number; // the conjunction cannot hold
    }
    out.append("      <rule id=\"").append(id).append("_r").append(number).append("\">\n");
    if (!description.isEmpty()) {
      out.append("        <description>").append(xml(description)).append("</description>\n");
    }
    for (Fact fact : violation.facts()) {
      out.append("        <inputEntry><text>").append(xml(tests.getOrDefault(fact.id(), "-"))).append("</text></inputEntry>\n");
    }
    out.append("        <outputEntry><text>").append(xml(feelString(tier))).append("</text></outputEntry>\n");
    out.append("        <outputEntry><text>").append(xml(feelString(circumstance))).append("</text></outputEntry>\n");
    out.append("      </rule>\n");
    return number + 1;
  }

  private static String inputId(String factId) {
    return id("i_" + factId);
  }

  /** An atomic condition, possibly negated. */
  private record Literal2(Condition atom, boolean negated) {}

  private static List<List<Literal2>> dnf(Condition condition, boolean negated) {
    return condition.accept(new Dnf(negated));
  }

  /** The rules of one condition, or the reason there would be too many. */
  private static List<List<Literal2>> dnf(Violation violation, String whose, Condition condition) {
    try {
      return dnf(condition, false);
    } catch (TooManyRules e) {
      throw new TooManyRules("违法行为 " + violation.codes() + " 的" + whose + "的条件展开为 DMN 规则超过 "
          + MAX_RULES + " 条，无法导出为决策表；请简化条件（md、html、json 格式不受影响）");
    }
  }

  private static void limit(long rules) {
    if (rules > MAX_RULES) {
      throw new TooManyRules("");
    }
  }

  /** The disjunctive normal form of a condition, negated or not. */
  private record Dnf(boolean negated) implements Condition.Visitor<List<List<Literal2>>> {
    @Override
    public List<List<Literal2>> visitNot(Condition.Not c) {
      return dnf(c.operand(), !negated);
    }

    @Override
    public List<List<Literal2>> visitAnd(Condition.And c) {
      return combine(c.operands(), true);
    }

    @Override
    public List<List<Literal2>> visitOr(Condition.Or c) {
      return combine(c.operands(), false);
    }

    private List<List<Literal2>> combine(List<Condition> operands, boolean and) {
      List<List<Literal2>> result = dnf(operands.get(0), negated);
      for (Condition operand : operands.subList(1, operands.size())) {
        List<List<Literal2>> b = dnf(operand, negated);
        if (and != negated) { // a conjunction (or a negated disjunction): every pair
          limit((long) result.size() * b.size());
          List<List<Literal2>> product = new ArrayList<>();
          for (List<Literal2> x : result) {
            for (List<Literal2> y : b) {
              List<Literal2> both = new ArrayList<>(x);
              both.addAll(y);
              product.add(both);
            }
          }
          result = product;
        } else {
          limit((long) result.size() + b.size());
          List<List<Literal2>> union = new ArrayList<>(result);
          union.addAll(b);
          result = union;
        }
      }
      return result;
    }

    @Override
    public List<List<Literal2>> visitIsTrue(Condition.IsTrue c) {
      return atom(c);
    }

    @Override
    public List<List<Literal2>> visitCompare(Condition.Compare c) {
      return atom(c);
    }

    @Override
    public List<List<Literal2>> visitIn(Condition.In c) {
      return atom(c);
    }

    // An otherwise tier is handled before, and no tier is always; as before, both are atoms.
    @Override
    public List<List<Literal2>> visitOtherwise(Condition.Otherwise c) {
      return atom(c);
    }

    @Override
    public List<List<Literal2>> visitAlways(Condition.Always c) {
      return atom(c);
    }

    private List<List<Literal2>> atom(Condition c) {
      return List.of(List.of(new Literal2(c, negated)));
    }
  }

  /** One FEEL unary test per constrained fact, or null when the conjunction cannot hold. */
  private static Map<String, String> tests(Violation violation, List<Literal2> conjunction) {
    Map<String, Set<String>> choices = new LinkedHashMap<>();
    Map<String, NumberSet> numbers = new LinkedHashMap<>();
    for (Literal2 literal : conjunction) {
      Condition atom = literal.atom();
      String factId = Condition.factOf(atom);
      Fact fact = violation.fact(factId).orElseThrow();
      if (fact.type() instanceof FactType.Enum || fact.type() instanceof FactType.Bool) {
        Set<String> allowed = allowedValues(fact, atom);
        if (literal.negated()) {
          Set<String> complement = new LinkedHashSet<>(domain(fact));
          complement.removeAll(allowed);
          allowed = complement;
        }
        Set<String> current = choices.computeIfAbsent(factId, k -> new LinkedHashSet<>(domain(fact)));
        current.retainAll(allowed);
      } else {
        NumberSet set = numberSet(atom);
        numbers.merge(factId, literal.negated() ? set.complement() : set, NumberSet::intersect);
      }
    }
    Map<String, String> tests = new LinkedHashMap<>();
    for (Map.Entry<String, Set<String>> entry : choices.entrySet()) {
      Fact fact = violation.fact(entry.getKey()).orElseThrow();
      if (entry.getValue().isEmpty()) {
        return null;
      }
      if (entry.getValue().size() < domain(fact).size()) {
        tests.put(entry.getKey(), String.join(", ", entry.getValue().stream()
            .map(v -> fact.type() instanceof FactType.Bool ? v : feelString(v)).toList()));
      }
    }
    for (Map.Entry<String, NumberSet> entry : numbers.entrySet()) {
      if (entry.getValue().isEmpty()) {
        return null;
      }
      if (!entry.getValue().isAll()) {
        tests.put(entry.getKey(), entry.getValue().feel());
      }
    }
    return tests;
  }

  private static List<String> domain(Fact fact) {
    if (fact.type() instanceof FactType.Enum type) {
      return type.values().stream().map(EnumValue::id).toList();
    }
    return List.of("true", "false");
  }

  /** The values of an enum or boolean fact an atom holds for. */
  private static Set<String> allowedValues(Fact fact, Condition atom) {
    return atom.accept(new AtomVisitor<Set<String>>() {
      @Override
      public Set<String> visitIsTrue(Condition.IsTrue c) {
        return new LinkedHashSet<>(List.of("true"));
      }

      @Override
      public Set<String> visitIn(Condition.In c) {
        Set<String> allowed = new LinkedHashSet<>();
        c.values().forEach(v -> allowed.add(valueId(fact, v)));
        return c.negated() ? complement(fact, allowed) : allowed;
      }

      @Override
      public Set<String> visitCompare(Condition.Compare c) {
        Set<String> allowed = new LinkedHashSet<>();
        allowed.add(valueId(fact, c.value()));
        return c.op() == Condition.Operator.NE ? complement(fact, allowed) : allowed;
      }
    });
  }

  private static Set<String> complement(Fact fact, Set<String> values) {
    Set<String> complement = new LinkedHashSet<>(domain(fact));
    complement.removeAll(values);
    return complement;
  }

  private static String valueId(Fact fact, Literal literal) {
    if (literal instanceof Literal.Bool b) {
      return Boolean.toString(b.value());
    }
    return ((FactType.Enum) fact.type()).resolve(literal).orElseThrow().id();
  }

  private static NumberSet numberSet(Condition atom) {
    return atom.accept(new AtomVisitor<NumberSet>() {
      @Override
      public NumberSet visitIn(Condition.In c) {
        NumberSet set = new NumberSet(List.of());
        for (Literal value : c.values()) {
          set = set.union(NumberSet.point(((Literal.Number) value).value()));
        }
        return c.negated() ? set.complement() : set;
      }

      @Override
      public NumberSet visitCompare(Condition.Compare c) {
        BigDecimal value = ((Literal.Number) c.value()).value();
        return NumberSet.of(c.op().symbol(), value);
      }

      @Override
      public NumberSet visitIsTrue(Condition.IsTrue c) {
        throw new IllegalArgumentException("a boolean fact is not a number: " + c);
      }
    });
  }

  private static String typeRef(Fact fact) {
    return fact.type().accept(new FactType.Visitor<String>() {
      @Override
      public String visitEnum(FactType.Enum type) {
        return "string";
      }

      @Override
      public String visitBool(FactType.Bool type) {
        return "boolean";
      }

      @Override
      public String visitAmount(FactType.Amount type) {
        return "number";
      }

      @Override
      public String visitInt(FactType.Int type) {
        return "number";
      }
    });
  }

  /** A FEEL string literal. */
  private static String feelString(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\t':
          out.append("\\t");
          break;
        default:
          out.append(c);
      }
    }
    return out.append('"').toString();
  }

  /** An XML ID: letters, digits, {@code _ - .}; anything else becomes {@code _}. */
  private static String id(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints().forEach(cp -> out.appendCodePoint(Character.isLetterOrDigit(cp) || cp == '_' || cp == '-' || cp == '.' ? cp : '_'));
    return Character.isLetter(out.codePointAt(0)) || out.charAt(0) == '_' ? out.toString() : "_" + out;
  }

  /** Text safe in XML content and attributes; characters XML 1.0 forbids are dropped. */
  static String xml(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> {
      switch (cp) {
        case '&':
          out.append("&amp;");
          break;
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '"':
          out.append("&quot;");
          break;
        case '\'':
          out.append("&apos;");
          break;
        case '\n':
          out.append("&#10;");
          break;
        case '\t':
          out.append("&#9;");
          break;
        case '\r':
          out.append("&#13;");
          break;
        default:
          if (cp >= 0x20 && cp != 0xFFFE && cp != 0xFFFF && !(cp >= 0xD800 && cp <= 0xDFFF)) {
            out.appendCodePoint(cp);
          }
      }
    });
    return out.toString();
  }
}
