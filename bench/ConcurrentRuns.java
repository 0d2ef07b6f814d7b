import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Many runs asked for at once, for bench/concurrent.sh: starts a real SMTP server (GreenMail) and
 * {@code java -jar target/policy-briefs.jar serve} against it, sends RUNS {@code POST /api/runs} at
 * the same moment, each for an as-of date of its own and with delivery, follows every accepted run
 * to its end, then sets the delivery log (read from the job database) against the messages the
 * mail server received. Prints the counts; exits 1 when a run failed after it was accepted or a
 * delivery state is false (SENT but not received, received but not SENT, received twice, UNKNOWN,
 * SENDING or FAILED with no process killed and a mail server that never refused).
 *
 *   java -cp TEST-CLASSPATH bench/ConcurrentRuns.java WORK RUNS JDBC-URL JDBC-USER JDBC-PASSWORD [SERVE-ARG ...]
 */
public class ConcurrentRuns {

	static final String USER = "bench";

	static final String PASSWORD = "bench-secret";

	static final JsonMapper json = JsonMapper.builder().build();

	public static void main(String[] args) throws Exception {
		// the mail server's own log says each message received: only its warnings here
		((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
			.setLevel(ch.qos.logback.classic.Level.WARN);
		Path work = Path.of(args[0]).toAbsolutePath();
		int runs = Integer.parseInt(args[1]);
		String jdbcUrl = args[2];
		List<String> serveArguments = List.of(args).subList(5, args.length);
		GreenMail mail = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		mail.start();
		int port = freePort();
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-jar", "target/policy-briefs.jar", "serve", "--input=" + work.resolve("input"),
				"--output=" + work.resolve("output"), "--server.port=" + port, "--briefs.schedule.enabled=false",
				"--spring.mail.host=127.0.0.1", "--spring.mail.port=" + mail.getSmtp().getPort(),
				"--briefs.users[0].name=" + USER, "--briefs.users[0].password={noop}" + PASSWORD,
				"--briefs.users[0].roles=OPERATOR"));
		command.addAll(serveArguments);
		Path log = work.resolve("serve.log");
		Process serve = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		int code;
		try {
			awaitServing(serve, log);
			code = bench(URI.create("http://127.0.0.1:" + port), runs, mail, args);
		}
		finally {
			serve.descendants().forEach(ProcessHandle::destroy);
			serve.destroy();
			if (!serve.waitFor(30, TimeUnit.SECONDS)) {
				serve.destroyForcibly();
			}
			mail.stop();
		}
		System.exit(code);
	}

