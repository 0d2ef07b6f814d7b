package org.policybriefs.web;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Tells the operator where serve mode listens, once the web server is up.
 */
@Component
class ServeAnnouncement implements ApplicationListener<WebServerInitializedEvent> {

	private static final Log logger = LogFactory.getLog(ServeAnnouncement.class);

	@Override
	public void onApplicationEvent(WebServerInitializedEvent event) {
		logger.info("serving the briefs on http://localhost:" + event.getWebServer().getPort() + "/");
	}

}
