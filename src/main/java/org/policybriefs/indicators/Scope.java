package org.policybriefs.indicators;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * What a figure describes when it is not the whole region ("Zhangjiang Science City", "one
 * large-model company (its CTO, quoted)"), in English and Chinese. The empty scope is the whole
 * region.
 */
public record Scope(String en, String zh) {

	/** The whole region: what a figure describes when the source gives it for the region itself. */
	public static final Scope WHOLE_REGION = new Scope("", "");

	public Scope {
		en = (en != null) ? en.strip() : "";
		zh = (zh != null) ? zh.strip() : "";
	}

	public static Scope of(String en, String zh) {
		Scope scope = new Scope(en, zh);
		return scope.isWholeRegion() ? WHOLE_REGION : scope;
	}

	public boolean isWholeRegion() {
		return this.en.isEmpty() && this.zh.isEmpty();
	}

	/**
	 * The scope of a value computed from inputs of these scopes: the narrowest of them. The whole
	 * region is wider than any named scope, so whole-region inputs leave a named scope as it is. Two
	 * different named scopes cannot be ordered (the data says nothing of how they nest), so the value
	 * describes both at once and its scope names them all, in the order of the inputs, joined by
	 * "; " ("；" in Chinese): narrower than the region, and comparable with nothing.
	 */
	public static Scope narrowest(Collection<Scope> inputs) {
		List<Scope> named = new ArrayList<>();
		for (Scope scope : inputs) {
			if (!scope.isWholeRegion() && !named.contains(scope)) {
				named.add(scope);
			}
		}
		if (named.isEmpty()) {
			return WHOLE_REGION;
		}
		if (named.size() == 1) {
			return named.get(0);
		}
		return new Scope(String.join("; ", named.stream().map(Scope::en).toList()),
				String.join("；", named.stream().map(Scope::zh).toList()));
	}

}
