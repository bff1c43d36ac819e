import java.util.zip.ZipFile

def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 3, Failures: 0, Errors: 0, Skipped: 0')
def jar = new ZipFile(new File(basedir, 'standard/target/it-jpms-standard-1.0.jar'))
assert jar.getEntry('module-info.class') != null
jar.close()
return true
