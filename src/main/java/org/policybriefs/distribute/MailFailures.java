package org.policybriefs.distribute;

import java.io.IOException;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;

import org.springframework.mail.MailSendException;

/**
 * Tells a failure worth retrying (the server is unreachable, or answers 4xx) from one that is
 * not (5xx: the address or message is refused for good).
 */
final class MailFailures {

	private MailFailures() {
	}

	static boolean isTransient(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = next(cause)) {
			Integer code = smtpCode(cause);
			if (code != null) {
				return code >= 400 && code < 500;
			}
			if (cause instanceof IOException) {
				return true;
			}
		}
		return false;
	}

	static String describe(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = next(cause)) {
			if (smtpCode(cause) != null || next(cause) == null) {
				String message = cause.getMessage();
				return ((message != null) ? message.strip() : cause.getClass().getSimpleName());
			}
		}
		return String.valueOf(failure);
	}

	private static Throwable next(Throwable failure) {
		if (failure instanceof MailSendException send && failure.getCause() == null
				&& send.getMessageExceptions().length > 0) {
			return send.getMessageExceptions()[0];
		}
		return (failure.getCause() != failure) ? failure.getCause() : null;
	}

	/** The SMTP reply code of the mail client's send failures: refused message, sender or recipient. */
	private static Integer smtpCode(Throwable failure) {
		int code;
		if (failure instanceof SMTPSendFailedException send) {
			code = send.getReturnCode();
		}
		else if (failure instanceof SMTPAddressFailedException address) {
			code = address.getReturnCode();
		}
		else if (failure instanceof SMTPSenderFailedException sender) {
			code = sender.getReturnCode();
		}
		else {
			return null;
		}
		return (code > 0) ? code : null;
	}

}
