package org.cailiang.dsl.analysis;

import java.math.BigDecimal;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cailiang.dsl.diag.Severity;
import org.cailiang.dsl.model.Article;
import org.cailiang.dsl.model.SanctionSpec;
import org.cailiang.dsl.model.StatuteClause;
import org.cailiang.dsl.model.Standard;
import org.cailiang.dsl.model.Violation;
import org.cailiang.runtime.internal.Amounts;

/**
 * The statute (罚则) is the law's range as the penalty article states it: every amount, number of
 * days and multiple a statute clause writes must be one its article's text states. A statute
 * typed wrong (二十万 for 十万) would otherwise pass every tier checked against it.
 */
final class StatuteText {
  static final String CHECK = "statute-text";

  private StatuteText() {}

  static void run(Standard standard, Violation violation, Reporter reporter) {
    Article article = violation.basis().flatMap(standard::article).orElse(null);
    if (article == null || article.text().isBlank()) {
      return;
    }
    // The articles the violation cites beside its penalty article may state part of the range
    // (a second paragraph cited as a duty, say): their numbers count too.
    StringBuilder texts = new StringBuilder(article.text());
    StringBuilder numbers = new StringBuilder(article.number());
    for (var duty : violation.duties()) {
      standard.article(duty).filter(a -> !a.text().isBlank() && a != article).ifPresent(a -> {
        texts.append('\n').append(a.text());
        numbers.append("、").append(a.number());
      });
    }
    TextNumbers text = TextNumbers.of(texts.toString());
    String source = (numbers.toString().equals(article.number()) ? "罚则条款" : "罚则条款及所引条文") + numbers + "的原文";
    for (StatuteClause clause : violation.statute()) {
      TextNumbers structured = new TextNumbers();
      TextChecks.collect(List.of(clause.sanction()), structured);
      report(violation, clause, "金额", structured.money, text.money, Amounts::format, source, reporter);
      report(violation, clause, "天数", structured.days, text.days, d -> Amounts.plain(d) + "日", source, reporter);
      report(violation, clause, "倍数", structured.factors, text.factors, TextChecks::factor, source, reporter);
    }
    omitted(article, violation, standard.parties(), reporter);
  }

  /** The check of what the article states and the statute leaves out. */
  static final String OMITS_CHECK = "statute-omits";

