package ai.talkturo.numbers.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where the machine's CPU went during a phase: the server process, this JVM (the load client) and everything else,
 * in cores (1.0 is one core busy all the time). The machine's share comes from {@code /proc/stat} and is missing
 * where that file is.
 */
final class CpuUse {

    private static final Path PROC_STAT = Path.of("/proc/stat");
    private static final double CLOCK_TICKS_PER_SECOND = 100;

    /** CPU used up to one moment. */
    record Snapshot(long wallNanos, long serverCpuNanos, long clientCpuNanos, long machineBusyTicks, long machineTicks) {
    }

    /** The CPU used between two snapshots, in cores. */
    record Share(double seconds, double server, double client, double machine, int cores) {

        /** What neither the server nor this JVM used: other people's work on the machine. */
        double others() {
            return Double.isNaN(machine) ? Double.NaN : Math.max(0, machine - server - client);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "server %.2f, load client %.2f, everything else %.2f of %d cores",
                    server, client, others(), cores);
        }
    }

    private final ProcessHandle server;

    CpuUse(ProcessHandle server) {
        this.server = server;
    }

    /** The child process of this JVM whose command line contains {@code marker}, e.g. the server's port argument. */
    static Optional<ProcessHandle> childWith(String marker) {
        return ProcessHandle.current().children()
                .filter(child -> child.info().commandLine().orElse("").contains(marker))
                .findFirst();
    }

    Snapshot snapshot() {
        long serverCpu = server == null ? 0 : server.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
        long clientCpu = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
        long busy = -1;
        long total = -1;
        try {
            List<String> lines = Files.readAllLines(PROC_STAT);
            String[] fields = lines.get(0).trim().split("\\s+");
            if (fields[0].equals("cpu")) {
                total = 0;
                long idle = 0;
                for (int f = 1; f < Math.min(fields.length, 9); f++) {
                    long value = Long.parseLong(fields[f]);
                    total += value;
                    if (f == 4 || f == 5) {
                        idle += value;
                    }
                }
                busy = total - idle;
            }
        } catch (IOException | RuntimeException unavailable) {
            busy = -1;
        }
        return new Snapshot(System.nanoTime(), serverCpu, clientCpu, busy, total);
    }

    Share since(Snapshot before) {
        Snapshot now = snapshot();
        double seconds = (now.wallNanos() - before.wallNanos()) / 1e9;
        double machine = before.machineBusyTicks() < 0 || now.machineBusyTicks() < 0 ? Double.NaN
                : (now.machineBusyTicks() - before.machineBusyTicks()) / CLOCK_TICKS_PER_SECOND / seconds;
        return new Share(seconds, (now.serverCpuNanos() - before.serverCpuNanos()) / 1e9 / seconds,
                (now.clientCpuNanos() - before.clientCpuNanos()) / 1e9 / seconds, machine,
                Runtime.getRuntime().availableProcessors());
    }
}
