package ai.talkturo.numbers.benchmark;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A closed-loop load of precomputed requests on a fixed number of keep-alive connections, one thread each: every
 * thread sends a request, reads the whole answer, checks it and sends the next, until the time is up. Latency is
 * from the first byte written to the last byte read; connections are opened before the clock starts.
 *
 * <p>Two clients: {@link Kind#RAW}, a minimal HTTP/1.1 client on a blocking socket that writes the request's
 * precomputed bytes and parses just the status, {@code Content-Length}, chunked bodies and {@code Connection: close};
 * and {@link Kind#JDK}, {@code java.net.http.HttpClient} on HTTP/1.1 called synchronously from each thread.
 */
final class HttpLoad {

    enum Kind {
        RAW, JDK
    }

    /** Precomputed requests of one kind, and what a right answer to each looks like. */
    interface Requests {

        int count();

        /** The whole request, head and body, as written on the connection (for {@link Kind#RAW}). */
        byte[] raw(int i);

        /** The same request for {@link Kind#JDK}. */
        HttpRequest jdk(int i);

        /** Null when the answer is right, else a short reason. */
        String check(int i, int status, String body);
    }

    /**
     * One measured phase. Latencies are those of the answers that passed their check, sorted.
     *
     * @param wallNanos from the start signal until the last thread stopped
     * @param cpu       how busy the machine, the server and this JVM were meanwhile
     */
    record Result(String name, Kind kind, int connections, long wallNanos, long ok, long failed, long ioErrors,
                  long reconnects, long[] latencies, Map<String, Integer> problems, CpuUse.Share cpu) {

        double perSecond() {
            return ok / (wallNanos / 1e9);
        }

        /** Nearest-rank percentile in milliseconds. */
        double millis(double percentile) {
            if (latencies.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(percentile / 100 * latencies.length) - 1;
            return latencies[Math.max(0, Math.min(index, latencies.length - 1))] / 1e6;
        }

        long errors() {
            return failed + ioErrors;
        }
    }

    private static final int CONNECT_TIMEOUT_MILLIS = 2_000;
    private static final int READ_TIMEOUT_MILLIS = 10_000;
    private static final int MAX_IO_ERRORS_PER_THREAD = 50;
    private static final Duration JOIN_SLACK = Duration.ofSeconds(30);

    private final Kind kind;
    private final InetSocketAddress address;
    private final HttpClient client;
    private final CpuUse cpu;

    HttpLoad(Kind kind, InetSocketAddress address, CpuUse cpu) {
        this.kind = kind;
        this.address = address;
        this.cpu = cpu;
        this.client = kind == Kind.JDK
                ? HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofMillis(CONNECT_TIMEOUT_MILLIS)).build()
                : null;
    }

    Kind kind() {
        return kind;
    }

    /** Runs {@code requests} on {@code connections} connections for {@code duration}, taking them in turn. */
    Result run(String name, Requests requests, int connections, Duration duration) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        CountDownLatch ready = new CountDownLatch(connections);
        CountDownLatch go = new CountDownLatch(1);
        Worker[] workers = new Worker[connections];
        List<Thread> threads = new ArrayList<>();
        long[] deadline = new long[1];
        for (int c = 0; c < connections; c++) {
            Worker worker = new Worker(requests, next);
            workers[c] = worker;
            Thread thread = new Thread(() -> {
                worker.open();
                ready.countDown();
                try {
                    go.await();
                    worker.loop(deadline[0]);
                } catch (InterruptedException stopped) {
                    Thread.currentThread().interrupt();
                } finally {
                    worker.close();
                }
            }, name + "-" + c);
            thread.setDaemon(true);
            threads.add(thread);
        }
        threads.forEach(Thread::start);
        if (!ready.await(1, TimeUnit.MINUTES)) {
            throw new IllegalStateException("the " + name + " connections were not open within a minute");
        }
        CpuUse.Snapshot before = cpu.snapshot();
        long started = System.nanoTime();
        deadline[0] = started + duration.toNanos();
        go.countDown();
        long joinBy = deadline[0] + JOIN_SLACK.toNanos();
        for (Thread thread : threads) {
            thread.join(Math.max(1, (joinBy - System.nanoTime()) / 1_000_000));
            if (thread.isAlive()) {
                throw new IllegalStateException(thread.getName() + " did not stop within " + JOIN_SLACK + " of the end");
            }
        }
        long wall = System.nanoTime() - started;
        CpuUse.Share share = cpu.since(before);

        long ok = 0;
        long failed = 0;
        long ioErrors = 0;
        long reconnects = 0;
        int total = 0;
        Map<String, Integer> problems = new TreeMap<>();
        for (Worker worker : workers) {
            ok += worker.ok;
            failed += worker.failed;
            ioErrors += worker.ioErrors;
            reconnects += worker.reconnects;
            total += worker.latencies.size;
            worker.problems.forEach((problem, count) -> problems.merge(problem, count, Integer::sum));
        }
        long[] latencies = new long[total];
        int at = 0;
        for (Worker worker : workers) {
            System.arraycopy(worker.latencies.values, 0, latencies, at, worker.latencies.size);
            at += worker.latencies.size;
        }
        Arrays.sort(latencies);
        return new Result(name, kind, connections, wall, ok, failed, ioErrors, reconnects, latencies, problems, share);
    }

    /** One connection and the thread driving it. */
    private final class Worker {

        private final Requests requests;
        private final AtomicInteger next;
        private final LongList latencies = new LongList();
        private final Map<String, Integer> problems = new TreeMap<>();
        private RawConnection connection;
        private long ok;
        private long failed;
        private long ioErrors;
        private long reconnects;

        Worker(Requests requests, AtomicInteger next) {
            this.requests = requests;
            this.next = next;
        }

        void open() {
            if (kind == Kind.RAW) {
                try {
                    connection = new RawConnection(address);
                } catch (IOException e) {
                    ioErrors++;
                    problem("connect: " + e);
                }
            }
        }

        void loop(long deadline) throws InterruptedException {
            int count = requests.count();
            while (System.nanoTime() < deadline) {
                int i = Math.floorMod(next.getAndIncrement(), count);
                try {
                    int status;
                    String body;
                    long started;
                    long took;
                    if (kind == Kind.RAW) {
                        if (connection == null) {
                            connection = new RawConnection(address);
                            reconnects++;
                        }
                        byte[] request = requests.raw(i);
                        started = System.nanoTime();
                        connection.exchange(request);
                        took = System.nanoTime() - started;
                        status = connection.status();
                        body = connection.body();
                        if (connection.closing()) {
                            connection.close();
                            connection = null;
                        }
                    } else {
                        HttpRequest request = requests.jdk(i);
                        started = System.nanoTime();
                        HttpResponse<String> answer = client.send(request, HttpResponse.BodyHandlers.ofString());
                        took = System.nanoTime() - started;
                        status = answer.statusCode();
                        body = answer.body();
                    }
                    String problem = requests.check(i, status, body);
                    if (problem == null) {
                        ok++;
                        latencies.add(took);
                    } else {
                        failed++;
                        problem(problem);
                    }
                } catch (IOException e) {
                    ioErrors++;
                    problem(e.getClass().getSimpleName() + ": " + e.getMessage());
                    close();
                    if (ioErrors >= MAX_IO_ERRORS_PER_THREAD) {
                        return;
                    }
                    Thread.sleep(10);
                }
            }
        }

        private void problem(String problem) {
            String key = problem.length() > 200 ? problem.substring(0, 200) + "…" : problem;
            problems.merge(key, 1, Integer::sum);
        }

        void close() {
            if (connection != null) {
                connection.close();
                connection = null;
            }
        }
    }

    /** An HTTP/1.1 keep-alive connection reading just enough of each answer to check it. */
    static final class RawConnection implements AutoCloseable {

        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;
        private final byte[] line = new byte[8192];
        private byte[] body = new byte[16384];
        private int length;
        private int status;
        private boolean closing;

        RawConnection(InetSocketAddress address) throws IOException {
            socket = new Socket();
            try {
                socket.setTcpNoDelay(true);
                socket.setSoTimeout(READ_TIMEOUT_MILLIS);
                socket.connect(address, CONNECT_TIMEOUT_MILLIS);
                in = new BufferedInputStream(socket.getInputStream(), 65536);
                out = socket.getOutputStream();
            } catch (IOException e) {
                socket.close();
                throw e;
            }
        }

        int status() {
            return status;
        }

        String body() {
            return new String(body, 0, length, StandardCharsets.ISO_8859_1);
        }

        /** The server said it closes the connection after this answer. */
        boolean closing() {
            return closing;
        }

        void exchange(byte[] request) throws IOException {
            out.write(request);
            out.flush();
            int lineLength = readLine();
            if (lineLength < 12 || line[0] != 'H') {
                throw new IOException("not an HTTP status line: " + new String(line, 0, lineLength, StandardCharsets.ISO_8859_1));
            }
            status = (line[9] - '0') * 100 + (line[10] - '0') * 10 + (line[11] - '0');
            closing = line[7] == '0';
            long contentLength = -1;
            boolean chunked = false;
            while ((lineLength = readLine()) > 0) {
                String header = new String(line, 0, lineLength, StandardCharsets.ISO_8859_1);
                int colon = header.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = header.substring(colon + 1).trim();
                switch (name) {
                    case "content-length" -> contentLength = Long.parseLong(value);
                    case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                    case "connection" -> closing = value.equalsIgnoreCase("close") || (closing && !value.equalsIgnoreCase("keep-alive"));
                    default -> {
                    }
                }
            }
            length = 0;
            if (chunked) {
                readChunked();
            } else if (contentLength >= 0) {
                readFully((int) contentLength);
            } else if (status >= 200 && status != 204 && status != 304) {
                readUntilClosed();
                closing = true;
            }
        }

        private void readChunked() throws IOException {
            while (true) {
                int lineLength = readLine();
                String size = new String(line, 0, lineLength, StandardCharsets.ISO_8859_1);
                int semicolon = size.indexOf(';');
                int chunk = Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
                if (chunk == 0) {
                    while (readLine() > 0) {
                        // trailers
                    }
                    return;
                }
                readFully(chunk);
                if (readLine() != 0) {
                    throw new IOException("a chunk does not end with CRLF");
                }
            }
        }

        private void readFully(int count) throws IOException {
            ensure(length + count);
            int read = 0;
            while (read < count) {
                int got = in.read(body, length + read, count - read);
                if (got < 0) {
                    throw new EOFException("the connection closed in the middle of a body");
                }
                read += got;
            }
            length += count;
        }

        private void readUntilClosed() throws IOException {
            while (true) {
                ensure(length + 4096);
                int got = in.read(body, length, body.length - length);
                if (got < 0) {
                    return;
                }
                length += got;
            }
        }

        private void ensure(int capacity) {
            if (capacity > body.length) {
                body = Arrays.copyOf(body, Math.max(capacity, body.length * 2));
            }
        }

        /** Reads one line into {@link #line} without its CRLF; answers its length. */
        private int readLine() throws IOException {
            int count = 0;
            while (true) {
                int b = in.read();
                if (b < 0) {
                    throw new EOFException("the connection closed" + (count == 0 ? "" : " in the middle of a line"));
                }
                if (b == '\n') {
                    return count > 0 && line[count - 1] == '\r' ? count - 1 : count;
                }
                if (count == line.length) {
                    throw new IOException("a header line longer than " + line.length + " bytes");
                }
                line[count++] = (byte) b;
            }
        }

        @Override
        public void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }

    /** A growable array of longs. */
    static final class LongList {

        private long[] values = new long[1 << 16];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }
    }
}
