package org.cailiang.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cailiang.dsl.analysis.TextNumbers;
import org.cailiang.dsl.model.Handover;
import org.cailiang.dsl.model.ReferralRows;
import org.cailiang.runtime.internal.Codes;

/**
 * Infers a draft's structure from a table: a regulation per section; a violation per run of rows
 * sharing a code prefix and a 违法行为 cell (a merged cell leaves it empty below); its articles
 * from the 法律依据 cell; a tier per row. Codes written as a range ({@code C05834C010-C05835C010})
 * give a violation over a range of codes; a code cell holding several codes, one per merged row
 * (Word leaves them in the first row), is spread over the rows below it.
 */
final class DraftBuilder {
  private static final Pattern ARTICLE = Pattern.compile(
      "^[\\s\\u3000]*(第([一二三四五六七八九十百零〇两0-9０-９]+)条(?:第([一二三四五六七八九十0-9０-９]+)款)?"
          // 第（五）项 as statutes number items, half-width (5) too (legal author: the item and
          // its brackets were cut off the number and left in the text).
          + "(?:第[（(]?([一二三四五六七八九十0-9０-９]+)[）)]?项)?)[\\s\\u3000]*(.*)$");
  private static final Pattern CODE = Pattern.compile("(.+?)([A-Za-z][0-9]{3})");
  private static final Pattern NEXT_ARTICLE = Pattern.compile("(?<=。)[\\s\\u3000]*(?=第[一二三四五六七八九十百零〇两0-9０-９]+条"
      + "(?:第[一二三四五六七八九十0-9０-９]+款)?(?:第[（(]?[一二三四五六七八九十0-9０-９]+[）)]?项)?[\\s\\u3000])");
  private static final Pattern CODE_RANGE = Pattern.compile("\\s*[-－—~～至]\\s*");
  private static final Pattern QUOTED_NAME = Pattern.compile("《(.+?)》");
  private static final Pattern PENALTY = Pattern.compile("罚款|警告|责令|没收|吊销|拘留|处罚");

  private final Parties parties = new Parties();
  /** Every tier code drafted so far, to the line it came from: a repeated code is left out. */
  private final Map<String, Integer> seen = new java.util.HashMap<>();
  private final Progress progress;
  private final int total;
  private int rowsRead;

  private DraftBuilder(Progress progress, int total) {
    this.progress = progress;
    this.total = total;
  }

  static Draft build(Table table, Progress progress) {
    DraftBuilder builder = new DraftBuilder(progress, table.rowCount());
    List<Draft.Regulation> regulations = new ArrayList<>();
    int index = 0;
    for (Table.Section section : table.sections()) {
      regulations.add(builder.regulation(section, ++index));
    }
    markMixedNumerals(regulations);
    return new Draft(table.path(), builder.parties.declared(), regulations, table.rowCount());
  }

  /**
   * Article numbers written both ways (第六条 and 第6条) in one table: the fewer are marked. A
   * table that writes every number one way is consistent, whichever way it is.
   */
  private static void markMixedNumerals(List<Draft.Regulation> regulations) {
    List<Draft.Article> arabic = new ArrayList<>();
    List<Draft.Article> chinese = new ArrayList<>();
    for (Draft.Regulation regulation : regulations) {
      for (Draft.Article article : regulation.articles()) {
        Matcher m = ARTICLE.matcher(article.number());
        if (m.matches()) {
          (m.group(2).matches(".*[0-9０-９].*") ? arabic : chinese).add(article);
        }
      }
    }
    if (arabic.isEmpty() || chinese.isEmpty()) {
      return;
    }
    boolean arabicFewer = arabic.size() <= chinese.size();
    List<Draft.Article> fewer = arabicFewer ? arabic : chinese;
    int others = arabicFewer ? chinese.size() : arabic.size();
    for (Draft.Article article : fewer) {
      article.doubts().add("条号「" + article.number() + "」用" + (arabicFewer ? "阿拉伯数字" : "汉字")
          + "书写，与本表其他 " + others + " 个条号（" + (arabicFewer ? "汉字" : "阿拉伯数字")
          + "）的写法不一致，请核对");
    }
  }

  /** A row with its code understood; several of these may come from one row of the table. */
  private record CodedRow(int line, String from, String to, String suffix, String behaviour,
      String basis, String label, StringBuilder standard, List<String> doubts, boolean suffixed) {}

