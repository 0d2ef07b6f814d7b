package org.policybriefs.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The input's text files as a run read them ({@code series.yml}, {@code commentary/}), by path
 * relative to the input folder. Kept in the database so that a worker on another machine renders
 * from the same words as the run, and a file edited during a run changes none of its briefs.
 */
@Repository
public class InputTexts {

	/** The folder of the analyst's commentary, under the input folder. */
	public static final String COMMENTARY = "commentary";

	private final NamedParameterJdbcTemplate jdbc;

	InputTexts(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void save(long instance, String path, String content) {
		this.jdbc.update("INSERT INTO input_text (job_instance_id, path, content) VALUES (:instance, :path, :content)",
				new MapSqlParameterSource("instance", instance).addValue("path", path).addValue("content", content));
	}

	void deleteAll(long instance) {
		this.jdbc.update("DELETE FROM input_text WHERE job_instance_id = :instance",
				new MapSqlParameterSource("instance", instance));
	}

	/** One file's text, if the input had it. */
	public Optional<String> find(long instance, String path) {
		return this.jdbc
			.queryForList("SELECT content FROM input_text WHERE job_instance_id = :instance AND path = :path",
					new MapSqlParameterSource("instance", instance).addValue("path", path), String.class)
			.stream()
			.findFirst();
	}

	/** Every text file of the run's input by its path, in path order. */
	public Map<String, String> findAll(long instance) {
		Map<String, String> texts = new LinkedHashMap<>();
		this.jdbc.query("SELECT path, content FROM input_text WHERE job_instance_id = :instance ORDER BY path",
				new MapSqlParameterSource("instance", instance),
				(rs) -> {
					texts.put(rs.getString("path"), rs.getString("content"));
				});
		return texts;
	}

	/** The text files of an input folder, by their path in it: series.yml and every file of commentary/ (but dotfiles), those present. */
	public static List<String> paths(Path folder) throws IOException {
		List<String> paths = new ArrayList<>();
		if (Files.isRegularFile(folder.resolve(Series.FILE))) {
			paths.add(Series.FILE);
		}
		Path commentary = folder.resolve(COMMENTARY);
		if (Files.isDirectory(commentary)) {
			try (Stream<Path> files = Files.list(commentary)) {
				files.filter((file) -> !file.getFileName().toString().startsWith(".") && Files.isRegularFile(file))
					.map((file) -> COMMENTARY + "/" + file.getFileName())
					.sorted()
					.forEach(paths::add);
			}
		}
		return paths;
	}

	/** The series the run's input describes; {@link Series#NONE} when it has no series.yml. */
	public Series series(long instance) {
		return find(instance, Series.FILE).map((content) -> Series.parse(Series.FILE, content)).orElse(Series.NONE);
	}

}
