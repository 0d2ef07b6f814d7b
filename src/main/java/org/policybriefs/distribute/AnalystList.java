package org.policybriefs.distribute;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.policybriefs.render.model.BriefId;

/**
 * Reads and checks {@code analysts.csv} ({@code email,name,locale,briefs}). A row with a bad
 * address, language or brief list is rejected with its reason; the others are kept.
 */
final class AnalystList {

	static final String FILE = "analysts.csv";

	private static final Pattern ADDRESS = Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

	private static final Pattern LOCALE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

	private AnalystList() {
	}

	/** The analysts and the rows that were rejected. */
	record Subscriptions(List<Analyst> analysts, List<Rejected> rejected) {

		static final Subscriptions NONE = new Subscriptions(List.of(), List.of());

	}

	/** A row that cannot be used, and why. */
	record Rejected(long line, String email, String reason) {
	}

	static Subscriptions read(Path input) {
		Path file = input.resolve(FILE);
		if (!Files.isRegularFile(file)) {
			return Subscriptions.NONE;
		}
		List<Analyst> analysts = new ArrayList<>();
		List<Rejected> rejected = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
				CSVParser csv = CSVFormat.RFC4180.builder()
					.setHeader()
					.setSkipHeaderRecord(true)
					.setIgnoreEmptyLines(true)
					.setTrim(true)
					.get()
					.parse(reader)) {
			for (CSVRecord record : csv) {
				long line = csv.getCurrentLineNumber();
				String email = value(record, "email");
				String problem = problem(record);
				if (problem == null && !seen.add(email.toLowerCase(Locale.ROOT))) {
					problem = "the address is listed twice; the first row counts";
				}
				if (problem != null) {
					rejected.add(new Rejected(line, email, problem));
					continue;
				}
				String locale = value(record, "locale");
				analysts.add(new Analyst(email, value(record, "name"), Locale.forLanguageTag(locale.isEmpty() ? "en" : locale),
						briefs(value(record, "briefs")), line));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
		return new Subscriptions(analysts, rejected);
	}

	private static String problem(CSVRecord record) {
		String email = value(record, "email");
		if (email.isEmpty()) {
			return "no email address";
		}
		if (!ADDRESS.matcher(email).matches()) {
			return "not an email address: '" + email + "'";
		}
		try {
			new InternetAddress(email, true);
		}
		catch (AddressException ex) {
			return "not an email address: '" + email + "' (" + ex.getMessage() + ")";
		}
		String locale = value(record, "locale");
		if (!locale.isEmpty() && !LOCALE.matcher(locale).matches()) {
			return "not a language tag: '" + locale + "' (write en, zh-CN, …)";
		}
		List<String> briefs = names(value(record, "briefs"));
		if (briefs.isEmpty()) {
			return "no briefs: list comparative and/or region:CODE, separated by ';'";
		}
		try {
			briefs.forEach(BriefId::parse);
		}
		catch (IllegalArgumentException ex) {
			return ex.getMessage();
		}
		return null;
	}

	private static List<BriefId> briefs(String list) {
		return names(list).stream().map(BriefId::parse).distinct().toList();
	}

	private static List<String> names(String list) {
		return Arrays.stream(list.split(";")).map(String::strip).filter((brief) -> !brief.isEmpty()).distinct().toList();
	}

	private static String value(CSVRecord record, String column) {
		return (record.isMapped(column) && record.isSet(column)) ? record.get(column).strip() : "";
	}

}
