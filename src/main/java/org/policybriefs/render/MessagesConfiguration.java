package org.policybriefs.render;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;

/**
 * The one {@code MessageSource} of the application: the words of the briefs and of the delivery
 * messages in every language, read from {@code templates/messages/messages*.properties} (UTF-8,
 * MessageFormat). It is read from the templates folder on disk, not from the jar, and each run
 * of the render step reads it again (the renderer clears its cache), so an edit shows in the next
 * run without a rebuild.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

	@Bean
	ReloadableResourceBundleMessageSource messageSource(RenderProperties properties) {
		ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
		source.setBasename(properties.templates().toAbsolutePath().normalize().resolve("messages/messages").toUri()
			.toString());
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		// '' is an apostrophe in every message, with or without arguments
		source.setAlwaysUseMessageFormat(true);
		return source;
	}

}
