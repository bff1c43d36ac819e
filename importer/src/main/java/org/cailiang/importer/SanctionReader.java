package org.cailiang.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the sanctions of an official text (a 裁量基准 cell or a 罚则 article) into the language's
 * notation. The text is split into clauses at ；; a clause opening with a condition (单位设置的，…;
 * 逾期不整改或整改不合格的，…) keeps the condition; 构成…的，依法… clauses are referrals. Whatever is
 * not understood is reported, never guessed.
 */
final class SanctionReader {
  private static final String NUMERAL = "[0-9０-９零〇一二两三四五六七八九十廿卅百千万壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬]";
  private static final Pattern ORDER = Pattern.compile("责令([^，；。并或、]+)");
  private static final Pattern WARNING = Pattern.compile("警告");
  private static final Pattern CRITICISM = Pattern.compile("通报批评");
  private static final Pattern FINE = Pattern.compile("(?:对([^，；对处]{1,40}?))?(分别)?(?:并|可以|可|予以)*(处)?(?:以)?"
      + "((?:没收)?" + Amounts.LIMIT + "(?:" + Amounts.BASE_WORDS + "|百分之|" + NUMERAL + ")(?:(?!拘留|或)[^，；])*?)的?罚款");
  /** 罚款5000元-10000元, 处罚款伍仟元以上壹万元以下: the amount after the word (legal author). */
  private static final Pattern FINE_AFTER = Pattern.compile("(?:对([^，；对处]{1,40}?))?(分别)?"
      + "(?:并|可以|可|予以)*(处)?(?:以)?罚款(" + Amounts.LIMIT + "(?:" + Amounts.BASE_WORDS + "|百分之|" + NUMERAL + ")[^，；。]*)");
  private static final Pattern CONFISCATION = Pattern.compile("没收([^，；。并或]+)");
  private static final Pattern DETENTION = Pattern.compile("(?:对([^，；处]{1,20}))?处?(?:(" + NUMERAL
      + "+)(?:日|天)?(?:以上|至))?(" + NUMERAL + "+)(?:日|天)(?:以下)?的?(?:行政)?拘留");
  private static final Pattern EXEMPT = Pattern.compile("不予(?:行政)?处罚");
  private static final Pattern LICENCE = Pattern.compile("(吊销|暂扣)([^，；。并或]+)");
  private static final Pattern CLAUSE = Pattern.compile("[；。]");
  private static final Pattern PARTY_LIST = Pattern.compile("[、和及与]");
  private static final Pattern JOINERS = Pattern.compile("并处|并且|并|予以|给予|可以|可|或者|或|和|及|以及|同时|处以|处|的|直至");
  private static final Pattern SEPARATORS = Pattern.compile("[，、：\\s]+");
  private static final Pattern EDGES = Pattern.compile("^，|，$");
  private static final Pattern NAMED_PARTY = Pattern.compile("对([^，；对处]{1,40}?)(?:分别)?(?:并|可以|可)*处");
  private static final Pattern AUTHORITY = Pattern.compile("由[^，；]{1,20}?(?:机关|部门|局|政府|机构)");
  private static final Pattern SUSPENSION_WORDS = Pattern.compile("停产|停业|关闭|停止(?:营业|执业|施工)");
  private static final Pattern OPTIONAL_WORDS = Pattern.compile("可以|并可|可处|可并处|可予");
  private static final Pattern OTHER_AUTHORITY =
      Pattern.compile("[，、]?(?:并|同时)?(?:通报|提请|建议)[^，；。]*?(?:部门|机关|政府)");
  private static final Pattern REFUSAL = Pattern.compile("拒不|逾期不|逾期未|仍不|经责令");
  private static final Pattern SANCTION_WORDS = Pattern.compile("处|责令|罚款|警告|没收|吊销|拘留|暂扣");

  private final Parties parties;
  private final String fallbackParty;

  /**
   * @param fallbackParty the party of a fine whose text names none (from the violation's text)
   */
  SanctionReader(Parties parties, String fallbackParty) {
    this.parties = parties;
    this.fallbackParty = fallbackParty;
  }

  /** A sanction in the language's notation, and the condition its clause opens with (or null). */
  /** A sanction found: its notation, its condition, and the facts its fines are multiples of. */
  record Found(String notation, String condition, List<String> bases, boolean imposedAnew) {
    /** A sanction of a clause that does not impose anew (an opening, or one added: 并处…). */
    Found(String notation, String condition, List<String> bases) {
      this(notation, condition, bases, false);
    }
  }

