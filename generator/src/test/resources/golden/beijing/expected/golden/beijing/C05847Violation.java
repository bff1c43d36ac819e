package golden.beijing;

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
 * 拒不提供图像信息（C05847）.
 *
 * <p>违法行为：拒不提供图像信息
 *
 * <p>法律依据：
 * <ul>
 * <li>《北京市公共安全图像信息系统管理办法》第二十五条（{@link BeijingPsbImageLaw#ART25}）：违反本办法第十六条的规定，拒不提供图像信息的，由公安机关对单位处1万元以上3万元以下的罚款，对单位主要负责人、直接责任人员分别处500元以上1000元以下的罚款；构成违反治安管理行为的，由公安机关依法处罚；构成犯罪的，依法追究刑事责任。
 * <li>《北京市公共安全图像信息系统管理办法》第十六条（{@link BeijingPsbImageLaw#ART16}）：发生社会治安、自然灾害、事故灾害、公共卫生等突发公共事件时，具有突发公共事件调查、处置权的政府有关主管部门有权查看、调取、复制图像信息，有关单位应当予以配合。
 * </ul>
 *
 * <p>裁量基准：
 * <ul>
 * <li>B010「一般情况下」：对单位处1万元以上2万元以下罚款，对单位主要负责人、直接责任人分别500元以上1000元以下罚款。
 * <li>B020「造成严重后果」：对单位处2万元以上3万元以下罚款，对单位主要负责人、直接责任人员分别处500元以上1000元以下罚款；构成违反治安管理行为的，由公安机关依法处罚；构成犯罪的，依法追究刑事责任。
 * </ul>
 */
@Generated("org.cailiang.generator.JavaGenerator")
public final class C05847Violation implements Violation {
    private static final String[] CODE_NAMES = Codes.expand("C05847", "C05847");

    private static final List<FactSpec> FACT_SPECS = List.of(
        new FactSpec("serious", "造成严重后果", FactSpec.Type.BOOL, List.of()));

    private static final List<Citation> CITATIONS = List.of(BeijingPsbImageLaw.ART25, BeijingPsbImageLaw.ART16);

    private static final List<String> TIER_SUFFIXES = List.of("B010", "B020");

    private static final C05847Violation[] INSTANCES = instances();

    /**
     * Every code of this violation, in order: C05847.
     */
    public static final List<C05847Violation> CODES = List.of(INSTANCES);

    /**
     * C05847：拒不提供图像信息.
     */
    public static final C05847Violation C05847 = INSTANCES[0];

    /**
     * B020（造成严重后果）.
     */
    private static final Decision[] TIER_B020 = decisions(
        "B020",
        "造成严重后果",
        List.<Sanction>of(
            new Sanction.Fine(List.of(BeijingPsbParties.UNIT), false, MoneyRange.of(20000L, 30000L), null, false),
            new Sanction.Fine(List.of(BeijingPsbParties.PRINCIPAL, BeijingPsbParties.DIRECT), true, MoneyRange.of(500L, 1000L), null, false),
            new Sanction.Referral("构成违反治安管理行为的，由公安机关依法处罚"),
            new Sanction.Referral("构成犯罪的，依法追究刑事责任")),
        "对单位处2万元以上3万元以下罚款，对单位主要负责人、直接责任人员分别处500元以上1000元以下罚款；构成违反治安管理行为的，由公安机关依法处罚；构成犯罪的，依法追究刑事责任。");

    /**
     * B010（一般情况下）.
     */
    private static final Decision[] TIER_B010 = decisions(
        "B010",
        "一般情况下",
        List.<Sanction>of(
            new Sanction.Fine(List.of(BeijingPsbParties.UNIT), false, MoneyRange.of(10000L, 20000L), null, false),
            new Sanction.Fine(List.of(BeijingPsbParties.PRINCIPAL, BeijingPsbParties.DIRECT), true, MoneyRange.of(500L, 1000L), null, false)),
        "对单位处1万元以上2万元以下罚款，对单位主要负责人、直接责任人分别500元以上1000元以下罚款。");

    private final int index;

    private final String code;

    private final List<String> tierCodes;

    /**
     * The instance for the code at {@code index} of this violation's codes.
     */
    private C05847Violation(int index, String code) {
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
            decisions[i] = new Decision(BeijingPsb.ID, CODE_NAMES[i], "拒不提供图像信息", CODE_NAMES[i] + suffix, circumstance, sanctions, CITATIONS, text, false);
        }
        return decisions;
    }

    /**
     * One instance per code, in order.
     */
    private static C05847Violation[] instances() {
        C05847Violation[] instances = new C05847Violation[CODE_NAMES.length];
        for (int i = 0; i < instances.length; i++) {
            instances[i] = new C05847Violation(i, CODE_NAMES[i]);
        }
        return instances;
    }

    /**
     * The decision of the first of these tiers that applies, or null when none does.
     */
    private static Decision decide(C05847Violation violation, Facts facts) {
        if (facts.serious()) {
            return TIER_B020[violation.index];
        }
        return null;
    }

    /**
     * Decides a case of 拒不提供图像信息: tiers are tried by priority, then in source order; the first whose condition holds applies, else the {@code otherwise} tier.
     *
     * <ol>
     * <li>B020「造成严重后果」 when <code>serious</code>
     * <li>B010「一般情况下」 otherwise
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
        return TIER_B010[this.index];
    }

    @Override
    public Decision evaluate(Map<String, ?> facts) {
        FactReader reader = new FactReader(code, FACT_SPECS, facts);
        return evaluate(new Facts(reader.bool(0)));
    }

    /**
     * The instance for one code of this violation.
     *
     * @throws UnknownCodeException when the code is not one of C05847
     */
    public static C05847Violation of(String code) {
        for (C05847Violation instance : INSTANCES) {
            if (instance.code.equals(code)) {
                return instance;
            }
        }
        throw new UnknownCodeException(code, "不属于 C05847 的编码：" + code);
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String standardId() {
        return BeijingPsb.ID;
    }

    @Override
    public String title() {
        return "拒不提供图像信息";
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
        return code + " 拒不提供图像信息";
    }

    /**
     * The facts of a case of C05847, the inputs of its decision.
     *
     * @param serious 造成严重后果
     */
    public record Facts(boolean serious) {
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
            private Boolean serious;

            private Builder() {
            }

            /**
             * Sets 造成严重后果.
             *
             * @param serious the value
             * @return this builder
             */
            public Builder serious(boolean serious) {
                this.serious = serious;
                return this;
            }

            /**
             * The facts.
             *
             * @return the facts
             * @throws InvalidFactsException when a fact was not set or is out of its domain
             */
            public Facts build() {
                return new Facts(FactChecks.present(serious, "C05847", "serious", "造成严重后果"));
            }
        }
    }
}
