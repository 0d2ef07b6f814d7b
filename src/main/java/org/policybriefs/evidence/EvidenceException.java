package org.policybriefs.evidence;

/** evidence.yml cannot be used: the message names the file, the entry and what to write instead. */
public class EvidenceException extends RuntimeException {

	EvidenceException(String message) {
		super(message);
	}

}
