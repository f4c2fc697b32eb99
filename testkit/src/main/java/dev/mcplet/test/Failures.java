package dev.mcplet.test;

import org.opentest4j.AssertionFailedError;

/** Failed assertions: opentest4j's error, which JUnit and IDEs show with an expected/actual diff. */
final class Failures {

    private Failures() {
    }

    static AssertionFailedError fail(String message) {
        return new AssertionFailedError(message);
    }

    static AssertionFailedError fail(String message, Object expected, Object actual) {
        return new AssertionFailedError(message + " ==> expected: <" + expected + "> but was: <" + actual + ">",
                expected, actual);
    }
}