  /**
   * What the penalty article states as a sanction that no statute clause writes: a kind (拘留,
   * 警告) or an amount, a number of days or a multiple (legal author: 第六十三条's 五日以下拘留 left
   * out of the statute, and the tiers written to match, passed silently). An article often serves
   * several violations, each encoding its part, so this is information for the reviewer, not a
   * warning.
   */
  private static void omitted(Article article, Violation violation, List<org.cailiang.dsl.model.Party> parties,
      Reporter reporter) {
    if (violation.statute().isEmpty()) {
      return;
    }
    List<SanctionSpec> flat = SanctionSpec.flat(violation.statute().stream().map(StatuteClause::sanction).toList());
    List<String> missing = new java.util.ArrayList<>();
    if (flat.stream().noneMatch(SanctionSpec.Detention.class::isInstance) && ownAction(DETENTION, article.text())) {
      missing.add("拘留");
    }
    if (flat.stream().noneMatch(SanctionSpec.Warning.class::isInstance) && ownAction(WARNING, article.text())) {
      missing.add("警告");
    }
    // Legal author 2: a statute of 暂扣 where the article says 吊销 passed.
    for (boolean revoke : new boolean[] {true, false}) {
      boolean written = flat.stream().anyMatch(x -> x instanceof SanctionSpec.Licence l && l.revoke() == revoke);
      if (!written && ownAction(revoke ? REVOCATION : SUSPENSION, article.text())) {
        missing.add(revoke ? "吊销" : "暂扣");
      }
    }
    // Legal author (安全生产法): a statute without the article's 没收违法所得 or 责令停产停业整顿 passed.
    if (flat.stream().noneMatch(SanctionSpec.Confiscation.class::isInstance) && ownAction(CONFISCATION, article.text())) {
      missing.add("没收");
    }
    boolean stops = flat.stream().anyMatch(x -> x instanceof SanctionSpec.Suspension
        || x instanceof SanctionSpec.Order order && STOPPING.matcher(order.text()).find());
    if (!stops && ownAction(STOPPING, article.text())) {
      missing.add("责令停产停业（或停业、关闭）");
    }
    // Legal author: the fines of 主管人员 and 直接责任人员 left out passed, their amounts being
    // within the unit's.
    for (org.cailiang.dsl.model.Party party : parties) {
      boolean fined = flat.stream().anyMatch(x -> x instanceof SanctionSpec.Fine fine
          && fine.parties().stream().anyMatch(ref -> ref.name().equals(party.id())));
      if (!fined && finedInText(article.text(), party.label())) {
        missing.add("对" + party.label() + "的罚款");
      }
    }
    List<BigDecimal[]> yuan = new java.util.ArrayList<>();
    List<BigDecimal[]> days = new java.util.ArrayList<>();
    List<BigDecimal[]> factors = new java.util.ArrayList<>();
    for (SanctionSpec sanction : flat) {
      if (sanction instanceof SanctionSpec.Fine fine) {
        if (fine.amount() instanceof SanctionSpec.Yuan y) {
          yuan.add(new BigDecimal[] {y.min(), y.max()});
        } else if (fine.amount() instanceof SanctionSpec.Multiple m) {
          factors.add(new BigDecimal[] {m.minFactor(), m.maxFactor()});
        }
      } else if (sanction instanceof SanctionSpec.Detention d) {
        days.add(new BigDecimal[] {BigDecimal.valueOf(d.minDays()), BigDecimal.valueOf(d.maxDays())});
      }
    }
    TextNumbers text = TextNumbers.of(article.text());
    absent(text.money, text.moneyThresholds, yuan, Amounts::format, missing);
    absent(detentionDays(article.text()), text.dayThresholds, days, d -> Amounts.plain(d) + "日", missing);
    absent(text.factors, text.factorThresholds, factors, TextChecks::factor, missing);
    if (!missing.isEmpty()) {
      reporter.report(Severity.INFO, violation, null, violation.statute().get(0).span(), OMITS_CHECK,
          "罚则条款" + article.number() + "的原文写有 " + String.join("、", missing) + "，罚则（statute）中没有："
              + "本违法行为适用该部分的，请补入 statute（阶次据以审查），不适用的可以不理会");
    }
  }

  /**
   * 拘留 and 警告 as sanctions, not as words of a condition or a duty (legal re-review: 经公安机关警告后
   * 拒不改正的, 被处以拘留的人员 were read as sanctions); 吊销, 暂扣 not as 被吊销…的, a condition.
   */
  /** 拘留 imposed: after a word of imposing, a number of days, or opening a clause (，拘留十日). */
  static final Pattern DETENTION = Pattern.compile(
      "(?<![被曾])(?:(?<![^，、；。\\s])|处以|处|并处|或者|或|可以|予以|给予|以下|以上|日|天)(?:行政)?拘留");
  /**
   * 警告 opening a clause too (警告，并处…); not 警告处分 or 警告、记过处分, disciplinary sanctions, nor
   * 曾被给予警告, a past one.
   */
  static final Pattern WARNING = Pattern.compile(
      "(?<![被曾])(?:(?<![^，、；。\\s])|处以|处|并处|或者|或|予以|给予|给以|可以|并|和)警告(?![^，；。]*处分)");
  static final Pattern REVOCATION = Pattern.compile("(?<!被)吊销");
  static final Pattern SUSPENSION = Pattern.compile("(?<!被)暂扣");
  /** Not 没收的物品, the goods confiscated. */
  static final Pattern CONFISCATION = Pattern.compile("(?<!被)没收(?!的)");
  static final Pattern STOPPING = Pattern.compile("(?<!被)(?:责令(?:其)?(?:停产|停业|关闭)|(?<![^，、；。\\s])停(?:产|业))");
  /**
   * Another authority acting: 通报 (not 通报批评), 提请, 建议, 移送, 有关部门, 并由…, 人民政府 itself
   * (由县级以上人民政府责令关闭; not its department, 由…人民政府食品安全监督管理部门没收…, the
   * enforcing authority of the 罚则).
   */
  private static final Pattern OTHER_AUTHORITY = Pattern.compile(
      "通报(?!批评)|提请|建议|有关部门|有关主管部门|移送|并由|另由|人民政府(?![^，；。]*(?:部门|机关))");

