package golden.features;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.cailiang.runtime.Citation;
import org.cailiang.runtime.Codes;
import org.cailiang.runtime.Decision;
import org.cailiang.runtime.FactChecks;
import org.cailiang.runtime.FactReader;
import org.cailiang.runtime.FactSpec;
import org.cailiang.runtime.Fines;
import org.cailiang.runtime.InvalidFactsException;
import org.cailiang.runtime.Labelled;
import org.cailiang.runtime.MoneyRange;
import org.cailiang.runtime.Sanction;
import org.cailiang.runtime.UnknownCodeException;
import org.cailiang.runtime.Violation;

/**
 * 全部条件形式（F00001..F00003）.
 *
 * <p>违法行为：全部条件形式
 *
 * <p>法律依据：
 * <ul>
 * <li>《测试条例 *&#47; &#47;* &#92;u002a&#92;u002f》第一条（{@link ClassIntLaw#PUBLIC}）：罚则：处违法所得一倍以上三倍以下罚款。*&#47; class X {} &#47;*<br>
 * 路径 C:&#92;users&#92;new 与 &#92;u000a 与 "引号" 与 &lt;script&gt;alert(1)&lt;/script&gt; 与 &#64;author 与 $x
 * <li>《测试条例 *&#47; &#47;* &#92;u002a&#92;u002f》第二条（{@link ClassIntLaw#EXEMPTION}）：违法行为轻微并及时改正，没有造成危害后果的，不予行政处罚。
 * </ul>
 *
 * <p>裁量基准：
 * <ul>
 * <li>A001「关键字取值」：警告 *&#47;
 * <li>A002「标签取值与 in」：
 * <li>A003「金额边界（含）」：违法所得一至三倍
 * <li>A004「not in 与 !=」：
 * <li>A005「择一」：
 * <li>A006「免罚」：
 * <li>A009「其他」：
 * </ul>
 */
@Generated("org.cailiang.generator.JavaGenerator")
public final class F00001_F00003Violation implements Violation {
    private static final String[] CODE_NAMES = Codes.expand("F00001", "F00003");

    private static final List<FactSpec> FACT_SPECS = List.of(
        new FactSpec("kind", "类型", FactSpec.Type.ENUM, List.of(Kind.values())),
        new FactSpec("hashCode", "哈希", FactSpec.Type.BOOL, List.of()),
        new FactSpec("income", "违法所得", FactSpec.Type.AMOUNT, List.of()),
        new FactSpec("count", "人数", FactSpec.Type.INT, List.of()));

    private static final List<Citation> CITATIONS = List.of(ClassIntLaw.PUBLIC, ClassIntLaw.EXEMPTION);

    private static final List<String> TIER_SUFFIXES = List.of("A001", "A002", "A003", "A004", "A005", "A006", "A009");

    private static final F00001_F00003Violation[] INSTANCES = instances();

    /**
     * Every code of this violation, in order: F00001..F00003.
     */
    public static final List<F00001_F00003Violation> CODES = List.of(INSTANCES);

    /**
     * F00001：全部条件形式.
     */
    public static final F00001_F00003Violation F00001 = INSTANCES[0];

    /**
     * F00002：全部条件形式.
     */
    public static final F00001_F00003Violation F00002 = INSTANCES[1];

    /**
     * F00003：全部条件形式.
     */
    public static final F00001_F00003Violation F00003 = INSTANCES[2];

    /**
     * A001（关键字取值）.
     */
    private static final Decision[] TIER_A001 = decisions(
        "A001",
        "关键字取值",
        List.<Sanction>of(
            new Sanction.Warning(false)),
        "警告 */");

    /**
     * A002（标签取值与 in）.
     */
    private static final Decision[] TIER_A002 = decisions(
        "A002",
        "标签取值与 in",
        List.<Sanction>of(
            new Sanction.Criticism(true),
            new Sanction.Order("责令改正"),
            new Sanction.Fine(List.of(ClassParties.UNIT, ClassParties.UNIT_2), true, new MoneyRange(new BigDecimal("0.5"), new BigDecimal("1.25")), null, false)),
        "");

    private static final Sanction TIER_A003_1 = new Sanction.Confiscation("违法所得", false);

