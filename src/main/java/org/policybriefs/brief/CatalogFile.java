package org.policybriefs.brief;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A catalog an analyst edits under {@code templates/} (findings.yml, figures.yml): YAML read
 * with plain maps, lists and strings only (no tags, no objects), and read values checked with a
 * message that names the file and the entry and says what to write instead.
 */
final class CatalogFile {

	private final String name;

	private final Map<String, Object> root;

	private CatalogFile(String name, Map<String, Object> root) {
		this.name = name;
		this.root = root;
	}

	static CatalogFile read(Path file) {
		LoaderOptions options = new LoaderOptions();
		options.setAllowDuplicateKeys(false);
		options.setMaxAliasesForCollections(10);
		String name = file.getFileName().toString();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			Object root = new Yaml(new SafeConstructor(options)).load(reader);
			if (!(root instanceof Map<?, ?> map)) {
				throw new IllegalStateException(name + ": expected a YAML mapping at the top of the file");
			}
			return new CatalogFile(name, cast(map));
		}
		catch (IOException ex) {
			throw new IllegalStateException(name + ": cannot read " + file.toAbsolutePath() + " (" + ex.getMessage()
					+ "); the templates folder must hold it", ex);
		}
		catch (YAMLException ex) {
			throw new IllegalStateException(name + ": not valid YAML: " + ex.getMessage(), ex);
		}
	}

	String name() {
		return this.name;
	}

	Map<String, Object> root() {
		return this.root;
	}

	/** The entries of a list under {@code key} in {@code map}, each a mapping. */
	List<Map<String, Object>> entries(Map<String, Object> map, String key, String where) {
		Object value = map.get(key);
		if (!(value instanceof List<?> list)) {
			throw problem(where, "'" + key + "' must be a list of entries");
		}
		return list.stream().map((entry) -> {
			if (!(entry instanceof Map<?, ?> item)) {
				throw problem(where, "each entry of '" + key + "' must be a mapping such as { rule: headline }");
			}
			return cast(item);
		}).toList();
	}

	Map<String, Object> mapping(Map<String, Object> map, String key, String where) {
		Object value = map.get(key);
		if (!(value instanceof Map<?, ?> item)) {
			throw problem(where, "'" + key + "' must be a mapping");
		}
		return cast(item);
	}

	String text(Map<String, Object> map, String key, String fallback, String where) {
		Object value = map.get(key);
		if (value == null) {
			if (fallback == null) {
				throw problem(where, "'" + key + "' is required");
			}
			return fallback;
		}
		if (value instanceof Map || value instanceof List) {
			throw problem(where, "'" + key + "' must be a single value");
		}
		return String.valueOf(value).strip();
	}

	int number(Map<String, Object> map, String key, int fallback, String where) {
		Object value = map.get(key);
		if (value == null) {
			return fallback;
		}
		if (!(value instanceof Integer number) || number < 0) {
			throw problem(where, "'" + key + "' must be a whole number of 0 or more, not '" + value + "'");
		}
		return number;
	}

	boolean flag(Map<String, Object> map, String key, boolean fallback, String where) {
		Object value = map.get(key);
		if (value == null) {
			return fallback;
		}
		if (!(value instanceof Boolean flag)) {
			throw problem(where, "'" + key + "' must be true or false, not '" + value + "'");
		}
		return flag;
	}

	/** A list of plain values, or the one value given instead of a list. */
	List<String> texts(Map<String, Object> map, String key, String where) {
		Object value = map.get(key);
		if (value == null) {
			return List.of();
		}
		if (value instanceof List<?> list) {
			return list.stream().map((item) -> {
				if (item instanceof Map || item instanceof List) {
					throw problem(where, "'" + key + "' must list plain values");
				}
				return String.valueOf(item).strip();
			}).toList();
		}
		return List.of(text(map, key, null, where));
	}

	IllegalStateException problem(String where, String what) {
		return new IllegalStateException("templates/" + this.name + ", " + where + ": " + what);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> cast(Map<?, ?> map) {
		for (Object key : map.keySet()) {
			if (!(key instanceof String)) {
				throw new IllegalStateException("catalog keys must be words, not '" + key + "'");
			}
		}
		return (Map<String, Object>) map;
	}

}
