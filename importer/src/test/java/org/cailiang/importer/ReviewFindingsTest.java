package org.cailiang.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.cailiang.dsl.diag.Severity;
import org.cailiang.dsl.Compilation;
import org.cailiang.dsl.StandardCompiler;
import org.cailiang.dsl.diag.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The drafting findings of the outside review of the importer (issue 16), each on the review's
 * own reproduction file (src/test/resources/review) or a table built here.
 */
class ReviewFindingsTest {
  private static final Path REVIEW = Path.of("src/test/resources/review");
  private static final String HEADER = "违反《某市管理办法》处罚裁量基准\n编码,违法行为,法律依据,违法情节,裁量基准\n";

  @TempDir
  Path dir;

  private static Importer.Result review(String name) throws Exception {
    return Importer.importFile(REVIEW.resolve(name), name, "d.cailiang", Progress.NONE);
  }

  private Importer.Result csv(String text) throws Exception {
    Path file = dir.resolve("t.csv");
    Files.writeString(file, text);
    return Importer.importFile(file, "t.csv", "d.cailiang", Progress.NONE);
  }

  private static long count(String text, String part) {
    return text.lines().filter(l -> l.contains(part)).count();
  }

  /**
   * Hostile check: a U+202E in a cell stood raw in the draft's comments and strings ("Trojan
   * Source"). Strings write it as the language's escape, comments show it; it parses back.
   */
  @Test
  void invisibleCharactersOfACellAreEscapedInTheDraft() throws Exception {
    Importer.Result result = csv(HEADER
        + "C00001A010,擅自\u202E经营,第一条 违反本办法的，处一千元以下罚款。,一般,处500元以下\u200B罚款。\n");
    String draft = result.source();
    assertFalse(draft.contains("\u202E") || draft.contains("\u200B"), draft);
    assertTrue(draft.contains("擅自\\u{202E}经营"), draft);
    Compilation again = StandardCompiler.compileSources(List.of(new SourceFile("d.cailiang", draft)));
    assertTrue(again.standards().get(0).violations().get(0).title().contains("\u202E"),
        "the escape stands for the character");
  }

  /**
   * Legal author (安全生产法第九十七条): the article opens with 生产经营单位, the violation names
   * 安全生产管理人员; the fines were drafted on a party 管理人, found inside 管理人员. The unit the
   * statute names its own way is the unit; 管理人 stands only as a word of its own.
   */
  @Test
  void aUnitNamedItsOwnWayIsTheUnitAndAPartyIsNotFoundInsideAWord() throws Exception {
    String draft = csv(HEADER + "A09701A010,未按照规定配备安全生产管理人员,"
        + "第九十七条 生产经营单位有下列行为之一的，责令限期改正，处十万元以下的罚款。,一般,处1万元以上3万元以下罚款\n")
        .source();
    assertTrue(draft.contains("party unit \"单位\""), draft);
    assertFalse(draft.contains("管理人\""), draft);
    assertTrue(draft.contains("fine unit ..10万"), draft);
    assertEquals("单位", Parties.subject("用人单位违反本法规定的，处一万元以下罚款"));
    assertEquals(-1, Parties.wordAt("配备安全生产管理人员", "管理人"));
    assertEquals(2, Parties.wordAt("对其管理人处罚款，管理人员", "管理人"));
  }

  /**
   * Legal author (食品安全法): 第一百二十四条第一款第（五）项, as statutes number items, lost its item
   * (the number was 第一百二十四条第一款, the text began 第（五）项); half-width brackets alike.
   */
  @Test
  void anItemNumberedInBracketsIsPartOfTheArticlesNumber() throws Exception {
    String draft = csv(HEADER
        + "X00001A010,甲行为,第十条第一款第（五）项　违反本法规定的，处一万元以上三万元以下罚款。,一般,处1万元以上3万元以下罚款。\n"
        + "X00002A010,乙行为,第十一条第(五)项 违反本法规定的，处一万元以上三万元以下罚款。,一般,处1万元以上3万元以下罚款。\n")
        .source();
    assertTrue(draft.contains("article art10_1_5 \"第十条第一款第（五）项\" \"违反本法规定的"), draft);
    assertTrue(draft.contains("article art11_5 \"第十一条第(五)项\" \"违反本法规定的"), draft);
  }

