package org.policybriefs.distribute;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.policybriefs.brief.BriefId;

/**
 * One subscriber from {@code analysts.csv}: where to send, in which language, which briefs
 * ({@code comparative}, {@code region:CODE}), and their role (an editor's message says more).
 */
record Analyst(String email, String name, Locale locale, List<BriefId> briefs, Role role, long line) {

	/** Who reads the message: an analyst, or an editor, who also gets what an editor acts on. */
	enum Role {

		ANALYST, EDITOR;

		/** The role a row names ({@code analyst}, {@code editor}; empty means analyst), or empty when it names none of them. */
		static Optional<Role> parse(String value) {
			if (value.isEmpty()) {
				return Optional.of(ANALYST);
			}
			for (Role role : values()) {
				if (role.name().equalsIgnoreCase(value)) {
					return Optional.of(role);
				}
			}
			return Optional.empty();
		}

	}

}
