package ai.talkturo.numbers.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where the machine's CPU went during a phase: the server process, this JVM (the load client), the local MariaDB
 * server and everything else, in cores (1.0 is one core busy all the time). The machine's share comes from
 * {@code /proc/stat} and is missing where that file is.
 */
final class CpuUse {

    private static final Path PROC_STAT = Path.of("/proc/stat");
    private static final double CLOCK_TICKS_PER_SECOND = 100;

    /** CPU used up to one moment; the server's compiler and collector threads in clock ticks, -1 where unknown. */
    record Snapshot(long wallNanos, long serverCpuNanos, long clientCpuNanos, long databaseCpuNanos, long machineBusyTicks,
                    long machineTicks, long serverJitTicks, long serverGcTicks) {
    }

    /**
     * The CPU used between two snapshots, in cores; {@code serverJit} and {@code serverGc} are the parts of
     * {@code server} spent by its JIT compiler and garbage collector threads.
     */
    record Share(double seconds, double server, double client, double database, double machine, int cores, double serverJit,
                 double serverGc) {

        /** What neither the server, this JVM nor MariaDB used: other people's work on the machine. */
        double others() {
            return Double.isNaN(machine) ? Double.NaN : Math.max(0, machine - server - client - database);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "server %.2f (JIT compiler %.2f, GC %.2f), load client %.2f, MariaDB %.2f, "
                    + "everything else %.2f of %d cores", server, serverJit, serverGc, client, database, others(), cores);
        }
    }

    private final ProcessHandle server;
    private final ProcessHandle database;

    /**
     * @param server   the server process, or null
     * @param database the MariaDB server process, or null
     */
    CpuUse(ProcessHandle server, ProcessHandle database) {
        this.server = server;
        this.database = database;
    }

    /** The local MariaDB (or MySQL) server process, when this user may see it. */
    static Optional<ProcessHandle> databaseProcess() {
        try (Stream<ProcessHandle> processes = ProcessHandle.allProcesses()) {
            return processes.filter(process -> process.info().command()
                            .map(command -> command.endsWith("/mariadbd") || command.endsWith("/mysqld")).orElse(false))
                    .findFirst();
        }
    }

    /** The child process of this JVM whose command line contains {@code marker}, e.g. the server's port argument. */
    static Optional<ProcessHandle> childWith(String marker) {
        return ProcessHandle.current().children()
                .filter(child -> child.info().commandLine().orElse("").contains(marker))
                .findFirst();
    }

    Snapshot snapshot() {
        long serverCpu = cpuNanos(server);
        long databaseCpu = cpuNanos(database);
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
        long[] threads = serverThreadTicks();
        return new Snapshot(System.nanoTime(), serverCpu, clientCpu, databaseCpu, busy, total, threads[0], threads[1]);
    }

    private static long cpuNanos(ProcessHandle process) {
        return process == null ? 0 : process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    /** Clock ticks of the server's JIT compiler threads and of its GC threads, from {@code /proc/<pid>/task}. */
    private long[] serverThreadTicks() {
        long[] ticks = {-1, -1};
        if (server == null) {
            return ticks;
        }
        Path tasks = Path.of("/proc", Long.toString(server.pid()), "task");
        if (!Files.isDirectory(tasks)) {
            return ticks;
        }
        ticks[0] = 0;
        ticks[1] = 0;
        try (Stream<Path> threads = Files.list(tasks)) {
            for (Path thread : threads.toList()) {
                String stat;
                try {
                    stat = Files.readString(thread.resolve("stat"));
                } catch (IOException gone) {
                    continue;
                }
                int open = stat.indexOf('(');
                int close = stat.lastIndexOf(')');
                if (open < 0 || close < open) {
                    continue;
                }
                String name = stat.substring(open + 1, close);
                String[] fields = stat.substring(close + 2).trim().split("\\s+");
                long used = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
                    ticks[0] += used;
                } else if (name.startsWith("GC Thread") || name.startsWith("G1 ") || name.equals("VM Thread")) {
                    ticks[1] += used;
                }
            }
        } catch (IOException | RuntimeException unavailable) {
            return new long[] {-1, -1};
        }
        return ticks;
    }

    Share since(Snapshot before) {
        Snapshot now = snapshot();
        double seconds = (now.wallNanos() - before.wallNanos()) / 1e9;
        double machine = before.machineBusyTicks() < 0 || now.machineBusyTicks() < 0 ? Double.NaN
                : (now.machineBusyTicks() - before.machineBusyTicks()) / CLOCK_TICKS_PER_SECOND / seconds;
        return new Share(seconds, (now.serverCpuNanos() - before.serverCpuNanos()) / 1e9 / seconds,
                (now.clientCpuNanos() - before.clientCpuNanos()) / 1e9 / seconds,
                (now.databaseCpuNanos() - before.databaseCpuNanos()) / 1e9 / seconds, machine,
                Runtime.getRuntime().availableProcessors(),
                ticksPerSecond(before.serverJitTicks(), now.serverJitTicks(), seconds),
                ticksPerSecond(before.serverGcTicks(), now.serverGcTicks(), seconds));
    }

    private static double ticksPerSecond(long before, long after, double seconds) {
        return before < 0 || after < 0 ? Double.NaN : (after - before) / CLOCK_TICKS_PER_SECOND / seconds;
    }
}
