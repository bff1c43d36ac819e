def log = new File(basedir, 'build.log').text
assert log.contains('cailiang: 2 standard(s)')
assert log.contains('Tests run: 2, Failures: 0, Errors: 0, Skipped: 0')
def services = new File(basedir, 'target/classes/META-INF/services/org.cailiang.runtime.Standard').text.trim()
assert services == 'it.shop.Shop\nit.shop.Shop2026'
assert new File(basedir, 'target/classes/it/shop/X00001Violation.class').isFile()
assert new File(basedir, 'target/classes/it/shop/Shop2026_X00001Violation.class').isFile()
// The cases of each version ran against that version.
assert log.contains('cailiang: Tests run: 3, Failures: 0 (generated classes)')
return true
