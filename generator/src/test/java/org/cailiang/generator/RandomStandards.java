package org.cailiang.generator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random valid standards for differential testing: random facts and domains, random conditions
 * (nested and/or/not over every operator), tiers with random sanctions, amounts, multiples and
 * percentages. Deterministic for a seed. They pass the checker, not necessarily the legal
 * analysis (they may have gaps and overlaps), which exercises first-match and the no-tier path.
 */
final class RandomStandards {
  static final String[] THRESHOLDS = {"0", "0.01", "100", "999.99", "1000", "5000", "5000.5", "1万", "1.5万"};
  static final int[] COUNTS = {0, 1, 2, 3, 10};

  /** A random fact: its id, type and, for enums, value ids. */
  record FactDef(String id, String type, List<String> values) {}

  private final Random random;
  /** The facts of the violation being generated. */
  private final List<FactDef> facts = new ArrayList<>();

  /**
   * Draws the conditions of sanctions that depend on a fact: a stream of its own, so that the
   * rest of each standard is what it was before such sanctions existed.
   */
  private final Random whens;

  RandomStandards(long seed) {
    this.random = new Random(seed);
    this.whens = new Random(~seed);
  }

  String standard(int number, int violations) {
    StringBuilder out = new StringBuilder();
    out.append("standard r").append(number).append(" \"随机标准").append(number).append("\" {\n}\n");
    out.append("party p0 \"单位\"\nparty p1 \"个人\"\nparty p2 \"直接责任人员\"\n");
    out.append("regulation reg \"随机条例\" {\n  article a1 \"第一条\" \"罚则。\"\n  article a2 \"第二条\" \"不予处罚的情形。\"\n");
    for (int v = 0; v < violations; v++) {
      // Codes three apart, so that a range of three never meets the next violation's.
      boolean range = random.nextInt(3) == 0;
      violation(out, String.format("R%03d%02d", number, v * 3), range ? String.format("R%03d%02d", number, v * 3 + 2) : null);
    }
    return out.append("}\n").toString();
  }

  private void violation(StringBuilder out, String code, String last) {
    facts.clear();
    int count = 1 + random.nextInt(4);
    String[] types = {"enum", "bool", "amount", "int"};
    for (int i = 0; i < count; i++) {
      String type = types[random.nextInt(types.length)];
      List<String> values = new ArrayList<>();
      if (type.equals("enum")) {
        for (int k = 0; k < 2 + random.nextInt(3); k++) {
          values.add("v" + k);
        }
      }
      facts.add(new FactDef("f" + i, type, values));
    }
    out.append("  violation ").append(code).append(last != null ? ".." + last : "").append(" \"随机违法行为\" {\n    basis a1\n");
    for (FactDef fact : facts) {
      out.append("    fact ").append(fact.id()).append(" \"事实").append(fact.id()).append("\": ");
      if (fact.type().equals("enum")) {
        out.append("enum { ");
        for (int k = 0; k < fact.values().size(); k++) {
          out.append(k == 0 ? "" : ", ").append(fact.values().get(k)).append(" \"取值").append(k).append('"');
        }
        out.append(" }\n");
      } else {
        out.append(fact.type()).append('\n');
      }
    }
    List<String> flags = facts.stream().filter(f -> f.type().equals("bool")).map(FactDef::id).toList();
    if (flags.size() >= 2 && random.nextBoolean()) {
      // Facts in which two of them hold must be rejected alike by the interpreter and the code.
      out.append("    exclusive ").append(String.join(", ", flags)).append(" \"不能同时成立\"\n");
    }
    if (random.nextInt(4) == 0) {
      // A referral that ends the case or runs beside it, on a random condition.
      out.append("    refer ").append(random.nextBoolean() ? "ends" : "beside").append(" \"移送\" when ")
          .append(condition(1)).append('\n');
    }
    int tiers = 1 + random.nextInt(6);
    for (int t = 0; t < tiers; t++) {
      out.append("    tier T").append(t).append(" \"情节").append(t).append("\" when ").append(condition(3)).append(" {\n");
      if (random.nextInt(4) == 0) {
        out.append("      priority ").append(random.nextInt(3)).append('\n');
      }
      sanctions(out, true);
      out.append("      text \"情节").append(t).append("的原文\"\n    }\n");
    }
    if (random.nextBoolean()) {
      out.append("    tier T9 \"其他\" otherwise {\n");
      sanctions(out, false);
      out.append("    }\n");
    }
    out.append("  }\n");
  }

  private String condition(int depth) {
    return condition(random, depth);
  }

  private String condition(Random random, int depth) {
    int choice = random.nextInt(depth <= 0 ? 1 : 5);
    switch (choice) {
      case 1:
        return "(" + condition(random, depth - 1) + " and " + condition(random, depth - 1) + ")";
      case 2:
        return "(" + condition(random, depth - 1) + " or " + condition(random, depth - 1) + ")";
      case 3:
        return "not " + condition(random, depth - 1);
      default:
        return atom(random);
    }
  }

