package org.policybriefs.publish;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the database keeps a run's data (ingested rows, derived values, rejects, rendered
 * brief records) after a later run has published.
 *
 * @param keepDays runs whose as-of date is within this many days of today are kept
 * @param keepEditions the runs of the newest this many editions (as-of dates) are kept
 * @param keepDeliveryDays delivery-log rows, the audit of what was sent to whom, are kept this long
 * @param deleteFiles whether the published folders of runs whose data is deleted go too
 */
@ConfigurationProperties("briefs.retention")
public record RetentionProperties(@DefaultValue("400") int keepDays, @DefaultValue("30") int keepEditions,
		@DefaultValue("730") int keepDeliveryDays, @DefaultValue("false") boolean deleteFiles) {

	/** Key of a step's execution context that says what retention deleted in that step, for the run page. */
	public static final String DELETED = "retention";

}
