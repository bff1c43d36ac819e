package org.cailiang.dsl.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cailiang.dsl.diag.Diagnostics;
import org.cailiang.dsl.model.ArticleRef;
import org.cailiang.dsl.model.EnumValue;
import org.cailiang.dsl.model.Fact;
import org.cailiang.dsl.model.FactType;
import org.cailiang.dsl.model.Party;
import org.cailiang.dsl.model.Regulation;
import org.cailiang.dsl.model.SanctionSpec;
import org.cailiang.dsl.model.Standard;
import org.cailiang.dsl.model.StatuteClause;
import org.cailiang.dsl.model.Tier;
import org.cailiang.dsl.model.Violation;
import org.cailiang.runtime.internal.Codes;

/** Checks one standard's declarations and every reference to them. */
final class DeclarationChecks {
  /**
   * The most values an enum fact may have. Each is a constant of a Java enum, whose static
   * initializer must stay under the JVM's 64 KB per method; real facts have a handful.
   */
  static final int MAX_ENUM_VALUES = 1000;
  /**
   * The most facts of one violation. Each is a component of the generated {@code Facts} record,
   * whose constructor the JVM limits to 255 parameter slots (a long takes two).
   */
  static final int MAX_FACTS = 100;

  /**
   * Beyond these the generated classes do not compile ("code too large": one constant per party
   * or article in a class initialiser, one expression per sanction in a tier's): hostile check,
   * 5,000 parties, 4,000 articles and 6,000 sanctions in a tier passed check and broke javac.
   * Each is far above any real standard and compiles (GeneratedLimitsTest).
   */
  static final int MAX_PARTIES = 1_000;
  static final int MAX_ARTICLES = 2_000;
  static final int MAX_SANCTIONS = 200;
  /**
   * What one generated class may hold of a violation's sanctions, each party a fine names
   * counted (hostile check: 30 tiers of 200 orders passed check and did not compile).
   */
  static final int MAX_CLASS_ITEMS = 1_000;

  private final Standard standard;
  private final Diagnostics diagnostics;

  DeclarationChecks(Standard standard, Diagnostics diagnostics) {
    this.standard = standard;
    this.diagnostics = diagnostics;
  }

  void run() {
    Names.unique(standard.parties(), Party::id, Party::span, "当事人", diagnostics);
    if (standard.parties().size() > MAX_PARTIES) {
      tooMany(standard.parties().get(MAX_PARTIES).span(), "标准 " + standard.id() + " 的当事人",
          MAX_PARTIES, standard.parties().size());
    }
    Names.unique(standard.regulations(), Regulation::id, Regulation::span, "法规", diagnostics);
    for (Regulation regulation : standard.regulations()) {
      Names.unique(regulation.articles(), a -> a.id(), a -> a.span(), "条款", diagnostics);
      if (regulation.articles().size() > MAX_ARTICLES) {
        tooMany(regulation.articles().get(MAX_ARTICLES).span(), "法规 " + regulation.id() + " 的条款",
            MAX_ARTICLES, regulation.articles().size());
      }
      for (Violation violation : regulation.violations()) {
        violation(violation);
      }
    }
  }

  private void tooMany(org.cailiang.dsl.model.SourceSpan at, String what, int most, int found) {
    diagnostics.error(at, "too-many-items", what + "过多：最多 " + most + " 个，实有 " + found
        + " 个（生成的类放不下）；请拆分");
  }

  /**
   * The sanctions of a list, each option of an {@code either} counted, and each party a fine
   * names when {@code parties}.
   */
  private static int count(List<SanctionSpec> sanctions, boolean parties) {
    int n = 0;
    for (SanctionSpec sanction : sanctions) {
      n += sanction instanceof SanctionSpec.Alternative a ? count(a.options(), parties)
          : parties && sanction instanceof SanctionSpec.Fine fine ? 1 + fine.parties().size() : 1;
    }
    return n;
  }

