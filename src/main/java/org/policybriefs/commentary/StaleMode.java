package org.policybriefs.commentary;

/** What a brief does with a stale passage (one written against a value that has since changed). */
public enum StaleMode {

	/** Print it with a visible marker and a note of the value it was written against. */
	MARK,
	/** Leave it out. */
	OMIT,
	/** Stop the run, naming the stale passages. */
	FAIL

}
