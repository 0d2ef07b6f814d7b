package org.policybriefs.commentary;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CommentaryProperties.class)
class CommentaryConfiguration {

}
