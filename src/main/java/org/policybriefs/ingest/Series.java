package org.policybriefs.ingest;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * What a series of briefs is about, in the input's own words ({@code series.yml}): its title, the
 * title of a regional brief ({@code {region}} stands for the region's name), the series' name and the
 * keywords of the PDFs, each in every language of the briefs. The tool's own words (headings,
 * labels, page furniture) stay in its message bundles; the topic's words live here.
 *
 * @param texts by key ({@code title}, {@code regional-title}, {@code series}, {@code keywords}),
 * the text in each language by its tag ({@code en}, {@code zh-CN})
 */
public record Series(Map<String, Map<String, String>> texts) {

	public static final String FILE = "series.yml";

	/** The series of an input without series.yml: the briefs take the tool's neutral words. */
	public static final Series NONE = new Series(Map.of());

	static final List<String> KEYS = List.of("title", "regional-title", "series", "keywords");

	private static final String REGION = "{region}";

	public Series {
		texts = Map.copyOf(texts);
	}

	/** The comparative brief's title in the language, if the series gives it. */
	public Optional<String> title(Locale locale) {
		return text("title", locale);
	}

	/** A regional brief's title for a region's name in the language, if the series gives it. */
	public Optional<String> regionalTitle(Locale locale, String region) {
		return text("regional-title", locale).map((title) -> title.replace(REGION, region));
	}

	/** The series' name in the language, if the series gives it. */
	public Optional<String> name(Locale locale) {
		return text("series", locale);
	}

	/** The PDFs' keywords in the language (before the regions' names), if the series gives them. */
	public Optional<String> keywords(Locale locale) {
		return text("keywords", locale);
	}

	private Optional<String> text(String key, Locale locale) {
		Map<String, String> byLanguage = this.texts.getOrDefault(key, Map.of());
		String text = byLanguage.get(locale.toLanguageTag());
		return Optional.ofNullable((text != null) ? text : byLanguage.get(locale.getLanguage()));
	}

	/**
	 * Reads series.yml, refusing with the file and line anything that is not a known key mapping
	 * each language to a line of text, a key that leaves out a language another key gives, and a
	 * regional title without {@code {region}}.
	 */
	public static Series parse(String file, String content) {
		MappingNode root = root(file, content);
		if (root == null) {
			return NONE;
		}
		Map<String, Map<String, String>> texts = new LinkedHashMap<>();
		Set<String> languages = null;
		for (NodeTuple entry : root.getValue()) {
			String key = scalar(file, entry.getKeyNode());
			if (texts.containsKey(key)) {
				throw new InputFileException(file, line(entry.getKeyNode()), key + " is given twice; keep one");
			}
			if (!KEYS.contains(key)) {
				throw new InputFileException(file, line(entry.getKeyNode()),
						"unknown key '" + key + "'; the keys are " + String.join(", ", KEYS));
			}
			Map<String, String> byLanguage = languages(file, key, entry.getValueNode());
			if ("regional-title".equals(key)) {
				byLanguage.forEach((language, title) -> {
					if (!title.contains(REGION)) {
						throw new InputFileException(file, line(entry.getValueNode()), "regional-title in " + language
								+ " has no " + REGION + "; write where the region's name goes");
					}
				});
			}
			if (languages != null && !languages.equals(byLanguage.keySet())) {
				throw new InputFileException(file, line(entry.getKeyNode()), key + " gives " + byLanguage.keySet()
						+ " but the keys before it give " + languages + "; give every key in the same languages");
			}
			languages = byLanguage.keySet();
			texts.put(key, byLanguage);
		}
		return new Series(texts);
	}

	private static MappingNode root(String file, String content) {
		LoaderOptions options = new LoaderOptions();
		options.setAllowDuplicateKeys(false);
		options.setMaxAliasesForCollections(10);
		Node root;
		try {
			root = new Yaml(new SafeConstructor(options)).compose(new StringReader(content));
		}
		catch (MarkedYAMLException ex) {
			long line = (ex.getProblemMark() != null) ? ex.getProblemMark().getLine() + 1 : 0;
			throw new InputFileException(file, line, "not valid YAML: " + ex.getProblem() + "; see the README's Input format");
		}
		catch (YAMLException ex) {
			throw new InputFileException(file, 0, "not valid YAML: " + ex.getMessage());
		}
		if (root == null) {
			return null;
		}
		if (!(root instanceof MappingNode mapping)) {
			throw new InputFileException(file, line(root), "expected keys such as 'title:' at the top of the file");
		}
		return mapping;
	}

	private static Map<String, String> languages(String file, String key, Node value) {
		if (!(value instanceof MappingNode mapping) || mapping.getValue().isEmpty()) {
			throw new InputFileException(file, line(value),
					key + " must map each language to its text, e.g. 'en: …' and 'zh-CN: …' on the lines under it");
		}
		Map<String, String> byLanguage = new LinkedHashMap<>();
		for (NodeTuple entry : mapping.getValue()) {
			String language = scalar(file, entry.getKeyNode());
			if (byLanguage.containsKey(language)) {
				throw new InputFileException(file, line(entry.getKeyNode()),
						key + " gives " + language + " twice; keep one");
			}
			String text = scalar(file, entry.getValueNode()).strip();
			if (text.isEmpty() || text.contains("\n")) {
				throw new InputFileException(file, line(entry.getValueNode()),
						key + " in " + language + " must be one line of text");
			}
			byLanguage.put(language, text);
		}
		return byLanguage;
	}

	private static String scalar(String file, Node node) {
		if (node instanceof ScalarNode scalar) {
			return scalar.getValue();
		}
		throw new InputFileException(file, line(node), "expected a line of text here");
	}

	private static long line(Node node) {
		return (node != null && node.getStartMark() != null) ? node.getStartMark().getLine() + 1 : 0;
	}

}