  /**
   * Legal author: the notes under a table (注1：…, a cell of their own in Excel, paragraphs in Word)
   * were drafted as violations 1 to 4, with errors that hid every legal check. They are notes.
   */
  @Test
  void notesUnderATableAreNotedNotDrafted() throws Exception {
    Importer.Result result = csv(HEADER
        + "X00001A010,甲行为,第十条 违反本法规定的，处一万元以上三万元以下罚款。,一般,处1万元以上3万元以下罚款。\n"
        + "注1：货值金额按标价计算。,,,,\n"
        + "备注：以上含本数。,,,,\n"
        + "※ 情节特别严重的，依法吊销许可证。,,,,\n");
    String draft = result.source();
    assertEquals(1, count(draft, "violation "), draft);
    assertTrue(draft.contains("// 待核对：第4行是表注，未作为档次导入：「注1：货值金额按标价计算。」"), draft);
    assertTrue(draft.contains("第5行是表注") && draft.contains("第6行是表注"), draft);
    assertFalse(GridSections.isNote("注意事项一览"), "a word that begins with 注");
    assertTrue(GridSections.isNote("说明：以下"));
    assertTrue(GridSections.isNote("注①：以上含本数") && GridSections.isNote("（注）以上含本数"), "hostile re-check");
  }

  /** The same in Word: paragraphs after the table are notes, never rows; none is dropped. */
  @Test
  void paragraphsAfterAWordTableAreNotes() throws Exception {
    Path file = dir.resolve("t.docx");
    try (org.apache.poi.xwpf.usermodel.XWPFDocument document = new org.apache.poi.xwpf.usermodel.XWPFDocument();
        java.io.OutputStream out = Files.newOutputStream(file)) {
      document.createParagraph().createRun().setText("违反《某法》处罚裁量基准");
      org.apache.poi.xwpf.usermodel.XWPFTable table = document.createTable(2, 5);
      List<String> header = List.of("编码", "违法行为", "法律依据", "违法情节", "裁量基准");
      List<String> row = List.of("X00001A010", "甲行为", "第十条 违反本法规定的，处一万元以上三万元以下罚款。", "一般",
          "处1万元以上3万元以下罚款。");
      for (int c = 0; c < 5; c++) {
        table.getRow(0).getCell(c).setText(header.get(c));
        table.getRow(1).getCell(c).setText(row.get(c));
      }
      document.createParagraph().createRun().setText("注1：货值金额按标价计算。");
      document.createParagraph().createRun().setText("本基准由某局负责解释。");
      document.write(out);
    }
    String draft = Importer.importFile(file, "t.docx", "d.cailiang", Progress.NONE).source();
    assertEquals(1, count(draft, "violation "), draft);
    assertTrue(draft.contains("是表注，未作为档次导入：「注1：货值金额按标价计算。」"), draft);
    assertTrue(draft.contains("行起的文字在最后一个表格之后，未导入：「本基准由某局负责解释。」"), draft);
  }

  /** Hostile check: a code cell reading case, tier or when gave a draft that did not parse. */
  @Test
  void aCodeThatIsAKeywordIsRewritten() throws Exception {
    Importer.Result result = csv(HEADER
        + "case,甲行为,第十条 违反本法规定的，处一万元以上三万元以下罚款。,一般,处1万元以上3万元以下罚款。\n"
        + "when,乙行为,第十条 违反本法规定的，处一万元以上三万元以下罚款。,一般,处1万元以上3万元以下罚款。\n");
    String draft = result.source();
    assertTrue(draft.contains("violation Ccase \"甲行为\"") && draft.contains("violation Cwhen \"乙行为\""), draft);
    assertTrue(draft.contains("编码「case」是本语言的关键字，已改写为 CcaseT3"), draft);
    Compilation again = StandardCompiler.compileSources(List.of(new SourceFile("d.cailiang", draft)));
    assertTrue(again.diagnostics().stream().noneMatch(d -> d.check().equals("syntax")), again.render());
  }

