// Writes the README's first Java example into the consumer as src/main/java/ReadmeExample.java, and
// the lines the README says it prints into target/expected-output.txt.
def readme = new File(projectRoot, 'README.md').getText('UTF-8')
def java = (readme =~ /(?s)```java\n(.*?)```/)
assert java.find() : 'README.md has no ```java block'
def code = java.group(1)
def rest = readme.substring(java.end())
def printed = (rest =~ /(?s)```\n(.*?)```/)
assert printed.find() : 'README.md has no block of output after its Java example'

def imports = code.readLines().findAll { it.startsWith('import ') }
def body = code.readLines().findAll { !it.startsWith('import ') }
def source = new File(basedir, 'src/main/java/ReadmeExample.java')
source.parentFile.mkdirs()
source.setText(imports.join('\n') + '\n\npublic class ReadmeExample {\n    public static void main(String[] args) throws Exception {\n'
        + body.collect { '        ' + it }.join('\n') + '\n    }\n}\n', 'UTF-8')
def expected = new File(basedir, 'target/expected-output.txt')
expected.parentFile.mkdirs()
expected.setText(printed.group(1), 'UTF-8')
println "README example: ${body.size()} lines of Java, ${printed.group(1).readLines().size()} lines of output"
return true
