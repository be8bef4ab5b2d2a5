// Each Kotlin shape no dispatcher can call is an error at its function's line in the .kt file (kapt's
// mapDiagnosticLocations), not silence and not a crash.
def log = new File(basedir, 'build.log').getText('UTF-8')
def expected = [
    [10, 'parameter $completion of type kotlin.coroutines.Continuation'], // suspend: the stub takes a Continuation
    [8, 'the handler methods of SuspendingHandlers return Object'],      // ... and returns Object: no fallback
    [18, 'is handled by both resync and resync'],           // @JvmOverloads: two annotated overloads
    [25, 'is private'],
    [34, 'parameter code of type java.lang.Integer'],       // Int? is an Integer
]
def missing = expected.findAll { line, text ->
    !(log =~ /(?m)Unsupported\.kt:${line}: error: .*\Q${text}\E/)
}
assert missing.isEmpty() : "errors not reported at their Kotlin line: ${missing}"
assert !log.contains('threw an uncaught exception') && !log.contains('internal error in the mexc-errors processor')
return true
