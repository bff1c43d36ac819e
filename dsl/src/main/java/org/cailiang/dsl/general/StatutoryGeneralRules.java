package org.cailiang.dsl.general;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cailiang.dsl.diag.Diagnostics;
import org.cailiang.dsl.model.Effect;
import org.cailiang.dsl.model.GeneralCircumstance;
import org.cailiang.dsl.model.GeneralPart;
import org.cailiang.dsl.model.Limitation;
import org.cailiang.dsl.model.PartyKind;
import org.cailiang.dsl.model.ProcedureRule;

/**
 * A general part's rule that cites an article of the general part of 行政处罚法 (2021) must say
 * what that article says (legal author: {@code 可以 不予} citing 第三十三条第一款's "不予行政处罚",
 * {@code 应当 从轻} citing 第三十条's "不予", a limitation of one year citing 第三十六条's two, and
 * 简易程序 up to 5000 元 for an organisation citing 第五十一条's 3000 all passed). Weakening what
 * the law makes mandatory, another effect, another period or a higher on-the-spot limit is an
 * error ({@code general-statute}); a standard that narrows 从轻或者减轻 to one of them, or makes
 * a 可以 mandatory, exercises the discretion the law leaves (said as information when a 可以
 * becomes 应当, so the choice is seen). The texts are those of docs/law/行政处罚法-2021.md.
 */
final class StatutoryGeneralRules {
  private StatutoryGeneralRules() {}

  private static final String LAW = "《中华人民共和国行政处罚法》";

  /**
   * What one provision says of the circumstances it names, and its words; a null effect is no
   * relief at all (应当给予行政处罚).
   */
  private record Provision(int article, Predicate<String> names, Effect effect, String words) {}

  private static final List<Provision> PROVISIONS = List.of(
      new Provision(30, matches("(不满|未满)(十四|14)周岁") .and(matches("已满|以上").negate()),
          new Effect(Effect.Modality.SHALL, Effect.Kind.WAIVE),
          "不满十四周岁的未成年人有违法行为的，不予行政处罚，责令监护人加以管教"),
      new Provision(30, matches("(已满(十四|14)周岁|(十四|14)周岁以上).*(不满|未满)(十八|18)周岁"),
          new Effect(Effect.Modality.SHALL, Effect.Kind.LIGHTER_OR_REDUCED),
          "已满十四周岁不满十八周岁的未成年人有违法行为的，应当从轻或者减轻行政处罚"),
      new Provision(31, matches("间歇性"), null,
          "间歇性精神病人在精神正常时有违法行为的，应当给予行政处罚"),
      new Provision(31, matches("尚未完全丧失"),
          new Effect(Effect.Modality.MAY, Effect.Kind.LIGHTER_OR_REDUCED),
          "尚未完全丧失辨认或者控制自己行为能力的精神病人、智力残疾人有违法行为的，可以从轻或者减轻行政处罚"),
      new Provision(31, matches("不能辨认|不能控制"),
          new Effect(Effect.Modality.SHALL, Effect.Kind.WAIVE),
          "精神病人、智力残疾人在不能辨认或者不能控制自己行为时有违法行为的，不予行政处罚"),
      new Provision(32, label -> true,
          new Effect(Effect.Modality.SHALL, Effect.Kind.LIGHTER_OR_REDUCED),
          "当事人有下列情形之一，应当从轻或者减轻行政处罚"),
      // 首违不罚 is how agencies' lists name the second sentence (legal re-review).
      new Provision(33, matches("初次违法|首次违法|首违"),
          new Effect(Effect.Modality.MAY, Effect.Kind.WAIVE),
          "初次违法且危害后果轻微并及时改正的，可以不予行政处罚"),
      new Provision(33, matches("主观过错"),
          new Effect(Effect.Modality.SHALL, Effect.Kind.WAIVE),
          "当事人有证据足以证明没有主观过错的，不予行政处罚"),
      new Provision(33, matches("轻微"),
          new Effect(Effect.Modality.SHALL, Effect.Kind.WAIVE),
          "违法行为轻微并及时改正，没有造成危害后果的，不予行政处罚"));

