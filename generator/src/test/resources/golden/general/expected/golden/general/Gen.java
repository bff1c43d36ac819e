package golden.general;

import java.util.ArrayList;
import java.util.List;
import org.cailiang.runtime.Generated;
import org.cailiang.runtime.Standard;
import org.cailiang.runtime.Violation;

/**
 * \u603b\u5219\u793a\u4f8b *&#47; " &#92;u000a $ &lt;b&gt;.
 *
 * <p>\u5b9e\u65bd\u7684\u6cd5\u89c4\uff1a
 * <ul>
 * <li>\u300a\u6d4b\u8bd5\u6761\u4f8b\u300b
 * <li>\u300a\u7b2c\u4e8c\u6761\u4f8b\u300b
 * </ul>
 */
@Generated("org.cailiang.generator.JavaGenerator")
public final class Gen implements Standard {
    /**
     * The standard's id.
     */
    public static final String ID = "gen";

    /**
     * The standard's official title.
     */
    public static final String TITLE = "\u603b\u5219\u793a\u4f8b */ \" \\u000a $ <b>";

    /**
     * The issuing authority.
     */
    public static final String AUTHORITY = "";

    /**
     * The region it applies to.
     */
    public static final String REGION = "";

    private static final List<Violation> VIOLATIONS = collectViolations();

    /**
     * For {@link java.util.ServiceLoader}; the class holds no state.
     */
    public Gen() {
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
        all.addAll(G00100Violation.CODES);
        all.addAll(G00200Violation.CODES);
    }

    private static List<Violation> collectViolations() {
        List<Violation> all = new ArrayList<>();
        violations0(all);
        return List.copyOf(all);
    }
}
