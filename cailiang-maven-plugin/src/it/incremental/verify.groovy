def log = new File(basedir, 'build.log').text
assert log.contains('1 source(s) unchanged, output up to date (0 written)')
assert new File(basedir, 'target/generated-sources/cailiang/it/shop/X00001_X00002Violation.java').isFile()
assert new File(basedir, 'target/maven-status/cailiang/default/fingerprint').isFile()
assert new File(basedir, 'target/maven-status/cailiang/default/java.outputs').text.contains('it/shop/X00001_X00002Violation.java')
return true
