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
import org.cailiang.runtime.Sanction;
import org.cailiang.runtime.UnknownCodeException;
import org.cailiang.runtime.Violation;

/**
 * 移送（J00001..J00002）.
 *
 * <p>违法行为：移送
 *
 * <p>法律依据：
 * <ul>
 * <li>《测试条例 *&#47; &#47;* &#92;u002a&#92;u002f》第一条（{@link ClassIntLaw#PUBLIC}）：罚则：处违法所得一倍以上三倍以下罚款。*&#47; class X {} &#47;*<br>
 * 路径 C:&#92;users&#92;new 与 &#92;u000a 与 "引号" 与 &lt;script&gt;alert(1)&lt;/script&gt; 与 &#64;author 与 $x
 * </ul>
 *
 * <p>裁量基准：
 * <ul>
 * <li>D010「有违法所得」：
 * <li>D020「其他」：
 * </ul>
 */
@Generated("org.cailiang.generator.JavaGenerator")
public final class J00001_J00002Violation implements Violation {
    private static final String[] CODE_NAMES = Codes.expand("J00001", "J00002");

    private static final List<FactSpec> FACT_SPECS = List.of(
        new FactSpec("crime", "构成犯罪", FactSpec.Type.BOOL, List.of()),
        new FactSpec("police", "构成违反治安管理行为", FactSpec.Type.BOOL, List.of()),
        new FactSpec("income", "违法所得", FactSpec.Type.AMOUNT, List.of()));

    private static final List<Citation> CITATIONS = List.of(ClassIntLaw.PUBLIC);

    private static final List<String> TIER_SUFFIXES = List.of("D010", "D020");

    /**
     * 移送：构成犯罪的，依法追究刑事责任 *&#47; ".
     */
    private static final Decision[] HANDOVER_0 = handovers("构成犯罪的，依法追究刑事责任 */ \"");

    private static final J00001_J00002Violation[] INSTANCES = instances();

    /**
     * Every code of this violation, in order: J00001..J00002.
     */
    public static final List<J00001_J00002Violation> CODES = List.of(INSTANCES);

    /**
     * J00001：移送.
     */
    public static final J00001_J00002Violation J00001 = INSTANCES[0];

    /**
     * J00002：移送.
     */
    public static final J00001_J00002Violation J00002 = INSTANCES[1];

    private static final Fines.Multiple TIER_D010_1 = new Fines.Multiple(List.of(ClassParties.UNIT), false, new BigDecimal("1"), new BigDecimal("2"), "违法所得", false, false);

    /**
     * D020（其他）.
     */
    private static final Decision[] TIER_D020 = decisions(
        "D020",
        "其他",
        List.<Sanction>of(
            new Sanction.Warning(false),
            new Sanction.Referral("构成违反治安管理行为的，由公安机关依法处罚")),
        "");

    private static final BigDecimal AMOUNT_0 = new BigDecimal("0");

    private final int index;

    private final String code;

    private final List<String> tierCodes;

    /**
     * The instance for the code at {@code index} of this violation's codes.
     */
    private J00001_J00002Violation(int index, String code) {
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
     * One decision per code of this violation, handing the case over.
     */
    private static Decision[] handovers(String referral) {
        Decision[] decisions = new Decision[CODE_NAMES.length];
        for (int i = 0; i < decisions.length; i++) {
            decisions[i] = Decision.handedOver(Class.ID, CODE_NAMES[i], referral, CITATIONS);
        }
        return decisions;
    }

    /**
     * One instance per code, in order.
     */
    private static J00001_J00002Violation[] instances() {
        J00001_J00002Violation[] instances = new J00001_J00002Violation[CODE_NAMES.length];
        for (int i = 0; i < instances.length; i++) {
            instances[i] = new J00001_J00002Violation(i, CODE_NAMES[i]);
        }
        return instances;
    }

    /**
     * D010（有违法所得）.
     */
    private static Decision tierD010(J00001_J00002Violation violation, Facts facts) {
        return new Decision(
                    Class.ID,
                    violation.tierCodes.get(0),
                    "有违法所得",
                    List.<Sanction>of(
                        TIER_D010_1.fine(facts.income())),
                    CITATIONS,
                    "");
    }

    /**
     * The decision of the first of these tiers that applies, or null when none does.
     */
    private static Decision decide(J00001_J00002Violation violation, Facts facts) {
        if (facts.income().compareTo(AMOUNT_0) > 0) {
            return tierD010(violation, facts);
        }
        return null;
    }

    /**
     * Decides a case of 移送: tiers are tried by priority, then in source order; the first whose condition holds applies, else the {@code otherwise} tier.
     *
     * <ol>
     * <li>D010「有违法所得」 when <code>income &gt; 0</code>
     * <li>D020「其他」 otherwise
     * </ol>
     *
     * @param facts the facts of the case
     * @return the decision of the tier that applies; never null
     * @throws InvalidFactsException when the facts are null
     */
    public Decision evaluate(Facts facts) {
        FactChecks.present(facts, code, "facts", "案件事实");
        if (facts.crime()) {
            return HANDOVER_0[index];
        }
        Decision decision = decide(this, facts);
        if (decision == null) {
            decision = TIER_D020[this.index];
        }
        if (facts.police()) {
            decision = decision.besides("构成违反治安管理行为的，由公安机关依法处罚");
        }
        return decision;
    }

    @Override
    public Decision evaluate(Map<String, ?> facts) {
        FactReader reader = new FactReader(code, FACT_SPECS, facts);
        return evaluate(new Facts(reader.bool(0), reader.bool(1), reader.amount(2)));
    }

    /**
     * The instance for one code of this violation.
     *
     * @throws UnknownCodeException when the code is not one of J00001..J00002
     */
    public static J00001_J00002Violation of(String code) {
        for (J00001_J00002Violation instance : INSTANCES) {
            if (instance.code.equals(code)) {
                return instance;
            }
        }
        throw new UnknownCodeException(code, "不属于 J00001..J00002 的编码：" + code);
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
        return "移送";
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
     * The facts of a case of J00001..J00002, the inputs of its decision.
     *
     * @param crime 构成犯罪
     * @param police 构成违反治安管理行为
     * @param income 违法所得（元，不为负数）
     */
    public record Facts(boolean crime, boolean police, BigDecimal income) {
        /**
         * Checks the facts.
         *
         * @throws InvalidFactsException when a fact is missing or out of its domain
         */
        public Facts {
            FactChecks.amount(income, "J00001..J00002", "income", "违法所得");
        }
    }
}
