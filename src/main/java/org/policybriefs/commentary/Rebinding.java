package org.policybriefs.commentary;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.policybriefs.editions.Editions;

/**
 * What {@code rebind} does: records that the analyst re-read passages against the values of the
 * latest published edition (the brief they read), in the input's {@code commentary/bindings.csv},
 * so that the next run no longer lists them as stale. It reads only files: the input's commentary
 * and the edition's {@code passages.csv}, verified against its manifest.
 */
public final class Rebinding {

	private Rebinding() {
	}

	/**
	 * @param targets passages as {@code FILE:LINE} (a file of {@code commentary/}, a line of the passage); ignored with {@code all}
	 * @param all every passage the latest edition lists as stale
	 * @return a line per figure bound anew
	 * @throws CommentaryException when there is no edition, a target names no passage, or a file cannot be used
	 */
	public static List<String> rebind(Path input, Path output, List<String> targets, boolean all) {
		Editions editions = new Editions(output);
		LocalDate latest = editions.latest()
			.orElseThrow(() -> new CommentaryException(output.toString(), 0, "has no published edition: run the briefs"
					+ " first; passages are bound to today's values when first published"));
		Path file = editions.verifiedFile(latest, PassagesCsv.FILE)
			.orElseThrow(() -> new CommentaryException(editions.folder(latest).toString(), 0, "lists no "
					+ PassagesCsv.FILE + ": the edition has no commentary to rebind"));
		List<PassagesCsv.Row> rows = PassagesCsv.read(file);
		List<PassagesCsv.Row> chosen = new ArrayList<>();
		if (all) {
			rows.stream().filter((row) -> "stale".equals(row.status())).forEach(chosen::add);
		}
		else {
			List<CommentaryFiles.Parsed> files = CommentaryFiles.read(input, null);
			for (String target : targets) {
				Passage passage = passageAt(files, target, input);
				String name = target.substring(0, target.lastIndexOf(':'));
				List<PassagesCsv.Row> ofPassage = rows.stream()
					.filter((row) -> row.file().equals(fileName(name)) && row.hash().equals(passage.hash()))
					.toList();
				if (ofPassage.isEmpty()) {
					throw new CommentaryException(target, 0, "this passage is not in the edition of " + latest
							+ " as it is written now (new or edited since): the next run binds it to that day's values,"
							+ " so there is nothing to rebind");
				}
				chosen.addAll(ofPassage);
			}
		}
		Path bindingsFile = input.resolve(CommentaryFiles.FOLDER).resolve(BindingsCsv.FILE);
		Map<PassageBinder.Key, BoundValue> bindings = BindingsCsv.read(bindingsFile, bindingsFile.toString());
		List<String> done = new ArrayList<>();
		for (PassagesCsv.Row row : chosen) {
			if (row.now() == null) {
				throw new CommentaryException(input.resolve(CommentaryFiles.FOLDER).resolve(row.file()).toString(),
						row.line(), row.figure() + " has no value any more: rewrite the passage instead");
			}
			bindings.put(row.key(), row.now());
			done.add(input.resolve(CommentaryFiles.FOLDER).resolve(row.file()) + ":" + row.line() + "  " + row.figure()
					+ ": bound to " + row.now().quantity() + " (" + row.now().period() + ", edition of " + latest + ")");
		}
		if (!done.isEmpty()) {
			BindingsCsv.write(bindingsFile, bindings);
		}
		return done;
	}

	/** The passage a {@code FILE:LINE} names: the one that starts on the line or spans it. */
	private static Passage passageAt(List<CommentaryFiles.Parsed> files, String target, Path input) {
		int colon = target.lastIndexOf(':');
		if (colon < 1 || !target.substring(colon + 1).matches("[0-9]{1,9}")) {
			throw new CommentaryException(target, 0, "is not FILE:LINE (as summary.en.md:3 or input/commentary/summary.en.md:3)");
		}
		String name = fileName(target.substring(0, colon));
		int line = Integer.parseInt(target.substring(colon + 1));
		CommentaryFiles.Parsed file = files.stream()
			.filter((parsed) -> parsed.name().file().equals(name))
			.findFirst()
			.orElseThrow(() -> new CommentaryException(target, 0, "there is no " + name + " in "
					+ input.resolve(CommentaryFiles.FOLDER)));
		Passage found = null;
		for (CommentaryBlock block : file.blocks()) {
			for (Passage passage : block.passages()) {
				int last = passage.line() + (int) passage.source().lines().count() - 1;
				if (line >= passage.line() && line <= last) {
					found = passage;
				}
			}
		}
		if (found == null) {
			throw new CommentaryException(file.where(), line, "no passage starts on or spans this line");
		}
		return found;
	}

	/** The file's name whether given alone or with its folder: {@code input/commentary/x.en.md} → {@code x.en.md}. */
	private static String fileName(String given) {
		return Path.of(given).getFileName().toString();
	}

}