  /** A label read without blanks, matched against a pattern of its words. */
  private static Predicate<String> matches(String regex) {
    Pattern pattern = Pattern.compile(regex);
    return label -> pattern.matcher(label.replaceAll("\\s", "")).find();
  }

  /** The articles whose provisions are told apart by the circumstance's words. */
  private static final java.util.Set<Integer> BY_WORDS = java.util.Set.of(30, 31, 33);

  private static final String LIMITATION_WORDS = "违法行为在二年内未被发现的，不再给予行政处罚；涉及公民生命健康安全、"
      + "金融安全且有危害后果的，上述期限延长至五年。法律另有规定的除外。";

  private static final String ON_THE_SPOT_WORDS = "对公民处以二百元以下、对法人或者其他组织处以三千元以下罚款"
      + "或者警告的行政处罚的，可以当场作出行政处罚决定。法律另有规定的，从其规定。";

  /** The article number a basis of 行政处罚法 cites first: 第三十三条第一款 → 33. */
  private static final Pattern ARTICLE = Pattern.compile("第([零一二三四五六七八九十百]+|[0-9]{1,4})条");

  static void check(GeneralPart general, Diagnostics out) {
    for (GeneralCircumstance circumstance : general.circumstances()) {
      Optional<Integer> article = article(circumstance.basis());
      if (circumstance.effect().isEmpty() || article.isEmpty()) {
        continue;
      }
      Optional<Provision> provision = provision(article.get(), circumstance.label());
      if (provision.isPresent()) {
        compare(circumstance, circumstance.effect().get(), provision.get(), out);
      } else if (BY_WORDS.contains(article.get())) {
        out.warning(circumstance.span(), "general-statute", "情节 " + circumstance.id() + "「"
            + circumstance.label() + "」以" + LAW + "第" + chinese(article.get()) + "条为依据，但从标签看不出"
            + "是该条规定的哪一种情形，未能核对其效果：请在标签中写出该条的用语（如“不满十四周岁”“初次违法”）");
      }
    }
    for (Limitation limitation : general.limitations()) {
      if (article(limitation.basis()).orElse(0) == 36) {
        int months = limitation.when().isPresent() ? 60 : 24;
        Optional<String> condition = limitation.when()
            .flatMap(ref -> general.circumstance(ref.name())).map(GeneralCircumstance::label);
        if (condition.isPresent() && !condition.get().contains("生命健康") && !condition.get().contains("金融安全")) {
          out.error(limitation.span(), "general-statute", "追责时效以" + LAW + "第三十六条为依据，附条件「"
              + condition.get() + "」却不是该条延长期限的情形：“" + LIMITATION_WORDS + "”");
        } else if (limitation.months() != months) {
          out.error(limitation.span(), "general-statute", "追责时效" + limitation.label()
              + (limitation.when().isPresent() ? "（附条件 " + limitation.when().get().name() + "）" : "")
              + "与其依据" + LAW + "第三十六条不符：“" + LIMITATION_WORDS + "”"
              + (limitation.when().isPresent() ? "附条件的期限只能是五年" : "不附条件的期限是二年")
              + "；另有规定的法律，请以该法律的条文为依据");
        }
      }
    }
    for (ProcedureRule rule : general.procedures()) {
      if (rule.procedure() != ProcedureRule.Procedure.SIMPLIFIED || article(rule.basis()).orElse(0) != 51) {
        continue;
      }
      if (rule.threshold().isEmpty()) {
        // Legal re-review: without a limit it read "适用" for a fine of 5000 元 on a citizen.
        out.error(rule.span(), "general-statute", "简易程序以" + LAW + "第五十一条为依据，却没有写罚款数额标准：“"
            + ON_THE_SPOT_WORDS + "”请写 fine <= 200 for person、fine <= 3000 for organization");
      } else {
        ProcedureRule.Threshold threshold = rule.threshold().get();
        boolean organization = rule.party().orElse(null) == PartyKind.ORGANIZATION;
        BigDecimal most = BigDecimal.valueOf(organization ? 3000 : 200);
        if (!threshold.below() || threshold.amount().compareTo(most) > 0) {
          out.error(threshold.span(), "general-statute", "简易程序的罚款标准与其依据" + LAW
              + "第五十一条不符：“" + ON_THE_SPOT_WORDS + "”" + (organization ? "对法人或者其他组织为三千元以下"
                  : rule.party().isPresent() ? "对公民为二百元以下" : "不分当事人的标准也适用于公民，为二百元以下")
              + "；另有规定的法律，请以该法律的条文为依据");
        }
      }
    }
  }

