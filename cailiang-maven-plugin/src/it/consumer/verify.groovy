def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 2, Failures: 0, Errors: 0, Skipped: 0')
assert !new File(basedir, 'app/target/generated-sources/cailiang').exists()
assert new File(basedir, 'app/target/test-classes/it/ConsumerTest.class').isFile()
return true