  /**
   * A conditional clause that imposes anew (情节严重的，处…; 给予…), whose sanctions take the place
   * of the opening's, as against one that adds to them (并处…, 吊销许可证, 予以吊销…). One that names
   * its party (对…处) imposes on that party: it replaces only that party's sanctions of its kind
   * (re-check: 对直接负责的主管人员…处罚款 took the unit's fine and suspension away).
   */
  private static final Pattern ANEW = Pattern.compile("(?:可以)?(?:处以|处|给予)");

  /** What a text says: its sanctions, and what a reviewer should check. */
  record Reading(List<Found> sanctions, List<String> doubts) {}

  /**
   * Reads a text. For an article ({@code article} true) the description of the offence before
   * the first sanction (…的，由公安机关…) is skipped.
   */
  /** The longest clause read for sanctions; an article's clause is a few hundred characters. */
  static final int MAX_CLAUSE = 2_000;

  Reading read(String verbatim, boolean article) {
    // A comma between digit groups (2,000元) is no clause break (hostile check: drafted as ..0).
    String text = Amounts.grouped(verbatim.replace('\n', ' ')).replace(',', '，').replace(';', '；').strip();
    List<Found> found = new ArrayList<>();
    List<String> doubts = new ArrayList<>();
    String lastParty = null;
    boolean first = true;
    for (String rawClause : CLAUSE.split(text)) {
      String clause = rawClause.strip();
      if (clause.isEmpty()) {
        continue;
      }
      if (clause.length() > MAX_CLAUSE) {
        // No sanction is written in so long a clause; its patterns cost the square of its length
        // (hostile re-check: ",000" ten thousand times, over two minutes).
        doubts.add("分句过长（" + clause.length() + " 个字符，超过 " + MAX_CLAUSE + "），未识别其中的处罚，原文保留在 text 中");
        first = false;
        continue;
      }
      String subject = null;
      if (first && article) {
        int cut = description(clause);
        if (cut >= 0) {
          // 单位违反本法规定…的，处…: the fines are the unit's (legal author: the violation's
          // own party was taken instead, and a person's fine became 5000..5万).
          subject = Parties.subject(clause.substring(0, cut));
          clause = clause.substring(cut + 2);
        }
      }
      first = false;
      if (clause.startsWith("构成") && clause.contains("的，") || clause.contains("追究刑事责任")
          || clause.contains("移送")) {
        // The referral ends where a list of the acts it covers begins (…刑事责任：（一）…).
        int list = clause.indexOf('：');
        found.add(new Found("refer " + Strings.quote(list > 0 ? clause.substring(0, list) : clause),
            null, List.of()));
        continue;
      }
      String condition = null;
      int comma = clause.indexOf("的，");
      if (comma > 0 && (!SANCTION_WORDS.matcher(clause.substring(0, comma)).find()
          || REFUSAL.matcher(clause.substring(0, comma)).find())) {
        // 经责令改正拒不改正的，…: a condition that mentions the order refused, not an order.
        condition = clause.substring(0, comma);
        subject = Parties.subject(condition);
        clause = clause.substring(comma + 2);
      }
      if (subject != null) {
        lastParty = subject;
      }
      Matcher other = OTHER_AUTHORITY.matcher(clause);
      if (other.find()) {
        // 并通报有关主管部门…责令停业整顿、吊销…: another authority's sanctions, not this one's
        // (re-review: drafted as mandatory sanctions of the 公安机关 itself).
        doubts.add("「" + clause.substring(other.start()) + "」是通报或者提请其他机关处理的事项，不是本机关的处罚，未起草，请核对");
        clause = clause.substring(0, other.start());
      }
      clause = AUTHORITY.matcher(clause).replaceAll("");
      int before = found.size();
      lastParty = readClause(clause, condition, found, doubts, lastParty);
      if (condition != null && ANEW.matcher(clause).lookingAt()) {
        for (int i = before; i < found.size(); i++) {
          Found one = found.get(i);
          found.set(i, new Found(one.notation(), one.condition(), one.bases(), true));
        }
      }
    }
    return new Reading(found, doubts);
  }

  /**
   * Where the description of the offence ends in an article's first clause (…之一的，由…处…): the
   * last 的， before which no sanction is named and after which one is; -1 when none. Not simply
   * the last 的，: in 没收违法所得，并处…罚款，没有违法所得的，处…罚款 that one is a condition
   * among the sanctions (re-review: 网络安全法第六十四条第二款 lost its multiple fine).
   */
  private static int description(String clause) {
    int found = -1;
    for (int at = clause.indexOf("的，"); at >= 0; at = clause.indexOf("的，", at + 1)) {
      if (SANCTION_WORDS.matcher(clause.substring(0, at)).find()) {
        break;
      }
      if (SANCTION_WORDS.matcher(clause.substring(at)).find()) {
        found = at;
      }
    }
    return found;
  }