  private Draft.Regulation regulation(Table.Section section, int index) {
    List<String> doubts = new ArrayList<>();
    String title = section.title() == null ? "" : section.title();
    Matcher name = QUOTED_NAME.matcher(title);
    String regulationName = name.find() ? name.group(1) : title;
    if (regulationName.isBlank()) {
      regulationName = "法规" + index;
      doubts.add("第" + section.line() + "行：表格前没有标题（违反《…》处罚裁量基准），法规名称待补");
    }
    // The table never says its level; from a title alone it is not evident, so it is not guessed.
    doubts.add("本法规的位阶未知，未声明 level 时不作位阶审查（detention-level、licence-level、fine-limit）："
        + "请在 regulation 块中写 level 法律、行政法规、地方性法规、部门规章 或 地方政府规章（如 level 地方政府规章）");
    doubts.addAll(section.notes());
    Map<String, Draft.Article> articles = new LinkedHashMap<>();
    List<CodedRow> coded = expand(section.rows(), doubts);
    List<Draft.Violation> violations = new ArrayList<>();
    List<CodedRow> group = new ArrayList<>();
    for (CodedRow row : coded) {
      if (!group.isEmpty() && (!row.behaviour().isBlank() || !samePrefix(group.get(0), row))) {
        violations.add(violation(group, articles));
        group = new ArrayList<>();
      }
      if (group.isEmpty() && row.behaviour().isBlank() && !violations.isEmpty()) {
        row.doubts().add("第" + row.line() + "行：编码前缀与上一行不同，违法行为单元格却为空，已作为新的违法行为起草");
      }
      group.add(row);
    }
    if (!group.isEmpty()) {
      violations.add(violation(group, articles));
    }
    return new Draft.Regulation("reg" + index, regulationName, doubts,
        List.copyOf(articles.values()), violations);
  }

  private List<CodedRow> expand(List<Table.Row> rows, List<String> doubts) {
    List<CodedRow> coded = new ArrayList<>();
    int i = 0;
    while (i < rows.size()) {
      Table.Row row = rows.get(i);
      rowsRead++;
      progress.row(rowsRead, total);
      if (row.isBlank()) {
        i++;
        continue;
      }
      List<String[]> codes = codes(row.code());
      if (codes.isEmpty()) {
        if (coded.isEmpty()) {
          doubts.add("第" + row.line() + "行没有编码，也不接在任何一档之后，已略去：" + oneLine(row.standard()));
        } else {
          CodedRow previous = coded.get(coded.size() - 1);
          previous.standard().append('\n').append(row.standard());
          previous.doubts().add("第" + row.line() + "行没有编码，其裁量基准文字已并入本档");
        }
        i++;
        continue;
      }
      List<String> labels = codes.size() > 1 ? nonBlankLines(row.circumstance()) : List.of(row.circumstance());
      int consumed = 0;
      for (int k = 0; k < codes.size(); k++) {
        Table.Row source = k == 0 ? row : i + k < rows.size() && rows.get(i + k).code().isBlank()
            && rows.get(i + k).behaviour().isBlank() ? rows.get(i + k) : null;
        List<String> rowDoubts = new ArrayList<>();
        if (source == null) {
          doubts.add("第" + row.line() + "行的编码单元格写了 " + codes.size() + " 个编码，下面却没有对应的行，"
              + "从「" + codes.get(k)[0] + "」起未起草");
          break;
        }
        if (k > 0) {
          rowsRead++;
          progress.row(rowsRead, total);
        }
        consumed++;
        String label = labels.size() == codes.size() ? labels.get(k) : source.circumstance();
        if (codes.size() > 1 && labels.size() != codes.size()) {
          rowDoubts.add("第" + row.line() + "行的编码单元格有 " + codes.size() + " 个编码，违法情节单元格却有 "
              + labels.size() + " 行，情节按各行自己的单元格起草");
        }
        CodedRow drafted = coded(source.line(), codes.get(k), k == 0 ? row : source, label,
            source.standard(), rowDoubts);
        Integer first = seen.putIfAbsent(drafted.from() + ".." + drafted.to() + drafted.suffix(), source.line());
        if (first != null) {
          doubts.add("第" + source.line() + "行的编码「" + codes.get(k)[0] + "」与第" + first
              + "行重复，该行未起草：" + quoteRow(source));
          continue;
        }
        coded.add(drafted);
      }
      i += Math.max(1, consumed);
    }
    return coded;
  }

