package org.policybriefs.brief;

import java.nio.file.Path;
import java.util.Locale;

import org.springframework.context.support.ReloadableResourceBundleMessageSource;

/**
 * The shipped message bundles, {@code templates/messages/}, read as a run reads them, for tests of
 * the words a brief or a mail prints.
 */
public final class ShippedMessages {

	private ShippedMessages() {
	}

	public static ReloadableResourceBundleMessageSource source() {
		ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
		source.setBasename(Path.of("templates/messages/messages").toAbsolutePath().toUri().toString());
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		source.setAlwaysUseMessageFormat(true);
		return source;
	}

	/** The bundle of a locale. */
	public static BriefWords words(Locale locale) {
		return new BriefWords(source(), locale);
	}

}
