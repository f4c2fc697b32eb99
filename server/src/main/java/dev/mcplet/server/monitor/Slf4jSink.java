package dev.mcplet.server.monitor;

import org.slf4j.ILoggerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.helpers.NOPLoggerFactory;

/**
 * A sink on an SLF4J logger. This is the only class that names SLF4J (an optional dependency of
 * the server; 1.7 and 2.x have the same {@code Logger} calls). Its references to SLF4J are
 * resolved on first use, so without SLF4J the class loads and verifies, and
 * {@link #ifBound(String)} throws {@code NoClassDefFoundError}, which {@link LogSink#auto()}
 * expects.
 */
final class Slf4jSink implements LogSink {

    static final String REQUEST_LOGGER = "dev.mcplet.request";

    private final Logger logger;

    Slf4jSink(String name) {
        this.logger = LoggerFactory.getLogger(name);
    }

    /**
     * The sink, or null when SLF4J has no provider (it would then discard every line, after a
     * warning of its own on standard error).
     */
    static LogSink ifBound(String name) {
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        if (factory instanceof NOPLoggerFactory) {
            return null;
        }
        return new Slf4jSink(name);
    }

    @Override
    public boolean enabled(LogLevel level) {
        if (level == LogLevel.ERROR) {
            return logger.isErrorEnabled();
        }
        if (level == LogLevel.WARN) {
            return logger.isWarnEnabled();
        }
        if (level == LogLevel.INFO) {
            return logger.isInfoEnabled();
        }
        return logger.isDebugEnabled();
    }

    @Override
    public void write(LogLevel level, String line) {
        if (level == LogLevel.ERROR) {
            logger.error(line);
        } else if (level == LogLevel.WARN) {
            logger.warn(line);
        } else if (level == LogLevel.INFO) {
            logger.info(line);
        } else {
            logger.debug(line);
        }
    }

    @Override
    public String toString() {
        return "slf4j:" + logger.getName();
    }
}