  private static void compare(GeneralCircumstance circumstance, Effect declared, Provision provision,
      Diagnostics out) {
    Effect law = provision.effect();
    if (law == null) {
      out.error(circumstance.span(), "general-statute", "情节 " + circumstance.id() + " 的效果「"
          + declared.modality().label() + declared.kind().label() + "」与其依据" + LAW + "第"
          + chinese(provision.article()) + "条不符：“" + provision.words() + "”");
      return;
    }
    boolean kindFits = law.kind() == declared.kind()
        || law.kind() == Effect.Kind.LIGHTER_OR_REDUCED
            && (declared.kind() == Effect.Kind.LIGHTER || declared.kind() == Effect.Kind.REDUCED);
    boolean weakened = law.modality() == Effect.Modality.SHALL
        && declared.modality() == Effect.Modality.MAY;
    String cited = LAW + "第" + chinese(provision.article()) + "条";
    if (!kindFits || weakened) {
      out.error(circumstance.span(), "general-statute", "情节 " + circumstance.id() + " 的效果「"
          + declared.modality().label() + declared.kind().label() + "」与其依据" + cited + "不符：“"
          + provision.words() + "”（" + law.modality().label() + law.kind().label() + "）");
    } else if (law.modality() == Effect.Modality.MAY && declared.modality() == Effect.Modality.SHALL) {
      out.info(circumstance.span(), "general-statute", "情节 " + circumstance.id() + " 的效果写作「应当"
          + declared.kind().label() + "」，" + cited + "规定为“可以”：“" + provision.words()
          + "”；这是本基准对法律留给机关的裁量所作的选择");
    }
  }

  /**
   * The article of 行政处罚法 a basis cites first; empty for any other law's, and for a basis that
   * also cites another law or the proviso "另有规定" (legal re-review: 食品安全法第一百三十六条's
   * 可以免予处罚 under 第三十三条第二款's "法律、行政法规另有规定的，从其规定" was refused).
   */
  static Optional<Integer> article(String basis) {
    String plain = basis.replaceAll("\\s", "");
    if (!plain.contains("行政处罚法") || plain.contains("另有规定") || citesAnotherLaw(plain)) {
      return Optional.empty();
    }
    Matcher m = ARTICLE.matcher(plain);
    return m.find() ? number(m.group(1)) : Optional.empty();
  }

  private static final Pattern TITLE = Pattern.compile("《([^》]*)》");

  private static boolean citesAnotherLaw(String basis) {
    Matcher m = TITLE.matcher(basis);
    while (m.find()) {
      if (!m.group(1).contains("行政处罚法")) {
        return true;
      }
    }
    return false;
  }

  private static Optional<Provision> provision(int article, String label) {
    return PROVISIONS.stream().filter(p -> p.article() == article && p.names().test(label))
        .findFirst();
  }

  /**
   * 三十三 → 33, 一百零三 → 103, 51 → 51: the numbers an article of this law can have; empty for a
   * run of numerals too long to be one.
   */
  static Optional<Integer> number(String numerals) {
    return Optional.ofNullable(org.cailiang.dsl.analysis.TextNumbers.parse(numerals))
        .filter(n -> n.compareTo(BigDecimal.valueOf(10_000)) < 0).map(BigDecimal::intValue);
  }

  private static String chinese(int number) {
    return org.cailiang.runtime.internal.Chinese.numerals(BigDecimal.valueOf(number));
  }
}