	private static int bench(URI base, int runs, GreenMail mail, String[] args) throws Exception {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
		LocalDate first = LocalDate.parse("2031-01-01");
		// one request first, as a serve that has been up has had: the first one sets up the web stack
		HttpResponse<String> warmUp = http.send(request(base.resolve("/api/runs")).build(),
				HttpResponse.BodyHandlers.ofString());
		if (warmUp.statusCode() != 200) {
			throw new IllegalStateException("GET /api/runs answered " + warmUp.statusCode() + ": " + warmUp.body());
		}
		double[] loadBefore = load();
		long t0 = System.nanoTime();
		List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
		// when each answer came, by status: a refusal should come at once, an acceptance after its start is recorded
		Map<Integer, List<Long>> answeredAfter = new java.util.concurrent.ConcurrentHashMap<>();
		for (int i = 0; i < runs; i++) {
			String body = """
					{"asOf":"%s","briefs":["comparative"],"locales":["en"],"distribute":true}""".formatted(first.plusDays(i));
			sent.add(http.sendAsync(request(base.resolve("/api/runs")).header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString()).whenComplete((answer, failure) -> {
					if (answer != null) {
						answeredAfter.computeIfAbsent(answer.statusCode(), (code) -> new java.util.concurrent.CopyOnWriteArrayList<>())
							.add((System.nanoTime() - t0) / 1_000_000);
					}
				}));
		}
		List<String> accepted = new ArrayList<>();
		Map<String, Integer> refused = new TreeMap<>();
		Map<String, Integer> other = new TreeMap<>();
		for (CompletableFuture<HttpResponse<String>> future : sent) {
			HttpResponse<String> answer = future.join();
			int status = answer.statusCode();
			if (status == 202) {
				accepted.add(answer.headers().firstValue("Location").orElseThrow());
			}
			else if (status == 429 || status == 409) {
				String detail = json.readTree(answer.body()).path("detail").asString()
					.replaceAll("for \\d{4}-\\d{2}-\\d{2}", "for DATE");
				refused.merge(status + " (Retry-After " + answer.headers().firstValue("Retry-After").orElse("none")
						+ "): " + detail, 1, Integer::sum);
			}
			else {
				other.merge(status + ": " + answer.body(), 1, Integer::sum);
			}
		}
		long answeredMs = (System.nanoTime() - t0) / 1_000_000;
		Map<String, Integer> ended = new TreeMap<>();
		List<String> failedRuns = new ArrayList<>();
		for (String location : accepted) {
			JsonNode run = awaitEnd(http, base.resolve(location));
			String status = run.path("run").path("status").asString();
			ended.merge(status, 1, Integer::sum);
			if (!"COMPLETED".equals(status)) {
				failedRuns.add(location + " " + status + ": " + run.path("run").path("problems"));
			}
		}
		long wallMs = (System.nanoTime() - t0) / 1_000_000;
		double[] loadAfter = load();

		// the delivery log against what the mail server received
		Map<String, String> received = new HashMap<>();
		List<String> falseStates = new ArrayList<>();
		for (MimeMessage message : mail.getReceivedMessages()) {
			String id = message.getMessageID();
			String to = ((InternetAddress) message.getAllRecipients()[0]).getAddress();
			if (received.put(id, to) != null) {
				falseStates.add("received twice: " + id + " to " + to);
			}
		}
		Map<String, Integer> states = new TreeMap<>();
		Map<String, String> recordedSent = new HashMap<>();
		Map<String, Integer> perDelivery = new HashMap<>();
		try (Connection db = DriverManager.getConnection(args[2], args[3], args[4]);
				ResultSet rows = db.createStatement().executeQuery("""
						SELECT job_execution_id, as_of, recipient, status, message_id, error FROM delivery_log
						WHERE as_of >= '2031-01-01' ORDER BY id""")) {
			while (rows.next()) {
				String status = rows.getString("status");
				String what = "run " + rows.getLong("job_execution_id") + ", " + rows.getString("as_of") + ", "
						+ rows.getString("recipient");
				states.merge(status, 1, Integer::sum);
				if ("SENT".equals(status)) {
					recordedSent.put(rows.getString("message_id"), what);
					String key = rows.getString("as_of") + " " + rows.getString("recipient").toLowerCase();
					if (perDelivery.merge(key, 1, Integer::sum) > 1) {
						falseStates.add("sent twice: " + key);
					}
					if (!received.containsKey(rows.getString("message_id"))) {
						falseStates.add("recorded SENT, never received: " + what + " " + rows.getString("message_id"));
					}
				}
				else if (!"SKIPPED".equals(status) && !"UNSUBSCRIBED".equals(status)) {
					// nothing was killed and the mail server never refused: any other state is false
					falseStates.add("recorded " + status + ": " + what + ": " + rows.getString("error"));
				}
			}
		}
		received.forEach((id, to) -> {
			if (!recordedSent.containsKey(id)) {
				falseStates.add("received, not recorded SENT: " + id + " to " + to);
			}
		});

		System.out.printf("requests: %d at once (distinct as-of dates from %s), all answered in %d ms%n", runs, first,
				answeredMs);
		answeredAfter.forEach((code, times) -> System.out.printf("  %d answered after %d to %d ms%n", code,
				times.stream().mapToLong(Long::longValue).min().orElse(0),
				times.stream().mapToLong(Long::longValue).max().orElse(0)));
		System.out.printf("accepted (202): %d%n", accepted.size());
		System.out.printf("refused up front: %d%n", refused.values().stream().mapToInt(Integer::intValue).sum());
		refused.forEach((detail, n) -> System.out.printf("  %d x %s%n", n, detail));
		other.forEach((detail, n) -> System.out.printf("other answer: %d x %s%n", n, detail));
		System.out.printf("accepted runs ended: %s%n", ended);
		failedRuns.forEach((failure) -> System.out.println("  failed half-way: " + failure));
		System.out.printf("delivery log: %s; messages received by the mail server: %d%n", states, received.size());
		System.out.printf("false delivery states: %d%n", falseStates.size());
		falseStates.stream().limit(20).forEach((state) -> System.out.println("  " + state));
		System.out.printf("wall time (first request to last run's end): %.1f s%n", wallMs / 1000.0);
		System.out.printf("load average before: %.2f %.2f %.2f; after: %.2f %.2f %.2f%n", loadBefore[0], loadBefore[1],
				loadBefore[2], loadAfter[0], loadAfter[1], loadAfter[2]);
		boolean ok = other.isEmpty() && failedRuns.isEmpty() && falseStates.isEmpty()
				&& accepted.size() + refused.values().stream().mapToInt(Integer::intValue).sum() == runs;
		System.out.println(ok ? "OK: every run completed or was refused up front; the delivery log matches the mail server"
				: "FAILED");
		return ok ? 0 : 1;
	}

	private static HttpRequest.Builder request(URI uri) {
		return HttpRequest.newBuilder(uri)
			.timeout(Duration.ofMinutes(2))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
	}

	private static JsonNode awaitEnd(HttpClient http, URI run) throws Exception {
		long deadline = System.nanoTime() + Duration.ofMinutes(60).toNanos();
		while (true) {
			HttpResponse<String> answer = http.send(request(run).build(), HttpResponse.BodyHandlers.ofString());
			if (answer.statusCode() != 200) {
				throw new IllegalStateException(run + " answered " + answer.statusCode() + ": " + answer.body());
			}
			JsonNode node = json.readTree(answer.body());
			if (!node.path("run").path("running").asBoolean(true)) {
				return node;
			}
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException(run + " still running after an hour: " + answer.body());
			}
			Thread.sleep(1000);
		}
	}

	private static void awaitServing(Process serve, Path log) throws Exception {
		long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
		while (!Files.readString(log, StandardCharsets.UTF_8).contains("serving the briefs on")) {
			if (!serve.isAlive() || System.nanoTime() > deadline) {
				throw new IllegalStateException("serve did not start:\n" + Files.readString(log, StandardCharsets.UTF_8));
			}
			Thread.sleep(200);
		}
	}

	private static double[] load() throws IOException {
		String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
		return new double[] { Double.parseDouble(parts[0]), Double.parseDouble(parts[1]), Double.parseDouble(parts[2]) };
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
