package org.policybriefs.editions;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The settings of how editions are read back ({@code briefs.editions.*}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EditionsProperties.class)
class EditionsConfiguration {

}