    private static final Fines.Multiple TIER_A003_2 = new Fines.Multiple(List.of(ClassParties.UNIT), false, new BigDecimal("1"), new BigDecimal("3"), "违法所得", false, false);

    private static final Fines.Multiple TIER_A003_3 = new Fines.Multiple(List.of(ClassParties.PERSON), false, new BigDecimal("0.30"), new BigDecimal("0.50"), "违法所得", true, true);

    private static final Sanction TIER_A003_4 = new Sanction.LicenceAction(Sanction.LicenceAction.Action.SUSPEND, "许可证", false);

    /**
     * A004（not in 与 !=）.
     */
    private static final Decision[] TIER_A004 = decisions(
        "A004",
        "not in 与 !=",
        List.<Sanction>of(
            new Sanction.Detention(ClassParties.PERSON, 5, 10, false),
            new Sanction.Suspension("责令停产停业", false),
            new Sanction.Referral("构成犯罪的，依法追究刑事责任")),
        "");

    /**
     * A005（择一）.
     */
    private static final Decision[] TIER_A005 = decisions(
        "A005",
        "择一",
        List.<Sanction>of(
            new Sanction.Alternative(List.<Sanction>of(new Sanction.Warning(false), new Sanction.Fine(List.of(ClassParties.PERSON), false, MoneyRange.atMost(500L), null, false), new Sanction.Detention(ClassParties.PERSON, 0, 5, false)), false)),
        "");

    /**
     * A006（免罚）.
     */
    private static final Decision[] TIER_A006 = decisions(
        "A006",
        "免罚",
        List.<Sanction>of(
            new Sanction.NoPenalty("不予处罚", List.of(ClassIntLaw.EXEMPTION))),
        "");

    /**
     * A009（其他）.
     */
    private static final Decision[] TIER_A009 = decisions(
        "A009",
        "其他",
        List.<Sanction>of(
            new Sanction.Warning(false)),
        "");

    private static final BigDecimal AMOUNT_15000 = new BigDecimal("15000");

    private static final BigDecimal AMOUNT_30000 = new BigDecimal("30000");

    private final int index;

    private final String code;

    private final List<String> tierCodes;

    /**
     * The instance for the code at {@code index} of this violation's codes.
     */
    private F00001_F00003Violation(int index, String code) {
        this.index = index;
        this.code = code;
        this.tierCodes = TIER_SUFFIXES.stream().map(code::concat).toList();
    }

    /**
     * One decision of a tier per code of this violation.
     */
    private static Decision[] decisions(String suffix, String circumstance,
            List<Sanction> sanctions, String text) {
        Decision[] decisions = new Decision[CODE_NAMES.length];
        for (int i = 0; i < decisions.length; i++) {
            decisions[i] = new Decision(Class.ID, CODE_NAMES[i] + suffix, circumstance, sanctions, CITATIONS, text);
        }
        return decisions;
    }

    /**
     * One instance per code, in order.
     */
    private static F00001_F00003Violation[] instances() {
        F00001_F00003Violation[] instances = new F00001_F00003Violation[CODE_NAMES.length];
        for (int i = 0; i < instances.length; i++) {
            instances[i] = new F00001_F00003Violation(i, CODE_NAMES[i]);
        }
        return instances;
    }

    /**
     * A003（金额边界（含））.
     */
    private static Decision tierA003(F00001_F00003Violation violation, Facts facts) {
        return new Decision(
                    Class.ID,
                    violation.tierCodes.get(2),
                    "金额边界（含）",
                    List.<Sanction>of(
                        TIER_A003_1,
                        TIER_A003_2.fine(facts.income()),
                        TIER_A003_3.fine(facts.income()),
                        TIER_A003_4),
                    CITATIONS,
                    "违法所得一至三倍");
    }

