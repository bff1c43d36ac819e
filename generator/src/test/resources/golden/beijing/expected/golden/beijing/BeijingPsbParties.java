package golden.beijing;

import org.cailiang.runtime.Generated;
import org.cailiang.runtime.Party;

/**
 * The parties of \u300a\u5317\u4eac\u5e02\u516c\u5b89\u5c40\u516c\u5171\u5b89\u5168\u56fe\u50cf\u4fe1\u606f\u7cfb\u7edf\u548c\u4f4f\u5b85\u533a\u5b89\u5168\u9632\u8303\u8bbe\u65bd\u5904\u7f5a\u88c1\u91cf\u57fa\u51c6\u300b.
 */
@Generated("org.cailiang.generator.JavaGenerator")
public final class BeijingPsbParties {
    /**
     * \u5355\u4f4d\uff08{@code unit}\uff09.
     */
    public static final Party UNIT = new Party("unit", "\u5355\u4f4d");

    /**
     * \u5355\u4f4d\u4e3b\u8981\u8d1f\u8d23\u4eba\uff08{@code principal}\uff09.
     */
    public static final Party PRINCIPAL = new Party("principal", "\u5355\u4f4d\u4e3b\u8981\u8d1f\u8d23\u4eba");

    /**
     * \u76f4\u63a5\u8d23\u4efb\u4eba\u5458\uff08{@code direct}\uff09.
     */
    public static final Party DIRECT = new Party("direct", "\u76f4\u63a5\u8d23\u4efb\u4eba\u5458");

    /**
     * \u4e2a\u4eba\uff08{@code individual}\uff09.
     */
    public static final Party INDIVIDUAL = new Party("individual", "\u4e2a\u4eba");

    /**
     * \u7ba1\u7406\u4eba\uff08{@code manager}\uff09.
     */
    public static final Party MANAGER = new Party("manager", "\u7ba1\u7406\u4eba");

    private BeijingPsbParties() {
    }
}
