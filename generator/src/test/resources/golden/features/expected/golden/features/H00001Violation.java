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
 * 互斥情节（H00001）.
 *
 * <p>违法行为：互斥情节
 *
 * <p>法律依据：
 * <ul>
 * <li>《测试条例 *&#47; &#47;* &#92;u002a&#92;u002f》第一条（{@link ClassIntLaw#PUBLIC}）：罚则：处违法所得一倍以上三倍以下罚款。*&#47; class X {} &#47;*<br>
 * 路径 C:&#92;users&#92;new 与 &#92;u000a 与 "引号" 与 &lt;script&gt;alert(1)&lt;/script&gt; 与 &#64;author 与 $x
 * </ul>
 *
 * <p>裁量基准：
 * <ul>
 * <li>C010「轻微」：
 * <li>C020「其他」：
 * </ul>
 */
@Generated("org.cailiang.generator.JavaGenerator")
public final class H00001Violation implements Violation {
    private static final String[] CODE_NAMES = Codes.expand("H00001", "H00001");

    private static final List<FactSpec> FACT_SPECS = List.of(
        new FactSpec("minor", "情节轻微", FactSpec.Type.BOOL, List.of()),
        new FactSpec("serious", "情节严重", FactSpec.Type.BOOL, List.of()),
        new FactSpec("repeated", "多次 */ \"违法\"", FactSpec.Type.BOOL, List.of()));

    private static final List<Citation> CITATIONS = List.of(ClassIntLaw.PUBLIC);

    private static final List<String> TIER_SUFFIXES = List.of("C010", "C020");

    private static final H00001Violation[] INSTANCES = instances();

    /**
     * Every code of this violation, in order: H00001.
     */
    public static final List<H00001Violation> CODES = List.of(INSTANCES);

    /**
     * H00001：互斥情节.
     */
    public static final H00001Violation H00001 = INSTANCES[0];

    /**
     * C010（轻微）.
     */
    private static final Decision[] TIER_C010 = decisions(
        "C010",
        "轻微",
        List.<Sanction>of(
            new Sanction.Warning(false)),
        "");

    /**
     * C020（其他）.
     */
    private static final Decision[] TIER_C020 = decisions(
        "C020",
        "其他",
        List.<Sanction>of(
            new Sanction.Fine(List.of(ClassParties.PERSON), false, MoneyRange.of(200L, 200L), null, false)),
        "");

    private final int index;

    private final String code;

    private final List<String> tierCodes;

    /**
     * The instance for the code at {@code index} of this violation's codes.
     */
    private H00001Violation(int index, String code) {
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
            decisions[i] = new Decision(Class.ID, CODE_NAMES[i], "互斥情节", CODE_NAMES[i] + suffix, circumstance, sanctions, CITATIONS, text, false);
        }
        return decisions;
    }

    /**
     * One instance per code, in order.
     */
    private static H00001Violation[] instances() {
        H00001Violation[] instances = new H00001Violation[CODE_NAMES.length];
        for (int i = 0; i < instances.length; i++) {
            instances[i] = new H00001Violation(i, CODE_NAMES[i]);
        }
        return instances;
    }

    /**
     * The decision of the first of these tiers that applies, or null when none does.
     */
    private static Decision decide(H00001Violation violation, Facts facts) {
        if (facts.minor()) {
            return TIER_C010[violation.index];
        }
        return null;
    }

    /**
     * Decides a case of 互斥情节: tiers are tried by priority, then in source order; the first whose condition holds applies, else the {@code otherwise} tier.
     *
     * <ol>
     * <li>C010「轻微」 when <code>minor</code>
     * <li>C020「其他」 otherwise
     * </ol>
     *
     * @param facts the facts of the case
     * @return the decision of the tier that applies; never null
     * @throws InvalidFactsException when the facts are null, or two circumstances declared exclusive both hold
     */
    public Decision evaluate(Facts facts) {
        FactChecks.present(facts, code, "facts", "案件事实");
        if (facts.minor() && facts.serious()) {
            throw FactChecks.contradiction(code, List.of("minor", "serious"), List.of("情节轻微", "情节严重"), "轻微与严重 */ \" 不能同时成立", facts.minor(), facts.serious());
        }
        if ((facts.minor() && facts.serious()) || (facts.minor() && facts.repeated()) || (facts.serious() && facts.repeated())) {
            throw FactChecks.contradiction(code, List.of("minor", "serious", "repeated"), List.of("情节轻微", "情节严重", "多次 */ \"违法\""), "", facts.minor(), facts.serious(), facts.repeated());
        }
        Decision decision = decide(this, facts);
        if (decision != null) {
            return decision;
        }
        return TIER_C020[this.index];
    }

    @Override
    public Decision evaluate(Map<String, ?> facts) {
        FactReader reader = new FactReader(code, FACT_SPECS, facts);
        return evaluate(new Facts(reader.bool(0), reader.bool(1), reader.bool(2)));
    }

    /**
     * The instance for one code of this violation.
     *
     * @throws UnknownCodeException when the code is not one of H00001
     */
    public static H00001Violation of(String code) {
        for (H00001Violation instance : INSTANCES) {
            if (instance.code.equals(code)) {
                return instance;
            }
        }
        throw new UnknownCodeException(code, "不属于 H00001 的编码：" + code);
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
        return "互斥情节";
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
        return code + " 互斥情节";
    }

    /**
     * The facts of a case of H00001, the inputs of its decision.
     *
     * @param minor 情节轻微
     * @param serious 情节严重
     * @param repeated 多次 *&#47; "违法"
     */
    public record Facts(boolean minor, boolean serious, boolean repeated) {
        /**
         * A builder that sets the facts by name.
         *
         * @return an empty builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * Builds {@link Facts} by fact name; every fact must be set.
         */
        public static final class Builder {
            private Boolean minor;

            private Boolean serious;

            private Boolean repeated;

            private Builder() {
            }

            /**
             * Sets 情节轻微.
             *
             * @param minor the value
             * @return this builder
             */
            public Builder minor(boolean minor) {
                this.minor = minor;
                return this;
            }

            /**
             * Sets 情节严重.
             *
             * @param serious the value
             * @return this builder
             */
            public Builder serious(boolean serious) {
                this.serious = serious;
                return this;
            }

            /**
             * Sets 多次 *&#47; "违法".
             *
             * @param repeated the value
             * @return this builder
             */
            public Builder repeated(boolean repeated) {
                this.repeated = repeated;
                return this;
            }

            /**
             * The facts.
             *
             * @return the facts
             * @throws InvalidFactsException when a fact was not set or is out of its domain
             */
            public Facts build() {
                return new Facts(FactChecks.present(minor, "H00001", "minor", "情节轻微"),
                        FactChecks.present(serious, "H00001", "serious", "情节严重"),
                        FactChecks.present(repeated, "H00001", "repeated", "多次 */ \"违法\""));
            }
        }
    }
}
