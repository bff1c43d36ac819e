package org.cailiang.cli.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cailiang.dsl.model.ArticleRef;
import org.cailiang.dsl.model.GeneralPart;
import org.cailiang.dsl.model.Ref;
import org.cailiang.dsl.model.ReferralRows;
import org.cailiang.dsl.model.Regulation;
import org.cailiang.dsl.model.SanctionSpec;
import org.cailiang.dsl.model.Standard;
import org.cailiang.dsl.model.StatuteClause;
import org.cailiang.dsl.model.Tier;
import org.cailiang.dsl.model.Violation;

/**
 * A standalone HTML page laid out like the official table, with each tier's fines drawn as bars
 * over the statutory range of the same party, so a reviewer sees the tiers at a glance. Every
 * text from the standard is HTML-escaped; the page loads nothing from elsewhere.
 */
public final class HtmlRenderer {
  private static final String STYLE = """
      body{font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei",sans-serif;margin:24px;color:#222}
      h1{font-size:22px}h2{font-size:18px;margin-top:32px}
      .meta{color:#555}.summary{margin:8px 0 16px}
      table{border-collapse:collapse;width:100%;font-size:13px}
      th,td{border:1px solid #999;padding:6px;vertical-align:top}
      th{background:#eef}
      td.codes{white-space:nowrap;font-family:monospace}
      .code{display:block}
      .article{margin-bottom:8px}.number{font-weight:bold}
      .structured{color:#555;font-size:12px;margin-top:6px}
      td.bars{min-width:260px}
      .bar{margin:4px 0}.bar .label{font-size:12px}
      .track{position:relative;height:12px;background:#f3f3f3;border:1px solid #ccc}
      .envelope{position:absolute;top:0;height:12px;background:#cfe3ff}
      .range{position:absolute;top:2px;height:8px;background:#2a62c9}
      .range.optional{background:#8fb3ee}
      .legend span{display:inline-block;width:14px;height:10px;margin:0 4px 0 12px}
      """;

  private HtmlRenderer() {}

  public static String render(List<Standard> standards) {
    return render(standards, List.of());
  }

