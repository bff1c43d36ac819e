def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 1, Failures: 0, Errors: 0, Skipped: 0')
assert !log.contains(' deleted (')
assert !(log =~ /[1-9]\d* deleted/)
def services = new File(basedir, 'target/classes/META-INF/services/org.cailiang.runtime.Standard').text
assert services == 'it.market.Market\nit.shop.Shop\n'
assert new File(basedir, 'target/generated-sources/cailiang/it/shop/X00001_X00002Violation.java').isFile()
assert new File(basedir, 'target/generated-sources/cailiang/it/market/X00003_X00004Violation.java').isFile()
// The second build skips both executions.
assert log.count('output up to date (0 written)') == 2
return true
