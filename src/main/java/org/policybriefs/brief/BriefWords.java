package org.policybriefs.brief;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;

/**
 * The words of one brief: the application's {@link MessageSource} in the brief's language. Every
 * translated string of a brief comes through here, in Java and in the templates ({@code msg}).
 */
public final class BriefWords {

	private final MessageSource source;

	private final Locale locale;

	public BriefWords(MessageSource source, Locale locale) {
		this.source = source;
		this.locale = locale;
	}

	/** The message with its arguments filled in; a missing key fails the brief, naming the key. */
	public String get(String key, Object... arguments) {
		try {
			return this.source.getMessage(key, arguments, this.locale);
		}
		catch (NoSuchMessageException ex) {
			throw new IllegalStateException("No message '" + key + "' for locale " + this.locale.toLanguageTag()
					+ "; add it to templates/messages/messages.properties", ex);
		}
	}

	/** The message, or {@code fallback} when no bundle has the key. */
	public String getOrDefault(String key, String fallback, Object... arguments) {
		String message = this.source.getMessage(key, arguments, null, this.locale);
		return (message != null) ? message : fallback;
	}

	public boolean has(String key) {
		return this.source.getMessage(key, null, null, this.locale) != null;
	}

	public Locale locale() {
		return this.locale;
	}

	/** Whether the brief is in Chinese: names, strategies and descriptions come from the {@code _zh} columns. */
	public boolean chinese() {
		return "zh".equals(this.locale.getLanguage());
	}

}
