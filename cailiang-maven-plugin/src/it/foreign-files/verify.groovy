import java.util.jar.JarFile

def same = { String expected, String actual ->
  assert new File(basedir, actual).bytes == new File(basedir, expected).bytes : actual + ' changed'
}
same('expected/Hand.java', 'src/main/java/it/app/Hand.java')
same('expected/application.properties', 'src/main/resources/application.properties')
def log = new File(basedir, 'build.log').text
assert log.contains('cailiang: deleted it/shop/X00001_X00002Violation.java (no longer generated)')
assert !new File(basedir, 'src/main/java/it/shop').exists()
assert new File(basedir, 'src/main/java/it/moved/X00001_X00002Violation.java').isFile()
assert new File(basedir, 'src/main/resources/META-INF/services/org.cailiang.runtime.Standard').text == 'it.moved.Shop\n'
def jar = new JarFile(new File(basedir, 'target/it-foreign-files-1.0.jar'))
try {
  assert jar.getEntry('application.properties') != null
  assert jar.getEntry('it/app/Hand.class') != null
  assert jar.getEntry('it/moved/Shop.class') != null
} finally {
  jar.close()
}
return true
