package org.policybriefs.preview;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of {@code preview}.
 *
 * @param quiet how long no file of the input or templates may change before the briefs are made
 * again: an editor's save is a burst of changes within a few milliseconds
 * @param longest the longest a stream of changes puts off making them again
 */
@ConfigurationProperties("briefs.preview")
record PreviewProperties(@DefaultValue("50ms") Duration quiet, @DefaultValue("1s") Duration longest) {
}