  /**
   * Legal re-review: 没收违法所得，并处罚款；情节严重的，吊销许可证 drafted the confiscation and the fine
   * as not applying in the serious case; a clause of the same kind for the same party replaces the
   * opening's, a clause of failing to comply takes its place whatever it holds.
   */
  @Test
  void aSeriousClauseAddsToTheOpeningUnlessItReplacesAKind() throws Exception {
    String article = "第十条 违反本法规定的，没收违法所得，对单位处一万元以上五万元以下罚款；情节严重的，"
        + "对单位处五万元以上十万元以下罚款，吊销许可证。";
    String draft = csv(HEADER
        + "A00001A010,甲行为," + article + ",一般,没收违法所得，对单位处1万元以上5万元以下罚款。\n"
        + "A00001A020,,,情节严重,没收违法所得，对单位处5万元以上10万元以下罚款，吊销许可证。\n").source();
    String statute = draft.substring(draft.indexOf("statute {"), draft.indexOf("}", draft.indexOf("statute {")));
    assertTrue(statute.contains("confiscate \"违法所得\"\n"), statute);
    assertTrue(statute.contains("fine unit 1万..5万 when circumstance != a020"), statute);
    assertTrue(statute.contains("fine unit 5万..10万 when circumstance == a020"), statute);
    assertTrue(statute.contains("licence revoke \"许可证\" when circumstance == a020"), statute);
    Compilation compiled = StandardCompiler.compileSources(List.of(new SourceFile("d.cailiang", draft)));
    assertTrue(compiled.diagnostics().stream().noneMatch(d -> d.severity() == Severity.ERROR),
        compiled.render());

    assertTrue(draft.contains("罚则条款「情节严重的，…」一句按在前面的处罚之外另加起草"), draft);

    // Re-check: 处警告；情节严重的，处二百元以下罚款 imposes anew: the warning is not the serious case's.
    String anew = csv(HEADER + "A00006A010,己行为,第三十条 违反本法规定的，对个人处警告；情节严重的，处二百元以下罚款。,一般,处警告。\n"
        + "A00006A020,,,情节严重,处二百元以下罚款。\n").source();
    assertTrue(anew.contains("warning when circumstance != a020"), anew);
    // 并处 or a bare 吊销 adds: the opening's fine stays.
    String adds = csv(HEADER + "A00007A010,庚行为,第三十一条 违反本法规定的，没收违法所得，对单位处一万元以上五万元以下罚款；"
        + "情节严重的，吊销许可证。,一般,没收违法所得，对单位处1万元以上5万元以下罚款。\n"
        + "A00007A020,,,情节严重,没收违法所得，对单位处1万元以上5万元以下罚款，吊销许可证。\n").source();
    assertTrue(adds.contains("      fine unit 1万..5万\n"), adds);
    assertTrue(adds.contains("一句按在前面的处罚之外另加起草"), adds);
    // ... unless the table's rows of that circumstance leave the opening's sanction out.
    String table = csv(HEADER + "A00008A010,辛行为,第三十二条 违反本法规定的，责令改正，给予通报批评；情节严重的，责令停产停业。,一般,"
        + "责令改正，给予通报批评。\nA00008A020,,,情节严重,责令改正，责令停产停业。\n").source();
    assertTrue(table.contains("      criticism when circumstance != a020\n"), table);
    assertTrue(table.contains("      order \"责令改正\"\n"), table);

    // Re-check: a serious clause fining other persons (对…处) leaves the unit's sanctions; 没收违法所得
    // beside other goods never gives way; a table of only 拒不改正 rows is no row of the opening.
    String persons = csv(HEADER + "A00009A010,壬行为,第三十三条 违反本法规定的，没收违法所得和非法财物，责令停产停业，并处五万元以上五十万元以下罚款；"
        + "情节严重的，对单位直接负责的主管人员和其他直接责任人员处一万元以上五万元以下罚款。,一般,没收违法所得和非法财物，责令停产停业，并处5万元以上50万元以下罚款。\n"
        + "A00009A020,,,情节严重,没收违法所得和非法财物，责令停产停业，并处5万元以上50万元以下罚款，对单位直接负责的主管人员和其他直接责任人员处1万元以上5万元以下罚款。\n").source();
    assertTrue(persons.contains("      suspension \"责令停产停业\"\n"), persons);
    assertTrue(persons.contains("      confiscate \"违法所得和非法财物\"\n"), persons);
    String refused = csv(HEADER + "A00010A010,癸行为,第三十四条 违反本法规定的，责令改正，给予警告；拒不改正的，处一万元以上五万元以下罚款。,"
        + "拒不改正，情节较轻,处1万元以上3万元以下罚款。\nA00010A020,,,拒不改正，情节严重,处3万元以上5万元以下罚款。\n").source();
    assertTrue(refused.contains("warning when circumstance not in {a010, a020}"), refused);
    assertTrue(refused.contains("表中各档都是罚则条款中逾期不改正、拒不改正一类的情形"), refused);

    String overdue = csv(HEADER + "A00002A010,乙行为,第十一条 违反本法规定的，责令限期改正，给予警告；逾期不改正的，"
        + "对单位处一万元以上三万元以下罚款。,一般,责令限期改正，给予警告。\n"
        + "A00002A020,,,逾期不改正,对单位处1万元以上3万元以下罚款。\n").source();
    assertTrue(overdue.contains("warning when circumstance != a020"), overdue);
    assertTrue(overdue.contains("fine unit 1万..3万 when circumstance == a020"), overdue);

    // Legal author: a clause whose condition matched no tier was marked 按无条件起草 above a line
    // with a condition.
    String unmatched = csv(HEADER + "A00003A010,丙行为,第十二条 违反本法规定的，没收违法所得；违法所得十万元以上的，"
        + "并处违法所得二倍以上五倍以下罚款；情节严重的，处五万元以上十万元以下罚款。,一般,没收违法所得。\n"
        + "A00003A020,,,情节严重,没收违法所得，处5万元以上10万元以下罚款。\n").source();
    assertTrue(unmatched.contains("「违法所得十万元以上」对应不到任何一档的情节"), unmatched);
    assertTrue(unmatched.contains("fine party 2..5 times income\n"), unmatched);
  }

