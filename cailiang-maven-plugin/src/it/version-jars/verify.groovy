def log = new File(basedir, 'build.log').text
// Each version project generates its own standard only; the 2026 one checks against the 2024 sources.
assert new File(basedir, 'v2024/target/classes/it/shop/X00001Violation.class').isFile()
assert !new File(basedir, 'v2024/target/classes/it/shop/Shop2026_X00001Violation.class').exists()
assert new File(basedir, 'v2026/target/classes/it/shop/Shop2026_X00001Violation.class').isFile()
assert !new File(basedir, 'v2026/target/classes/it/shop/X00001Violation.class').exists()
assert new File(basedir, 'v2026/target/classes/META-INF/services/org.cailiang.runtime.Standard').text.trim() == 'it.shop.Shop2026'
// Only the 2026 project's own cases run there.
assert log.contains('cailiang: Tests run: 2, Failures: 0 (generated classes)')
assert log.contains('Tests run: 4, Failures: 0, Errors: 0, Skipped: 0')
return true
