package org.cailiang.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.StringJoiner;

/**
 * Random standards in the shapes that break code generators: conditions nested to the limit of
 * 100, and/or chains of up to 2,000 operands, {@code in} lists of hundreds of values, enum facts
 * with up to 1,000 values, texts over 64 KB or full of line separators, quotes, backslashes,
 * comment ends, invisible characters and emoji, and the largest numbers the language accepts.
 * Deterministic for a seed. Most of them pass {@code check}; those that do must compile.
 */
final class NastyStandards {
  /** The nesting limit of the language: not, parentheses and either, counted together. */
  static final int MAX_DEPTH = 100;
  static final String[] AMOUNTS = {
    "0", "0.01", "0.00000001", "1", "9999.99", "1万", "1.5万元", "1亿", "9999999999999.99", "10000000000000"
  };
  static final String[] COUNTS = {"0", "1", "2", "100", "9999999999999", "10000000000000"};
  /** Awkward pieces of text, as they are written in a cailiang string (escapes included). */
  static final String[] PIECES = {
    "罚款", "责令改正", "\\u{2028}", "\\u{2029}", "\\\"", "\\\\", "*/", "/*", "\\\\u0041", "@param", "<b>",
    "&amp;", "😀", "\\t", "\\n", "\\u{200B}", "\\u{202E}", "$S", "{@code x}", "\\u{0}", "\\u{7F}", "\\u{85}",
    "\\u{FEFF}", "\\u{10FFFF}", "第一条", "%s", "\\\\n", "a", " ", "。"
  };

  /** A fact of the violation being generated: its id, type and, for enums, the value count. */
  private record FactDef(String id, String type, int values) {}

  private final Random random;
  private final List<FactDef> facts = new ArrayList<>();

  NastyStandards(long seed) {
    this.random = new Random(seed);
  }

  String standard(int number) {
    StringBuilder out = new StringBuilder();
    out.append("standard n").append(number).append(' ').append(text(40)).append(" {\n  authority ")
        .append(text(20)).append("\n}\n");
    out.append("party p0 ").append(text(10)).append("\nparty p1 \"个人\"\n");
    String article = random.nextInt(10) == 0 ? "\"" + "罚".repeat(22_000 + random.nextInt(3)) + "\\u{2028}😀\"" : text(200);
    out.append("regulation reg ").append(text(30)).append(" {\n  article a1 ").append(text(10)).append(' ')
        .append(article).append('\n');
    int violations = 1 + random.nextInt(3);
    for (int v = 0; v < violations; v++) {
      violation(out, String.format("N%03d%02d", number, v));
    }
    return out.append("}\n").toString();
  }

  private void violation(StringBuilder out, String code) {
    facts.clear();
    String[] types = {"enum", "bool", "amount", "int"};
    // Now and then the most facts check accepts, with names of the greatest length.
    boolean many = random.nextInt(12) == 0;
    int count = many ? 100 : 1 + random.nextInt(4);
    String prefix = many ? "事".repeat(196) : "f";
    for (int i = 0; i < count; i++) {
      String type = types[random.nextInt(types.length)];
      int values = !type.equals("enum") ? 0
          : random.nextInt(16) == 0 ? 1_000 : random.nextInt(6) == 0 ? 100 + random.nextInt(200) : 2 + random.nextInt(4);
      facts.add(new FactDef(prefix + i, type, values));
    }
    out.append("  violation ").append(code).append(' ').append(text(30)).append(" {\n    basis a1\n");
    for (FactDef fact : facts) {
      out.append("    fact ").append(fact.id()).append(' ').append(text(10)).append(": ");
      if (fact.type().equals("enum")) {
        StringJoiner values = new StringJoiner(", ", "enum { ", " }");
        for (int k = 0; k < fact.values(); k++) {
          values.add("v" + k + " \"取值" + k + "\"");
        }
        out.append(values);
      } else {
        out.append(fact.type());
      }
      out.append('\n');
    }
    int tiers = 1 + random.nextInt(4);
    for (int t = 0; t < tiers; t++) {
      out.append("    tier T").append(t).append(' ').append(text(20)).append(" when ").append(topCondition())
          .append(" {\n");
      sanctions(out);
      out.append("      text ").append(text(100)).append("\n    }\n");
    }
    if (random.nextBoolean()) {
      out.append("    tier T9 ").append(text(10)).append(" otherwise {\n");
      sanctions(out);
      out.append("    }\n");
    }
    out.append("  }\n");
  }

  private String topCondition() {
    switch (random.nextInt(4)) {
      case 0:
        return chain(MAX_DEPTH, longLength());
      case 1:
        return deep(MAX_DEPTH);
      default:
        return condition(4 + random.nextInt(4));
    }
  }

