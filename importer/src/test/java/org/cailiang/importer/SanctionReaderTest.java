package org.cailiang.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each kind of sanction the official texts write, read into the language's notation. */
class SanctionReaderTest {
  private static SanctionReader.Reading read(String text) {
    return new SanctionReader(new Parties(), "当事人").read(text, false);
  }

  private static List<String> sanctions(String text) {
    return read(text).sanctions().stream().map(SanctionReader.Found::notation).toList();
  }

  @Test
  void warningsOrdersAndFinesPerParty() {
    assertEquals(List.of("order \"责令限期整改\"", "warning"), sanctions("责令限期整改并予以警告"));
    assertEquals(List.of("order \"责令改正\"", "fine unit 1万..2万", "fine principal, direct each 500..1000"),
        sanctions("责令改正，并对单位处1万元以上2万元以下罚款，对单位主要负责人、直接责任人员分别处500元以上1000元以下罚款。"));
  }

  /** Hostile re-check: a cell of ",000" ten thousand times took over two minutes. */
  @Test
  void anOverlongClauseIsNotReadButSaid() {
    SanctionReader reader = new SanctionReader(new Parties(), "当事人");
    SanctionReader.Reading reading = reader.read("对单位处" + ",000".repeat(10_000) + "元罚款", false);
    assertEquals(List.of(), reading.sanctions());
    assertTrue(reading.doubts().get(0).startsWith("分句过长（"), reading.doubts().toString());
    assertEquals(1, reader.read("甲".repeat(1950) + "，对单位处1万元以下罚款", false).sanctions().size(), "within the limit: read");
  }

  @Test
  void upperOnlyLowerOnlyAndFixedAmounts() {
    assertEquals(List.of("fine unit ..500"), sanctions("对单位处500元以下罚款"));
    assertEquals(List.of("fine unit 1万.."), sanctions("对单位处1万元以上罚款"));
    assertEquals(List.of("fine individual 200"), sanctions("对个人处200元罚款"));
    assertEquals(List.of("fine individual 200..500"), sanctions("对个人处二百元至五百元罚款"));
    // Hostile check: 1-3万元 was drafted as 1元..3万, 2,000元 as 0.
    assertEquals(List.of("fine unit 1万..3万"), sanctions("对单位处1-3万元罚款"));
    assertEquals(List.of("fine unit 1万..3万"), sanctions("对单位处一至三万元罚款"));
    assertEquals(List.of("fine unit 500..1万"), sanctions("对单位处500至1万元罚款"));
    assertEquals(List.of("fine unit 3000..5000"), sanctions("对单位处三至五千元罚款"));
    assertEquals(List.of("fine unit 2000..5000"), sanctions("对单位处2,000元以上5,000元以下罚款"));
  }

  @Test
  void multiplesAndPercentagesOfIncome() {
    SanctionReader.Reading reading = read("没收违法所得，并处违法所得1倍以上3倍以下的罚款");
    assertEquals(List.of("confiscate \"违法所得\"", "fine party 1..3 times income"),
        reading.sanctions().stream().map(SanctionReader.Found::notation).toList());
    assertEquals(List.of("income"), reading.sanctions().get(1).bases());
    assertEquals(List.of(), reading.sanctions().get(0).bases());
    assertEquals(List.of("fine unit 30%..50% of income"),
        sanctions("对单位处违法所得百分之三十以上百分之五十以下的罚款"));
  }

  /** Hostile check: 不超过一万元 was drafted as a fixed 1万, 二〇〇〇元 as 0. */
  @Test
  void anUpperLimitWrittenBeforeTheAmountAndDigitsPlaceByPlace() {
    assertEquals(List.of("fine unit ..1万"), sanctions("对单位处不超过一万元的罚款"));
    assertEquals(List.of("fine unit ..5000"), sanctions("对单位处最高不超过五千元的罚款"));
    assertEquals(List.of("fine unit 2000..5000"), sanctions("对单位处二〇〇〇元以上五〇〇〇元以下罚款"));
    // Legal re-review: 不超过违法所得三倍 was drafted as a fixed 3 times.
    assertEquals(List.of("fine party ..3 times income"), sanctions("处不超过违法所得三倍的罚款"));
    assertEquals(List.of("fine party ..50% of income"), sanctions("处不超过违法所得百分之五十的罚款"));
    assertEquals(List.of(), sanctions("处不超过一万元以上的罚款").stream().filter(n -> n.contains("..1万")).toList(),
        "a limit on a range is no limit: left unread");
  }

