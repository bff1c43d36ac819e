def log = new File(basedir, 'build.log').text
// The build really ran with GBK as the platform encoding.
assert log.contains('platform encoding GBK') || log.contains('platform encoding (GBK')
assert log.contains('Tests run: 1, Failures: 0, Errors: 0, Skipped: 0')
assert !log.contains('unmappable character')
// Every generated source is ASCII, so any -encoding reads it the same.
new File(basedir, 'target/generated-sources/cailiang').eachFileRecurse { f ->
  if (f.isFile()) {
    assert f.bytes.every { it >= 0 }, "${f} is not ASCII"
  }
}
return true
