package golden.beijing;

import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.cailiang.runtime.Citation;
import org.cailiang.runtime.Decision;
import org.cailiang.runtime.FactSpec;
import org.cailiang.runtime.InvalidFactsException;
import org.cailiang.runtime.Labelled;
import org.cailiang.runtime.MoneyRange;
import org.cailiang.runtime.NoApplicableTierException;
import org.cailiang.runtime.Sanction;
import org.cailiang.runtime.UnknownCodeException;
import org.cailiang.runtime.Violation;
import org.cailiang.runtime.internal.Codes;
import org.cailiang.runtime.internal.FactChecks;
import org.cailiang.runtime.internal.FactReader;

/**
 * 擅自在公共场所设置公共安全图像信息系统（C05837）.
 *
 * <p>违法行为：擅自在公共场所设置公共安全图像信息系统
 *
 * <p>法律依据：
 * <ul>
 * <li>《北京市公共安全图像信息系统管理办法》第二十一条（{@link BeijingPsbImageLaw#ART21}）：违反本办法第七条的规定，擅自在公共广场所设置公共安全图像信息系统的，由公安机关责令拆除；单位设置的，对单位处1万元以上3万元以下的罚款，对单位主要负责人、直接责任人员分别处500元以上1000元以下的罚款；个人设置的，对个人处500元以上1000元以下的罚款。
 * <li>《北京市公共安全图像信息系统管理办法》第七条（{@link BeijingPsbImageLaw#ART7}）：交通道路、广场等公共场所公共安全图像信息系统的建设由政府负责，其他任何单位和个人不得在该公共区域设置公共安全图像信息系统。
 * </ul>
 *
 * <p>裁量基准：
 * <ul>
 * <li>B010「单位设置，尚未造成危害后果。」：责令拆除；单位设置的，对单位处1万元以上2万以下罚款，对单位主要负责人、直接责任人员分别处500元以上1000元以下罚款；个人设置的，对个人处500元以上1000元以下的罚款。
 * <li>B020「单位设置，造成危害后果」：责令拆除；单位设置的，对单位处2万元以上3万元罚款，对单位主要负责人、直接责任人员分别处500元以上1000元以下罚款；个人设置的，对个人处500元以上1000元以下的罚款。
 * <li>B030「个人设置」：责令拆除；对个人处500元以上1000元以下的罚款。
 * </ul>
 */
@Generated("org.cailiang.generator.JavaGenerator")
public final class C05837Violation implements Violation {
    private static final String[] CODE_NAMES = Codes.expand("C05837", "C05837");

    private static final List<FactSpec> FACT_SPECS = List.of(
        new FactSpec("setter", "设置主体", FactSpec.Type.ENUM, List.of(Setter.values())),
        new FactSpec("harm", "造成危害后果", FactSpec.Type.BOOL, List.of()));

    private static final List<Citation> CITATIONS = List.of(BeijingPsbImageLaw.ART21, BeijingPsbImageLaw.ART7);

    private static final List<String> TIER_SUFFIXES = List.of("B010", "B020", "B030");

    private static final C05837Violation[] INSTANCES = instances();

    /**
     * Every code of this violation, in order: C05837.
     */
    public static final List<C05837Violation> CODES = List.of(INSTANCES);

    /**
     * C05837：擅自在公共场所设置公共安全图像信息系统.
     */
    public static final C05837Violation C05837 = INSTANCES[0];

    /**
     * B010（单位设置，尚未造成危害后果。）.
     */
    private static final Decision[] TIER_B010 = decisions(
        "B010",
        "单位设置，尚未造成危害后果。",
        List.<Sanction>of(
            new Sanction.Order("责令拆除"),
            new Sanction.Fine(List.of(BeijingPsbParties.UNIT), false, MoneyRange.of(10000L, 20000L), null, false),
            new Sanction.Fine(List.of(BeijingPsbParties.PRINCIPAL, BeijingPsbParties.DIRECT), true, MoneyRange.of(500L, 1000L), null, false)),
        "责令拆除；单位设置的，对单位处1万元以上2万以下罚款，对单位主要负责人、直接责任人员分别处500元以上1000元以下罚款；个人设置的，对个人处500元以上1000元以下的罚款。");

    /**
     * B020（单位设置，造成危害后果）.
     */
    private static final Decision[] TIER_B020 = decisions(
        "B020",
        "单位设置，造成危害后果",
        List.<Sanction>of(
            new Sanction.Order("责令拆除"),
            new Sanction.Fine(List.of(BeijingPsbParties.UNIT), false, MoneyRange.of(20000L, 30000L), null, false),
            new Sanction.Fine(List.of(BeijingPsbParties.PRINCIPAL, BeijingPsbParties.DIRECT), true, MoneyRange.of(500L, 1000L), null, false)),
        "责令拆除；单位设置的，对单位处2万元以上3万元罚款，对单位主要负责人、直接责任人员分别处500元以上1000元以下罚款；个人设置的，对个人处500元以上1000元以下的罚款。");