  private String readClause(String clause, String condition, List<Found> found, List<String> doubts,
      String lastParty) {
    Matcher optionalWords = OPTIONAL_WORDS.matcher(clause);
    int optionalFrom = optionalWords.find() ? optionalWords.start() : Integer.MAX_VALUE;
    List<Match> matches = matches(clause);
    String party = lastParty;
    List<Match> kept = new ArrayList<>();
    for (Match match : matches) {
      kept.add(match);
    }
    int before = found.size();
    for (int i = 0; i < kept.size(); i++) {
      Match match = kept.get(i);
      // 责令停产停业，直至吊销许可证: the heaviest the authority may go to, not a sanction it must
      // impose (final re-check: drafted as mandatory, 直至 unread).
      boolean upTo = i > 0 && between(clause, kept.get(i - 1), match).matches("[，、]?直至");
      Item item = item(clause, match, party, doubts);
      if (item == null) {
        doubts.add("未能识别「" + match.matcher.group() + "」，请手工补写");
        continue;
      }
      party = item.party == null ? party : item.party;
      String notation = item.notation;
      List<String> bases = new ArrayList<>(item.bases);
      // 处警告或者罚款: two sanctions joined by 或 are one choice.
      while (i + 1 < kept.size() && between(clause, match, kept.get(i + 1)).matches("[，、]?(?:或者|或)")) {
        Match next = kept.get(++i);
        Item other = item(clause, next, party, doubts);
        if (other == null) {
          doubts.add("未能识别「" + next.matcher.group() + "」，请手工补写");
          break;
        }
        notation = (notation.startsWith("either ") ? notation : "either " + notation) + " or " + other.notation;
        other.bases.stream().filter(b -> !bases.contains(b)).forEach(bases::add);
        match = next;
      }
      boolean optional = (match.end() > optionalFrom || upTo) && !notation.startsWith("order ");
      found.add(new Found((optional ? "optional " : "") + notation, condition, List.copyOf(bases)));
    }
    String rest = leftover(clause, kept);
    if (!rest.isEmpty()) {
      doubts.add("未能识别「" + unread(clause, kept) + "」，原文保留在 text 中，请手工补写");
    } else if (found.size() == before) {
      doubts.add("「" + clause + "」中没有识别出处罚");
    }
    return party;
  }

  private record Match(String kind, Matcher matcher) {
    int start() {
      return matcher.start();
    }

    int end() {
      return matcher.end();
    }
  }

  private record Item(String notation, String party, List<String> bases) {}

  private static List<Match> matches(String clause) {
    List<Match> all = new ArrayList<>();
    collect(all, "fine", FINE, clause);
    collect(all, "fine", FINE_AFTER, clause);
    collect(all, "detention", DETENTION, clause);
    collect(all, "order", ORDER, clause);
    collect(all, "warning", WARNING, clause);
    collect(all, "criticism", CRITICISM, clause);
    collect(all, "confiscation", CONFISCATION, clause);
    collect(all, "licence", LICENCE, clause);
    collect(all, "exempt", EXEMPT, clause);
    all.sort(Comparator.comparingInt(Match::start).thenComparing(m -> -m.end()));
    List<Match> disjoint = new ArrayList<>();
    int end = 0;
    for (Match match : all) {
      if (match.start() >= end) {
        disjoint.add(match);
        end = match.end();
      }
    }
    return disjoint;
  }

  private static void collect(List<Match> into, String kind, Pattern pattern, String clause) {
    Matcher m = pattern.matcher(clause);
    while (m.find()) {
      Matcher copy = pattern.matcher(clause);
      copy.find(m.start());
      into.add(new Match(kind, copy));
    }
  }

