package org.policybriefs.distribute;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.policybriefs.brief.BriefId;
import org.policybriefs.ingest.CsvRow;
import org.policybriefs.ingest.CsvRowReader;
import org.policybriefs.ingest.CsvRowValidation;
import org.policybriefs.ingest.InputFileSpec;
import org.policybriefs.ingest.Listing;
import org.policybriefs.ingest.RejectedRow;

import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Reads and checks {@code analysts.csv} ({@code email,name,locale,briefs}, optionally {@code role})
 * as the data files are
 * read: a file that cannot be read as CSV stops the run naming its line; a row with a field over
 * its limit, a control character, a bad address, language, role or brief list, or a region that
 * regions.csv does not have, is rejected with its reason; the others are kept. An address given
 * twice counts once, on its first row.
 */
final class AnalystList {

	static final String FILE = InputFileSpec.ANALYSTS.fileName();

	private static final Pattern ADDRESS = Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

	private static final Pattern LOCALE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

	private AnalystList() {
	}

	/** The analysts and the rows that were rejected. */
	record Subscriptions(List<Analyst> analysts, List<Rejected> rejected) {

		static final Subscriptions NONE = new Subscriptions(List.of(), List.of());

		int read() {
			return this.analysts.size() + (int) this.rejected.stream().map(Rejected::line).distinct().count();
		}

	}

	/** A row that cannot be used, and why. */
	record Rejected(long line, String email, String reason) {
	}

	/** The analysts, without checking their regions against a run's. */
	static Subscriptions read(Path input) {
		return read(input, null);
	}

	/**
	 * The analysts of an input folder, none when it has no analysts.csv.
	 * @param regions the run's region codes, which {@code region:CODE} must name; {@code null} not to check
	 * @throws org.policybriefs.ingest.InputFileException when the file cannot be read as CSV
	 */
	static Subscriptions read(Path input, Collection<String> regions) {
		if (!Files.isRegularFile(input.resolve(FILE))) {
			return Subscriptions.NONE;
		}
		List<Analyst> analysts = new ArrayList<>();
		List<Rejected> rejected = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		CsvRowReader reader = new CsvRowReader(InputFileSpec.ANALYSTS, input);
		reader.open(new ExecutionContext());
		try {
			for (CsvRow row = reader.read(); row != null; row = reader.read()) {
				String email = row.get("email");
				String problem = problem(row, regions);
				if (problem == null && !seen.add(email.toLowerCase(Locale.ROOT))) {
					problem = "the address is listed twice; the first row counts";
				}
				if (problem != null) {
					rejected.add(new Rejected(row.line(), email, problem));
					continue;
				}
				String locale = row.get("locale");
				analysts.add(new Analyst(email, row.get("name"), Locale.forLanguageTag(locale.isEmpty() ? "en" : locale),
						briefs(row.get("briefs")), Analyst.Role.parse(row.get("role")).orElseThrow(), row.line()));
			}
		}
		finally {
			reader.close();
		}
		return new Subscriptions(analysts, rejected);
	}

	private static String problem(CsvRow row, Collection<String> regions) {
		List<RejectedRow> fields = CsvRowValidation.fieldProblems(row, InputFileSpec.ANALYSTS);
		if (!fields.isEmpty()) {
			return fields.get(0).column() + ": " + fields.get(0).reason();
		}
		String email = row.get("email");
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
		String locale = row.get("locale");
		if (!locale.isEmpty() && !LOCALE.matcher(locale).matches()) {
			return "not a language tag: '" + locale + "' (write en, zh-CN, …)";
		}
		String role = row.get("role");
		if (Analyst.Role.parse(role).isEmpty()) {
			return "not a role: '" + role + "' (write analyst or editor; empty means analyst)";
		}
		List<String> briefs = names(row.get("briefs"));
		if (briefs.isEmpty()) {
			return "no briefs: list comparative and/or region:CODE, separated by ';'";
		}
		for (String brief : briefs) {
			BriefId id;
			try {
				id = BriefId.parse(brief);
			}
			catch (IllegalArgumentException ex) {
				return ex.getMessage();
			}
			if (regions != null && id.isRegional() && !regions.contains(id.region())) {
				return "unknown region '" + id.region() + "' in " + brief + "; regions.csv has "
						+ Listing.atMostTen(regions);
			}
		}
		return null;
	}

	private static List<BriefId> briefs(String list) {
		return names(list).stream().map(BriefId::parse).distinct().toList();
	}

	private static List<String> names(String list) {
		return Arrays.stream(list.split(";")).map(String::strip).filter((brief) -> !brief.isEmpty()).distinct().toList();
	}

}