  /** Legal author (消防法第六十条): the second paragraph's fines, cited second, became a duty silently. */
  @Test
  void aSecondArticleWithSanctionsIsMarked() throws Exception {
    String draft = csv(HEADER + "A00004A010,丁行为,\"第六十条第一款 单位违反本法规定的，处五千元以上五万元以下罚款。"
        + "\n第六十条第二款 个人有前款规定行为的，处警告或者五百元以下罚款。\",一般,处五千元以上五万元以下罚款。\n").source();
    assertTrue(draft.contains("法律依据中的「第六十条第二款」也写有处罚，按义务条款（duty）起草"), draft);
    // On one line: the second paragraph was read as the first's text.
    String oneLine = csv(HEADER + "A00005A010,戊行为,第六十条第一款 单位违反本法规定的，处五千元以上五万元以下罚款。"
        + "第六十条第二款 个人有前款规定行为的，处警告或者五百元以下罚款。,一般,处五千元以上五万元以下罚款。\n").source();
    assertTrue(oneLine.contains("article art60_2 \"第六十条第二款\" \"个人有前款规定行为的，处警告或者五百元以下罚款。\""), oneLine);
    assertTrue(oneLine.contains("article art60_1 \"第六十条第一款\" \"单位违反本法规定的，处五千元以上五万元以下罚款。\""), oneLine);
  }

  /** Final re-check (消防法第六十条): the 个人 row's fine, its text naming no party, was the unit's. */
  @Test
  void aRowNamingItsPartyFinesThatParty() throws Exception {
    String draft = csv(HEADER + "G00002A010,占用消防通道,第六十条 单位违反本法规定，有下列行为之一的，责令改正，处五千元以上五万元以下罚款；"
        + "个人有前款第二项、第三项、第四项、第五项行为之一的，处警告或者五百元以下罚款。,单位,责令改正，处5000元以上5万元以下罚款。\n"
        + "G00002A020,,,个人,责令改正，处警告或者500元以下罚款。\n").source();
    String tier = draft.substring(draft.indexOf("tier A020"));
    assertTrue(tier.contains("either warning or fine individual ..500"), tier);
    Compilation compiled = StandardCompiler.compileSources(List.of(new SourceFile("d.cailiang", draft)));
    assertTrue(compiled.diagnostics().stream().noneMatch(d -> d.severity() == Severity.ERROR), compiled.render());
  }