  private Item item(String clause, Match match, String party, List<String> doubts) {
    Matcher m = match.matcher();
    switch (match.kind()) {
      case "order": {
        String order = "责令" + m.group(1).strip();
        if (SUSPENSION_WORDS.matcher(order).find()) {
          return new Item("suspension " + Strings.quote(order), null, List.of());
        }
        return new Item("order " + Strings.quote(order), null, List.of());
      }
      case "warning":
        return new Item("warning", null, List.of());
      case "criticism":
        return new Item("criticism", null, List.of());
      case "exempt":
        doubts.add("「" + m.group() + "」：请写明不予处罚的法律依据（exempt \"…\" basis 条款，"
            + "如《行政处罚法》第三十三条）");
        return new Item("exempt " + Strings.quote(m.group()), null, List.of());
      case "confiscation":
        return new Item("confiscate " + Strings.quote(m.group(1).strip()), null, List.of());
      case "licence":
        return new Item("licence " + (m.group(1).equals("吊销") ? "revoke " : "suspend ")
            + Strings.quote(m.group(2).strip()), null, List.of());
      case "detention": {
        String who = m.group(1) == null ? "个人" : m.group(1).strip();
        java.math.BigDecimal high = org.cailiang.dsl.analysis.TextNumbers.parse(m.group(3));
        java.math.BigDecimal low = m.group(2) == null ? null : org.cailiang.dsl.analysis.TextNumbers.parse(m.group(2));
        if (high == null) {
          return null;
        }
        // 处五日以下拘留或者五百元以下罚款: the fine that follows is on the same party
        return new Item("detain " + parties.id(who) + " " + Amounts.range(low, high, "") + " days", who, List.of());
      }
      default:
        return fine(m, nearestParty(clause, m.start(), party), doubts);
    }
  }

  /** 对个人处警告或者罚款: the party named before an earlier sanction of the clause. */
  private static String nearestParty(String clause, int end, String party) {
    Matcher named = NAMED_PARTY.matcher(clause.substring(0, end));
    String found = party;
    while (named.find()) {
      found = named.group(1);
    }
    return found;
  }

  private Item fine(Matcher m, String lastParty, List<String> doubts) {
    Amounts.Amount amount = Amounts.read(m.group(4));
    if (amount == null) {
      return null;
    }
    doubts.addAll(amount.doubts());
    List<String> names = new ArrayList<>();
    String party = lastParty;
    if (m.group(1) != null) {
      for (String name : PARTY_LIST.split(m.group(1))) {
        String label = Parties.canonical(name.strip().replaceAll("的$", ""));
        if (!label.isEmpty()) {
          names.add(parties.id(label));
        }
      }
      party = names.isEmpty() ? party : m.group(1);
    }
    if (names.isEmpty()) {
      String label = party != null ? party : fallbackParty;
      for (String name : PARTY_LIST.split(label)) {
        names.add(parties.id(Parties.canonical(name.strip())));
      }
      if (party == null) {
        doubts.add("罚款「" + m.group().strip() + "」未写明对象，按违法行为中的「" + fallbackParty + "」起草");
      }
    }
    boolean each = m.group(2) != null;
    if (each && m.group(3) == null) {
      doubts.add("「" + m.group().strip() + "」中“分别”后缺“处”字，按罚款起草");
    }
    if (!each && names.size() > 1 && m.group(1) != null
        && java.util.Arrays.stream(PARTY_LIST.split(m.group(1))).allMatch(Parties::isStaff)) {
      // 对其直接负责的主管人员和其他直接责任人员处…罚款: each of them is fined (legal author:
      // drafted as either of them, so a tier fining one of them passed unchecked).
      each = true;
      doubts.add("「" + m.group().strip() + "」未写“分别”，按对所列人员各处罚款起草（each），请核对");
    }
    return new Item("fine " + String.join(", ", names) + (each ? " each " : " ") + amount.notation(),
        party, amount.base() == null ? List.of() : List.of(amount.base()));
  }

  private static String between(String clause, Match a, Match b) {
    return clause.substring(a.end(), b.start()).strip();
  }

  /** The parts of the clause that are not sanctions nor only joining words, verbatim. */
  private static String unread(String clause, List<Match> matches) {
    List<String> parts = new ArrayList<>();
    int at = 0;
    for (int i = 0; i <= matches.size(); i++) {
      int end = i < matches.size() ? matches.get(i).start() : clause.length();
      String gap = clause.substring(at, end);
      if (!leftover(gap, List.of()).isEmpty()) {
        parts.add(EDGE_SEPARATORS.matcher(gap).replaceAll(""));
      }
      at = i < matches.size() ? matches.get(i).end() : end;
    }
    return String.join("…", parts);
  }

  private static final Pattern EDGE_SEPARATORS = Pattern.compile("^[，、：\\s]+|[，、：\\s]+$");

  /** The clause without its sanctions and the words that only join them. */
  private static String leftover(String clause, List<Match> matches) {
    StringBuilder rest = new StringBuilder();
    int at = 0;
    for (Match match : matches) {
      rest.append(clause, at, match.start()).append('，');
      at = match.end();
    }
    rest.append(clause.substring(at));
    String joined = JOINERS.matcher(rest).replaceAll("");
    joined = SEPARATORS.matcher(joined).replaceAll("，");
    return EDGES.matcher(joined).replaceAll("");
  }
}
