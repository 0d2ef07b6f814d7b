package org.policybriefs.web;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.view.freemarker.FreeMarkerConfigurer;

/**
 * The pages' templates ({@code *.ftlh}) escape through {@link BidiSafeHtml}, not FreeMarker's
 * plain HTML escaping, before the first page is rendered.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class PageEscaping {

	@Bean
	SmartInitializingSingleton bidiSafePages(FreeMarkerConfigurer pages) {
		return () -> {
			// otherwise the .ftlh extension alone picks the standard HTML format
			pages.getConfiguration().setRecognizeStandardFileExtensions(false);
			pages.getConfiguration().setOutputFormat(BidiSafeHtml.INSTANCE);
		};
	}

}