  /**
   * Whether the text fines the party of this label: the label after 对, 对其 or in a list of
   * parties (、和及与), in a clause (up to ；or 。) that says 罚款.
   */
  static boolean finedInText(String text, String label) {
    if (label.isBlank()) {
      return false;
    }
    for (int at = text.indexOf(label); at >= 0; at = text.indexOf(label, at + 1)) {
      boolean listed = at > 0 && "对、和及与".indexOf(text.charAt(at - 1)) >= 0
          || at > 1 && text.startsWith("对其", at - 2);
      // 对单位主要负责人处…, 对个人独资企业投资人处…: the label opens a longer name (re-check).
      boolean whole = at + label.length() == text.length()
          || "处、和及与，,；;。分并可予给依罚".indexOf(text.charAt(at + label.length())) >= 0;
      if (!listed || !whole) {
        continue;
      }
      if (text.substring(at, Clauses.end(text, at, "；;。")).contains("罚款")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the word stands as the authority's own sanction: not in a clause that reports it to
   * another authority (通报有关主管部门吊销…, 个人信息保护法第六十六条) or gives it to one (由有关部门
   * 责令停产停业).
   */
  static boolean ownAction(Pattern word, String text) {
    Matcher m = word.matcher(text);
    while (m.find()) {
      int start = Clauses.start(text, m.start(), "，,；;。\n");
      int end = Clauses.end(text, m.end(), "，,；;。\n");
      // 经给予警告后仍不改正的，处…: a condition that names the sanction (re-check: a false alarm).
      boolean condition = end > m.end() && text.charAt(end - 1) == '的';
      if (!condition && !OTHER_AUTHORITY.matcher(text.substring(start, m.start())).find()) {
        return true;
      }
    }
    return false;
  }

  /** The days of detention the text states: a number of days with 拘留 after it in its clause (责令其在十五日内改正 is none). */
  static TreeSet<BigDecimal> detentionDays(String text) {
    TreeSet<BigDecimal> days = new TreeSet<>();
    for (TextNumbers.Occurrence o : TextNumbers.occurrences(text)) {
      if (o.kind() != TextNumbers.Kind.DAYS || o.threshold()) {
        continue;
      }
      int end = Clauses.end(text, o.end(), TextNumbers.CLAUSE_END);
      int start = Clauses.start(text, o.start(), TextNumbers.CLAUSE_END);
      // 处十日以下拘留, and 处行政拘留十日 / 拘留十日，并处… (re-check: the days after were lost).
      if (text.substring(o.end(), end).contains("拘留") || text.substring(start, o.start()).endsWith("拘留")) {
        days.add(o.value());
      }
    }
    return days;
  }

  /**
   * The sanction values the text states that no statute range holds: a bound two of the
   * article's ranges share, which a statute writes as one range (五百元以下 and 五百元以上一千元以下
   * as ..1000), is held.
   */
  private static void absent(TreeSet<BigDecimal> stated, TreeSet<BigDecimal> thresholds,
      List<BigDecimal[]> ranges, Function<BigDecimal, String> shown, List<String> missing) {
    for (BigDecimal value : stated) {
      if (!thresholds.contains(value) && ranges.stream().noneMatch(r -> holds(r, value))) {
        missing.add(shown.apply(value));
      }
    }
  }

  private static boolean holds(BigDecimal[] range, BigDecimal value) {
    return (range[0] == null || range[0].compareTo(value) <= 0)
        && (range[1] == null || range[1].compareTo(value) >= 0);
  }

  private static void report(Violation violation, StatuteClause clause, String what,
      TreeSet<BigDecimal> written, TreeSet<BigDecimal> stated, Function<BigDecimal, String> shown,
      String source, Reporter reporter) {
    List<BigDecimal> absent = written.stream().filter(v -> !stated.contains(v)).toList();
    if (absent.isEmpty()) {
      return;
    }
    reporter.report(Severity.WARNING, violation, null, clause.span(), CHECK,
        "罚则（statute）写有" + what + " " + String.join("、", absent.stream().map(shown).toList()) + "，"
            + source + "中没有（原文中的" + what + "："
            + (stated.isEmpty() ? "无" : String.join("、", stated.stream().map(shown).toList()))
            + "）；请按罚则条款核对法定幅度");
  }
}
