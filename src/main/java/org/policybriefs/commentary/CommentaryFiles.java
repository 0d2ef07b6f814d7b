package org.policybriefs.commentary;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The files of an input's {@code commentary/} folder, each read and parsed: general files first,
 * then each region's in the order of regions.csv. A missing folder is no commentary. Names
 * starting with a dot (an editor's swap files) are passed over, and {@code bindings.csv} is read
 * by {@link BindingsCsv}; any other file must be named as a commentary file.
 */
final class CommentaryFiles {

	static final String FOLDER = "commentary";

	static final long MAX_BYTES = 1024 * 1024;

	private CommentaryFiles() {
	}

	/** A parsed file. */
	record Parsed(CommentaryFileName name, String where, List<CommentaryBlock> blocks) {
	}

	/**
	 * Reads the files from the input folder (the rebind command, which runs without a run).
	 * @param regions the region codes in regions.csv order; null to accept any code
	 */
	static List<Parsed> read(Path input, List<String> regions) {
		Path folder = input.resolve(FOLDER);
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		List<Path> files;
		try (Stream<Path> listed = Files.list(folder)) {
			files = listed.sorted().toList();
		}
		catch (IOException ex) {
			throw new CommentaryException(folder.toString(), 0, "cannot be listed: " + ex);
		}
		Map<String, String> texts = new LinkedHashMap<>();
		for (Path file : files) {
			String name = file.getFileName().toString();
			if (!name.startsWith(".") && !name.equals(BindingsCsv.FILE)) {
				texts.put(FOLDER + "/" + name, text(file, file.toString()));
			}
		}
		return parse(input, texts, regions);
	}

	/**
	 * Parses the files as a run read them (by their path in the input folder; other paths are passed over).
	 * @param input the input folder, to name each file as the analyst knows it
	 * @param regions the region codes in regions.csv order; null to accept any code
	 */
	static List<Parsed> parse(Path input, Map<String, String> texts, List<String> regions) {
		List<Parsed> parsed = new ArrayList<>();
		for (Map.Entry<String, String> text : texts.entrySet()) {
			String name = text.getKey().substring(text.getKey().indexOf('/') + 1);
			if (!text.getKey().startsWith(FOLDER + "/") || name.startsWith(".") || name.equals(BindingsCsv.FILE)) {
				continue;
			}
			String where = input.resolve(text.getKey()).toString();
			CommentaryFileName fileName = CommentaryFileName.parse(name,
					(regions != null) ? Set.copyOf(regions) : null, where);
			parsed.add(new Parsed(fileName, where, CommentaryMarkdown.parse(where, text.getValue())));
		}
		return parsed.stream()
			.sorted(Comparator.comparingInt((Parsed p) -> p.name().regional()
					? 1 + ((regions != null) ? regions.indexOf(p.name().region()) : 0) : 0))
			.toList();
	}

	private static String text(Path file, String where) {
		try {
			if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
				throw new CommentaryException(where, 0, "is not a regular file; commentary files are plain text files");
			}
			if (Files.size(file) > MAX_BYTES) {
				throw new CommentaryException(where, 0, "is larger than " + MAX_BYTES + " bytes; split it or shorten it");
			}
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(Files.readAllBytes(file)))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new CommentaryException(where, 0, "is not UTF-8 text; save it as UTF-8");
		}
		catch (IOException ex) {
			throw new CommentaryException(where, 0, "cannot be read: " + ex);
		}
	}

}
