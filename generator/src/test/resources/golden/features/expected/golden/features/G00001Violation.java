package golden.features;

import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.cailiang.runtime.Citation;
import org.cailiang.runtime.Decision;
import org.cailiang.runtime.FactSpec;
import org.cailiang.runtime.InvalidFactsException;
import org.cailiang.runtime.MoneyRange;
import org.cailiang.runtime.Sanction;
import org.cailiang.runtime.UnknownCodeException;
import org.cailiang.runtime.Violation;
import org.cailiang.runtime.internal.Codes;
import org.cailiang.runtime.internal.FactChecks;
import org.cailiang.runtime.internal.FactReader;

/**
 * 无事实（G00001）.
 *
 * <p>违法行为：无事实
 *
 * <p>法律依据：
 * <ul>
 * <li>《测试条例 *&#47; &#47;* &#92;u002a&#92;u002f》第一条（{@link ClassIntLaw#PUBLIC}）：罚则：处违法所得一倍以上三倍以下罚款。*&#47; class X {} &#47;*<br>
 * 路径 C:&#92;users&#92;new 与 &#92;u000a 与 "引号" 与 &lt;script&gt;alert(1)&lt;/script&gt; 与 &#64;author 与 $x
 * </ul>
 *
 * <p>裁量基准：
 * <ul>
 * <li>B000「一般」：
 * </ul>
 */
@Generated("org.cailiang.generator.JavaGenerator")
public final class G00001Violation implements Violation {
    private static final String[] CODE_NAMES = Codes.expand("G00001", "G00001");

    private static final List<FactSpec> FACT_SPECS = List.of(
    );

    private static final List<Citation> CITATIONS = List.of(ClassIntLaw.PUBLIC);

    private static final List<String> TIER_SUFFIXES = List.of("B000");

    private static final G00001Violation[] INSTANCES = instances();

    /**
     * Every code of this violation, in order: G00001.
     */
    public static final List<G00001Violation> CODES = List.of(INSTANCES);

    /**
     * G00001：无事实.
     */
    public static final G00001Violation G00001 = INSTANCES[0];

    /**
     * B000（一般）.
     */
    private static final Decision[] TIER_B000 = decisions(
        "B000",
        "一般",
        List.<Sanction>of(
            new Sanction.Fine(List.of(ClassParties.PERSON), false, MoneyRange.of(200L, 200L), null, false),
            new Sanction.LicenceAction(Sanction.LicenceAction.Action.REVOKE, "许可证", true)),
        "");

    private final int index;

    private final String code;

    private final List<String> tierCodes;

    /**
     * The instance for the code at {@code index} of this violation's codes.
     */
    private G00001Violation(int index, String code) {
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
            decisions[i] = new Decision(Class.ID, CODE_NAMES[i], "无事实", CODE_NAMES[i] + suffix, circumstance, sanctions, CITATIONS, text, false);
        }
        return decisions;
    }

    /**
     * One instance per code, in order.
     */
    private static G00001Violation[] instances() {
        G00001Violation[] instances = new G00001Violation[CODE_NAMES.length];
        for (int i = 0; i < instances.length; i++) {
            instances[i] = new G00001Violation(i, CODE_NAMES[i]);
        }
        return instances;
    }

    /**
     * The decision of the first of these tiers that applies, or null when none does.
     */
    private static Decision decide(G00001Violation violation, Facts facts) {
        return null;
    }

    /**
     * Decides a case of 无事实: tiers are tried by priority, then in source order; the first whose condition holds applies, else the {@code otherwise} tier.
     *
     * <ol>
     * <li>B000「一般」 otherwise
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
        return TIER_B000[this.index];
    }

    @Override
    public Decision evaluate(Map<String, ?> facts) {
        FactReader reader = new FactReader(code, FACT_SPECS, facts);
        return evaluate(new Facts());
    }

    /**
     * The instance for one code of this violation.
     *
     * @throws UnknownCodeException when the code is not one of G00001
     */
    public static G00001Violation of(String code) {
        for (G00001Violation instance : INSTANCES) {
            if (instance.code.equals(code)) {
                return instance;
            }
        }
        throw new UnknownCodeException(code, "不属于 G00001 的编码：" + code);
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
        return "无事实";
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
     * The code and the title, e.g. {@code C05837 擅自…系统}.
     */
    @Override
    public String toString() {
        return code + " 无事实";
    }

    /**
     * The facts of a case of G00001, the inputs of its decision.
     *
     */
    public record Facts() {
    }
}
