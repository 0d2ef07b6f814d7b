package org.policybriefs.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One mapping of evidence.yml, read with messages that name the file and the entry. */
final class YamlEntry {

	private final String file;

	private final String name;

	private final Map<?, ?> map;

	YamlEntry(String file, String name, Map<?, ?> map) {
		this.file = file;
		this.name = name;
		this.map = map;
	}

	String name() {
		return this.name;
	}

	boolean has(String key) {
		return this.map.get(key) != null;
	}

	String text(String key) {
		Object value = this.map.get(key);
		if (value == null || value.toString().isBlank()) {
			throw new EvidenceException(this.file + ": " + this.name + " has no " + key + "; give it one");
		}
		return value.toString().strip();
	}

	String optionalText(String key) {
		Object value = this.map.get(key);
		return (value != null) ? value.toString().strip() : "";
	}

	double number(String key, double otherwise) {
		Object value = this.map.get(key);
		if (value == null) {
			return otherwise;
		}
		if (value instanceof Number number) {
			return number.doubleValue();
		}
		throw wrong(key, value.toString(), "a plain number such as 0.05");
	}

	Double optionalNumber(String key) {
		return has(key) ? number(key, 0) : null;
	}

	List<String> texts(String key) {
		Object value = this.map.get(key);
		if (value instanceof List<?> list && !list.isEmpty()) {
			return list.stream().map((item) -> String.valueOf(item).strip()).toList();
		}
		throw new EvidenceException(this.file + ": " + this.name + " needs " + key + " as a list of figures,"
				+ " such as [\"*.compute_capacity\", \"*.other_capacity\"]");
	}

	List<YamlEntry> entries(String key) {
		Object value = this.map.get(key);
		if (value == null) {
			return List.of();
		}
		if (!(value instanceof List<?> list)) {
			throw new EvidenceException(this.file + ": " + key + " must be a list of entries (each line starting with '- ')");
		}
		List<YamlEntry> entries = new ArrayList<>();
		for (int i = 0; i < list.size(); i++) {
			if (!(list.get(i) instanceof Map<?, ?> item)) {
				throw new EvidenceException(this.file + ": entry " + (i + 1) + " of " + key + " is not a mapping");
			}
			Object id = item.get("id");
			entries.add(new YamlEntry(this.file,
					key + " entry " + (i + 1) + ((id != null) ? " (" + id + ")" : ""), item));
		}
		return entries;
	}

	EvidenceException wrong(String key, String value, String expected) {
		return new EvidenceException(this.file + ": " + this.name + ": " + key + " '" + value + "' is not usable; write "
				+ expected);
	}

}