  private int longLength() {
    // The longest are the slowest to compile: each comes up in some tiers of most runs.
    int[] lengths = {2, 3, 5, 17, 40, 300, 1_100, 2_000};
    int[] weights = {4, 4, 4, 4, 4, 2, 1, 1};
    int pick = random.nextInt(24);
    for (int i = 0; ; i++) {
      pick -= weights[i];
      if (pick < 0) {
        return lengths[i];
      }
    }
  }

  /** Operands joined by and/or, mixed, each an atom (long chains) or a small condition. */
  private String chain(int budget, int length) {
    StringBuilder out = new StringBuilder();
    boolean mixed = random.nextBoolean();
    String operator = random.nextBoolean() ? " and " : " or ";
    for (int i = 0; i < length; i++) {
      if (i > 0) {
        out.append(mixed && random.nextBoolean() ? (operator.equals(" and ") ? " or " : " and ") : operator);
      }
      out.append(length > 20 || budget <= 1 ? atom() : condition(Math.min(budget, 3)));
    }
    return out.toString();
  }

  /** A condition nested exactly {@code budget} levels deep along one path. */
  private String deep(int budget) {
    if (budget == 0) {
      return atom();
    }
    switch (random.nextInt(3)) {
      case 0:
        return "not " + deep(budget - 1);
      case 1:
        return "(" + atom() + (random.nextBoolean() ? " or " : " and ") + deep(budget - 1) + ")";
      default:
        return "(" + deep(budget - 1) + ")";
    }
  }

  /** A random condition using at most {@code budget} levels. */
  private String condition(int budget) {
    int choice = random.nextInt(budget <= 0 ? 1 : 4);
    switch (choice) {
      case 1:
        return "(" + chain(budget - 1, 2 + random.nextInt(3)) + ")";
      case 2:
        return "not " + condition(budget - 1);
      case 3:
        return chain(budget - 1, 2);
      default:
        return atom();
    }
  }

  private String atom() {
    FactDef fact = facts.get(random.nextInt(facts.size()));
    switch (fact.type()) {
      case "enum": {
        int form = random.nextInt(4);
        if (form == 0) {
          return fact.id() + " == v" + random.nextInt(fact.values());
        }
        if (form == 1) {
          return fact.id() + " != \"取值" + random.nextInt(fact.values()) + "\"";
        }
        StringJoiner values = new StringJoiner(", ", form == 2 ? " in {" : " not in {", "}");
        int size = 1 + random.nextInt(random.nextInt(4) == 0 ? fact.values() : Math.min(3, fact.values()));
        for (int k = 0; k < size; k++) {
          values.add("v" + random.nextInt(fact.values()));
        }
        return fact.id() + values;
      }
      case "bool":
        return random.nextBoolean() ? fact.id() : fact.id() + (random.nextBoolean() ? " == true" : " != false");
      default: {
        String[] ops = {"==", "!=", "<", "<=", ">", ">="};
        String[] values = fact.type().equals("int") ? COUNTS : AMOUNTS;
        return fact.id() + " " + ops[random.nextInt(ops.length)] + " " + values[random.nextInt(values.length)];
      }
    }
  }

  private void sanctions(StringBuilder out) {
    int count = 1 + random.nextInt(3);
    for (int i = 0; i < count; i++) {
      out.append("      ").append(random.nextInt(4) == 0 ? "optional " : "").append(sanction()).append('\n');
    }
  }

  private String sanction() {
    FactDef amount = facts.stream().filter(f -> f.type().equals("amount")).findFirst().orElse(null);
    switch (random.nextInt(amount == null ? 9 : 10)) {
      case 0:
        return "order " + text(50);
      case 1:
        return "confiscate " + text(20);
      case 2:
        return "detain p1 " + (random.nextBoolean() ? "1..100000 days" : "..15");
      case 3:
        return "licence revoke " + text(20);
      case 4:
        return "refer " + text(50);
      case 5:
        // Each either takes the rest of the line as its last option: nested as deep as it is long.
        return "either warning or ".repeat(1 + random.nextInt(MAX_DEPTH)) + "warning";
      case 6:
        return "exempt " + text(20) + " basis a1";
      case 7:
        return "fine p0 ..10000000000000";
      case 9:
        return "fine p0 0.01..99999999 times " + amount.id();
      default:
        return "fine p0, p1 each 0.01..9999999999999.99";
    }
  }

  /** A string literal of up to {@code pieces} awkward pieces, as written in a source file. */
  private String text(int pieces) {
    StringBuilder out = new StringBuilder("\"");
    int count = 1 + random.nextInt(pieces);
    for (int i = 0; i < count; i++) {
      out.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return out.append('"').toString();
  }
}