  /**
   * Legal re-review: 零点五万元 was drafted as 5万 (the numeral before 点 was not one the reader
   * knew, so it started at 五), 不少于五千元 as a fixed 5000.
   */
  @Test
  void aLeadingZeroAndALowerLimitWrittenBeforeTheAmount() {
    assertEquals(List.of("fine unit 5000"), sanctions("对单位处零点五万元罚款"));
    assertEquals(List.of("fine unit 5000..1万"), sanctions("对单位处〇点五万元以上一万元以下罚款"));
    assertEquals(List.of("fine unit 5000.."), sanctions("对单位处不少于五千元的罚款"));
    assertEquals(List.of("fine unit 1万.."), sanctions("对单位处最低不低于1万元的罚款"));
    assertEquals(List.of("fine party 1.. times income"), sanctions("处不低于违法所得一倍的罚款"));
    // Re-check: what check reads, import reads too.
    assertEquals(List.of("fine unit 1万"), sanctions("对单位处10 000元罚款"));
    assertEquals(List.of("fine unit 1万"), sanctions("对单位处10\u00A0000元罚款"));
    assertEquals(List.of("fine unit 20万..30万"), sanctions("对单位处廿万元以上卅万元以下罚款"));
    assertEquals(List.of(), sanctions("处不少于一万元以下的罚款").stream().filter(n -> n.contains("1万..")).toList(),
        "a limit on a range is no limit: left unread");
  }

  /** Final re-check (食品安全法): 直至吊销许可证 is the heaviest the authority may go to. */
  @Test
  void upToARevocationIsOptional() {
    SanctionReader.Reading reading = read("责令停产停业，直至吊销许可证");
    assertEquals(List.of("suspension \"责令停产停业\"", "optional licence revoke \"许可证\""),
        reading.sanctions().stream().map(SanctionReader.Found::notation).toList());
    assertEquals(List.of(), reading.doubts());
  }

  /** Legal author (食品安全法): multiples of 货值金额 and the like were not read, only of 违法所得. */
  @Test
  void multiplesOfOtherBases() {
    SanctionReader.Reading reading = read("货值金额一万元以上的，并处货值金额十倍以上二十倍以下罚款");
    assertEquals(List.of("fine party 10..20 times goods_value"),
        reading.sanctions().stream().map(SanctionReader.Found::notation).toList());
    assertEquals(List.of("goods_value"), reading.sanctions().get(0).bases());
    assertEquals(List.of("fine unit 1..5 times turnover"), sanctions("对单位处违法经营额一倍以上五倍以下罚款"));
    assertEquals(List.of("either warning or fine party 1..2 times sales"), sanctions("处警告或者销售额一倍以上二倍以下罚款"));
    assertEquals(List.of("sales"), read("处警告或者销售额一倍以上二倍以下罚款").sanctions().get(0).bases(),
        "the base of the second option of a choice");
  }

  @Test
  void optionalAlternativeDetentionLicenceAndSuspension() {
    assertEquals(List.of("order \"责令改正\"", "optional fine party 500..1000"),
        sanctions("责令改正，并可处500元以上1000元以下的罚款"));
    assertEquals(List.of("either warning or fine individual ..500"), sanctions("对个人处警告或者500元以下罚款"));
    assertEquals(List.of("detain individual 5..10 days"), sanctions("处五日以上十日以下拘留"));
    assertEquals(List.of("licence revoke \"许可证\""), sanctions("吊销许可证"));
    assertEquals(List.of("suspension \"责令停产停业\""), sanctions("责令停产停业"));
    assertEquals(List.of("criticism"), sanctions("通报批评"));
  }

  /** The legal author's 安全生产法 and 消防法 articles, each misread before. */
  @Test
  void staffListedWithoutFenbieAreEachFined() {
    SanctionReader.Reading reading = read("对其直接负责的主管人员和其他直接责任人员处二万元以上五万元以下的罚款");
    assertEquals(List.of("fine supervisor, otherDirect each 2万..5万"),
        reading.sanctions().stream().map(SanctionReader.Found::notation).toList());
    assertTrue(reading.doubts().stream().anyMatch(d -> d.contains("未写“分别”")), reading.doubts().toString());
    assertEquals(List.of("fine unit, individual 500"), sanctions("对单位、个人处500元罚款"),
        "a unit or a person: whichever is the party, not each");
  }

