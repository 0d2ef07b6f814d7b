package org.policybriefs.indicators;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;

/**
 * A parsed and checked formula of a derived indicator. It is interpreted here, never executed by
 * SpEL, so a formula can only compute arithmetic on indicator values.
 */
public final class Formula {

	private final String source;

	private final Node root;

	private final Set<Reference> references;

	private Formula(String source, Node root) {
		this.source = source;
		this.root = root;
		Set<Reference> references = new LinkedHashSet<>();
		root.collect(references);
		this.references = Collections.unmodifiableSet(references);
	}

	/**
	 * Parses a formula, refusing anything outside the formula language.
	 * @throws FormulaException with a reason a catalog author can act on
	 */
	public static Formula parse(String source) {
		return new Formula(source, FormulaTranslator.translate(source));
	}

	public String source() {
		return this.source;
	}

	/** The references in order of first appearance. */
	public Set<Reference> references() {
		return this.references;
	}

	/** The indicator codes referenced, in any region, in order of first appearance. */
	public Set<String> indicatorCodes() {
		Set<String> codes = new LinkedHashSet<>();
		this.references.forEach((reference) -> codes.add(reference.indicator()));
		return Collections.unmodifiableSet(codes);
	}

	/** The formula in words for a methodology section, such as "Compute capacity ÷ Computing centres". */
	public String toWords(Function<String, String> nameOf) {
		return toWords(nameOf, (region) -> region);
	}

	/** The formula in words, another region's figure named by that region's name: "Guizhou: Special electricity tariff". */
	public String toWords(Function<String, String> nameOf, Function<String, String> regionNameOf) {
		return toWords(nameOf, regionNameOf, FormulaWords.ENGLISH);
	}

	/** The formula in the words of a brief's language. */
	public String toWords(Function<String, String> nameOf, Function<String, String> regionNameOf, FormulaWords words) {
		return this.root.write(FormulaWriter.words(nameOf, regionNameOf, words));
	}

	public FormulaResult evaluate(String region, String period, Lookup lookup) {
		return new Evaluation(region, period, lookup).run(this.root);
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof Formula formula) && this.source.equals(formula.source);
	}

	@Override
	public int hashCode() {
		return this.source.hashCode();
	}

	@Override
	public String toString() {
		return this.source;
	}

}