  /** The row's cells, verbatim on one line, for a 待核对 that quotes a row left out. */
  private static String quoteRow(Table.Row row) {
    List<String> cells = row.cells().stream().filter(c -> !c.isBlank()).map(DraftBuilder::oneLine).toList();
    return "「" + String.join("」「", cells) + "」";
  }

  /** Why two codes do not form a range, or null when they do. */
  private static String notARange(String first, String last) {
    if (first.equals(last)) {
      return null;
    }
    try {
      Codes.expand(first, last);
      return null;
    } catch (IllegalArgumentException e) {
      boolean comparable = Codes.stem(first).equals(Codes.stem(last)) && first.length() == last.length()
          && first.length() > Codes.stem(first).length();
      return comparable && first.compareTo(last) > 0 ? "起点大于终点（两端写反了？）"
          : comparable ? "超过 " + Codes.MAX_CODES + " 个编码" : "两端的前缀或数字位数不同";
    }
  }

  private CodedRow coded(int line, String[] code, Table.Row row, String label, String standard,
      List<String> doubts) {
    Matcher from = CODE.matcher(code[0]);
    Matcher to = CODE.matcher(code[1]);
    String prefixFrom = code[0];
    String prefixTo = code[1];
    String suffix = "T" + line;
    if (from.matches() && to.matches()) {
      prefixFrom = from.group(1);
      prefixTo = to.group(1);
      suffix = from.group(2);
      if (!to.group(2).equals(suffix)) {
        doubts.add("编码范围「" + code[0] + "-" + code[1] + "」两端的档次后缀不同，按「" + suffix + "」起草");
      }
    } else {
      doubts.add("编码「" + code[0] + "」不是“前缀+字母+三位数字”的形式，档次后缀暂记为 " + suffix);
    }
    if (!writable(prefixFrom) || !writable(prefixTo) || !writable(suffix)) {
      doubts.add("编码「" + code[0] + (code[0].equals(code[1]) ? "" : "-" + code[1])
          + "」" + (keyword(prefixFrom) || keyword(prefixTo) ? "是本语言的关键字" : "含有不能写进编码的字符")
          + "，已改写为 " + sanitize(prefixFrom) + sanitize(suffix));
      prefixFrom = sanitize(prefixFrom);
      prefixTo = sanitize(prefixTo);
      suffix = sanitize(suffix);
    }
    String broken = notARange(prefixFrom, prefixTo);
    if (broken != null) {
      doubts.add("编码范围「" + code[0] + "-" + code[1] + "」不是有效的范围：" + broken
          + "；按原样起草为 " + prefixFrom + ".." + prefixTo + "，请改正");
    }
    return new CodedRow(line, prefixFrom, prefixTo, suffix, row.behaviour(), row.basis(), label,
        new StringBuilder(standard), doubts, from.matches() && to.matches());
  }

  /** Whether the language can write the code: ASCII letters and digits, a letter first or all digits. */
  private static boolean writable(String code) {
    return Codes.isAlphanumeric(code) && (Character.isLetter(code.charAt(0)) || code.matches("[0-9]+"))
        && !keyword(code);
  }

  /** A word of the language (case, tier, when, true…), which no code can be (hostile check). */
  private static boolean keyword(String code) {
    org.cailiang.dsl.parse.CailiangLexer lexer =
        new org.cailiang.dsl.parse.CailiangLexer(org.antlr.v4.runtime.CharStreams.fromString(code));
    lexer.removeErrorListeners();
    List<? extends org.antlr.v4.runtime.Token> tokens = lexer.getAllTokens();
    return tokens.size() == 1 && tokens.get(0).getType() != org.cailiang.dsl.parse.CailiangLexer.ID
        && tokens.get(0).getType() != org.cailiang.dsl.parse.CailiangLexer.NUMBER;
  }

  /** The code with what the language cannot write dropped; a letter put first if needed. */
  private static String sanitize(String code) {
    String cleaned = code.replaceAll("[^A-Za-z0-9]", "");
    return writable(cleaned) ? cleaned : "C" + cleaned;
  }

  private static boolean samePrefix(CodedRow a, CodedRow b) {
    return a.from().equals(b.from()) && a.to().equals(b.to());
  }

