package golden.features;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cailiang.runtime.Generated;
import org.cailiang.runtime.Standard;
import org.cailiang.runtime.Violation;

/**
 * \u7279\u5f81\uff1a\u6240\u6709\u5904\u7f5a\u79cd\u7c7b\u4e0e\u6761\u4ef6 *&#47; " &#92;u000a $ &lt;b&gt;.
 *
 * <p>\u5236\u5b9a\u673a\u5173\uff1a\u6d4b\u8bd5\u673a\u5173
 * <p>\u9002\u7528\u5730\u533a\uff1a\u6d4b\u8bd5
 * <p>\u65bd\u884c\u65e5\u671f\uff1a2025-01-01
 * <p>\u5b9e\u65bd\u7684\u6cd5\u89c4\uff1a
 * <ul>
 * <li>\u300a\u6d4b\u8bd5\u6761\u4f8b *&#47; &#47;* &#92;u002a&#92;u002f\u300b
 * </ul>
 */
@Generated("org.cailiang.generator.JavaGenerator")
public final class ClassStandard implements Standard {
    /**
     * The standard's id.
     */
    public static final String ID = "class";

    /**
     * The standard's official title.
     */
    public static final String TITLE = "\u7279\u5f81\uff1a\u6240\u6709\u5904\u7f5a\u79cd\u7c7b\u4e0e\u6761\u4ef6 */ \" \\u000a $ <b>";

    /**
     * The issuing authority.
     */
    public static final String AUTHORITY = "\u6d4b\u8bd5\u673a\u5173";

    /**
     * The region it applies to.
     */
    public static final String REGION = "\u6d4b\u8bd5";

    private static final List<Violation> VIOLATIONS = collectViolations();

    /**
     * The first day this version is in force (\u65bd\u884c).
     */
    public static final LocalDate EFFECTIVE = LocalDate.of(2025, 1, 1);

    /**
     * For {@link java.util.ServiceLoader}; the class holds no state.
     */
    public ClassStandard() {
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

    @Override
    public Optional<LocalDate> effective() {
        return Optional.of(EFFECTIVE);
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
        all.addAll(F00001_F00003Violation.CODES);
        all.addAll(G00001Violation.CODES);
        all.addAll(H00001Violation.CODES);
        all.addAll(J00001_J00002Violation.CODES);
    }

    private static List<Violation> collectViolations() {
        List<Violation> all = new ArrayList<>();
        violations0(all);
        return List.copyOf(all);
    }
}
