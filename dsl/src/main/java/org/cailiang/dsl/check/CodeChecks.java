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
    Map<String, String> family = families(standards);
    for (List<Standard> chain : org.cailiang.dsl.versions.Versions.chains(standards)) {
      // Versions of one standard share their codes: unique within each version and across chains.
      Map<String, SourceSpan> chainSeen = new HashMap<>();
      Map<String, String> chainOwner = new HashMap<>();
      for (Standard version : chain) {
        seenInVersion.clear();
        one(version);
        seenInVersion.forEach((code, span) -> {
          SourceSpan first = chainSeen.putIfAbsent(code, span);
          chainOwner.putIfAbsent(code, version.id());
          SourceSpan other = seen.get(code);
          // Versions linked by supersedes whose chain is broken (a cycle, a fork, a version left
          // out) share codes as every version does: the break is reported, not each code again
          // (hostile check: one duplicate-code per code after a version-cycle).
          boolean linked = other != null
              && family.get(version.id()).equals(family.get(owner.get(code)));
          if (first == null && other != null && !linked) {
            diagnostics.error(span, "duplicate-code", "编码 " + code + " 重复（首次出现于 " + other + "）");
          }
        });
      }
      chainSeen.forEach(seen::putIfAbsent);
      chainOwner.forEach(owner::putIfAbsent);
    }
  }

  /** The standard that first declared each code reported in {@link #seen}. */
  private final Map<String, String> owner = new HashMap<>();

  /**
   * Each standard's family: standards linked by {@code supersedes}, in either direction, are one;
   * a standard superseding one not in the build is of every family (the version between may be
   * the one left out, and that is reported).
   */
  private static Map<String, String> families(List<Standard> standards) {
    Map<String, String> parent = new HashMap<>();
    standards.forEach(standard -> parent.put(standard.id(), standard.id()));
    boolean versionLeftOut = false;
    for (Standard standard : standards) {
      if (standard.supersedes().isPresent()) {
        String earlier = standard.supersedes().get().name();
        if (parent.containsKey(earlier)) {
          parent.put(root(parent, standard.id()), root(parent, earlier));
        } else {
          versionLeftOut = true;
        }
      }
    }
    Map<String, String> family = new HashMap<>();
    for (Standard standard : standards) {
      // One family for all when a version is left out: such a build's codes are not compared.
      family.put(standard.id(), versionLeftOut ? "" : root(parent, standard.id()));
    }
    return family;
  }

  /** The id that stands for {@code id}'s family in {@code parent} (a union-find forest). */
  private static String root(Map<String, String> parent, String id) {
    String at = id;
    while (!parent.get(at).equals(at)) {
      at = parent.get(at);
    }
    return at;
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
