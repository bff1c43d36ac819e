package org.cailiang.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cailiang.dsl.diag.Diagnostic;
import org.cailiang.dsl.diag.Severity;
import org.cailiang.dsl.diag.SourceFile;
import org.cailiang.dsl.eval.Interpreter;
import org.cailiang.runtime.Decision;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Mistakes planted one at a time in a copy of the Beijing standard, each caught at the right
 * place with the right words. The unchanged copy is clean.
 */
class PlantedMistakesTest {
  private static String beijing;
  /** The general part the Beijing standard uses (uses xzcff), compiled beside it. */
  private static SourceFile general;

  @BeforeAll
  static void read() throws Exception {
    beijing = Files.readString(Path.of("../examples/src/main/cailiang/beijing.cailiang"));
    general = new SourceFile("xzcff.cailiang", Files.readString(Path.of("../examples/src/main/cailiang/xzcff.cailiang")));
  }

  @Test
  void theBeijingStandardIsClean() {
    assertEquals(List.of(), compile(beijing));
    // Its two 地方政府规章 fine without a declared limit: one note each that it was not checked.
    assertEquals(List.of("image", "residential"), StandardCompiler.compileSources(
            List.of(new SourceFile("beijing.cailiang", beijing), general)).diagnostics().stream()
        .map(d -> d.check() + ":" + d.message())
        .map(m -> m.replaceAll("^fine-limit-undeclared:法规 (\\w+) 是地方政府规章.*$", "$1"))
        .toList());
  }

  @Test
  void aFineAboveTheStatute() {
    // The structured fine and its official text both say 4万: only the statute is exceeded.
    String planted = replaceOnce(
        "tier C030 \"逾期不整改\" when stage == overdue {\n      fine unit 2万..3万\n      fine principal, direct each 500..1000\n"
            + "      text \"对单位处2万元以上3万元以下罚款",
        "tier C030 \"逾期不整改\" when stage == overdue {\n      fine unit 2万..4万\n      fine principal, direct each 500..1000\n"
            + "      text \"对单位处2万元以上4万元以下罚款");
    Diagnostic found = only(planted, "envelope");
    assertEquals("error", found.severity().label());
    assertEquals(line(planted, "fine unit 2万..4万"), found.span().line());
    assertEquals(7, found.span().column());
    assertEquals("阶次 C030「逾期不整改」 的对单位的罚款 2万元以上4万元以下 超出法定幅度 1万元以上3万元以下", found.message());
  }

  /** 分别处: a tier fining the principal alone leaves out the fine the law sets for 直接责任人员. */
  @Test
  void aPartyOfAnEachFineLeftOut() {
    String planted = replaceOnce(
        "tier C030 \"逾期不整改\" when stage == overdue {\n      fine unit 2万..3万\n      fine principal, direct each 500..1000\n",
        "tier C030 \"逾期不整改\" when stage == overdue {\n      fine unit 2万..3万\n      fine principal 500..1000\n");
    Diagnostic found = only(planted, "mandatory-omitted");
    assertEquals("error", found.severity().label());
    assertEquals(line(planted, "tier C030 \"逾期不整改\""), found.span().line());
    assertTrue(found.message().startsWith("罚则条款规定此情形下应当对单位主要负责人、直接责任人员分别处罚款，"
        + "阶次 C030「逾期不整改」 却没有对直接责任人员处罚款（"), found.message());
  }

  /** The statute typed wrong (3万 for 1万): every tier would be weighed against the wrong range. */
  @Test
  void aStatuteAmountTheArticleDoesNotState() {
    int violation = beijing.indexOf("violation C05847 ");
    int statute = beijing.indexOf("    statute {\n      fine unit 1万..3万\n", violation);
    assertTrue(violation > 0 && statute > violation);
    String planted = beijing.substring(0, statute)
        + beijing.substring(statute).replaceFirst("fine unit 1万\\.\\.3万", "fine unit 1.5万..3万");
    List<Diagnostic> found = compile(planted).stream().filter(d -> d.check().equals("statute-text")).toList();
    assertEquals(1, found.size(), compile(planted).toString());
    assertEquals("warning", found.get(0).severity().label());
    assertEquals(line(planted, "fine unit 1.5万..3万"), found.get(0).span().line());
    assertEquals("罚则（statute）写有金额 1.5万元，罚则条款及所引条文第二十五条、第十六条的原文中没有（原文中的金额：500元、1000元、1万元、3万元）；"
        + "请按罚则条款核对法定幅度", found.get(0).message());
  }

  @Test
  void aMissingTier() {
    String planted = replaceOnce("    tier B030 \"个人设置\" when setter == individual {",
        "    tier B030 \"个人设置\" when setter == individual and not harm {");
    Diagnostic found = only(planted, "gap");
    assertEquals(line(planted, "violation C05837"), found.span().line());
    assertEquals(13, found.span().column());
    assertEquals("违法行为 C05837 没有任何情节适用：设置主体 = 个人设置，造成危害后果 = 是；请补充阶次或 otherwise 阶次",
        found.message());
  }

