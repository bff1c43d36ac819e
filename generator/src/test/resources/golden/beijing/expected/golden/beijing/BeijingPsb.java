package golden.beijing;

import java.util.ArrayList;
import java.util.List;
import org.cailiang.runtime.Generated;
import org.cailiang.runtime.Standard;
import org.cailiang.runtime.Violation;

/**
 * \u5317\u4eac\u5e02\u516c\u5b89\u5c40\u516c\u5171\u5b89\u5168\u56fe\u50cf\u4fe1\u606f\u7cfb\u7edf\u548c\u4f4f\u5b85\u533a\u5b89\u5168\u9632\u8303\u8bbe\u65bd\u5904\u7f5a\u88c1\u91cf\u57fa\u51c6.
 *
 * <p>\u5236\u5b9a\u673a\u5173\uff1a\u5317\u4eac\u5e02\u516c\u5b89\u5c40
 * <p>\u9002\u7528\u5730\u533a\uff1a\u5317\u4eac\u5e02
 * <p>\u5b9e\u65bd\u7684\u6cd5\u89c4\uff1a
 * <ul>
 * <li>\u300a\u5317\u4eac\u5e02\u516c\u5171\u5b89\u5168\u56fe\u50cf\u4fe1\u606f\u7cfb\u7edf\u7ba1\u7406\u529e\u6cd5\u300b
 * <li>\u300a\u5317\u4eac\u5e02\u4f4f\u5b85\u533a\u53ca\u4f4f\u5b85\u5b89\u5168\u9632\u8303\u8bbe\u65bd\u5efa\u8bbe\u548c\u4f7f\u7528\u7ba1\u7406\u529e\u6cd5\u300b
 * </ul>
 */
@Generated("org.cailiang.generator.JavaGenerator")
public final class BeijingPsb implements Standard {
    /**
     * The standard's id.
     */
    public static final String ID = "beijing_psb";

    /**
     * The standard's official title.
     */
    public static final String TITLE = "\u5317\u4eac\u5e02\u516c\u5b89\u5c40\u516c\u5171\u5b89\u5168\u56fe\u50cf\u4fe1\u606f\u7cfb\u7edf\u548c\u4f4f\u5b85\u533a\u5b89\u5168\u9632\u8303\u8bbe\u65bd\u5904\u7f5a\u88c1\u91cf\u57fa\u51c6";

    /**
     * The issuing authority.
     */
    public static final String AUTHORITY = "\u5317\u4eac\u5e02\u516c\u5b89\u5c40";

    /**
     * The region it applies to.
     */
    public static final String REGION = "\u5317\u4eac\u5e02";

    private static final List<Violation> VIOLATIONS = collectViolations();

    /**
     * For {@link java.util.ServiceLoader}; the class holds no state.
     */
    public BeijingPsb() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return TITLE;
    }

    @Override
    public String authority() {
        return AUTHORITY;
    }

    @Override
    public String region() {
        return REGION;
    }

    /**
     * The id and the title, e.g. {@code beijing-psb \u5317\u4eac\u5e02\u2026\u57fa\u51c6}.
     */
    @Override
    public String toString() {
        return ID + " " + TITLE;
    }

    @Override
    public List<Violation> violations() {
        return VIOLATIONS;
    }

    private static void violations0(List<Violation> all) {
        all.addAll(C05834_C05835Violation.CODES);
        all.addAll(C05836Violation.CODES);
        all.addAll(C05837Violation.CODES);
        all.addAll(C05838Violation.CODES);
        all.addAll(C05839Violation.CODES);
        all.addAll(C05840_C05846Violation.CODES);
        all.addAll(C05847Violation.CODES);
        all.addAll(C05850Violation.CODES);
    }

    private static List<Violation> collectViolations() {
        List<Violation> all = new ArrayList<>();
        violations0(all);
        return List.copyOf(all);
    }
}