    /**
     * The decision of the first of these tiers that applies, or null when none does.
     */
    private static Decision decide(F00001_F00003Violation violation, Facts facts) {
        if (facts.kind() == Kind.NEW && !facts.hashCode_()) {
            return TIER_A001[violation.index];
        }
        if ((facts.kind() == Kind.CLASS) && facts.count() >= 3L) {
            return TIER_A002[violation.index];
        }
        if ((facts.income().compareTo(AMOUNT_15000) >= 0 && facts.income().compareTo(AMOUNT_30000) <= 0) || facts.kind() == Kind.FACTS) {
            return tierA003(violation, facts);
        }
        if (!(facts.kind() == Kind.NEW || facts.kind() == Kind.CLASS) && facts.kind() != Kind.FACTS && facts.count() < 2L) {
            return TIER_A004[violation.index];
        }
        if (facts.count() > 100L && facts.count() <= 200L) {
            return TIER_A005[violation.index];
        }
        if (facts.count() > 200L) {
            return TIER_A006[violation.index];
        }
        return null;
    }

    /**
     * Decides a case of 全部条件形式: tiers are tried by priority, then in source order; the first whose condition holds applies, else the {@code otherwise} tier.
     *
     * <ol>
     * <li>A001「关键字取值」 when <code>kind == new and not hashCode</code>
     * <li>A002「标签取值与 in」 when <code>kind in {"类"} and count &gt;= 3</code>
     * <li>A003「金额边界（含）」 when <code>income &gt;= 1.5万 and income &lt;= 3万 or kind == facts</code>
     * <li>A004「not in 与 !=」 when <code>kind not in {new, class} and kind != facts and count &lt; 2</code>
     * <li>A005「择一」 when <code>count &gt; 100 and count &lt;= 200</code>
     * <li>A006「免罚」 when <code>count &gt; 200</code>
     * <li>A009「其他」 otherwise
     * </ol>
     *
     * @param facts the facts of the case
     * @return the decision of the tier that applies; never null
     * @throws InvalidFactsException when the facts are null
     */
    public Decision evaluate(Facts facts) {
        FactChecks.present(facts, code, "facts", "案件事实");
        Decision decision = decide(this, facts);
        if (decision != null) {
            return decision;
        }
        return TIER_A009[this.index];
    }

    @Override
    public Decision evaluate(Map<String, ?> facts) {
        FactReader reader = new FactReader(code, FACT_SPECS, facts);
        return evaluate(new Facts(reader.enumValue(0, Kind.class), reader.bool(1), reader.amount(2), reader.integer(3)));
    }

    /**
     * The instance for one code of this violation.
     *
     * @throws UnknownCodeException when the code is not one of F00001..F00003
     */
    public static F00001_F00003Violation of(String code) {
        for (F00001_F00003Violation instance : INSTANCES) {
            if (instance.code.equals(code)) {
                return instance;
            }
        }
        throw new UnknownCodeException(code, "不属于 F00001..F00003 的编码：" + code);
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String standardId() {
        return Class.ID;
    }

    @Override
    public String title() {
        return "全部条件形式";
    }

    @Override
    public List<FactSpec> facts() {
        return FACT_SPECS;
    }

    @Override
    public List<String> tierCodes() {
        return tierCodes;
    }

    /**
     * 类型（事实 {@code kind} 的取值）.
     */
    public enum Kind implements Labelled {
        /**
         * 新.
         */
        NEW("new", "新"),

        /**
         * 类.
         */
        CLASS("class", "类"),

        /**
         * 事实.
         */
        FACTS("facts", "事实"),

        /**
         * 其他.
         */
        OTHER("other", "其他");

        private final String id;

        private final String label;

        Kind(String id, String label) {
            this.id = id;
            this.label = label;
        }

        /**
         * The value's identifier in the standard's source.
         */
        @Override
        public String id() {
            return id;
        }

        /**
         * The value's official label.
         */
        @Override
        public String label() {
            return label;
        }
    }

    /**
     * The facts of a case of F00001..F00003, the inputs of its decision.
     *
     * @param kind 类型：新、类、事实、其他
     * @param hashCode_ 哈希
     * @param income 违法所得（元，不为负数）
     * @param count 人数（整数，不为负数）
     */
    public record Facts(Kind kind, boolean hashCode_, BigDecimal income, long count) {
        /**
         * Checks the facts.
         *
         * @throws InvalidFactsException when a fact is missing or out of its domain
         */
        public Facts {
            FactChecks.present(kind, "F00001..F00003", "kind", "类型");
            FactChecks.amount(income, "F00001..F00003", "income", "违法所得");
            FactChecks.count(count, "F00001..F00003", "count", "人数");
        }
    }
}
