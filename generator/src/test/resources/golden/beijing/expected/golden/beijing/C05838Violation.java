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
 * 不遵守备案制度（C05838）.
 *
 * <p>违法行为：不遵守备案制度
 *
 * <p>法律依据：
 * <ul>
 * <li>《北京市公共安全图像信息系统管理办法》第二十二条（{@link BeijingPsbImageLaw#ART22}）：违反本办法第十一条的规定，不遵守备案制度的，由公安机关责令改正，并对单位处1000元以上1万元以下的罚款，对单位主要负责人、直接责任人员分别处500元以下的罚款。
 * <li>《北京市公共安全图像信息系统管理办法》第11条（{@link BeijingPsbImageLaw#ART11}）：公共安全图像信息系统的使用单位，应当自系统竣工验收合格之日起30日内，将公共安全图像信息系统的建设情况按照保卫隶属关系向市或者区、县公安机关备案；没有保卫隶属关系的，向本单位所在地的区、县公安机关备案。
 * </ul>
 *
 * <p>裁量基准：
 * <ul>
 * <li>C010「一般情况下」：责令改正，并对单位处1000元以上5000元以下罚款，对单位主要负责人、直接责任人分别处500元以下罚款。
 * <li>C020「1、责令改正拒不备案；2、造成危害后果；3、其他情节严重情形。」：责令改正，并对单位处5000以上1万元以下罚款，对单位主要负责人、直接责任人分别处500元以下罚款。
 * </ul>
 */
@Generated("org.cailiang.generator.JavaGenerator")
public final class C05838Violation implements Violation {
    private static final String[] CODE_NAMES = Codes.expand("C05838", "C05838");

    private static final List<FactSpec> FACT_SPECS = List.of(
        new FactSpec("refused", "责令改正拒不备案", FactSpec.Type.BOOL, List.of()),
        new FactSpec("harm", "造成危害后果", FactSpec.Type.BOOL, List.of()),
        new FactSpec("otherSerious", "其他情节严重情形", FactSpec.Type.BOOL, List.of()));

    private static final List<Citation> CITATIONS = List.of(BeijingPsbImageLaw.ART22, BeijingPsbImageLaw.ART11);

    private static final List<String> TIER_SUFFIXES = List.of("C010", "C020");

    private static final C05838Violation[] INSTANCES = instances();

    /**
     * Every code of this violation, in order: C05838.
     */
    public static final List<C05838Violation> CODES = List.of(INSTANCES);

    /**
     * C05838：不遵守备案制度.
     */
    public static final C05838Violation C05838 = INSTANCES[0];

    /**
     * C020（1、责令改正拒不备案；2、造成危害后果；3、其他情节严重情形。）.
     */
    private static final Decision[] TIER_C020 = decisions(
        "C020",
        "1、责令改正拒不备案；2、造成危害后果；3、其他情节严重情形。",
        List.<Sanction>of(
            new Sanction.Order("责令改正"),
            new Sanction.Fine(List.of(BeijingPsbParties.UNIT), false, MoneyRange.of(5000L, 10000L), null, false),
            new Sanction.Fine(List.of(BeijingPsbParties.PRINCIPAL, BeijingPsbParties.DIRECT), true, MoneyRange.atMost(500L), null, false)),
        "责令改正，并对单位处5000以上1万元以下罚款，对单位主要负责人、直接责任人分别处500元以下罚款。");

    /**
     * C010（一般情况下）.
     */
    private static final Decision[] TIER_C010 = decisions(
        "C010",
        "一般情况下",
        List.<Sanction>of(
            new Sanction.Order("责令改正"),
            new Sanction.Fine(List.of(BeijingPsbParties.UNIT), false, MoneyRange.of(1000L, 5000L), null, false),
            new Sanction.Fine(List.of(BeijingPsbParties.PRINCIPAL, BeijingPsbParties.DIRECT), true, MoneyRange.atMost(500L), null, false)),
        "责令改正，并对单位处1000元以上5000元以下罚款，对单位主要负责人、直接责任人分别处500元以下罚款。");

    private final int index;

    private final String code;

    private final List<String> tierCodes;

    /**
     * The instance for the code at {@code index} of this violation's codes.
     */
    private C05838Violation(int index, String code) {
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
            decisions[i] = new Decision(BeijingPsb.ID, CODE_NAMES[i], "不遵守备案制度", CODE_NAMES[i] + suffix, circumstance, sanctions, CITATIONS, text, false);
        }
        return decisions;
    }

    /**
     * One instance per code, in order.
     */
    private static C05838Violation[] instances() {
        C05838Violation[] instances = new C05838Violation[CODE_NAMES.length];
        for (int i = 0; i < instances.length; i++) {
            instances[i] = new C05838Violation(i, CODE_NAMES[i]);
        }
        return instances;
    }

    /**
     * The decision of the first of these tiers that applies, or null when none does.
     */
    private static Decision decide(C05838Violation violation, Facts facts) {
        if (facts.refused() || facts.harm() || facts.otherSerious()) {
            return TIER_C020[violation.index];
        }
        return null;
    }

    /**
     * Decides a case of 不遵守备案制度: tiers are tried by priority, then in source order; the first whose condition holds applies, else the {@code otherwise} tier.
     *
     * <ol>
     * <li>C020「1、责令改正拒不备案；2、造成危害后果；3、其他情节严重情形。」 when <code>refused or harm or otherSerious</code>
     * <li>C010「一般情况下」 otherwise
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
        return TIER_C010[this.index];
    }

    @Override
    public Decision evaluate(Map<String, ?> facts) {
        FactReader reader = new FactReader(code, FACT_SPECS, facts);
        return evaluate(new Facts(reader.bool(0), reader.bool(1), reader.bool(2)));
    }

    /**
     * The instance for one code of this violation.
     *
     * @throws UnknownCodeException when the code is not one of C05838
     */
    public static C05838Violation of(String code) {
        for (C05838Violation instance : INSTANCES) {
            if (instance.code.equals(code)) {
                return instance;
            }
        }
        throw new UnknownCodeException(code, "不属于 C05838 的编码：" + code);
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
        return "不遵守备案制度";
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
        return code + " 不遵守备案制度";
    }

    /**
     * The facts of a case of C05838, the inputs of its decision.
     *
     * @param refused 责令改正拒不备案
     * @param harm 造成危害后果
     * @param otherSerious 其他情节严重情形
     */
    public record Facts(boolean refused, boolean harm, boolean otherSerious) {
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
            private Boolean refused;

            private Boolean harm;

            private Boolean otherSerious;

            private Builder() {
            }

            /**
             * Sets 责令改正拒不备案.
             *
             * @param refused the value
             * @return this builder
             */
            public Builder refused(boolean refused) {
                this.refused = refused;
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
             * Sets 其他情节严重情形.
             *
             * @param otherSerious the value
             * @return this builder
             */
            public Builder otherSerious(boolean otherSerious) {
                this.otherSerious = otherSerious;
                return this;
            }

            /**
             * The facts.
             *
             * @return the facts
             * @throws InvalidFactsException when a fact was not set or is out of its domain
             */
            public Facts build() {
                return new Facts(FactChecks.present(refused, "C05838", "refused", "责令改正拒不备案"),
                        FactChecks.present(harm, "C05838", "harm", "造成危害后果"),
                        FactChecks.present(otherSerious, "C05838", "otherSerious", "其他情节严重情形"));
            }
        }
    }
}
