package org.cailiang.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cailiang.dsl.diag.Diagnostic;
import org.cailiang.dsl.diag.Severity;

/** Diagnostics as JSON, and as SARIF 2.1.0 for code-scanning tools. */
final class DiagnosticsJson {
  private DiagnosticsJson() {}

  static List<Object> diagnostics(List<Diagnostic> diagnostics) {
    List<Object> list = new ArrayList<>();
    for (Diagnostic d : diagnostics) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("path", d.span().path());
      item.put("line", d.span().line());
      item.put("column", d.span().column());
      item.put("length", d.span().length());
      item.put("severity", d.severity().label());
      item.put("check", d.check());
      item.put("message", d.message());
      list.add(item);
    }
    return list;
  }

  static Map<String, Object> sarif(List<Diagnostic> diagnostics) {
    Map<String, Object> rules = new TreeMap<>();
    List<Object> results = new ArrayList<>();
    for (Diagnostic d : diagnostics) {
      rules.computeIfAbsent(d.check(), id -> Json.object(
          "id", id,
          "shortDescription", Json.object("text", "cailiang check " + id)));
      Map<String, Object> region = new LinkedHashMap<>();
      region.put("startLine", d.span().line());
      region.put("startColumn", d.span().column());
      region.put("endColumn", d.span().column() + d.span().length());
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("ruleId", d.check());
      result.put("level", d.severity() == Severity.ERROR ? "error" : d.severity() == Severity.WARNING ? "warning" : "note");
      result.put("message", Json.object("text", d.message()));
      result.put("locations", List.of(Json.object("physicalLocation", Json.object(
          "artifactLocation", Json.object("uri", uri(d.span().path())),
          "region", region))));
      results.add(result);
    }
    Map<String, Object> driver = new LinkedHashMap<>();
    driver.put("name", "cailiang");
    driver.put("informationUri", "https://github.com/cailiang/cailiang");
    driver.put("rules", new ArrayList<>(rules.values()));
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("tool", Json.object("driver", driver));
    run.put("columnKind", "unicodeCodePoints");
    run.put("results", results);
    Map<String, Object> sarif = new LinkedHashMap<>();
    sarif.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    sarif.put("version", "2.1.0");
    sarif.put("runs", List.of(run));
    return sarif;
  }

  /**
   * A path as SARIF's relative URI reference: every byte but an unreserved character or a
   * separator percent-encoded (hostile check: {@code #?%20 中.cailiang} was read as a fragment
   * and a query); the platform's separator becomes {@code /}.
   */
  static String uri(String path) {
    StringBuilder uri = new StringBuilder();
    // Only where it is the separator: on Linux a backslash is part of a file's name.
    String separated = java.io.File.separatorChar == '\\' ? path.replace('\\', '/') : path;
    for (byte b : separated.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
          || "-._~/".indexOf(c) >= 0) {
        uri.append(c);
      } else {
        uri.append('%').append(String.format("%02X", b & 0xff));
      }
    }
    return uri.toString();
  }
}