  /** Final re-check (治安管理处罚法第三十二条): the 罚则's detention makes the table's unnamed fines a person's. */
  @Test
  void aPersonsStatuteMakesTheTablesFinesAPersons() throws Exception {
    String draft = csv(HEADER + "B00001A010,非法携带管制器具,第三十二条 非法携带枪支、弹药或者弩、匕首等国家规定的管制器具的，"
        + "处五日以下拘留，可以并处五百元以下罚款；情节较轻的，处警告或者二百元以下罚款。,情节较轻,处警告或者二百元以下罚款。\n"
        + "B00001A020,,,一般,处五日以下拘留，可以并处五百元以下罚款。\n").source();
    assertTrue(draft.contains("either warning or fine individual ..200\n"), draft);
    assertFalse(draft.contains("fine party"), draft);
    Compilation compiled = StandardCompiler.compileSources(List.of(new SourceFile("d.cailiang", draft)));
    assertTrue(compiled.diagnostics().stream().noneMatch(d -> d.severity() == Severity.ERROR), compiled.render());
  }

  @Test
  void kindsOfASanction() {
    assertEquals(Set.of("fine:unit", "fine:principal"), DraftBuilder.kinds("optional fine unit, principal each 500..1000"));
    assertEquals(Set.of("detain:individual", "fine:individual"),
        DraftBuilder.kinds("either detain individual ..5 days or fine individual ..500"));
    assertEquals(Set.of("fine:party"), DraftBuilder.kinds("fine party 1..3 times income"));
    assertEquals(Set.of("order \"责令改正\""), DraftBuilder.kinds("order \"责令改正\""));
    assertEquals(Set.of("fine:unit"), DraftBuilder.kinds("fine unit .."), "a range opening with ..");
    assertEquals(Set.of(), DraftBuilder.kinds("fine 500"), "no party");
    assertTrue(DraftBuilder.overlap(Set.of("fine:unit"), Set.of("fine:unit", "warning")));
    assertTrue(DraftBuilder.overlap(Set.of("fine:party"), Set.of("fine:unit")), "party is whoever is fined");
    assertTrue(DraftBuilder.overlap(Set.of("fine:unit"), Set.of("fine:party")));
    assertFalse(DraftBuilder.overlap(Set.of("fine:unit"), Set.of("fine:principal")));
    assertFalse(DraftBuilder.overlap(Set.of("detain:party"), Set.of("fine:unit")), "another kind");
    assertFalse(DraftBuilder.overlap(Set.of("warning"), Set.of("warning x")));
    assertFalse(DraftBuilder.overlap(Set.of("confiscate \"违法所得\""), Set.of("confiscate \"非法财物\"")));
  }

  // Finding 6: 或者 across detention and fine, one party; 不予行政处罚; verbatim quotes.
  @Test
  void detentionOrFineIsOneChoiceOnOneParty() throws Exception {
    String draft = review("i08_modal.csv").source();
    assertTrue(draft.contains("""
        tier A010 "一般" when circumstance == a010 {
              either detain individual ..5 days or fine individual ..500
        """), draft);
    assertTrue(draft.contains("either detain individual ..5 days or fine individual ..500 when circumstance != a020"),
        draft);
    assertFalse(draft.contains("fine party ..500"), draft); // not a second party for the same fine
  }

  @Test
  void noPenaltyIsDraftedAsExemptAskingForItsBasis() throws Exception {
    String draft = review("i08_modal.csv").source();
    assertTrue(draft.contains("""
              // 待核对：「不予行政处罚」：请写明不予处罚的法律依据（exempt "…" basis 条款，如《行政处罚法》第三十三条）
              exempt "不予行政处罚"
        """), draft);
    assertFalse(draft.contains("不予行政罚"), draft);
  }

  @Test
  void whatIsNotReadIsQuotedVerbatim() {
    SanctionReader.Reading reading = new SanctionReader(new Parties(), "当事人").read("处以依情节酌定的处理", false);
    assertEquals(List.of("未能识别「处以依情节酌定的处理」，原文保留在 text 中，请手工补写"), reading.doubts());
  }

