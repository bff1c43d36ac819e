package golden.general;

import org.cailiang.runtime.Citation;
import org.cailiang.runtime.Generated;

/**
 * The cited articles of \u300a\u6d4b\u8bd5\u6761\u4f8b\u300b.
 */
@Generated("org.cailiang.generator.JavaGenerator")
public final class GenRegLaw {
    /**
     * \u7b2c\u4e00\u6761
     *
     * <p>\u5904\u4e94\u767e\u5143\u4ee5\u4e0a\u4e00\u5343\u5143\u4ee5\u4e0b\u7f5a\u6b3e\u3002
     */
    public static final Citation A1 = new Citation("\u6d4b\u8bd5\u6761\u4f8b", "\u7b2c\u4e00\u6761", "\u5904\u4e94\u767e\u5143\u4ee5\u4e0a\u4e00\u5343\u5143\u4ee5\u4e0b\u7f5a\u6b3e\u3002");

    private GenRegLaw() {
    }
}