  @Test
  void theSubjectOfAnArticlesSentenceIsTheFinedParty() {
    SanctionReader reader = new SanctionReader(new Parties(), "个人");
    SanctionReader.Reading reading = reader.read("单位违反本法规定，有下列行为之一的，责令改正，处五千元以上五万元以下罚款："
        + "（一）甲；（二）乙。个人有前款第二项行为之一的，处警告或者五百元以下罚款。", true);
    List<String> notations = reading.sanctions().stream().map(SanctionReader.Found::notation).toList();
    assertTrue(notations.contains("fine unit 5000..5万"), notations.toString());
    assertTrue(notations.contains("either warning or fine individual ..500"), notations.toString());
    assertTrue(reading.doubts().stream().noneMatch(d -> d.contains("未写明对象")), reading.doubts().toString());
  }

  @Test
  void aRefusedOrderIsAConditionAndAReferralStopsBeforeItsList() {
    SanctionReader.Reading reading = read("责令限期改正；经责令改正拒不改正的，强制执行");
    assertEquals(List.of("order \"责令限期改正\""),
        reading.sanctions().stream().map(SanctionReader.Found::notation).toList());
    assertTrue(reading.doubts().stream().anyMatch(d -> d.contains("强制执行")), reading.doubts().toString());
    assertEquals(List.of("refer \"构成犯罪的，依照刑法有关规定追究刑事责任\""),
        sanctions("构成犯罪的，依照刑法有关规定追究刑事责任：（一）生产、经营危险物品的"));
  }

  /** Re-review: 网络安全法（2016）第六十四条第二款 and 公共安全视频图像信息系统管理条例第二十七条第二款. */
  @Test
  void aConditionAmongTheSanctionsAndAnotherAuthoritysSanctionsAreNotMisread() {
    SanctionReader reader = new SanctionReader(new Parties(), "个人");
    SanctionReader.Reading income = reader.read("违反本法第四十四条规定，窃取或者以其他非法方式获取个人信息，尚不构成犯罪的，"
        + "由公安机关没收违法所得，并处违法所得一倍以上十倍以下罚款，没有违法所得的，处一百万元以下罚款。", true);
    List<String> notations = income.sanctions().stream().map(SanctionReader.Found::notation).toList();
    assertTrue(notations.contains("confiscate \"违法所得\""), notations.toString());
    assertTrue(notations.stream().anyMatch(n -> n.endsWith("1..10 times income")), notations.toString());
    SanctionReader.Reading other = reader.read("对违法单位处1万元以上2万元以下罚款，并通报有关主管部门根据情节轻重责令暂停相关业务"
        + "或者停业整顿、吊销相关业务许可或者吊销营业执照。", false);
    assertEquals(List.of("fine unit 1万..2万"),
        other.sanctions().stream().map(SanctionReader.Found::notation).toList());
    assertTrue(other.doubts().stream().anyMatch(d -> d.contains("不是本机关的处罚")), other.doubts().toString());
  }

  @Test
  void amountsAfterTheWordAndFinancialNumerals() {
    assertEquals(List.of("fine unit 5000..1万"), sanctions("对单位处罚款5000元-10000元"));
    assertEquals(List.of("fine unit 5000..1万"), sanctions("对单位处罚款伍仟元以上壹万元以下"));
    assertEquals(List.of("fine unit 5000..1万"), sanctions("对单位处伍仟元以上壹万元以下罚款"));
  }

  @Test
  void referralsKeepTheirWholeClause() {
    assertEquals(List.of("refer \"构成犯罪的，依法追究刑事责任\""), sanctions("构成犯罪的，依法追究刑事责任。"));
  }

  @Test
  void conditionsAreKeptForTheCaller() {
    SanctionReader.Reading reading = read("责令拆除；个人设置的，对个人处500元以上1000元以下的罚款。");
    assertEquals(null, reading.sanctions().get(0).condition());
    assertEquals("个人设置", reading.sanctions().get(1).condition());
  }

  @Test
  void whatIsNotUnderstoodIsReportedNotGuessed() {
    SanctionReader.Reading reading = read("依情节轻重酌情处理");
    assertEquals(List.of(), reading.sanctions());
    assertEquals(List.of("未能识别「依情节轻重酌情处理」，原文保留在 text 中，请手工补写"), reading.doubts());
  }

  @Test
  void theArticlesOffenceIsSkipped() {
    List<String> statute = new SanctionReader(new Parties(), "单位").read(
        "违反本办法第六条的规定，擅自采集图像信息的，由公安机关责令改正，并对单位处1万元以上3万元以下的罚款。", true)
        .sanctions().stream().map(SanctionReader.Found::notation).toList();
    assertEquals(List.of("order \"责令改正\"", "fine unit 1万..3万"), statute);
  }
}
