package org.policybriefs.editions;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybriefs.files.Sha256;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * A published edition read back as untrusted input, on real files: each way it can have been
 * edited, cut or replaced is refused with the file (and the line where there is one), quickly
 * and without reading more than the limits allow. "Re-hashed" cases also rewrite the manifest,
 * as someone covering an edit would, so that the schema checks are what refuses them.
 */
class EditionVerificationTests {

	private static final LocalDate AS_OF = LocalDate.parse("2026-11-27");

	@TempDir
	Path output;

	Path folder;

	Path indicators;

	@BeforeEach
	void publishedEdition() throws Exception {
		this.folder = this.output.resolve(AS_OF.toString());
		Files.createDirectories(this.folder);
		this.indicators = this.folder.resolve(IndicatorsCsv.FILE);
		try (OutputStream out = Files.newOutputStream(this.indicators)) {
			IndicatorsCsv.write(out, (rows) -> {
				rows.accept(row("SH", "ai_companies", 777.0, ">"));
				rows.accept(row("GZ", "compute_capacity", -3.5, "="));
				rows.accept(row("BJ", "computing_centers", null, ""));
			});
		}
		rehash();
	}

	private static IndicatorsCsv.Row row(String region, String indicator, Double value, String qualifier) {
		return new IndicatorsCsv.Row(region, indicator, "2024", value, qualifier, "firms", "observed", "", List.of("S1"),
				"", (value == null) ? "not reported" : null, "", "", (value != null) ? "calendar year" : "", false, true);
	}

