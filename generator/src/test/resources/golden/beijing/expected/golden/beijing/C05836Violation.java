package golden.beijing;

import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.cailiang.runtime.Citation;
import org.cailiang.runtime.Decision;
import org.cailiang.runtime.FactSpec;
import org.cailiang.runtime.InvalidFactsException;
import org.cailiang.runtime.MoneyRange;
import org.cailiang.runtime.NoApplicableTierException;
import org.cailiang.runtime.Sanction;
import org.cailiang.runtime.UnknownCodeException;
import org.cailiang.runtime.Violation;
import org.cailiang.runtime.internal.Codes;
import org.cailiang.runtime.internal.FactChecks;
import org.cailiang.runtime.internal.FactReader;

/**
 * 擅自采集本单位范围以外的公共区域图像信息（C05836）.
 *
 * <p>违法行为：擅自采集本单位范围以外的公共区域图像信息
 *
 * <p>法律依据：
 * <ul>
 * <li>《北京市公共安全图像信息系统管理办法》第二十条（{@link BeijingPsbImageLaw#ART20}）：违反本办法第六条的规定，单位设置公共安全图像信息系统擅自采集本单位范围以外的公共区域的图像信息的，由公安机关责令改正，并对单位处1万元以上3万元以下的罚款，对单位主要负责人、直接责任人分别处500以上1000元以下的罚款。
 * <li>《北京市公共安全图像信息系统管理办法》第6条（{@link BeijingPsbImageLaw#ART6}）：单位按照本办法规定自建公共安全图像信息系统，应当符合政府的统一规划和要求，不得采集本单位范围以外的公共区域的图像信息。
 * </ul>
 *
 * <p>裁量基准：
 * <ul>
 * <li>B010「尚未造成危害后果」：责令改正，并对单位处1万元以上2万元以下罚款，对单位主要负责人、直接责任人员分别处500元以上1000元以下罚款。
 * <li>B020「造成危害后果」：责令改正，并对单位处2万元以上3万元以下罚款，对单位主要负责人、直接责任人员分别处500元以上1000元以下罚款。
 * </ul>
 */
@Generated("org.cailiang.generator.JavaGenerator")
public final class C05836Violation implements Violation {
    private static final String[] CODE_NAMES = Codes.expand("C05836", "C05836");

    private static final List<FactSpec> FACT_SPECS = List.of(
        new FactSpec("harm", "造成危害后果", FactSpec.Type.BOOL, List.of()));

    private static final List<Citation> CITATIONS = List.of(BeijingPsbImageLaw.ART20, BeijingPsbImageLaw.ART6);

    private static final List<String> TIER_SUFFIXES = List.of("B010", "B020");

    private static final C05836Violation[] INSTANCES = instances();

    /**
     * Every code of this violation, in order: C05836.
     */
    public static final List<C05836Violation> CODES = List.of(INSTANCES);

    /**
     * C05836：擅自采集本单位范围以外的公共区域图像信息.
     */
    public static final C05836Violation C05836 = INSTANCES[0];

    /**
     * B010（尚未造成危害后果）.
     */
    private static final Decision[] TIER_B010 = decisions(
        "B010",
        "尚未造成危害后果",
        List.<Sanction>of(
            new Sanction.Order("责令改正"),
            new Sanction.Fine(List.of(BeijingPsbParties.UNIT), false, MoneyRange.of(10000L, 20000L), null, false),
            new Sanction.Fine(List.of(BeijingPsbParties.PRINCIPAL, BeijingPsbParties.DIRECT), true, MoneyRange.of(500L, 1000L), null, false)),
        "责令改正，并对单位处1万元以上2万元以下罚款，对单位主要负责人、直接责任人员分别处500元以上1000元以下罚款。");