  private String atom(Random random) {
    FactDef fact = facts.get(random.nextInt(facts.size()));
    switch (fact.type()) {
      case "enum": {
        String value = fact.values().get(random.nextInt(fact.values().size()));
        int form = random.nextInt(4);
        if (form == 0) {
          return fact.id() + " == " + value;
        }
        if (form == 1) {
          return fact.id() + " != \"取值" + value.substring(1) + "\"";
        }
        String other = fact.values().get(random.nextInt(fact.values().size()));
        return fact.id() + (form == 2 ? " in {" : " not in {") + value + ", " + other + "}";
      }
      case "bool":
        return random.nextBoolean() ? fact.id() : fact.id() + (random.nextBoolean() ? " == true" : " != false");
      default: {
        String[] ops = {"==", "!=", "<", "<=", ">", ">="};
        String value = fact.type().equals("int")
            ? Integer.toString(COUNTS[random.nextInt(COUNTS.length)])
            : THRESHOLDS[random.nextInt(THRESHOLDS.length)];
        return fact.id() + " " + ops[random.nextInt(ops.length)] + " " + value;
      }
    }
  }

  /** One to three sanctions; in a tier with a condition, some only where a condition of their own holds. */
  private void sanctions(StringBuilder out, boolean mayDependOnAFact) {
    int count = 1 + random.nextInt(3);
    for (int i = 0; i < count; i++) {
      out.append("      ").append(random.nextInt(4) == 0 ? "optional " : "").append(sanction());
      if (mayDependOnAFact && whens.nextInt(3) == 0) {
        out.append(" when ").append(condition(whens, 1));
      }
      out.append('\n');
    }
  }

  private String sanction() {
    FactDef amount = facts.stream().filter(f -> f.type().equals("amount")).findFirst().orElse(null);
    switch (random.nextInt(amount == null ? 10 : 12)) {
      case 0:
        return "warning";
      case 1:
        return "order \"责令改正\"";
      case 2:
        return "confiscate \"违法所得\"";
      case 3:
        return "detain p1 " + (random.nextBoolean() ? "..5" : "5..15") + " days";
      case 4:
        return "licence " + (random.nextBoolean() ? "suspend" : "revoke") + " \"许可证\"";
      case 5:
        return "refer \"构成犯罪的，依法追究刑事责任\"";
      case 6:
        return "either warning or fine p1 ..200";
      case 7:
        return "exempt \"不予处罚\" basis a2";
      case 10:
        return "fine p0 " + factor() + ".." + factor() + " times " + amount.id();
      case 11:
        return "fine p0, p2 each 30%..50% of " + amount.id();
      default: {
        BigDecimal low = new BigDecimal(random.nextInt(50) * 100);
        BigDecimal high = low.add(new BigDecimal(random.nextInt(50) * 100 + 50));
        int form = random.nextInt(4);
        String parties = random.nextBoolean() ? "p0" : "p1, p2 each";
        if (form == 0) {
          return "fine " + parties + " .." + high.toPlainString();
        }
        if (form == 1) {
          // A fixed amount, never 0: a fine of 0 is a bad-range error.
          return "fine " + parties + " " + high.toPlainString();
        }
        if (form == 2) {
          return "fine " + parties + " " + low.toPlainString() + ".." + high.toPlainString() + ".5";
        }
        return "fine " + parties + " " + low.toPlainString() + ".." + high.toPlainString();
      }
    }
  }

  /** Factors in increasing order are not needed: 1..1 is a valid range, so use fixed pairs. */
  private int factorStep;

  private String factor() {
    factorStep = (factorStep + 1) % 2;
    return factorStep == 1 ? "1" : "3";
  }

  /** Random facts for the last violation generated, boundaries included. */
  java.util.Map<String, Object> facts(List<FactDef> defs) {
    java.util.Map<String, Object> values = new java.util.LinkedHashMap<>();
    for (FactDef fact : defs) {
      switch (fact.type()) {
        case "enum":
          values.put(fact.id(), fact.values().get(random.nextInt(fact.values().size())));
          break;
        case "bool":
          values.put(fact.id(), random.nextBoolean());
          break;
        case "int":
          values.put(fact.id(), (long) Math.max(0, COUNTS[random.nextInt(COUNTS.length)] + random.nextInt(3) - 1));
          break;
        default: {
          String threshold = THRESHOLDS[random.nextInt(THRESHOLDS.length)];
          BigDecimal base = org.cailiang.runtime.internal.Amounts.parse(threshold);
          BigDecimal nudged = base.add(new BigDecimal(random.nextInt(3) - 1).movePointLeft(2));
          values.put(fact.id(), nudged.signum() < 0 ? BigDecimal.ZERO : nudged);
        }
      }
    }
    return values;
  }
}