  /** The page of the standards, each with the general chapter (总则) it uses before its tables. */
  public static String render(List<Standard> standards, List<GeneralPart> generals) {
    StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
        + RenderedFiles.HTML + "\n");
    out.append("<title>").append(escape(standards.isEmpty() ? "cailiang" : standards.get(0).title())).append("</title>\n");
    out.append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
    for (Standard standard : standards) {
      standard(standard, GeneralChapter.of(standard, generals), out);
    }
    return out.append("</body>\n</html>\n").toString();
  }

  private static void standard(Standard standard, java.util.Optional<GeneralChapter> general,
      StringBuilder out) {
    out.append("<h1>").append(escape(standard.title())).append("</h1>\n<p class=\"meta\">");
    if (!standard.authority().isEmpty()) {
      out.append("制定机关：").append(escape(standard.authority())).append("　");
    }
    if (!standard.region().isEmpty()) {
      out.append("适用地区：").append(escape(standard.region())).append("　");
    }
    standard.effective().ifPresent(date -> out.append("施行日期：").append(date));
    long codes = 0;
    long tiers = 0;
    for (Violation violation : standard.violations()) {
      codes += (long) violation.codes().codes().size() * violation.tiers().size();
      tiers += violation.tiers().size();
    }
    out.append("</p>\n<p class=\"summary\">共 <b id=\"code-count\">").append(codes).append("</b> 个编码、<b id=\"tier-count\">")
        .append(tiers).append("</b> 个阶次。</p>\n");
    out.append("<p class=\"legend\">罚款幅度：<span style=\"background:#cfe3ff\"></span>法定幅度"
        + "<span style=\"background:#2a62c9\"></span>本阶次<span style=\"background:#8fb3ee\"></span>本阶次（可以并处）</p>\n");
    general.ifPresent(chapter -> general(chapter, out));
    java.util.Set<String> higherOnly = org.cailiang.dsl.model.HigherLawOnly.of(standard);
    for (Regulation regulation : standard.regulations()) {
      if (higherOnly.contains(regulation.id())) {
        continue; // declared as higher law only: no table of its own
      }
      if (regulation.violations().isEmpty()) {
        // Only cited (e.g. 行政处罚法 for an exemption): its articles, not an empty table.
        out.append("<h2>引用的《").append(escape(regulation.title())).append("》条文</h2>\n");
        regulation.level().ifPresent(level -> out.append("<p class=\"meta\">位阶：").append(level.label()).append("</p>\n"));
        for (org.cailiang.dsl.model.Article article : regulation.articles()) {
          out.append("<div class=\"article\"><span class=\"number\">").append(escape(article.number()))
              .append("</span>　").append(lines(article.text())).append("</div>\n");
        }
        continue;
      }
      out.append("<h2>违反《").append(escape(regulation.title())).append("》处罚裁量基准</h2>\n");
      regulation.level().ifPresent(level -> out.append("<p class=\"meta\">位阶：").append(level.label()).append("</p>\n"));
      out.append("<table>\n<thead><tr><th>编码</th><th>违法行为</th><th>法律依据</th><th>违法情节</th><th>裁量基准</th>"
          + "<th>罚款幅度</th></tr></thead>\n");
      for (Violation violation : regulation.violations()) {
        violation(standard, violation, out);
      }
      out.append("</table>\n");
    }
  }

  private static void general(GeneralChapter chapter, StringBuilder out) {
    out.append("<section class=\"general\">\n<h2>总则：").append(escape(chapter.title())).append("</h2>\n");
    for (GeneralChapter.Table table : chapter.tables()) {
      out.append("<h3>").append(escape(table.heading())).append("</h3>\n<table class=\"general\">\n<thead><tr>");
      table.columns().forEach(column -> out.append("<th>").append(escape(column)).append("</th>"));
      out.append("</tr></thead>\n<tbody>\n");
      for (List<String> row : table.rows()) {
        out.append("<tr>");
        row.forEach(cell -> out.append("<td>").append(lines(cell)).append("</td>"));
        out.append("</tr>\n");
      }
      out.append("</tbody>\n</table>\n");
    }
    out.append("</section>\n");
  }

  private static void violation(Standard standard, Violation violation, StringBuilder out) {
    Map<String, BigDecimal[]> envelope = envelope(violation);
    Map<String, BigDecimal> scale = scale(violation, envelope);
    out.append("<tbody class=\"violation\" id=\"").append(escape(violation.codes().first())).append("\">\n");
    List<ReferralRows.Row> referrals = ReferralRows.of(violation);
    int rows = violation.tiers().size() + referrals.size();
    boolean first = true;
    for (Tier tier : violation.tiers()) {
      out.append("<tr class=\"tier\"><td class=\"codes\">");
      for (String code : violation.codes().codes()) {
        out.append("<span class=\"code\">").append(escape(code + tier.suffix())).append("</span>");
      }
      out.append("</td>");
      if (first) {
        out.append("<td rowspan=\"").append(rows).append("\">").append(lines(violation.text())).append("</td>");
        out.append("<td rowspan=\"").append(rows).append("\">");
        for (ArticleRef ref : violation.citations()) {
          out.append("<div class=\"article\"><span class=\"number\">").append(escape(Describe.citation(standard, ref)))
              .append("</span>　").append(lines(standard.article(ref).map(a -> a.text()).orElse(""))).append("</div>");
        }
        out.append("</td>");
        first = false;
      }
      out.append("<td class=\"circumstance\">").append(lines(tier.circumstance())).append("</td>");
      out.append("<td>").append(lines(tier.text()))
          .append("<div class=\"structured\">").append(escape(Describe.sanctions(standard, violation, tier)))
          .append("</div></td>");
      out.append("<td class=\"bars\">");
      for (SanctionSpec.Fine fine : yuanFines(tier.sanctions())) {
        for (Ref party : fine.parties()) {
          bar(standard, party.name(), (SanctionSpec.Yuan) fine.amount(), fine.optional(), envelope.get(party.name()),
              scale.get(party.name()), out);
        }
      }
      out.append("</td></tr>\n");
    }
    for (ReferralRows.Row row : referrals) {
      out.append("<tr class=\"referral\"><td class=\"codes\">");
      for (String code : violation.codes().codes()) {
        out.append("<span class=\"code\">").append(escape(code)).append("</span>");
      }
      out.append("</td><td class=\"circumstance\">").append(lines(row.circumstance())).append("</td><td>")
          .append(lines(row.text())).append("</td><td class=\"bars\"></td></tr>\n");
    }
    out.append("</tbody>\n");
  }

  private static void bar(Standard standard, String party, SanctionSpec.Yuan yuan, boolean optional,
      BigDecimal[] envelope, BigDecimal scale, StringBuilder out) {
    String label = standard.party(party).map(p -> p.label()).orElse(party);
    BigDecimal low = yuan.min() == null ? BigDecimal.ZERO : yuan.min();
    BigDecimal high = yuan.max() == null ? scale : yuan.max();
    out.append("<div class=\"bar\"><div class=\"label\">").append(escape(label)).append("：")
        .append(escape(new org.cailiang.runtime.MoneyRange(yuan.min(), yuan.max()).toChinese())).append("</div>")
        .append("<div class=\"track\">");
    if (envelope != null) {
      BigDecimal envelopeLow = envelope[0] == null ? BigDecimal.ZERO : envelope[0];
      BigDecimal envelopeHigh = envelope[1] == null ? scale : envelope[1];
      segment("envelope", envelopeLow, envelopeHigh, scale, out);
    }
    segment(optional ? "range optional" : "range", low, high, scale, out);
    out.append("</div></div>");
  }

  private static void segment(String css, BigDecimal low, BigDecimal high, BigDecimal scale, StringBuilder out) {
    BigDecimal left = percent(low, scale);
    BigDecimal width = percent(high, scale).subtract(left).max(new BigDecimal("0.8"));
    out.append("<div class=\"").append(css).append("\" style=\"left:").append(left.toPlainString())
        .append("%;width:").append(width.toPlainString()).append("%\"></div>");
  }

  private static BigDecimal percent(BigDecimal value, BigDecimal scale) {
    if (scale.signum() == 0) {
      return BigDecimal.ZERO;
    }
    return value.multiply(BigDecimal.valueOf(100)).divide(scale, 2, RoundingMode.HALF_UP).min(BigDecimal.valueOf(100));
  }

  /** Per party, the widest statutory fine range in yuan. */
  private static Map<String, BigDecimal[]> envelope(Violation violation) {
    Map<String, BigDecimal[]> envelope = new LinkedHashMap<>();
    List<SanctionSpec> statute = new ArrayList<>();
    violation.statute().stream().map(StatuteClause::sanction).forEach(statute::add);
    for (SanctionSpec.Fine fine : yuanFines(statute)) {
      SanctionSpec.Yuan yuan = (SanctionSpec.Yuan) fine.amount();
      for (Ref party : fine.parties()) {
        BigDecimal[] range = envelope.computeIfAbsent(party.name(), p -> new BigDecimal[] {yuan.min(), yuan.max()});
        range[0] = range[0] == null || yuan.min() == null ? null : range[0].min(yuan.min());
        range[1] = range[1] == null || yuan.max() == null ? null : range[1].max(yuan.max());
      }
    }
    return envelope;
  }

  /** Per party, the amount the full width of a bar stands for. */
  private static Map<String, BigDecimal> scale(Violation violation, Map<String, BigDecimal[]> envelope) {
    Map<String, BigDecimal> scale = new LinkedHashMap<>();
    envelope.forEach((party, range) -> {
      if (range[1] != null) {
        scale.merge(party, range[1], BigDecimal::max);
      }
    });
    for (Tier tier : violation.tiers()) {
      for (SanctionSpec.Fine fine : yuanFines(tier.sanctions())) {
        SanctionSpec.Yuan yuan = (SanctionSpec.Yuan) fine.amount();
        BigDecimal top = yuan.max() != null ? yuan.max() : yuan.min().multiply(BigDecimal.valueOf(2));
        fine.parties().forEach(p -> scale.merge(p.name(), top, BigDecimal::max));
      }
    }
    return scale;
  }

  private static List<SanctionSpec.Fine> yuanFines(List<SanctionSpec> sanctions) {
    List<SanctionSpec.Fine> fines = new ArrayList<>();
    for (SanctionSpec sanction : sanctions) {
      if (sanction instanceof SanctionSpec.Fine fine && fine.amount() instanceof SanctionSpec.Yuan) {
        fines.add(fine);
      } else if (sanction instanceof SanctionSpec.Alternative alternative) {
        fines.addAll(yuanFines(alternative.options()));
      }
    }
    return fines;
  }

  /** Escaped text with its line breaks kept. */
  private static String lines(String text) {
    return escape(text).replace("\n", "<br>");
  }

  /** Text safe in HTML content and attribute values. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&':
          out.append("&amp;");
          break;
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '"':
          out.append("&quot;");
          break;
        case '\'':
          out.append("&#39;");
          break;
        default:
          out.append(Invisible.shown(text, i));
          i += Invisible.length(text, i) - 1;
      }
    }
    return out.toString();
  }
}
