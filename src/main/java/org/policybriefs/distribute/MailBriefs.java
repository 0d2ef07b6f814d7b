package org.policybriefs.distribute;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongFunction;

import org.policybriefs.brief.Brief;
import org.policybriefs.brief.BriefId;
import org.policybriefs.brief.BriefModelFactory;
import org.policybriefs.brief.BriefRequest;
import org.policybriefs.brief.BriefWords;
import org.policybriefs.brief.RunData;
import org.policybriefs.commentary.Commentary;
import org.policybriefs.editions.EditionChanges;

/**
 * The models of the run's briefs, as the render step builds them, for the messages that say what
 * the briefs say: the run's data read once, each brief built once per language, when a message
 * first needs it.
 */
final class MailBriefs {

	private final BriefModelFactory models;

	private final long instance;

	private final EditionChanges changes;

	private final LocalDate asOf;

	private final Map<String, Brief> built = new HashMap<>();

	private RunData data;

	private final LongFunction<Commentary> commentary;

	MailBriefs(BriefModelFactory models, long instance, EditionChanges changes, LocalDate asOf,
			LongFunction<Commentary> commentary) {
		this.commentary = commentary;
		this.models = models;
		this.instance = instance;
		this.changes = changes;
		this.asOf = asOf;
	}

	/** The brief's model in a language (the briefs' words of that language, its data the run's). */
	Brief brief(BriefId id, Locale locale) {
		return this.built.computeIfAbsent(id + "." + locale.toLanguageTag(), (key) -> {
			if (this.data == null) {
				this.data = this.models.load(this.instance, this.changes, this.commentary.apply(this.instance));
			}
			return this.models.build(this.data, new BriefRequest(id, locale, this.asOf));
		});
	}

	BriefWords words(Locale locale) {
		return this.models.words(locale);
	}

}
