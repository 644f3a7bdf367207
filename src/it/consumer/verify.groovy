// Runs the README's example on the consumer's resolved runtime class path and checks that
//  - it prints exactly what the README says it prints,
//  - the class path holds no SLF4J backend and nothing of the command line (picocli, Jackson, the
//    progress bar and its JLine), and the dependency tree shows none of them under Verbatim.
def target = new File(basedir, 'target')
def classPath = new File(target, 'runtime-classpath.txt').getText('UTF-8').trim()
def jars = classPath.split(File.pathSeparator).collect { new File(it).name }
def tree = new File(target, 'dependency-tree.txt').getText('UTF-8')
println "consumer runtime class path: ${jars.size()} jars"
println tree

def forbidden = ~/(slf4j-(nop|simple|jdk14|log4j12|reload4j|jdk-platform-logging)|logback-|log4j-slf4j|picocli|jackson-|progressbar|jline)/
def leaked = jars.findAll { it =~ forbidden }
assert leaked.isEmpty() : "Verbatim brings onto its users' class path: ${leaked}"
assert jars.any { it.startsWith('slf4j-api-') } : "no slf4j-api on the class path: ${jars}"
assert jars.any { it.startsWith('verbatim-') } : "no verbatim jar on the class path: ${jars}"
def treeLeaks = tree.readLines().findAll { it =~ forbidden }
assert treeLeaks.isEmpty() : "dependency:tree shows: ${treeLeaks}"

def java = new File(System.getProperty('java.home'), 'bin/java').path
def cmd = [java, '-cp', new File(target, 'classes').path + File.pathSeparator + classPath, 'ReadmeExample']
def process = new ProcessBuilder(cmd).directory(basedir).start()
def out = new StringBuffer()
def err = new StringBuffer()
process.consumeProcessOutput(out, err)
assert process.waitFor() == 0 : "the README example failed:\n${err}"
new File(target, 'example-output.txt').setText(out.toString(), 'UTF-8')
new File(target, 'example-stderr.txt').setText(err.toString(), 'UTF-8')
def expected = new File(target, 'expected-output.txt').getText('UTF-8')
assert out.toString().replace('\r\n', '\n') == expected : "the README example printed\n${out}\ninstead of\n${expected}"
println "README example printed what the README says (${expected.readLines().size()} lines)"
// with no SLF4J backend of its own, the user gets SLF4J's one-time notice of that, and no second binding
assert !err.toString().contains('multiple SLF4J') && !err.toString().contains('Class path contains multiple')
return true
