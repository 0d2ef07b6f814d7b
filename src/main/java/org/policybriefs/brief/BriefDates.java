package org.policybriefs.brief;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

/**
 * Dates in one convention per edition, written by ICU: 2026年11月30日 in Chinese, 30 November 2026
 * in English. The patterns are the bundle's {@code date.day} and {@code date.month} (ICU date
 * patterns), so the convention is an editorial choice made in one place; without them the
 * locale's long date is used.
 */
final class BriefDates {

	private final ULocale locale;

	private final String dayPattern;

	private final String monthPattern;

	BriefDates(Locale locale, Function<String, String> messages) {
		this.locale = ULocale.forLocale(locale);
		this.dayPattern = messages.apply("date.day");
		this.monthPattern = messages.apply("date.month");
	}

	/** A day: "30 November 2026", "2026年11月30日". */
	String day(LocalDate date) {
		return format(date.getYear(), date.getMonthValue(), date.getDayOfMonth(), this.dayPattern, DateFormat.LONG);
	}

	/** A month: "November 2026", "2026年11月". */
	String month(YearMonth month) {
		DateFormat format = (this.monthPattern != null) ? new SimpleDateFormat(this.monthPattern, this.locale)
				: DateFormat.getInstanceForSkeleton(DateFormat.YEAR_MONTH, this.locale);
		return format(format, month.getYear(), month.getMonthValue(), 1);
	}

	/**
	 * A date as a source gives it, in ISO form: a day ("2024-05-03"), a month ("2024-05") or a
	 * year ("2024"); anything else is returned as it is, since it is data, not a date.
	 */
	String iso(String text) {
		if (text == null || text.isBlank()) {
			return "";
		}
		String value = text.strip();
		try {
			if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
				return day(LocalDate.parse(value));
			}
			if (value.matches("\\d{4}-\\d{2}")) {
				return month(YearMonth.parse(value));
			}
		}
		catch (DateTimeParseException ex) {
			return value;
		}
		return value;
	}

	private String format(int year, int month, int day, String pattern, int style) {
		DateFormat format = (pattern != null) ? new SimpleDateFormat(pattern, this.locale)
				: DateFormat.getDateInstance(style, this.locale);
		return format(format, year, month, day);
	}

	private static String format(DateFormat format, int year, int month, int day) {
		TimeZone utc = TimeZone.GMT_ZONE;
		format.setTimeZone(utc);
		GregorianCalendar calendar = new GregorianCalendar(utc);
		calendar.clear();
		calendar.set(year, month - 1, day);
		return format.format(calendar.getTime());
	}

}