  @Test
  void twoOverlappingTiers() {
    String planted = replaceOnce("tier B020 \"造成危害后果\" when harm {", "tier B020 \"造成危害后果\" when harm or not harm {");
    Diagnostic found = only(planted, "overlap");
    assertEquals(line(planted, "tier B020 \"造成危害后果\" when harm or"), found.span().line());
    assertEquals(10, found.span().column());
    assertEquals("阶次 B010「尚未造成危害后果」 与 B020「造成危害后果」 可能同时适用，例如：造成危害后果 = 否；"
        + "请修改条件，或用 priority 指明优先适用的阶次", found.message());
  }

  @Test
  void anArticleThatDoesNotExist() {
    String planted = replaceOnce("    basis art22\n", "    basis art32\n");
    Diagnostic found = only(planted, "unknown-article");
    assertEquals(line(planted, "basis art32"), found.span().line());
    assertEquals(11, found.span().column());
    assertEquals("法规 image 中没有条款 art32", found.message());
  }

  @Test
  void anAmountInTheTextThatDiffersFromTheStructuredOne() {
    String planted = replaceOnce("text \"责令拆除；对个人处500元以上1000元以下的罚款。\"",
        "text \"责令拆除；对个人处500元以上2000元以下的罚款。\"");
    List<Diagnostic> found = compile(planted);
    assertEquals(2, found.size(), found.toString());
    for (Diagnostic diagnostic : found) {
      assertEquals("text-mismatch", diagnostic.check());
      assertEquals("warning", diagnostic.severity().label());
      assertEquals(line(planted, "500元以上2000元以下的罚款"), diagnostic.span().line());
      assertEquals(12, diagnostic.span().column());
    }
    assertEquals("阶次 B030「个人设置」 的裁量基准原文写有金额 2000元，结构化的处罚中没有（结构化处罚中的金额：500元、1000元）",
        found.get(0).message());
  }

  @Test
  void aDutyArticleListedTwice() {
    String planted = replaceOnce("    duty art7\n", "    duty art7, art7\n");
    Diagnostic found = only(planted, "duplicate-article");
    assertEquals(Severity.WARNING, found.severity());
    assertEquals(line(planted, "duty art7, art7"), found.span().line());
    assertEquals(16, found.span().column(), "the second occurrence");
    assertEquals("条款 art7（第七条）已列为本违法行为的依据，不必重复", found.message());
  }

  @Test
  void aDutyArticleThatIsAlsoThePenaltyArticle() {
    String planted = replaceOnce("    duty art7\n", "    duty art21\n");
    Diagnostic found = only(planted, "duplicate-article");
    assertEquals(line(planted, "duty art21"), found.span().line());
    assertEquals(10, found.span().column());
  }

  @Test
  void aRepeatedArticleIsCitedOnce() {
    String planted = replaceOnce("    basis art21\n    duty art7\n", "    basis art21\n    duty art21, art7, art7\n");
    Compilation compilation =
        StandardCompiler.compileSources(List.of(new SourceFile("beijing.cailiang", planted), general));
    Decision decision = Interpreter.standards(compilation.standards())
        .evaluate("C05837", Map.of("setter", "individual", "harm", "false"));
    assertTrue(decision.explain().startsWith(
        "C05837B030（个人设置）：违反《北京市公共安全图像信息系统管理办法》第七条的规定，依据《北京市公共安全图像信息系统管理办法》第二十一条，"), decision.explain());
    assertEquals(2, decision.citations().size());
  }

  private static String replaceOnce(String from, String to) {
    int at = beijing.indexOf(from);
    assertTrue(at >= 0 && beijing.indexOf(from, at + 1) < 0, "plant site must be unique: " + from);
    return beijing.substring(0, at) + to + beijing.substring(at + from.length());
  }

  /**
   * The diagnostics but the notes that a 规章's fine limit was not checked (Beijing declares no
   * {@code fine-limit}): a planted mistake must show up alone.
   */
  private static List<Diagnostic> compile(String source) {
    return StandardCompiler.compileSources(List.of(new SourceFile("beijing.cailiang", source), general))
        .diagnostics().stream().filter(d -> !d.check().equals("fine-limit-undeclared")).toList();
  }

  private static Diagnostic only(String source, String check) {
    List<Diagnostic> found = compile(source);
    assertEquals(1, found.size(), found.toString());
    assertEquals(check, found.get(0).check());
    return found.get(0);
  }

  private static int line(String source, String text) {
    int at = source.indexOf(text);
    assertTrue(at >= 0, text);
    return (int) source.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }
}
