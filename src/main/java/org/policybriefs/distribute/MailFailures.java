package org.policybriefs.distribute;

import java.io.IOException;
import java.lang.reflect.Method;

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

	/** The SMTP reply code of the mail client's send failures, read without compiling against the client. */
	private static Integer smtpCode(Throwable failure) {
		try {
			Method returnCode = failure.getClass().getMethod("getReturnCode");
			Object code = returnCode.invoke(failure);
			return (code instanceof Integer value && value > 0) ? value : null;
		}
		catch (ReflectiveOperationException ex) {
			return null;
		}
	}

}
