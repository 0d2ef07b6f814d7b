package org.policybriefs.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Reads the input's text files — {@code series.yml} and the Markdown of {@code commentary/} — into
 * {@link InputTexts}, refusing one that is not UTF-8, too long, or (series.yml) not what it must be,
 * with the file and line.
 */
class InputTextsTasklet implements Tasklet {

	/** Far above any series file or commentary, far below the column that keeps it. */
	static final int MAX_CHARS = 200_000;

	private final InputTexts texts;

	private final Path folder;

	InputTextsTasklet(InputTexts texts, Path folder) {
		this.texts = texts;
		this.folder = folder;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
		long instance = contribution.getStepExecution().getJobExecution().getJobInstance().getInstanceId();
		// a restart after a failure half-way reads the files again from the start
		this.texts.deleteAll(instance);
		for (String path : InputTexts.paths(this.folder)) {
			String content = read(path);
			if (Series.FILE.equals(path)) {
				Series.parse(path, content);
			}
			this.texts.save(instance, path, content);
			contribution.incrementReadCount();
		}
		return RepeatStatus.FINISHED;
	}

	private String read(String path) throws IOException {
		Path file = this.folder.resolve(path);
		if (Files.size(file) > 4L * MAX_CHARS) {
			throw tooLong(path);
		}
		String content;
		try {
			content = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(Files.readAllBytes(file)))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new InputFileException(path, 0, "not UTF-8 text; save it as UTF-8");
		}
		if (content.length() > MAX_CHARS) {
			throw tooLong(path);
		}
		return content.startsWith("\uFEFF") ? content.substring(1) : content;
	}

	private static InputFileException tooLong(String path) {
		return new InputFileException(path, 0, "longer than " + MAX_CHARS + " characters; split it into shorter files");
	}

}