	/** Rewrites the manifest so that it lists the file as it is now. */
	private void rehash() {
		try {
			new EditionManifest(AS_OF.toString(), "fingerprint", List.of(),
					List.of(new EditionManifest.DataFile(IndicatorsCsv.FILE, Files.size(this.indicators),
							Sha256.of(this.indicators))),
					null, null)
				.writeTo(this.folder);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private List<EditionValue> read() {
		return read(EditionsProperties.DEFAULTS);
	}

	private List<EditionValue> read(EditionsProperties limits) {
		return assertTimeoutPreemptively(Duration.ofSeconds(20), () -> new Editions(this.output, limits).values(AS_OF));
	}

	private String indicatorsText() throws Exception {
		return Files.readString(this.indicators);
	}

	@Test
	void anIntactEditionIsReadWithItsNegativeNumbersAndQualifiers() {
		assertThat(read()).extracting(EditionValue::region, EditionValue::value, EditionValue::qualifier)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("SH", 777.0, ">"),
					org.assertj.core.groups.Tuple.tuple("GZ", -3.5, "="));
	}

	@Test
	void anEditedValueIsRefused() throws Exception {
		Files.writeString(this.indicators, indicatorsText().replace(",777,", ",2000,"));

		assertThatThrownBy(this::read).isInstanceOf(EditionRefusedException.class)
			.hasMessageStartingWith(this.indicators.toString())
			.hasMessageContaining("but the manifest lists");
	}

	@Test
	void anEditOfTheSameLengthIsRefusedByItsSha256() throws Exception {
		Files.writeString(this.indicators, indicatorsText().replace(",777,", ",999,"));

		assertThatThrownBy(this::read).isInstanceOf(EditionRefusedException.class)
			.hasMessageStartingWith(this.indicators.toString())
			.hasMessageContaining("sha256");
	}

	@Test
	void aTruncatedFileIsRefused() throws Exception {
		String text = indicatorsText();
		Files.writeString(this.indicators, text.substring(0, text.length() / 2));

		assertThatThrownBy(this::read).isInstanceOf(EditionRefusedException.class)
			.hasMessageStartingWith(this.indicators.toString());
	}

	@Test
	void aTruncatedFileWithItsManifestRehashedIsRefusedAtItsLine() throws Exception {
		String text = indicatorsText();
		Files.writeString(this.indicators, text.substring(0, text.indexOf("GZ,compute_capacity") + 25));
		rehash();

		assertThatThrownBy(this::read).isInstanceOf(EditionRefusedException.class)
			.hasMessageStartingWith(this.indicators + ", line 3: has ");
	}

	@Test
	void duplicateKeysAreRefusedWithBothLines() throws Exception {
		String text = indicatorsText();
		Files.writeString(this.indicators, text + text.lines().skip(1).findFirst().orElseThrow().replace(",777,", ",2000,")
				+ "\n");
		rehash();

		assertThatThrownBy(this::read).isInstanceOf(EditionRefusedException.class)
			.hasMessageStartingWith(this.indicators + ", line 5: SH ai_companies 2024 from S1 is here a second time (first on line 2)");
	}

	@Test
	void aFigurePreferredTwiceIsRefusedWithBothLines() throws Exception {
		String text = indicatorsText();
		Files.writeString(this.indicators, text + text.lines().skip(1).findFirst().orElseThrow().replace(",S1,", ",S10,")
				+ "\n");
		rehash();

		assertThatThrownBy(this::read).isInstanceOf(EditionRefusedException.class)
			.hasMessageStartingWith(this.indicators + ", line 5: SH ai_companies 2024 is preferred a second time (first on line 2)");
	}

	@Test
	void anotherSourcesValueOfAFigureIsReadBesideThePreferredOne() throws Exception {
		String text = indicatorsText();
		Files.writeString(this.indicators, text + text.lines().skip(1).findFirst().orElseThrow().replace(",S1,", ",S10,")
			.replace(",777,", ",2000,").replaceAll(",true$", ",false") + "\n");
		rehash();

		assertThat(read()).filteredOn((value) -> value.indicator().equals("ai_companies"))
			.extracting((value) -> value.value() + " " + value.sources() + " " + value.preferred())
			.containsExactly("777.0 [S1] true", "2000.0 [S10] false");
	}

	@Test
	void aFormulaQualifierIsRefusedAtItsLine() throws Exception {
		Files.writeString(this.indicators, indicatorsText().replace(",777,>,", ",777,\"=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\","));
		rehash();

		assertThatThrownBy(this::read).isInstanceOf(EditionRefusedException.class)
			.hasMessageStartingWith(this.indicators + ", line 2: qualifier '=HYPERLINK");
	}

	@Test
	void notUtf8IsRefused() throws Exception {
		byte[] text = indicatorsText().getBytes(StandardCharsets.UTF_8);
		byte[] bad = new byte[text.length + 2];
		System.arraycopy(text, 0, bad, 0, text.length);
		bad[text.length] = (byte) 0xC3;
		bad[text.length + 1] = (byte) 0x28;
		Files.write(this.indicators, bad);
		rehash();

		assertThatThrownBy(this::read).isInstanceOf(EditionRefusedException.class)
			.hasMessageContaining(this.indicators.toString())
			.hasMessageContaining("not UTF-8");
	}

	@Test
	void aHexOrInfiniteNumberIsRefused() throws Exception {
		Files.writeString(this.indicators, indicatorsText().replace(",777,", ",0x10p0,"));
		rehash();

		assertThatThrownBy(this::read).isInstanceOf(EditionRefusedException.class)
			.hasMessageStartingWith(this.indicators + ", line 2: value '0x10p0' is not a plain number");
	}

	@Test
	void garbageInTheManifestIsRefused() throws Exception {
		Files.writeString(this.folder.resolve(EditionManifest.FILE), "\u0000\u0001 not json {{{");

		assertThatThrownBy(this::read).isInstanceOf(EditionRefusedException.class)
			.hasMessageStartingWith(this.folder.resolve(EditionManifest.FILE) + ", line 1: not a manifest this tool wrote");
	}

	@Test
	void threeMillionAppendedRowsAreRefusedWithoutReadingThem() throws Exception {
		appendRows(3_000_000);

		assertThatThrownBy(this::read).isInstanceOf(EditionRefusedException.class)
			.hasMessageStartingWith(this.indicators.toString())
			.hasMessageContaining("but the manifest lists");
	}

	@Test
	void rowsBeyondTheLimitAreRefusedEvenWhenTheManifestListsThem() throws Exception {
		appendRows(3_000_000);
		rehash();

		assertThatThrownBy(() -> read(new EditionsProperties(DataSize.ofMegabytes(256), 100_000, null, false)))
			.isInstanceOf(EditionRefusedException.class)
			.hasMessageStartingWith(this.indicators + ", line 100002: more than briefs.editions.max-rows (100000) rows");
		assertThatThrownBy(() -> read(new EditionsProperties(DataSize.ofMegabytes(1), 1_000_000, null, false)))
			.isInstanceOf(EditionRefusedException.class)
			.hasMessageContaining("more than briefs.editions.max-bytes");
	}

	@Test
	void aFifoInPlaceOfTheFileIsRefusedWithoutBlocking() throws Exception {
		Files.delete(this.indicators);
		assertThat(new ProcessBuilder("mkfifo", this.indicators.toString()).start().waitFor()).isZero();

		assertThatThrownBy(this::read).isInstanceOf(EditionRefusedException.class)
			.hasMessage(this.indicators + ": is not a regular file (a link, a folder, a pipe or a device)");
	}

	@Test
	void aFifoInPlaceOfTheManifestIsRefusedWithoutBlocking() throws Exception {
		Path manifest = this.folder.resolve(EditionManifest.FILE);
		Files.delete(manifest);
		assertThat(new ProcessBuilder("mkfifo", manifest.toString()).start().waitFor()).isZero();

		assertThat(new Editions(this.output).published()).containsExactly(AS_OF);
		assertThatThrownBy(this::read).isInstanceOf(EditionRefusedException.class)
			.hasMessageStartingWith(manifest + ": is not a regular file");
	}

	private void appendRows(int rows) throws Exception {
		try (BufferedWriter writer = Files.newBufferedWriter(this.indicators, StandardOpenOption.APPEND)) {
			for (int i = 0; i < rows; i++) {
				writer.write("R" + i + ",ai_companies,2024,1,=,firms,observed,,S1,,,,,calendar year,,true\n");
			}
		}
	}

}
