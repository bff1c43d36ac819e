package org.cailiang.dsl.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cailiang.dsl.diag.Diagnostics;
import org.cailiang.dsl.model.CodeRange;
import org.cailiang.dsl.model.SourceSpan;
import org.cailiang.dsl.model.Standard;
import org.cailiang.dsl.model.Tier;
import org.cailiang.dsl.model.Violation;
import org.cailiang.runtime.internal.Codes;

/**
 * Checks violation codes: well-formed, ranges that count up within one prefix, and every code
 * (violation and tier) unique across all files of a build.
 */
final class CodeChecks {
  /** A range larger than this is a typo, not a table. */
  static final int MAX_RANGE = Codes.MAX_CODES;

  private final Diagnostics diagnostics;
  private final Map<String, SourceSpan> seen = new HashMap<>();

  CodeChecks(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  void run(List<Standard> standards) {
    for (List<Standard> chain : org.cailiang.dsl.versions.Versions.chains(standards)) {
      // Versions of one standard share their codes: unique within each version and across chains.
      Map<String, SourceSpan> chainSeen = new HashMap<>();
      for (Standard version : chain) {
        seenInVersion.clear();
        one(version);
        seenInVersion.forEach((code, span) -> {
          SourceSpan first = chainSeen.putIfAbsent(code, span);
          SourceSpan other = seen.get(code);
          if (first == null && other != null) {
            diagnostics.error(span, "duplicate-code", "编码 " + code + " 重复（首次出现于 " + other + "）");
          }
        });
      }
      chainSeen.forEach(seen::putIfAbsent);
    }
  }

  private final Map<String, SourceSpan> seenInVersion = new java.util.LinkedHashMap<>();

  private void one(Standard standard) {
    {
      for (Violation violation : standard.violations()) {
        if (wellFormed(violation.codes())) {
          for (String code : violation.codes().codes()) {
            unique(code, violation.codes().span());
            java.util.Set<String> suffixes = new java.util.HashSet<>();
            for (Tier tier : violation.tiers()) {
              // A suffix repeated within one violation is reported by the declaration checks.
              if (suffixes.add(tier.suffix())) {
                unique(code + tier.suffix(), tier.span());
              }
            }
          }
        }
      }
    }
  }

  private boolean wellFormed(CodeRange range) {
    for (String code : List.of(range.first(), range.last())) {
      if (!Codes.isAlphanumeric(code)) {
        diagnostics.error(range.span(), "bad-code", "编码只能由 ASCII 字母和数字（A–Z、a–z、0–9）组成：" + code);
        return false;
      }
    }
    if (!range.isRange()) {
      return true;
    }
    String stem = CodeRange.stem(range.first());
    String digits = range.first().substring(stem.length());
    String lastDigits = range.last().substring(CodeRange.stem(range.last()).length());
    if (digits.isEmpty() || !stem.equals(CodeRange.stem(range.last())) || digits.length() != lastDigits.length()) {
      diagnostics.error(range.span(), "bad-code",
          "编码范围 " + range + " 的两端须有相同前缀和相同位数的数字结尾，如 C05840..C05846");
      return false;
    }
    if (digits.length() > 18) {
      diagnostics.error(range.span(), "bad-code", "编码范围 " + range + " 的数字部分过长");
      return false;
    }
    long from = Long.parseLong(digits);
    long to = Long.parseLong(lastDigits);
    if (from > to) {
      diagnostics.error(range.span(), "bad-code", "编码范围 " + range + " 的起点大于终点");
      return false;
    }
    if (to - from >= MAX_RANGE) {
      diagnostics.error(range.span(), "bad-code", "编码范围 " + range + " 超过 " + MAX_RANGE + " 个编码");
      return false;
    }
    return true;
  }

  private void unique(String code, SourceSpan span) {
    SourceSpan first = seenInVersion.putIfAbsent(code, span);
    if (first != null) {
      diagnostics.error(span, "duplicate-code", "编码 " + code + " 重复（首次出现于 " + first + "）");
    }
  }
}
