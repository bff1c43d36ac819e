package org.cailiang.importer;

import java.util.List;
import java.util.Map;

/** Writes a draft as source text of the language: deterministic, one element per line. */
final class DraftWriter {
  /** The first line of every draft; a file starting otherwise was not written by the importer. */
  static final String MARKER = "// 由 cailiang import 生成的草稿";

  /**
   * Ends the first line: the checksum of the whole draft without it, the first line's text
   * included (hostile check: a note added to the first line was overwritten). A draft is to be
   * edited; a second import may replace it only while it is still as written (see {@link
   * Importer#unedited}).
   */
  static final String CHECKSUM = " 校验码 ";

  private final StringBuilder out = new StringBuilder();

  private DraftWriter() {}

  static String write(Draft draft, String fileName) {
    DraftWriter writer = new DraftWriter();
    writer.draft(draft, fileName);
    String text = writer.out.toString();
    int firstLineEnd = text.indexOf('\n');
    return text.substring(0, firstLineEnd) + CHECKSUM + checksum(text) + text.substring(firstLineEnd);
  }

  /** The first 16 hex digits of the SHA-256 of the text's UTF-8 bytes. */
  static String checksum(String text) {
    try {
      byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(digest, 0, 8);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  private void draft(Draft draft, String fileName) {
    line(0, MARKER + "，来源：" + oneLine(fileName) + "。请逐条核对后再使用。");
    line(0, "//");
    line(0, "// 事实模型只是初步的：每个有多档的违法行为只有一个枚举事实 circumstance（违法情节），");
    line(0, "// 它的取值就是表中各档的情节文字，一档一个取值，所以草稿完整、无歧义；请把它细化为");
    line(0, "// 真实的事实（如整改情况、是否造成危害后果），再改写各档的 when 条件和罚则的条件。");
    line(0, "// 标有「待核对」的地方：原文有歧义、与罚则不一致或未能识别；原文都保留在 text 中。");
    line(0, "");
    List<String> names = draft.regulations().stream().map(Draft.Regulation::name).toList();
    line(0, "standard imported " + Strings.quote(String.join("、", names) + "处罚裁量基准（导入草稿）")
        + " {");
    line(0, "}");
    line(0, "");
    for (Map.Entry<String, String> party : draft.parties().entrySet()) {
      line(0, "party " + party.getValue() + " " + Strings.quote(party.getKey()));
    }
    for (Draft.Regulation regulation : draft.regulations()) {
      line(0, "");
      regulation(regulation);
    }
  }

  private void regulation(Draft.Regulation regulation) {
    doubts(0, regulation.doubts());
    line(0, "regulation " + regulation.id() + " " + Strings.quote(regulation.name()) + " {");
    for (Draft.Article article : regulation.articles()) {
      line(0, "");
      doubts(2, article.doubts());
      line(2, "article " + article.id() + " " + Strings.quote(article.number()) + " " + text(2, article.text()));
    }
    for (Draft.Violation violation : regulation.violations()) {
      line(0, "");
      violation(violation);
    }
    line(0, "}");
  }

  private void violation(Draft.Violation violation) {
    doubts(2, violation.doubts());
    String codes = violation.from().equals(violation.to()) ? violation.from()
        : violation.from() + ".." + violation.to();
    line(2, "violation " + codes + " " + Strings.quote(violation.title()) + " {");
    if (violation.text() != null) {
      line(4, "text " + text(4, violation.text()));
    }
    if (violation.basis() != null) {
      line(4, "basis " + violation.basis());
    }
    if (!violation.duties().isEmpty()) {
      line(4, "duty " + String.join(", ", violation.duties()));
    }
    if (!violation.values().isEmpty()) {
      line(4, "fact circumstance \"违法情节\": enum {");
      for (Draft.Value value : violation.values()) {
        line(6, value.id() + " " + Strings.quote(value.label()) + ",");
      }
      line(4, "}");
    }
    for (String fact : violation.amountFacts()) {
      String label = Amounts.BASES.entrySet().stream().filter(e -> e.getValue().equals(fact))
          .map(java.util.Map.Entry::getKey).findFirst().orElseThrow();
      line(4, "fact " + fact + " " + Strings.quote(label) + ": amount");
    }
    if (!violation.statute().isEmpty()) {
      line(4, "statute {");
      for (Draft.Clause clause : violation.statute()) {
        doubts(6, clause.doubts());
        line(6, clause.sanction() + (clause.when() == null ? "" : " when " + clause.when()));
      }
      line(4, "}");
    }
    for (String referral : violation.referrals()) {
      line(4, referral);
    }
    for (Draft.Tier tier : violation.tiers()) {
      String when = tier.valueId() == null ? "otherwise" : "when circumstance == " + tier.valueId();
      line(4, "tier " + tier.suffix() + " " + Strings.quote(tier.label()) + " " + when + " {");
      doubts(6, tier.doubts());
      for (String sanction : tier.sanctions()) {
        line(6, sanction);
      }
      if (!tier.text().isBlank()) {
        line(6, "text " + text(6, tier.text()));
      }
      line(4, "}");
    }
    line(2, "}");
  }

  private void doubts(int indent, List<String> doubts) {
    for (String doubt : doubts) {
      line(indent, "// 待核对：" + oneLine(doubt));
    }
  }

  /** A string literal, or a text block for several lines. */
  private static String text(int indent, String text) {
    if (!text.contains("\n")) {
      return Strings.quote(text);
    }
    // A text block keeps every character as it is: one that needs an escape goes in a string.
    if (text.contains("\"\"\"") || text.contains("\\")
        || text.codePoints().anyMatch(org.cailiang.dsl.diag.Characters::isInvisible)) {
      return Strings.quote(text);
    }
    String pad = " ".repeat(indent + 2);
    StringBuilder block = new StringBuilder("\"\"\"\n");
    for (String line : text.split("\n", -1)) {
      block.append(line.isBlank() ? "" : pad + line).append('\n');
    }
    return block.append(pad).append("\"\"\"").toString();
  }

  private void line(int indent, String text) {
    out.append(text.isEmpty() ? "" : " ".repeat(indent) + text).append('\n');
  }

  private static String oneLine(String text) {
    return Strings.comment(text);
  }
}