  /** The codes of a code cell: single codes and ranges (a range may break after its dash). */
  static List<String[]> codes(String cell) {
    List<String[]> codes = new ArrayList<>();
    String joined = CODE_RANGE.matcher(cell.strip()).replaceAll("-");
    if (joined.isEmpty()) {
      return codes;
    }
    for (String token : joined.split("[\\s\\u3000,，、；;]+")) {
      if (token.isEmpty()) {
        continue;
      }
      String[] ends = token.split("-", 2);
      codes.add(new String[] {ends[0], ends.length > 1 && !ends[1].isEmpty() ? ends[1] : ends[0]});
    }
    return codes;
  }

  /**
   * The referral a row after the violation's first is, when it has the violation's code alone and
   * a referral's mark (a tier's row keeps its tier: hostile re-check).
   */
  private static Optional<ReferralRows.Read> referral(CodedRow row, CodedRow head) {
    return row.from().equals(head.from()) && !row.suffixed()
        ? ReferralRows.read(Cells.clean(row.standard().toString())) : Optional.empty();
  }

  private Draft.Violation violation(List<CodedRow> all, Map<String, Draft.Article> articles) {
    List<String> doubts = new ArrayList<>();
    // A referral's row, as render writes it after the tiers: the violation's code, the text
    // with its mark (ReferralRows); read back as the violation's referral, not as a tier.
    List<String> renderedReferrals = new ArrayList<>();
    List<CodedRow> rows = new ArrayList<>();
    for (CodedRow row : all) {
      Optional<ReferralRows.Read> read = row == all.get(0) ? Optional.empty() : referral(row, all.get(0));
      if (read.isEmpty()) {
        rows.add(row);
        continue;
      }
      renderedReferrals.add("refer " + (read.get().kind() == Handover.Kind.ENDS ? "ends " : "beside ")
          + Strings.quote(read.get().text()));
      if (read.get().conditional()) {
        doubts.add("第" + row.line() + "行的移送「" + read.get().text() + "」只在「" + oneLine(row.label())
            + "」时适用：请把该情形写成事实，在移送后加 when 条件（见 docs/language.md 第 8 节）");
      }
    }
    CodedRow head = rows.get(0);
    String behaviour = head.behaviour();
    String title = title(behaviour);
    if (title.isBlank()) {
      title = head.from();
      doubts.add("违法行为单元格为空，名称暂用编码");
    }
    String text = behaviour.equals(title) || behaviour.isBlank() ? null : behaviour;
    List<String[]> cited = articles(head.basis(), doubts);
    String basis = null;
    String basisText = "";
    List<String> duties = new ArrayList<>();
    for (String[] article : cited) {
      String id = article(articles, article[0], article[1]);
      if (basis == null && PENALTY.matcher(article[1]).find()) {
        basis = id;
        basisText = article[1];
      } else {
        if (basis != null && PENALTY.matcher(article[1]).find()) {
          // Legal author (消防法第六十条第二款, the individual's fines): a second article with
          // sanctions was drafted as a duty without a word.
          doubts.add("法律依据中的「" + article[0] + "」也写有处罚，按义务条款（duty）起草，其处罚未读入 statute："
              + "如也适用于本行为，请把其处罚并入 statute");
        }
        duties.add(id);
      }
    }
    if (basis == null) {
      doubts.add("法律依据中没有找到罚则条款（含“罚款”“警告”“责令”等的条文），basis 待补");
    }
    String fallback = fallbackParty(behaviour + basisText);
    SanctionReader.Reading basisReading = null;
    if (fallback.equals("当事人") && basis != null) {
      // 处五日以下拘留…；情节较轻的，处警告或者二百元以下罚款 names no party, but its detention makes
      // the 罚则 a person's: so are the table's fines (final re-check: fine party against the
      // statute's fine individual, an envelope error). A reading with one party is the reading
      // under it too: no sanction of it fell back on 当事人.
      basisReading = new SanctionReader(parties, fallback).read(basisText, true);
      String only = onlyParty(basisReading);
      fallback = only == null ? fallback : only;
    }
    SanctionReader reader = new SanctionReader(parties, fallback);
    List<Draft.Value> values = values(rows, doubts);
    java.util.Set<String> bases = new java.util.HashSet<>();
    List<Draft.Tier> tiers = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      // A row whose circumstance names the party (个人, 单位设置) fines that party where its text
      // names none (final re-check: 消防法第六十条's 个人 row was fined as the unit).
      String own = Parties.subject(oneLine(rows.get(i).label()));
      SanctionReader rowReader = own == null || own.equals(fallback) ? reader : new SanctionReader(parties, own);
      tiers.add(tier(rows.get(i), values.isEmpty() ? null : values.get(i).id(), rowReader, bases));
    }
    List<String> referrals = new ArrayList<>(renderedReferrals);
    List<Draft.Clause> statute = basis == null ? List.of()
        : statute(basisReading != null ? basisReading : reader.read(basisText, true), values, doubts, bases,
            referrals, tiers);
    // The facts in the order Amounts declares them, whatever the order they were met in.
    List<String> facts = Amounts.BASES.values().stream().filter(bases::contains).toList();
    return new Draft.Violation(head.from(), head.to(), title, text, basis, duties, facts, values,
        statute, referrals, tiers, doubts);
  }

  private List<Draft.Value> values(List<CodedRow> rows, List<String> doubts) {
    List<Draft.Value> values = new ArrayList<>();
    if (rows.size() < 2) {
      return values;
    }
    Set<String> ids = new LinkedHashSet<>();
    Set<String> labels = new LinkedHashSet<>();
    for (CodedRow row : rows) {
      String id = row.suffix().toLowerCase(java.util.Locale.ROOT).matches("[a-z][0-9]+")
          ? row.suffix().toLowerCase(java.util.Locale.ROOT) : "v" + (values.size() + 1);
      while (!ids.add(id)) {
        id = id + "_";
      }
      String label = oneLine(row.label());
      if (label.isBlank()) {
        label = row.suffix();
        row.doubts().add("违法情节单元格为空，情节暂用编码后缀");
      }
      if (!labels.add(label)) {
        row.doubts().add("情节「" + label + "」与本违法行为的另一档相同，已加后缀区分");
        label = label + "（" + row.suffix() + "）";
        labels.add(label);
      }
      values.add(new Draft.Value(id, label));
    }
    return values;
  }

  private Draft.Tier tier(CodedRow row, String valueId, SanctionReader reader, java.util.Set<String> bases) {
    List<String> doubts = new ArrayList<>(row.doubts());
    String text = Cells.clean(row.standard().toString());
    List<String> sanctions = new ArrayList<>();
    if (text.isBlank()) {
      doubts.add("裁量基准单元格为空，本档没有处罚");
    } else {
      SanctionReader.Reading reading = reader.read(text, false);
      for (SanctionReader.Found found : reading.sanctions()) {
        if (found.condition() != null && !matches(found.condition(), row.label())) {
          doubts.add("分句「" + found.condition() + "的，…」与本档情节「" + oneLine(row.label())
              + "」不符，其中的「" + found.notation() + "」未计入本档");
          continue;
        }
        bases.addAll(found.bases());
        sanctions.add(found.notation());
      }
      doubts.addAll(reading.doubts());
    }
    return new Draft.Tier(row.suffix(), oneLine(row.label()), valueId, sanctions, text, doubts);
  }

  private static List<Draft.Clause> statute(SanctionReader.Reading reading, List<Draft.Value> values,
      List<String> doubts, java.util.Set<String> bases, List<String> referrals, List<Draft.Tier> tiers) {
    for (String doubt : reading.doubts()) {
      doubts.add("罚则条款：" + doubt);
    }
    List<Set<String>> sets = new ArrayList<>();
    Set<String> union = new LinkedHashSet<>();
    int firstConditional = Integer.MAX_VALUE;
    for (int i = 0; i < reading.sanctions().size(); i++) {
      SanctionReader.Found found = reading.sanctions().get(i);
      Set<String> set = new LinkedHashSet<>();
      if (found.condition() != null) {
        for (Draft.Value value : values) {
          if (matches(found.condition(), value.label())) {
            set.add(value.id());
          }
        }
        if (set.isEmpty()) {
          doubts.add("罚则条款的条件「" + found.condition() + "」对应不到任何一档的情节，「"
              + found.notation() + "」按无条件起草");
        } else {
          firstConditional = Math.min(firstConditional, i);
          union.addAll(set);
        }
      }
      sets.add(set);
    }
    List<Draft.Clause> clauses = new ArrayList<>();
    // 责令改正，给予警告；拒不改正的，处罚款 beside a table whose every row is one of 拒不改正:
    // the opening is no row's (re-check: drafted for every row, two mandatory-omitted errors).
    boolean everyRowFailing = !union.isEmpty() && union.size() == values.size() && firstConditional > 0
        && java.util.stream.IntStream.range(0, sets.size()).allMatch(j -> sets.get(j).isEmpty()
            || FAILING_TO_COMPLY.matcher(reading.sanctions().get(j).condition()).find());
    if (everyRowFailing) {
      doubts.add("表中各档都是罚则条款中逾期不改正、拒不改正一类的情形：其前的处罚不属于任何一档，"
          + "按 when 条件不成立起草，请核对");
    }
    boolean partial = !union.isEmpty() && union.size() < values.size() || everyRowFailing;
    if (partial && firstConditional > 0) {
      sayReadings(reading.sanctions(), sets, doubts);
    }
    for (int i = 0; i < reading.sanctions().size(); i++) {
      SanctionReader.Found found = reading.sanctions().get(i);
      bases.addAll(found.bases());
      if (found.notation().startsWith("refer ")) {
        // 移送 is no sanction of the 罚则 (language.md §8): a reminder beside every decision,
        // unless a rendered referral row says the same already (legal author: a standard's own
        // docx render imported back declared it twice, a duplicate-referral error).
        String quoted = found.notation().substring("refer ".length());
        if (referrals.stream().noneMatch(r -> r.endsWith(" " + quoted))) {
          referrals.add("refer beside " + quoted);
        }
        continue;
      }
      String when = null;
      if (!sets.get(i).isEmpty()) {
        when = in(sets.get(i), false);
      } else if (i < firstConditional && partial && found.condition() == null) {
        // An opening: it gives way where a later clause takes its place. (A clause whose own
        // condition matched no tier is drafted unconditionally, as its doubt says.)
        Set<String> replaced = replacedBy(found, reading.sanctions(), sets, tiers);
        when = replaced.isEmpty() ? null : in(replaced, true);
      }
      clauses.add(new Draft.Clause(found.notation(), when, List.of()));
    }
    return clauses;
  }

  /**
   * Whether a conditional clause replaces the opening or adds to it is a reading of the statute's
   * drafting: said for each, for the reviewer (re-check: a reading changed silently). 逾期不改正的，…
   * follows the opening as the law reads it: nothing to say.
   */
  private static void sayReadings(List<SanctionReader.Found> all, List<Set<String>> sets, List<String> doubts) {
    Set<String> said = new LinkedHashSet<>();
    for (int j = 0; j < all.size(); j++) {
      SanctionReader.Found clause = all.get(j);
      if (!sets.get(j).isEmpty() && !FAILING_TO_COMPLY.matcher(clause.condition()).find()
          && said.add(clause.condition())) {
        doubts.add("罚则条款「" + oneLine(clause.condition()) + "的，…」一句按"
            + (clause.imposedAnew() ? "取代前面的处罚（没收违法所得、责令改正除外）起草"
                : "在前面的处罚之外另加起草（同一当事人的同种处罚、表中该情节各档都未列的处罚除外）")
            + "：请按条文核对各 when 条件");
      }
    }
  }

  /**
   * The circumstances in which a sanction of a 罚则's opening does not apply. 责令限期整改并予以警告；
   * 逾期不整改…的，处罚款: a clause of failing to comply follows the opening, which applies to the
   * other cases. 处警告；情节严重的，处二百元以下罚款: a clause that imposes anew (处, 给予, 予以) takes
   * the opening's place. 没收违法所得，并处罚款；情节严重的，吊销许可证 (or 并处吊销…): a clause that adds
   * leaves the opening to the serious case too (legal re-review: drafted as not applying there),
   * but a sanction of the same kind for the same party. 没收违法所得 is never given way: it is
   * owed whatever the circumstance (《行政处罚法》第二十八条第二款).
   */
  private static Set<String> replacedBy(SanctionReader.Found opening, List<SanctionReader.Found> all,
      List<Set<String>> sets, List<Draft.Tier> tiers) {
    Set<String> replaced = new LinkedHashSet<>();
    Set<String> kinds = kinds(opening.notation());
    // Owed whatever the circumstance: 没收违法所得 (第二十八条第二款, also beside other goods), and
    // 责令改正 (第二十八条第一款) unless the clause is one of failing to comply with it.
    boolean income = kinds.stream().anyMatch(k -> k.startsWith("confiscate ") && k.contains("违法所得"));
    boolean order = kinds.stream().anyMatch(k -> k.startsWith("order "));
    for (int j = 0; j < all.size(); j++) {
      SanctionReader.Found clause = all.get(j);
      if (sets.get(j).isEmpty() || income) {
        continue;
      }
      boolean failing = FAILING_TO_COMPLY.matcher(clause.condition()).find();
      boolean anew = failing || clause.imposedAnew() && !order;
      if (anew || overlap(kinds, kinds(clause.notation())) || (failing || !order) && notInTable(kinds, sets.get(j), tiers)) {
        replaced.addAll(sets.get(j));
      }
    }
    return replaced;
  }

  /**
   * Whether the table's own tiers of these circumstances leave the sanction out (责令改正，给予通报
   * 批评；情节严重的，责令停产停业, the serious row of 责令停产停业 alone): the agency read the clause
   * as taking the opening's place (re-check: drafted as adding, a mandatory-omitted error).
   */
  private static boolean notInTable(Set<String> kinds, Set<String> values, List<Draft.Tier> tiers) {
    List<Draft.Tier> those = tiers.stream().filter(t -> values.contains(t.valueId())).toList();
    return !those.isEmpty() && those.stream()
        .allMatch(t -> t.sanctions().stream().noneMatch(n -> overlap(kinds, kinds(n))));
  }

  /** Conditions of failing to comply with an order: 逾期不改正, 拒不整改, 整改不合格, 仍不改正. */
  private static final Pattern FAILING_TO_COMPLY = Pattern.compile("逾期|拒不|拒绝|不合格|不改正|不整改|仍不|仍未");

  /**
   * What a sanction is, to tell whether another replaces it: for fines and detention the kind
   * and each party ({@code party} being whoever is punished), else the whole sanction.
   */
  static Set<String> kinds(String notation) {
    Set<String> kinds = new LinkedHashSet<>();
    String body = notation.startsWith("optional ") ? notation.substring("optional ".length()) : notation;
    if (body.startsWith("either ")) {
      for (String alternative : body.substring("either ".length()).split(" or ")) {
        kinds.addAll(kinds(alternative));
      }
      return kinds;
    }
    String[] words = body.split(" ");
    if (words[0].equals("fine") || words[0].equals("detain")) {
      for (int w = 1; w < words.length && !words[w].equals("each") && !startsRange(words[w]); w++) {
        kinds.add(words[0] + ":" + words[w].replace(",", ""));
      }
    } else {
      kinds.add(body); // 责令改正 is not replaced by 责令停产停业, 没收违法所得 not by 没收非法财物
    }
    return kinds;
  }

  private static boolean startsRange(String word) {
    return !word.isEmpty() && (Character.isDigit(word.charAt(0)) || word.startsWith("."));
  }

  /** Whether two sanctions share a kind; a fine of {@code party} shares one with every fine. */
  static boolean overlap(Set<String> a, Set<String> b) {
    for (String kind : a) {
      for (String other : b) {
        String kindOf = kind.substring(0, kind.indexOf(':') + 1);
        if (kind.equals(other) || !kindOf.isEmpty() && other.startsWith(kindOf)
            && (kind.equals(kindOf + "party") || other.equals(kindOf + "party"))) {
          return true;
        }
      }
    }
    return false;
  }

  private static String in(Set<String> ids, boolean not) {
    if (ids.size() == 1 && !not) {
      return "circumstance == " + ids.iterator().next();
    }
    if (ids.size() == 1) {
      return "circumstance != " + ids.iterator().next();
    }
    return "circumstance " + (not ? "not in" : "in") + " {" + String.join(", ", ids) + "}";
  }

  /** Whether a condition (逾期不整改或整改不合格) speaks of a tier's circumstance. */
  static boolean matches(String condition, String label) {
    String compactLabel = Cells.compact(label).replaceAll("[。；，、]$", "");
    for (String alternative : condition.split("或者|或")) {
      String alt = Cells.compact(alternative);
      if (!alt.isEmpty() && !compactLabel.isEmpty()
          && (compactLabel.contains(alt) || alt.contains(compactLabel))) {
        return true;
      }
    }
    return false;
  }

  /** The id of the article, declared in the regulation when first cited. */
  private static String article(Map<String, Draft.Article> articles, String number, String text) {
    Draft.Article known = articles.get(number);
    if (known != null && known.text().equals(text)) {
      return known.id();
    }
    Matcher m = ARTICLE.matcher(number);
    String id = "art";
    List<String> doubts = new ArrayList<>();
    if (m.matches()) {
      id += arabic(m.group(2)) + (m.group(3) == null ? "" : "_" + arabic(m.group(3)))
          + (m.group(4) == null ? "" : "_" + arabic(m.group(4)));
    }
    String unique = id;
    for (int n = 2; containsId(articles, unique); n++) {
      unique = id + "_v" + n;
    }
    if (known != null) {
      doubts.add("「" + number + "」在本法规中出现了两次，文字不同；这是第二种文字");
    }
    Draft.Article article = new Draft.Article(unique, number, text, doubts);
    articles.put(known == null ? number : number + "#" + unique, article);
    return unique;
  }

  private static boolean containsId(Map<String, Draft.Article> articles, String id) {
    return articles.values().stream().anyMatch(a -> a.id().equals(id));
  }

  private static String arabic(String number) {
    BigDecimal value = TextNumbers.parse(number);
    return value == null ? number : value.toPlainString();
  }

  /** The articles of a 法律依据 cell: number and verbatim text. */
  private static List<String[]> articles(String cell, List<String> doubts) {
    List<String[]> found = new ArrayList<>();
    String number = null;
    StringBuilder text = new StringBuilder();
    StringBuilder before = new StringBuilder();
    // 第六十条第一款 ……。第六十条第二款 ……: a number after a full stop, then a space, opens the
    // next article on the same line (legal author: both paragraphs were read as the first).
    for (String line : NEXT_ARTICLE.matcher(cell).replaceAll("\n").split("\n", -1)) {
      Matcher m = ARTICLE.matcher(line);
      if (m.matches()) {
        if (number != null) {
          found.add(new String[] {number, Cells.clean(text.toString())});
        }
        number = m.group(1);
        text.setLength(0);
        text.append(m.group(5));
      } else if (number != null) {
        text.append('\n').append(line);
      } else {
        before.append(line);
      }
    }
    if (number != null) {
      found.add(new String[] {number, Cells.clean(text.toString())});
    }
    if (!before.toString().isBlank()) {
      doubts.add("法律依据中「" + oneLine(before.toString()) + "」不在任何条文之下，未起草");
    }
    return found;
  }

  /** The label of the one party every fine and detention of a reading is on, or null. */
  private String onlyParty(SanctionReader.Reading reading) {
    Set<String> ids = new LinkedHashSet<>();
    for (SanctionReader.Found found : reading.sanctions()) {
      for (String kind : kinds(found.notation())) {
        if (kind.startsWith("fine:") || kind.startsWith("detain:")) {
          ids.add(kind.substring(kind.indexOf(':') + 1));
        }
      }
    }
    if (ids.size() != 1 || ids.contains("party")) {
      return null;
    }
    String id = ids.iterator().next();
    return parties.declared().entrySet().stream().filter(e -> e.getValue().equals(id))
        .map(Map.Entry::getKey).findFirst().orElse(null);
  }

  private static String fallbackParty(String text) {
    int best = Integer.MAX_VALUE;
    String party = "当事人";
    for (String candidate : Parties.FALLBACKS) {
      int at = Parties.wordAt(text, candidate);
      if (at >= 0 && at < best) {
        best = at;
        party = candidate;
      }
    }
    return party;
  }

  /** The violation's name: its items without numbers and final punctuation, joined by ；. */
  private static String title(String behaviour) {
    List<String> items = new ArrayList<>();
    for (String line : nonBlankLines(behaviour)) {
      String item = line.strip().replaceFirst("^[0-9０-９一二三四五六七八九十]+[、.．)）]", "")
          .replaceAll("[。；;，,]+$", "");
      if (!item.isEmpty()) {
        items.add(item);
      }
    }
    return String.join("；", items);
  }

  private static List<String> nonBlankLines(String text) {
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (!line.isBlank()) {
        lines.add(line.strip());
      }
    }
    return lines;
  }

  static String oneLine(String text) {
    return text.indexOf('\n') < 0 ? text.strip() : LINE_BREAK.matcher(text).replaceAll(" ").strip();
  }

  private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\n\\s*");
}