    /**
     * B020（造成危害后果）.
     */
    private static final Decision[] TIER_B020 = decisions(
        "B020",
        "造成危害后果",
        List.<Sanction>of(
            new Sanction.Order("责令改正"),
            new Sanction.Fine(List.of(BeijingPsbParties.UNIT), false, MoneyRange.of(20000L, 30000L), null, false),
            new Sanction.Fine(List.of(BeijingPsbParties.PRINCIPAL, BeijingPsbParties.DIRECT), true, MoneyRange.of(500L, 1000L), null, false)),
        "责令改正，并对单位处2万元以上3万元以下罚款，对单位主要负责人、直接责任人员分别处500元以上1000元以下罚款。");

    private final int index;

    private final String code;

    private final List<String> tierCodes;

    /**
     * The instance for the code at {@code index} of this violation's codes.
     */
    private C05836Violation(int index, String code) {
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
            decisions[i] = new Decision(BeijingPsb.ID, CODE_NAMES[i], "擅自采集本单位范围以外的公共区域图像信息", CODE_NAMES[i] + suffix, circumstance, sanctions, CITATIONS, text, false);
        }
        return decisions;
    }

    /**
     * One instance per code, in order.
     */
    private static C05836Violation[] instances() {
        C05836Violation[] instances = new C05836Violation[CODE_NAMES.length];
        for (int i = 0; i < instances.length; i++) {
            instances[i] = new C05836Violation(i, CODE_NAMES[i]);
        }
        return instances;
    }

    /**
     * The decision of the first of these tiers that applies, or null when none does.
     */
    private static Decision decide(C05836Violation violation, Facts facts) {
        if (!facts.harm()) {
            return TIER_B010[violation.index];
        }
        if (facts.harm()) {
            return TIER_B020[violation.index];
        }
        return null;
    }

    /**
     * Decides a case of 擅自采集本单位范围以外的公共区域图像信息: tiers are tried by priority, then in source order; the first whose condition holds applies.
     *
     * <ol>
     * <li>B010「尚未造成危害后果」 when <code>not harm</code>
     * <li>B020「造成危害后果」 when <code>harm</code>
     * </ol>
     *
     * @param facts the facts of the case
     * @return the decision of the tier that applies; never null
     * @throws InvalidFactsException when the facts are null
     * @throws NoApplicableTierException when no tier applies
     */
    public Decision evaluate(Facts facts) {
        FactChecks.present(facts, code, "facts", "案件事实");
        Decision decision = decide(this, facts);
        if (decision != null) {
            return decision;
        }
        throw new NoApplicableTierException(code, FactSpec.describe(FACT_SPECS, facts.harm()));
    }

    @Override
    public Decision evaluate(Map<String, ?> facts) {
        FactReader reader = new FactReader(code, FACT_SPECS, facts);
        return evaluate(new Facts(reader.bool(0)));
    }

    /**
     * The instance for one code of this violation.
     *
     * @throws UnknownCodeException when the code is not one of C05836
     */
    public static C05836Violation of(String code) {
        for (C05836Violation instance : INSTANCES) {
            if (instance.code.equals(code)) {
                return instance;
            }
        }
        throw new UnknownCodeException(code, "不属于 C05836 的编码：" + code);
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
        return "擅自采集本单位范围以外的公共区域图像信息";
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
        return code + " 擅自采集本单位范围以外的公共区域图像信息";
    }

    /**
     * The facts of a case of C05836, the inputs of its decision.
     *
     * @param harm 造成危害后果
     */
    public record Facts(boolean harm) {
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
            private Boolean harm;

            private Builder() {
            }

            /**
             * Sets 造成危害后果.
             *
             * @param harm the value
             * @return this builder
             */
            public Builder harm(boolean harm) {
                this.harm = harm;
                return this;
            }

            /**
             * The facts.
             *
             * @return the facts
             * @throws InvalidFactsException when a fact was not set or is out of its domain
             */
            public Facts build() {
                return new Facts(FactChecks.present(harm, "C05836", "harm", "造成危害后果"));
            }
        }
    }
}
