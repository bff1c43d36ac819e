package org.cailiang.cli.render;

import java.util.List;
import org.cailiang.dsl.model.ArticleRef;
import org.cailiang.dsl.model.GeneralPart;
import org.cailiang.dsl.model.ReferralRows;
import org.cailiang.dsl.model.Regulation;
import org.cailiang.dsl.model.Standard;
import org.cailiang.dsl.model.Tier;
import org.cailiang.dsl.model.Violation;

/**
 * The standard as Markdown tables laid out like the official table: 编码, 违法行为, 法律依据,
 * 违法情节, 裁量基准. Every text from the standard is escaped, so it cannot start markup.
 */
public final class MarkdownRenderer {
  private MarkdownRenderer() {}

  public static String render(List<Standard> standards) {
    return render(standards, List.of());
  }

  /** The standards, each with the general chapter (总则) of the general part it uses first. */
  public static String render(List<Standard> standards, List<GeneralPart> generals) {
    StringBuilder out = new StringBuilder(RenderedFiles.MARKDOWN).append("\n\n");
    for (Standard standard : standards) {
      out.append("# ").append(escape(standard.title())).append("\n\n");
      if (!standard.authority().isEmpty()) {
        out.append("制定机关：").append(escape(standard.authority())).append("  \n");
      }
      if (!standard.region().isEmpty()) {
        out.append("适用地区：").append(escape(standard.region())).append("  \n");
      }
      standard.effective().ifPresent(date -> out.append("施行日期：").append(date).append("  \n"));
      out.append('\n');
      GeneralChapter.of(standard, generals).ifPresent(chapter -> general(chapter, out));
      java.util.Set<String> higherOnly = org.cailiang.dsl.model.HigherLawOnly.of(standard);
      for (Regulation regulation : standard.regulations()) {
        if (higherOnly.contains(regulation.id())) {
          continue; // declared as higher law only: no table of its own
        }
        if (regulation.violations().isEmpty()) {
          citedOnly(regulation, out);
          continue;
        }
        out.append("## 违反《").append(escape(regulation.title())).append("》处罚裁量基准\n\n");
        regulation.level().ifPresent(level -> out.append("位阶：").append(level.label()).append("\n\n"));
        out.append("| 编码 | 违法行为 | 法律依据 | 违法情节 | 裁量基准 |\n|---|---|---|---|---|\n");
        for (Violation violation : regulation.violations()) {
          boolean first = true;
          for (Tier tier : violation.tiers()) {
            out.append("| ").append(escape(String.join("\n", violation.codes().codes().stream()
                .map(c -> c + tier.suffix()).toList())));
            out.append(" | ").append(first ? escape(violation.text()) : "");
            out.append(" | ").append(first ? basis(standard, violation) : "");
            out.append(" | ").append(escape(tier.circumstance()));
            String official = tier.text().isEmpty() ? Describe.sanctions(standard, violation, tier) : tier.text();
            out.append(" | ").append(escape(official)).append(" |\n");
            first = false;
          }
          for (ReferralRows.Row row : ReferralRows.of(violation)) {
            out.append("| ").append(escape(String.join("\n", violation.codes().codes()))).append(" |  |  | ")
                .append(escape(row.circumstance())).append(" | ").append(escape(row.text())).append(" |\n");
          }
        }
        out.append('\n');
      }
    }
    return out.toString();
  }

  /** A regulation only cited (e.g. 行政处罚法 for an exemption): its articles, not an empty table. */
  private static void citedOnly(Regulation regulation, StringBuilder out) {
    out.append("## 引用的《").append(escape(regulation.title())).append("》条文\n\n");
    regulation.level().ifPresent(level -> out.append("位阶：").append(level.label()).append("\n\n"));
    for (org.cailiang.dsl.model.Article article : regulation.articles()) {
      out.append("- **").append(escape(article.number())).append("**　").append(escape(article.text())).append('\n');
    }
    out.append('\n');
  }

  private static void general(GeneralChapter chapter, StringBuilder out) {
    out.append("## 总则：").append(escape(chapter.title())).append("\n\n");
    for (GeneralChapter.Table table : chapter.tables()) {
      out.append("### ").append(escape(table.heading())).append("\n\n|");
      table.columns().forEach(column -> out.append(' ').append(escape(column)).append(" |"));
      out.append("\n|").append("---|".repeat(table.columns().size())).append('\n');
      for (List<String> row : table.rows()) {
        out.append('|');
        row.forEach(cell -> out.append(' ').append(escape(cell)).append(" |"));
        out.append('\n');
      }
      out.append('\n');
    }
  }

  private static String basis(Standard standard, Violation violation) {
    StringBuilder text = new StringBuilder();
    for (ArticleRef ref : violation.citations()) {
      if (text.length() > 0) {
        text.append("<br><br>");
      }
      text.append("**").append(escape(Describe.citation(standard, ref))).append("**　")
          .append(escape(standard.article(ref).map(a -> a.text()).orElse("")));
    }
    return text.toString();
  }

  /** Text safe in a Markdown table cell: markup characters escaped, HTML made inert, lines as {@code <br>}. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '&':
          out.append("&amp;");
          break;
        case '\n':
          out.append("<br>");
          break;
        case '\r':
          break;
        case '\\': case '`': case '*': case '_': case '[': case ']': case '|': case '#': case '!': case '~':
        case '(': case ')': case '{': case '}': case '+': case '-': case '$':
          out.append('\\').append(c);
          break;
        default:
          out.append(Invisible.shown(text, i));
          i += Invisible.length(text, i) - 1;
      }
    }
    return out.toString();
  }
}
