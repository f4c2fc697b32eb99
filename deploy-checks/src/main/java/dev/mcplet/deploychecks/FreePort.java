package dev.mcplet.deploychecks;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A loopback port for a test that must name its port before a server binds it. The port is below
 * the kernel's ephemeral range, so neither a {@code port 0} listener nor the local end of an
 * outgoing connection elsewhere on the machine can take it in the gap between choosing it and
 * binding it (a port from {@code new ServerSocket(0)} can be handed out again at once).
 */
public final class FreePort {

    private FreePort() {
    }

    /** A loopback port that is free now and that the kernel does not hand out by itself. */
    public static int outsideTheEphemeralRange() {
        int ephemeralLow = ephemeralRangeStart();
        // Up to 10,000 ports under the range, above the privileged ones (1024).
        int lowest = Math.max(1024, Math.min(20_000, ephemeralLow - 10_000));
        if (ephemeralLow <= lowest) {
            throw new IllegalStateException("the ephemeral port range starts at " + ephemeralLow
                    + ", leaving no unprivileged port below it");
        }
        for (int attempt = 0; attempt < 200; attempt++) {
            int candidate = lowest + ThreadLocalRandom.current().nextInt(ephemeralLow - lowest);
            try (ServerSocket probe = new ServerSocket(candidate, 1, InetAddress.getLoopbackAddress())) {
                return probe.getLocalPort();
            } catch (IOException taken) {
                // in use: try another
            }
        }
        throw new IllegalStateException("no free loopback port between " + lowest + " and " + ephemeralLow);
    }

    /** Linux's {@code ip_local_port_range} start; 32768 (its default) where it cannot be read. */
    private static int ephemeralRangeStart() {
        Path range = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
        try {
            // Not Files.readString: it trusts the size a /proc file reports (0) and reads one byte.
            return Integer.parseInt(String.join(" ", Files.readAllLines(range)).trim().split("\\s+")[0]);
        } catch (IOException | RuntimeException unreadable) {
            return 32_768;
        }
    }
}
