package org.policybriefs.render;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The words of a brief in one locale, read from {@code templates/messages/messages_<locale>.properties}
 * (UTF-8) over the base {@code messages.properties}, so one set of templates serves every language.
 */
final class Messages {

	private final Map<String, String> texts;

	private final Locale locale;

	private Messages(Map<String, String> texts, Locale locale) {
		this.texts = texts;
		this.locale = locale;
	}

	static Messages load(Path templates, Locale locale) {
		Map<String, String> texts = new HashMap<>();
		read(templates.resolve("messages/messages.properties"), texts);
		read(templates.resolve("messages/messages_" + locale.toLanguageTag().replace('-', '_') + ".properties"), texts);
		return new Messages(texts, locale);
	}

	private static void read(Path file, Map<String, String> texts) {
		if (!Files.isRegularFile(file)) {
			return;
		}
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			Properties properties = new Properties();
			properties.load(reader);
			properties.forEach((key, value) -> texts.put((String) key, (String) value));
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read message bundle " + file, ex);
		}
	}

	String get(String key, Object... arguments) {
		String pattern = this.texts.get(key);
		if (pattern == null) {
			throw new IllegalStateException("No message '" + key + "' for locale " + this.locale.toLanguageTag()
					+ "; add it to templates/messages/messages.properties");
		}
		// Always through MessageFormat, so that '' is an apostrophe in every message, with or without arguments.
		return new MessageFormat(pattern, this.locale).format(arguments);
	}

	Map<String, String> asMap() {
		return this.texts;
	}

}
