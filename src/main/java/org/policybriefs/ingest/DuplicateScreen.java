package org.policybriefs.ingest;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Remembers, in a fixed 8 MB whatever the size of the file, which keys a step has loaded (a
 * Bloom filter), so that after the step only the few keys that may repeat are looked up instead
 * of grouping the whole table. A key it has possibly seen before becomes a candidate; if there
 * are too many candidates to keep, duplicate detection falls back to one query over the table.
 * One per step execution (step scope): the writer fills it, the step listener reads it.
 */
class DuplicateScreen {

	private static final int BITS = 1 << 26;

	private static final int HASHES = 3;

	static final int MAX_CANDIDATES = 10_000;

	private final long[] bits = new long[BITS / Long.SIZE];

	private final Set<List<String>> candidates = new LinkedHashSet<>();

	private boolean overflowed;

	/** Notes the keys of loaded rows, in the order they were loaded. */
	void addAll(List<List<String>> keys) {
		keys.forEach(this::add);
	}

	/** Notes a loaded row's key; remembers it as a candidate when it may have been loaded before. */
	void add(List<String> key) {
		long hash = hash(key);
		int first = (int) hash;
		int second = (int) (hash >>> 32) | 1;
		boolean seen = true;
		for (int i = 0; i < HASHES; i++) {
			int bit = (first + i * second) & (BITS - 1);
			long mask = 1L << bit;
			if ((this.bits[bit >>> 6] & mask) == 0) {
				seen = false;
				this.bits[bit >>> 6] |= mask;
			}
		}
		if (seen && !this.overflowed) {
			this.candidates.add(key);
			if (this.candidates.size() > MAX_CANDIDATES) {
				this.overflowed = true;
				this.candidates.clear();
			}
		}
	}

	/** The keys that may repeat; empty means no key repeats. Only meaningful when not {@link #overflowed()}. */
	Set<List<String>> candidates() {
		return this.candidates;
	}

	boolean overflowed() {
		return this.overflowed;
	}

	/**
	 * A 64-bit hash of the key's fields: FNV-1a with a separator, so that ("ab","c") and ("a","bc")
	 * differ, then MurmurHash3's finaliser, so that both halves are well mixed.
	 */
	private static long hash(List<String> key) {
		long hash = 0xcbf29ce484222325L;
		for (String field : key) {
			for (int i = 0; i < field.length(); i++) {
				hash = (hash ^ field.charAt(i)) * 0x100000001b3L;
			}
			hash = (hash ^ 0xFFFF) * 0x100000001b3L;
		}
		hash = (hash ^ (hash >>> 33)) * 0xff51afd7ed558ccdL;
		hash = (hash ^ (hash >>> 33)) * 0xc4ceb9fe1a85ec53L;
		return hash ^ (hash >>> 33);
	}

}
