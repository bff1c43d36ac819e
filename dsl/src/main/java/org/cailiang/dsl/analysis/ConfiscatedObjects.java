package org.cailiang.dsl.analysis;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.cailiang.dsl.model.SanctionSpec;

/**
 * What a 没收 takes, compared item by item: a confiscation is allowed only of what the statute
 * names, and a mandatory one is complete only when every object it names is confiscated.
 *
 * <p>An object text is split into items at 、，；和及或 (the statute's lists), each item
 * normalised (NFKC: full-width punctuation and letters as half-width; blanks dropped). Two items
 * match when one contains the other ({@code 设备} and {@code 用于违法经营的设备}); the categories of
 * 《行政处罚法》第九条第（二）项 stay apart: an item naming 违法所得 matches only one that names it
 * too, and 非法财物 matches every item that is not 违法所得.
 */
final class ConfiscatedObjects {
  private static final String INCOME = "违法所得";
  private static final String PROPERTY = "非法财物";
  private static final String SEPARATORS = "[、,;；]|以及|或者|和|及|或";

  private ConfiscatedObjects() {}

  /** The normalised items of an object text, in order; the whole text when it has no list. */
  static List<String> items(String what) {
    List<String> items = new ArrayList<>();
    for (String part : normalise(what).split(SEPARATORS)) {
      if (!part.isEmpty()) {
        items.add(part);
      }
    }
    return items.isEmpty() ? List.of(normalise(what)) : items;
  }

  private static String normalise(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
  }

  static boolean isIncome(String item) {
    return item.contains(INCOME);
  }

  /** Whether a statute's item and a tier's name the same thing (see the class comment). */
  static boolean match(String statuteItem, String tierItem) {
    if (isIncome(statuteItem) || isIncome(tierItem)) {
      return isIncome(statuteItem) && isIncome(tierItem);
    }
    return statuteItem.equals(PROPERTY) || tierItem.equals(PROPERTY)
        || statuteItem.contains(tierItem) || tierItem.contains(statuteItem);
  }

  /**
   * The items of a tier's confiscation the allowed one does not name. 违法所得 is never among
   * them: 第二十八条第二款 requires its confiscation whatever the statute lists.
   */
  static List<String> unnamed(SanctionSpec.Confiscation allowed, SanctionSpec.Confiscation tier) {
    List<String> named = items(allowed.what());
    return items(tier.what()).stream()
        .filter(item -> !isIncome(item) && named.stream().noneMatch(n -> match(n, item)))
        .toList();
  }

  /** Whether the allowed confiscation names every item of the tier's. */
  static boolean covers(SanctionSpec.Confiscation allowed, SanctionSpec.Confiscation tier) {
    return unnamed(allowed, tier).isEmpty();
  }

  /**
   * The items of a required confiscation that none of the given sanctions confiscates; those
   * naming 违法所得 are left out when {@code withoutIncome} (judged by {@link IncomeConfiscation}).
   */
  static List<String> missing(SanctionSpec.Confiscation required, List<SanctionSpec> sanctions,
      boolean withoutIncome) {
    List<String> taken = new ArrayList<>();
    for (SanctionSpec sanction : sanctions) {
      if (sanction instanceof SanctionSpec.Confiscation c) {
        taken.addAll(items(c.what()));
      }
    }
    return items(required.what()).stream()
        .filter(item -> !(withoutIncome && isIncome(item)))
        .filter(item -> taken.stream().noneMatch(t -> match(item, t)))
        .toList();
  }

  /** {@code 「设备」、「原料等物品」}, for messages. */
  static String quote(List<String> items) {
    return String.join("、", items.stream().map(i -> "「" + i + "」").toList());
  }
}
