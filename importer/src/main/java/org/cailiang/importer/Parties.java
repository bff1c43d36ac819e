package org.cailiang.importer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parties a draft names, in the order first met, each with an identifier. Common parties get
 * readable identifiers; a variant spelling of the same party (直接责任人 for 直接责任人员) is the
 * same party — the texts stay verbatim, only the structured fine names the party once.
 */
final class Parties {
  private static final Map<String, String> KNOWN_IDS = Map.ofEntries(
      Map.entry("单位", "unit"), Map.entry("单位主要负责人", "principal"),
      Map.entry("直接责任人员", "direct"), Map.entry("个人", "individual"),
      Map.entry("管理人", "manager"), Map.entry("经营者", "operator"),
      Map.entry("当事人", "party"), Map.entry("其他直接责任人员", "otherDirect"),
      Map.entry("直接负责的主管人员", "supervisor"), Map.entry("行为人", "actor"));

  private static final Map<String, String> VARIANTS = Map.of(
      "直接责任人", "直接责任人员", "主要负责人", "单位主要负责人");

  /** Parties a fine may be on when the text names none, in the order they are looked for. */
  static final List<String> FALLBACKS = List.of("管理人", "经营者", "行为人", "单位", "个人");

  private final Map<String, String> ids = new LinkedHashMap<>();

  /**
   * Staff of a unit a fine names (直接负责的主管人员, 其他直接责任人员, 主要负责人): fined one by one when
   * a text lists several of them, with or without 分别.
   */
  private static final java.util.regex.Pattern STAFF = java.util.regex.Pattern.compile("人员$|负责人$");

  /** The label a variant spelling stands for; 其 (its) before a unit's staff is not part of it. */
  static String canonical(String label) {
    String plain = label.startsWith("其") && !label.startsWith("其他") && label.length() > 1
        ? label.substring(1) : label;
    // 对违法单位…、对违法个人…: the unit, the person.
    if (plain.startsWith("违法") && KNOWN_IDS.containsKey(plain.substring(2))) {
      plain = plain.substring(2);
    }
    return VARIANTS.getOrDefault(plain, plain);
  }

  /** Whether the label names staff of a unit rather than the party itself. */
  static boolean isStaff(String label) {
    return STAFF.matcher(canonical(label)).find();
  }

  /**
   * The party a sentence of an article is about when it opens with one (单位违反本法规定…的,
   * 个人有前款…之一的): its fines are that party's unless they name another. Null when none.
   */
  static String subject(String text) {
    String plain = text.strip();
    // 生产经营单位有下列行为之一的, 用人单位违反本法规定的: a unit the statute names its own way
    // (legal author: its fines were drafted on 管理人, found in 管理人员 of the violation).
    // It is the unit of the table's other fines (对单位…), so it is drafted as 单位.
    if (NAMED_UNIT.matcher(plain).lookingAt()) {
      return "单位";
    }
    String found = null;
    for (String label : KNOWN_IDS.keySet()) {
      if (plain.startsWith(label) && (found == null || label.length() > found.length())) {
        found = label;
      }
    }
    for (String label : VARIANTS.keySet()) {
      if (plain.startsWith(label) && (found == null || label.length() > found.length())) {
        found = label;
      }
    }
    return found == null ? null : canonical(found);
  }

  /** A unit named at the start of a sentence, before what it did: 生产经营单位有…, 用人单位违反…. */
  private static final java.util.regex.Pattern NAMED_UNIT = java.util.regex.Pattern.compile(
      "(\\p{IsHan}{1,8}单位)(?=有|违反|未|不|将|在|对|拒|擅自|的|，)");

  /** The identifier of the party, declaring it when first met. */
  String id(String label) {
    String canonical = canonical(label);
    return ids.computeIfAbsent(canonical, l -> KNOWN_IDS.getOrDefault(l, "party" + (ids.size() + 1)));
  }

  /**
   * Where {@code candidate} stands as a word of its own in {@code text}, or -1: 管理人 in
   * 管理人员 is not the party 管理人.
   */
  static int wordAt(String text, String candidate) {
    for (int at = text.indexOf(candidate); at >= 0; at = text.indexOf(candidate, at + 1)) {
      int end = at + candidate.length();
      if (end >= text.length() || text.charAt(end) != '员') {
        return at;
      }
    }
    return -1;
  }

  /** Every party, label to identifier, in the order first met. */
  Map<String, String> declared() {
    return ids;
  }
}
