package org.policybriefs.commentary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The analyst's commentary of one run: every file of {@code input/commentary/}, each passage bound to
 * the values it was written against, and what a brief does with a stale one.
 */
public record Commentary(List<BoundFile> files, StaleMode mode, List<String> unbound) {

	/** No commentary: an input without a commentary folder. */
	public static final Commentary NONE = new Commentary(List.of(), StaleMode.MARK);

	/**
	 * @param unbound a line per number typed in a passage's text that is one of the run's values, as
	 * {@code validate} and {@code run} list them (see {@link UnboundNumbers})
	 */
	public Commentary {
		files = List.copyOf(files);
		unbound = List.copyOf(unbound);
	}

	public Commentary(List<BoundFile> files, StaleMode mode) {
		this(files, mode, List.of());
	}

	/** The names of an input's commentary files relative to the input, {@code commentary/summary.en.md}, for its fingerprint. */
	public static List<String> files(Path input) {
		Path folder = input.resolve(CommentaryFiles.FOLDER);
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> listed = Files.list(folder)) {
			return listed.map((file) -> CommentaryFiles.FOLDER + "/" + file.getFileName()).sorted().toList();
		}
		catch (IOException ex) {
			throw new CommentaryException(folder.toString(), 0, "cannot be listed: " + ex);
		}
	}

	/** The files of a section in a language, general ones first, then by region in file-name order. */
	public List<BoundFile> of(CommentarySection section, String locale) {
		return this.files.stream()
			.filter((file) -> file.name().section() == section && file.name().locale().equals(locale))
			.toList();
	}

	/** Every passage, file by file. */
	public List<BoundPassage> passages() {
		return this.files.stream()
			.flatMap((file) -> file.blocks().stream())
			.flatMap((block) -> block.passages().stream())
			.toList();
	}

	public List<BoundPassage> stale() {
		return passages().stream().filter(BoundPassage::stale).toList();
	}

	/** A line per stale figure, as {@code validate} and {@code run} list them. */
	public List<String> staleLines() {
		return stale().stream().flatMap((passage) -> passage.staleLines().stream()).toList();
	}

	/** The rows of the edition's passages.csv. */
	public List<PassagesCsv.Row> rows() {
		return PassagesCsv.rows(passages());
	}

	/** Whether a brief shows this passage: all but stale ones when stale passages are left out. */
	public boolean shows(BoundPassage passage) {
		return !(passage.stale() && this.mode == StaleMode.OMIT);
	}

	/** One commentary file, as bound. */
	public record BoundFile(CommentaryFileName name, String where, List<BoundBlock> blocks) {
	}

	/** A paragraph, or a list of passages. */
	public record BoundBlock(CommentaryBlock.Kind kind, List<BoundPassage> passages) {
	}

}