  // Finding 12: a referral in the 罚则 is a violation-level reminder, not a statute clause.
  @Test
  void referralsOfThePenaltyArticleAreRemindersBesideTheViolation() throws Exception {
    String draft = csv(HEADER + "A0001B010,擅自施工,第一条  违反本办法的，对单位处1000元以上5000元以下罚款；"
        + "构成犯罪的，依法追究刑事责任。,一般,对单位处1000元以上5000元以下罚款\n").source();
    assertTrue(draft.contains("    statute {\n      fine unit 1000..5000\n    }\n"
        + "    refer beside \"构成犯罪的，依法追究刑事责任\"\n    tier B010"), draft);
    // the seed: C05840..C05846 and C05847 have their referrals beside, their tiers keep theirs
    String seed = SeedImportTest.importSeed().source();
    assertEquals(4, count(seed, "    refer beside \""));
    assertEquals(4, count(seed, "      refer \""));
  }

  // Finding 13: the draft says that no level is declared, and how to declare one.
  @Test
  void everyRegulationAsksForItsLevel() throws Exception {
    String seed = SeedImportTest.importSeed().source();
    assertEquals(2, count(seed, "// 待核对：本法规的位阶未知，未声明 level 时不作位阶审查（detention-level、licence-level、"
        + "fine-limit）：请在 regulation 块中写 level 法律、行政法规、地方性法规、部门规章 或 地方政府规章"));
    assertFalse(seed.contains("\n  level "), "the level is not guessed");
  }

  // Finding 14: a stray cell in the text export is noted, and the rows below stay aligned.
  @Test
  void aStrayCellIsNotedAndTheRowsBelowStayAligned() throws Exception {
    Importer.Result result = review("o01_extra_cell.txt");
    assertTrue(result.source().contains("// 待核对：o01_extra_cell.txt:53:1: 第53行有6个单元格，表头有5个："
        + "多出的单元格「多余的单元格」未导入，其余按列对齐，请核对；下一行从编码处重新对齐"), result.source());
    assertEquals(0, result.compilation().count(Severity.ERROR), result.compilation().render());
    assertEquals(ModelSanctions.byCode(SeedImportTest.importSeed().compilation().standards().get(0)),
        ModelSanctions.byCode(result.compilation().standards().get(0)));
  }

  // Finding 31: cells beyond the header's are named, not dropped silently.
  @Test
  void extraCsvCellsAreNoted() throws Exception {
    String draft = csv(HEADER + "A0001B010,擅自施工,第一条  违反的，对单位处1000元罚款。,一般,对单位处1000元罚款,多余\n")
        .source();
    assertTrue(draft.contains("// 待核对：第3行有6个单元格，表头有5个：多出的单元格未导入（「多余」）"), draft);
  }

  // Finding 15: a range written backwards and a repeated code are marked.
  @Test
  void aBackwardsRangeIsMarked() throws Exception {
    String draft = review("i03_backrange.csv").source();
    assertTrue(draft.contains("// 待核对：编码范围「X00005A010-X00001A010」不是有效的范围：起点大于终点（两端写反了？）；"
        + "按原样起草为 X00005..X00001，请改正"), draft);
  }

  @Test
  void aRepeatedCodeIsLeftOutAndQuoted() throws Exception {
    Importer.Result result = review("i09_dupcode.csv");
    assertTrue(result.source().contains("// 待核对：第4行的编码「X00001A010」与第3行重复，该行未起草：「X00001A010」「某行为」"),
        result.source());
    assertEquals(1, count(result.source(), "violation X00001 "));
    assertFalse(result.compilation().hasErrors(), result.compilation().render());
  }

  // Finding 27: a table written all in Arabic numerals is consistent.
  @Test
  void onlyTheMinorityOfMixedArticleNumbersIsMarked() throws Exception {
    String rows = "A0001B010,擅自施工,第1条  违反的，对单位处1000元罚款。,一般,对单位处1000元罚款\n"
        + "A0002B010,擅自拆除,第2条  违反的，对单位处2000元罚款。,一般,对单位处2000元罚款\n";
    assertFalse(csv(HEADER + rows).source().contains("写法不一致"));
    String mixed = csv(HEADER + rows + "A0003B010,擅自改建,第三条  违反的，对单位处3000元罚款。,一般,对单位处3000元罚款\n")
        .source();
    assertTrue(mixed.contains("// 待核对：条号「第三条」用汉字书写，与本表其他 2 个条号（阿拉伯数字）的写法不一致，请核对"),
        mixed);
    assertEquals(1, count(mixed, "写法不一致"));
  }
}