  private void violation(Violation violation) {
    if (violation.duties().size() > MAX_SANCTIONS) {
      tooMany(violation.duties().get(MAX_SANCTIONS).span(), "违法行为 " + violation.codes()
          + " 的义务条款（duty）", MAX_SANCTIONS, violation.duties().size());
    }
    List<SanctionSpec> clauses = violation.statute().stream().map(StatuteClause::sanction).toList();
    int statuteSanctions = count(clauses, false);
    if (statuteSanctions > MAX_SANCTIONS) {
      tooMany(violation.span(), "违法行为 " + violation.codes() + " 罚则（statute）中的处罚",
          MAX_SANCTIONS, statuteSanctions);
    }
    List<Integer> tierItems = new ArrayList<>();
    for (Tier tier : violation.tiers()) {
      int sanctions = count(tier.sanctions(), false);
      if (sanctions > MAX_SANCTIONS) {
        tooMany(tier.span(), "阶次 " + tier.suffix() + " 的处罚", MAX_SANCTIONS, sanctions);
      }
      tierItems.add(count(tier.sanctions(), true));
    }
    // A generated class holds at most TIERS_PER_BLOCK tried tiers, the otherwise tier and the
    // statute: the statute and the largest that many tiers bound every class, whatever the
    // order the generator tries them in.
    int mostInAClass = count(clauses, true) + tierItems.stream()
        .sorted(java.util.Comparator.reverseOrder()).limit(Checker.TIERS_PER_BLOCK + 1L)
        .mapToInt(Integer::intValue).sum();
    if (mostInAClass > MAX_CLASS_ITEMS) {
      tooMany(violation.span(), "违法行为 " + violation.codes() + " 生成的一个类中的处罚（罚则与至多 "
          + (Checker.TIERS_PER_BLOCK + 1) + " 个阶次；罚款所列的每个当事人也算一个）", MAX_CLASS_ITEMS,
          mostInAClass);
    }
    if (violation.basis().isEmpty()) {
      diagnostics.error(violation.span(), "missing-basis", "违法行为 " + violation.codes() + " 缺少罚则条款：请写 basis 条款名");
    }
    violation.basis().ifPresent(this::article);
    violation.duties().forEach(this::article);
    repeatedArticles(violation);
    Names.unique(violation.facts(), Fact::id, Fact::span, "事实", diagnostics);
    if (violation.facts().size() > MAX_FACTS) {
      diagnostics.error(violation.facts().get(MAX_FACTS).span(), "too-many-facts", "违法行为 " + violation.codes()
          + " 的事实过多：最多 " + MAX_FACTS + " 个，实有 " + violation.facts().size() + " 个");
    }
    for (Fact fact : violation.facts()) {
      if (fact.type() instanceof FactType.Enum type) {
        Names.unique(type.values(), EnumValue::id, EnumValue::span, "取值", diagnostics);
        Names.unique(type.values(), EnumValue::label, EnumValue::span, "取值标签", diagnostics);
        EnumSpellings.check(fact, type.values(), diagnostics);
        if (type.values().size() > MAX_ENUM_VALUES) {
          diagnostics.error(type.values().get(MAX_ENUM_VALUES).span(), "too-many-values", "事实 " + fact.id()
              + " 的取值过多：最多 " + MAX_ENUM_VALUES + " 个，实有 " + type.values().size() + " 个；请改用 int 或拆分事实");
        }
      }
    }
    ConditionTypes conditions = new ConditionTypes(violation, diagnostics);
    SanctionChecks sanctions = new SanctionChecks(standard, violation, diagnostics, this::article);
    for (StatuteClause clause : violation.statute()) {
      conditions.check(clause.condition());
      sanctions.check(clause.sanction());
      referralsIn(clause.sanction());
    }
    tiers(violation, conditions, sanctions);
    CaseChecks.check(violation, conditions, sanctions, diagnostics);
    ExclusiveChecks.check(violation, conditions, diagnostics);
    HandoverChecks.check(violation, conditions, diagnostics);
  }

  /**
   * A referral is not a penalty the article sets (第二十七条): in a statute it was read by nothing
   * and passed silently (legal author); it belongs to the violation, with its condition.
   */
  private void referralsIn(SanctionSpec sanction) {
    if (sanction instanceof SanctionSpec.Alternative alternative) {
      alternative.options().forEach(this::referralsIn);
    } else if (sanction instanceof SanctionSpec.Referral referral) {
      diagnostics.error(referral.span(), "referral", "移送不是罚则条款规定的处罚，不写进 statute：写在违法行为中，"
          + "如 refer ends \"" + referral.text() + "\" when 条件（见 docs/language.md 第 8 节）");
    }
  }

  private void tiers(Violation violation, ConditionTypes conditions, SanctionChecks sanctions) {
    List<Tier> tiers = violation.tiers();
    if (tiers.isEmpty()) {
      diagnostics.error(violation.span(), "no-tiers", "违法行为 " + violation.codes() + " 没有任何裁量阶次（tier）");
    }
    Set<String> suffixes = new HashSet<>();
    Tier otherwise = null;
    for (Tier tier : tiers) {
      if (!suffixes.add(tier.suffix())) {
        diagnostics.error(tier.span(), "duplicate-code", "阶次编码 " + tier.suffix() + " 在本违法行为中重复");
      }
      if (!Codes.isAlphanumeric(tier.suffix())) {
        diagnostics.error(tier.span(), "bad-code", "阶次编码只能由 ASCII 字母和数字（A–Z、a–z、0–9）组成：" + tier.suffix());
      }
      if (tier.isOtherwise()) {
        if (otherwise != null) {
          diagnostics.error(
              tier.condition().span(),
              "duplicate-otherwise",
              "只能有一个 otherwise 阶次（已有 " + otherwise.suffix() + "「" + otherwise.circumstance() + "」）");
        }
        otherwise = tier;
      } else {
        conditions.check(tier.condition());
      }
      if (tier.sanctions().isEmpty()) {
        diagnostics.error(tier.span(), "empty-tier", "阶次 " + tier.suffix() + "「" + tier.circumstance() + "」没有任何处罚或措施");
      }
      tier.sanctions().forEach(sanctions::check);
      ConditionalSanctionChecks.check(tier, conditions, diagnostics);
    }
  }

  /** An article cited twice would be cited twice in every decision: warn at the repetition. */
  private void repeatedArticles(Violation violation) {
    Set<String> cited = new HashSet<>();
    violation.basis().ifPresent(basis -> cited.add(basis.toString()));
    for (ArticleRef duty : violation.duties()) {
      if (!cited.add(duty.toString())) {
        String number = standard.article(duty).map(a -> "（" + a.number() + "）").orElse("");
        diagnostics.warning(duty.span(), "duplicate-article",
            "条款 " + duty.article() + number + "已列为本违法行为的依据，不必重复");
      }
    }
  }

  private void article(ArticleRef ref) {
    if (standard.regulation(ref.regulation()).isEmpty()) {
      diagnostics.error(ref.span(), "unknown-article", "未知法规 " + ref.regulation());
    } else if (standard.article(ref).isEmpty()) {
      diagnostics.error(ref.span(), "unknown-article", "法规 " + ref.regulation() + " 中没有条款 " + ref.article());
    }
  }
}