    /**
     * B030（个人设置）.
     */
    private static final Decision[] TIER_B030 = decisions(
        "B030",
        "个人设置",
        List.<Sanction>of(
            new Sanction.Order("责令拆除"),
            new Sanction.Fine(List.of(BeijingPsbParties.INDIVIDUAL), false, MoneyRange.of(500L, 1000L), null, false)),
        "责令拆除；对个人处500元以上1000元以下的罚款。");

    private final int index;

    private final String code;

    private final List<String> tierCodes;

    /**
     * The instance for the code at {@code index} of this violation's codes.
     */
    private C05837Violation(int index, String code) {
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
            decisions[i] = new Decision(BeijingPsb.ID, CODE_NAMES[i], "擅自在公共场所设置公共安全图像信息系统", CODE_NAMES[i] + suffix, circumstance, sanctions, CITATIONS, text, false);
        }
        return decisions;
    }

    /**
     * One instance per code, in order.
     */
    private static C05837Violation[] instances() {
        C05837Violation[] instances = new C05837Violation[CODE_NAMES.length];
        for (int i = 0; i < instances.length; i++) {
            instances[i] = new C05837Violation(i, CODE_NAMES[i]);
        }
        return instances;
    }

    /**
     * The decision of the first of these tiers that applies, or null when none does.
     */
    private static Decision decide(C05837Violation violation, Facts facts) {
        if (facts.setter() == Setter.UNIT && !facts.harm()) {
            return TIER_B010[violation.index];
        }
        if (facts.setter() == Setter.UNIT && facts.harm()) {
            return TIER_B020[violation.index];
        }
        if (facts.setter() == Setter.INDIVIDUAL) {
            return TIER_B030[violation.index];
        }
        return null;
    }

    /**
     * Decides a case of 擅自在公共场所设置公共安全图像信息系统: tiers are tried by priority, then in source order; the first whose condition holds applies.
     *
     * <ol>
     * <li>B010「单位设置，尚未造成危害后果。」 when <code>setter == unit and not harm</code>
     * <li>B020「单位设置，造成危害后果」 when <code>setter == unit and harm</code>
     * <li>B030「个人设置」 when <code>setter == individual</code>
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
        throw new NoApplicableTierException(code, FactSpec.describe(FACT_SPECS, facts.setter(), facts.harm()));
    }

    @Override
    public Decision evaluate(Map<String, ?> facts) {
        FactReader reader = new FactReader(code, FACT_SPECS, facts);
        return evaluate(new Facts(reader.enumValue(0, Setter.class), reader.bool(1)));
    }

    /**
     * The instance for one code of this violation.
     *
     * @throws UnknownCodeException when the code is not one of C05837
     */
    public static C05837Violation of(String code) {
        for (C05837Violation instance : INSTANCES) {
            if (instance.code.equals(code)) {
                return instance;
            }
        }
        throw new UnknownCodeException(code, "不属于 C05837 的编码：" + code);
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
        return "擅自在公共场所设置公共安全图像信息系统";
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
        return code + " 擅自在公共场所设置公共安全图像信息系统";
    }

    /**
     * 设置主体（事实 {@code setter} 的取值）.
     */
    public enum Setter implements Labelled {
        /**
         * 单位设置.
         */
        UNIT("unit", "单位设置"),

        /**
         * 个人设置.
         */
        INDIVIDUAL("individual", "个人设置");

        private final String id;

        private final String label;

        Setter(String id, String label) {
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
     * The facts of a case of C05837, the inputs of its decision.
     *
     * @param setter 设置主体：单位设置、个人设置
     * @param harm 造成危害后果
     */
    public record Facts(Setter setter, boolean harm) {
        /**
         * Checks the facts.
         *
         * @throws InvalidFactsException when a fact is missing or out of its domain
         */
        public Facts {
            FactChecks.present(setter, "C05837", "setter", "设置主体");
        }

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
            private Setter setter;

            private Boolean harm;

            private Builder() {
            }

            /**
             * Sets 设置主体.
             *
             * @param setter the value
             * @return this builder
             */
            public Builder setter(Setter setter) {
                this.setter = setter;
                return this;
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
                return new Facts(FactChecks.present(setter, "C05837", "setter", "设置主体"),
                        FactChecks.present(harm, "C05837", "harm", "造成危害后果"));
            }
        }
    }
}
