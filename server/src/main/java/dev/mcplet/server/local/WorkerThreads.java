package dev.mcplet.server.local;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Names the request threads ({@code mcplet-local-1}, ...) and makes them daemons, so they never keep the JVM alive. */
final class WorkerThreads implements ThreadFactory {

    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable task) {
        Thread thread = new Thread(task, "mcplet-local-" + count.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    }
}
