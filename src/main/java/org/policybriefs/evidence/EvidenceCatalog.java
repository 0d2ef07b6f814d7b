package org.policybriefs.evidence;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * What the analyst declares in the input's {@code evidence.yml} about weighing sources: the kinds
 * of source, the most authoritative first (a figure's preferred value comes from the
 * highest-ranked kind, then the latest published); the default tolerance within which two sources
 * confirm each other; and the catalog of consistency checks. Read as plain YAML (no tags).
 *
 * @param kinds the kinds of source in rank order
 * @param tolerance the relative difference within which two values agree, unless indicators.csv gives one
 * @param checks the consistency checks, in file order
 */
public record EvidenceCatalog(List<SourceKind> kinds, double tolerance, List<CheckRule> checks) {

	/** The file's name in the input folder. */
	public static final String FILE = "evidence.yml";

	static final double DEFAULT_TOLERANCE = 0.05;

	/** Without evidence.yml: every kind ranks alike (then the latest source wins), no checks. */
	static final EvidenceCatalog NONE = new EvidenceCatalog(List.of(), DEFAULT_TOLERANCE, List.of());

	/**
	 * A kind of source with its name in each language.
	 *
	 * @param rank 1 for the most authoritative
	 */
	public record SourceKind(String code, int rank, String nameEn, String nameZh) {
	}

	/** The rank of a kind: its place in the list, counted from 1; a kind the file does not list ranks after all. */
	public int rank(String kind) {
		for (SourceKind known : this.kinds) {
			if (known.code().equals(kind)) {
				return known.rank();
			}
		}
		return this.kinds.size() + 1;
	}

	public boolean declares(String kind) {
		return this.kinds.stream().anyMatch((known) -> known.code().equals(kind));
	}

	/** Reads {@code evidence.yml} from the input folder; a folder without one has no checks and ranks every kind alike. */
	public static EvidenceCatalog read(Path inputFolder) {
		Path file = inputFolder.resolve(FILE);
		LoaderOptions options = new LoaderOptions();
		options.setAllowDuplicateKeys(false);
		options.setMaxAliasesForCollections(10);
		Object root;
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			root = new Yaml(new SafeConstructor(options)).load(reader);
		}
		catch (NoSuchFileException ex) {
			return NONE;
		}
		catch (IOException ex) {
			throw new EvidenceException(FILE + ": cannot read " + file.toAbsolutePath() + " (" + ex.getMessage() + ")");
		}
		catch (YAMLException ex) {
			throw new EvidenceException(FILE + ": not valid YAML: " + ex.getMessage());
		}
		if (root == null) {
			return NONE;
		}
		if (!(root instanceof Map<?, ?> map)) {
			throw new EvidenceException(FILE + ": expected a mapping at the top (source_kinds, tolerance, checks)");
		}
		YamlEntry top = new YamlEntry(FILE, "the file", map);
		List<SourceKind> kinds = new ArrayList<>();
		for (YamlEntry entry : top.entries("source_kinds")) {
			String code = entry.text("kind");
			if (!code.matches("[a-z][a-z0-9-]{0,31}")) {
				throw entry.wrong("kind", code, "a word of lower-case letters, digits and '-', such as state-media");
			}
			kinds.add(new SourceKind(code, kinds.size() + 1, entry.text("en"), entry.text("zh")));
		}
		double tolerance = top.number("tolerance", DEFAULT_TOLERANCE);
		if (tolerance < 0 || tolerance > 1) {
			throw top.wrong("tolerance", Double.toString(tolerance), "a relative difference between 0 and 1 (0.05 = 5 %)");
		}
		List<CheckRule> checks = new ArrayList<>();
		Map<String, Boolean> ids = new LinkedHashMap<>();
		for (YamlEntry entry : top.entries("checks")) {
			CheckRule rule = CheckRule.of(entry, tolerance);
			if (ids.put(rule.id(), Boolean.TRUE) != null) {
				throw entry.wrong("id", rule.id(), "an id no other check has");
			}
			checks.add(rule);
		}
		return new EvidenceCatalog(List.copyOf(kinds), tolerance, List.copyOf(checks));
	}

}
