package org.policybriefs.jobs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybriefs.BriefWorkspace;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The topic is the input's, the tool only brings its vocabulary: the shipped input rewritten to
 * another topic — a synthetic one, labelled as such, made by replacing every word of the first topic
 * in every input file — gives briefs in which no word of the first topic is left, in the text or the
 * metadata of any brief, in either language.
 */
@Tag("database")
@SpringBootTest
class TopicRewriteFunctionalTests {

	/** The first topic's words and what the synthetic second topic says instead, longest first. */
	private static final Map<String, String> REWRITE = new LinkedHashMap<>();

	static {
		REWRITE.put("China's", "Atlantis's");
		REWRITE.put("Chinese", "Atlantean");
		REWRITE.put("China", "Atlantis");
		REWRITE.put("china", "atlantis");
		REWRITE.put("Guizhou", "Brinmoor");
		REWRITE.put("guizhou", "brinmoor");
		REWRITE.put("Shanghai", "Calder Bay");
		REWRITE.put("Beijing", "Dunmere");
		REWRITE.put("AI Compute", "Tidal Power");
		REWRITE.put("AI compute", "tidal power");
		REWRITE.put("computing power", "tidal power");
		REWRITE.put("computing-power", "tidal-power");
		REWRITE.put("Computing power", "Tidal power");
		REWRITE.put("EFLOPS", "GW");
		REWRITE.put("EFlops", "GW");
		REWRITE.put("人工智能", "潮汐");
		REWRITE.put("算力", "潮能");
		REWRITE.put("中国", "甲国");
		REWRITE.put("中國", "甲國");
		REWRITE.put("全国", "甲国全境");
		REWRITE.put("全國", "甲國全境");
		REWRITE.put("贵州", "乙省");
		REWRITE.put("貴州", "乙省");
		REWRITE.put("上海", "丙湾");
		REWRITE.put("北京", "丁城");
	}

	/** Words that identify the first topic; none may be left (English case-insensitive). */
	private static final List<String> FIRST_TOPIC = List.of("china", "guizhou", "shanghai", "beijing", "ai compute",
			"computing power", "eflops", "人工智能", "算力", "中国", "中國", "贵州", "貴州", "上海", "北京");

	@TempDir
	Path temp;

	@Autowired
	BriefRuns briefRuns;

	@Test
	void noWordOfTheFirstTopicSurvivesARewrittenInput() throws IOException {
		// given: the shipped input with every word of its topic replaced (a synthetic topic)
		BriefWorkspace workspace = new BriefWorkspace(this.temp);
		try (Stream<Path> files = Files.walk(workspace.input())) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				String content = Files.readString(file, StandardCharsets.UTF_8);
				for (Map.Entry<String, String> word : REWRITE.entrySet()) {
					content = content.replace(word.getKey(), word.getValue());
				}
				Files.writeString(file, content, StandardCharsets.UTF_8);
			}
		}
		assertThat(leftIn(workspace.input())).as("words of the first topic left in the rewritten input").isEmpty();

		// when
		RunOutcome outcome = this.briefRuns.run(workspace.request("2026-12-06", List.of("all"), List.of("en", "zh-CN")));

		// then
		assertThat(outcome.status()).isEqualTo(RunOutcome.Status.COMPLETED);
		List<Path> briefs;
		try (Stream<Path> files = Files.list(workspace.published("2026-12-06"))) {
			briefs = files.filter((file) -> file.toString().endsWith(".pdf")).sorted().toList();
		}
		assertThat(briefs).hasSize(8);
		List<String> found = new ArrayList<>();
		for (Path brief : briefs) {
			String text = BriefWorkspace.pdfText(brief) + "\n" + metadata(brief);
			assertThat(text).contains(brief.getFileName().toString().contains("zh-CN") ? "潮能" : "tidal power");
			for (String word : FIRST_TOPIC) {
				if (text.toLowerCase(Locale.ROOT).contains(word)) {
					found.add(brief.getFileName() + ": " + word);
				}
			}
		}
		assertThat(found).as("words of the first topic in the briefs").isEmpty();
	}

	private static List<String> leftIn(Path input) throws IOException {
		List<String> left = new ArrayList<>();
		try (Stream<Path> files = Files.walk(input)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				String content = Files.readString(file, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
				FIRST_TOPIC.stream().filter(content::contains).forEach((word) -> left.add(file.getFileName() + ": " + word));
			}
		}
		return left;
	}

	private static String metadata(Path pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			PDDocumentInformation info = document.getDocumentInformation();
			String xmp = "";
			if (document.getDocumentCatalog().getMetadata() != null) {
				xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
			}
			return String.join("\n", String.valueOf(info.getTitle()), String.valueOf(info.getSubject()),
					String.valueOf(info.getKeywords()), String.valueOf(info.getAuthor()), xmp);
		}
	}

}
