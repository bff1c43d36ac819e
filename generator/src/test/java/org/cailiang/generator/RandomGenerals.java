package org.cailiang.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random valid general parts (总则) for differential tests: circumstances of every effect (and
 * none), the three adjustments at random shares, either combination rule, limitation periods
 * with and without a condition, and procedure rules on thresholds, party kinds and
 * circumstances; a third of the circumstances only of persons or only of organizations.
 */
final class RandomGenerals {
  private static final String[] MODALITIES = {"应当", "可以"};
  private static final String[] KINDS = {"不予", "从轻", "减轻", "从轻或者减轻", "从重"};
  private static final String[] PERCENTS = {"10%", "25%", "33.3%", "50%", "100%"};
  private static final String[] AMOUNTS = {"0.01", "200", "999.99", "1000", "3000", "5000", "1万", "1.5万"};
  private static final String[] OPERATORS = {">=", ">", "<=", "<"};
  private static final String[] PROCEDURES = {"hearing", "simplified", "review", "collective"};

  private final Random random;
  /** Draws of their own, so that the rest of each general part is what it was before they came. */
  private final Random scopes;

  RandomGenerals(long seed) {
    this.random = new Random(seed);
    this.scopes = new Random(~seed);
  }

  /** A general part {@code id}; its circumstances are {@code c0 … c(n-1)}, returned in {@code ids}. */
  String general(String id, List<String> ids) {
    StringBuilder out = new StringBuilder("general ").append(id).append(" \"随机总则").append(id).append("\" {\n");
    int count = 2 + random.nextInt(6);
    List<String> plain = new ArrayList<>();
    for (int c = 0; c < count; c++) {
      String name = "c" + c;
      ids.add(name);
      out.append("  circumstance ").append(name).append(" \"情形").append(c).append("\"");
      if (scopes.nextInt(3) == 0) { // only of one kind of party: the five-part runtime form
        out.append(scopes.nextBoolean() ? " for person" : " for organization");
      }
      if (random.nextInt(4) == 0) {
        plain.add(name);
      } else {
        out.append(" effect ").append(MODALITIES[random.nextInt(2)]).append(' ')
            .append(KINDS[random.nextInt(KINDS.length)]).append(" basis \"第").append(c).append("条\"");
      }
      out.append('\n');
    }
    out.append("  adjust 从轻 lower ").append(percent()).append(" basis \"本基准规定\"\n");
    out.append("  adjust 减轻 floor ").append(PERCENTS[random.nextInt(PERCENTS.length - 1)]).append('\n');
    out.append("  adjust 从重 upper ").append(percent()).append('\n');
    out.append("  combine ").append(random.nextBoolean() ? "offset" : "heavier_first").append('\n');
    out.append("  limitation ").append(1 + random.nextInt(3)).append(" years basis \"第三十六条\"\n");
    for (String name : plain) {
      // Every circumstance without an effect serves a limitation period or a procedure.
      if (random.nextBoolean()) {
        out.append("  limitation ").append(6 + random.nextInt(60)).append(" months when ").append(name).append('\n');
      } else {
        out.append("  procedure ").append(PROCEDURES[random.nextInt(4)]).append(" when ").append(name)
            .append(" basis \"第五十七条\"\n");
      }
    }
    int rules = random.nextInt(5);
    for (int r = 0; r < rules; r++) {
      out.append("  procedure ").append(PROCEDURES[random.nextInt(4)]).append(" fine ")
          .append(OPERATORS[random.nextInt(4)]).append(' ').append(AMOUNTS[random.nextInt(AMOUNTS.length)]);
      int party = random.nextInt(3);
      out.append(party == 0 ? "" : party == 1 ? " for person" : " for organization");
      if (!ids.isEmpty() && random.nextInt(4) == 0) {
        out.append(" when ").append(ids.get(random.nextInt(ids.size())));
      }
      out.append(" basis \"第六十三条\"\n");
    }
    return out.append("}\n").toString();
  }

  private String percent() {
    return PERCENTS[random.nextInt(PERCENTS.length)];
  }
}
