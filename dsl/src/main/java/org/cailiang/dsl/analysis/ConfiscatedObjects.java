package org.cailiang.dsl.analysis;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.cailiang.dsl.model.SanctionSpec;

/**
 * What a 没收 takes, compared item by item: a confiscation is allowed only of what the statute
 * names, and a mandatory one is complete only when every object it names is confiscated.
 *
 * <p>An object text is split into items at 、，；和及或 (the statute's lists), each item
 * normalised (NFKC: full-width punctuation and letters as half-width; blanks dropped). A tier may
 * confiscate what the statute names or a narrower thing whose text contains it ({@code
 * 用于违法经营的设备} under {@code 设备}), never a broader one ({@code 设备} under {@code
 * 用于违法经营的设备}: that would take equipment the violation did not use). The categories of
 * 《行政处罚法》第九条第（二）项 stay apart: an item naming 违法所得 matches only one that names it
 * too, and 非法财物 covers every item that is not 违法所得 — except lawful property and a party's
 * whole property, which are not 非法财物 whatever the table says.
 */
final class ConfiscatedObjects {
  private static final String INCOME = "违法所得";
  private static final String PROPERTY = "非法财物";
  private static final Pattern SEPARATORS = Pattern.compile("[、,;；]|以及|或者|和|及|或");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private ConfiscatedObjects() {}

  /**
   * The normalised items of an object text, in order; the whole text when it has no list. A
   * qualifier ending in 的 before the first item qualifies the whole list, as Chinese reads it:
   * {@code 用于违法生产经营的工具、设备} is two items, {@code 用于违法生产经营的设备} the second.
   */
  static List<String> items(String what) {
    List<String> items = new ArrayList<>();
    String qualifier = "";
    for (String part : SEPARATORS.split(normalise(what))) {
      if (part.isEmpty()) {
        continue;
      }
      if (items.isEmpty()) {
        qualifier = part.substring(0, part.lastIndexOf('的') + 1);
      } else if (part.indexOf('的') < 0 && !isIncome(part)) {
        part = qualifier + part;
      }
      items.add(part);
    }
    return items.isEmpty() ? List.of(normalise(what)) : items;
  }

  private static String normalise(String text) {
    return SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll("");
  }

  static boolean isIncome(String item) {
    return item.contains(INCOME);
  }

  /**
   * Whether a statute's item and a tier's name the same thing, either way round: for a required
   * confiscation, whether the tier takes it (a broader tier item is an error of its own).
   */
  static boolean match(String statuteItem, String tierItem) {
    return allows(statuteItem, tierItem) || allows(tierItem, statuteItem);
  }

  /** Whether a tier may confiscate its item where the statute names its own (the class comment). */
  static boolean allows(String statuteItem, String tierItem) {
    if (isIncome(statuteItem) || isIncome(tierItem)) {
      return isIncome(statuteItem) && isIncome(tierItem);
    }
    return isProperty(statuteItem, tierItem) || tierItem.contains(statuteItem);
  }

  /** {@code 非法财物} standing for the other item, unless that one is lawful or all property. */
  private static boolean isProperty(String category, String item) {
    boolean lawful = item.contains("合法") && !item.contains("非法");
    boolean everything = item.contains("全部财产") || item.contains("全部财物")
        || item.contains("个人财产") || item.equals("财产") || item.equals("财物");
    return category.equals(PROPERTY) && !lawful && !everything;
  }

  /**
   * The items of a tier's confiscation the allowed one does not name. 违法所得 is never among
   * them: 第二十八条第二款 requires its confiscation whatever the statute lists.
   */
  static List<String> unnamed(SanctionSpec.Confiscation allowed, SanctionSpec.Confiscation tier) {
    List<String> named = items(allowed.what());
    return items(tier.what()).stream()
        .filter(item -> !isIncome(item) && named.stream().noneMatch(n -> allows(n, item)))
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
