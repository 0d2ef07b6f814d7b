package org.policybriefs.pdf;

import java.io.StringWriter;

import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import static org.assertj.core.api.Assertions.assertThat;

/** A brief's XHTML before and after it is set for its edition. */
class TypesettingTests {

	static String set(String language, String body) {
		Document document = LanguageMarkup.parse("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"" + language
				+ "\"><head><title>t</title></head><body>" + body + "</body></html>");
		Typesetting.forLanguage(language).apply(document);
		try {
			StringWriter out = new StringWriter();
			var transformer = TransformerFactory.newInstance().newTransformer();
			transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
			transformer.transform(new DOMSource(document.getElementsByTagName("body").item(0)), new StreamResult(out));
			return out.toString().replaceAll("^<body[^>]*>|</body>$", "");
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void setsAChineseEditionWithChinesePunctuationAndNestedQuotes() {
		assertThat(set("zh-CN", "<blockquote>“贵州押注“资源驱动”,用绿电和气候优势卡位算力基建。”</blockquote>"))
			.isEqualTo("<blockquote>“贵州押注‘资源驱动’，用绿电和气候优势卡位算力基建。”</blockquote>");
		assertThat(set("zh-CN", "<p>单个智算中心平均算力 (EFLOPS): 数据</p>"))
			.isEqualTo("<p>单个智算中心平均算力（EFLOPS）：数据</p>");
	}

	@Test
	void setsChinesePunctuationAroundAnElementInsideChineseText() {
		assertThat(set("zh-CN", "<p>相对北京的电价优势 <span class=\"unit\">(×)</span></p>"))
			.isEqualTo("<p>相对北京的电价优势<span class=\"unit\">（×）</span></p>");
	}

	@Test
	void setsAChineseQuotationInAnEnglishEditionAsChineseTextWithItsLatinWords() {
		assertThat(set("en", "<p>“算力規模突破2.8EFLOPS,占全國總量的12%” (Guizhou 贵州, Shanghai 上海)</p>"))
			.isEqualTo("<p>“算力規模突破2.8EFLOPS，占全國總量的12%” (Guizhou 贵州, Shanghai 上海)</p>");
	}

	@Test
	void leavesCodeAsItIs() {
		assertThat(set("zh-CN", "<p><code>a = b / (c, d)</code></p>")).isEqualTo("<p><code>a = b / (c, d)</code></p>");
		assertThat(set("en", "<p><code>x = \"y\"</code></p>")).isEqualTo("<p><code>x = \"y\"</code></p>");
	}

	@Test
	void keepsATraditionalQuoteInTheEnglishEditionButSetsItsPunctuation() {
		assertThat(set("en", "<p>The source: “貴州押注“資源驅動”,用綠電。” (Guizhou's bet, 'AI+')</p>"))
			.isEqualTo("<p>The source: “貴州押注‘資源驅動’，用綠電。” (Guizhou’s bet, ‘AI+’)</p>");
	}

	@Test
	void marksTheChineseTextOfHeadingsToBeKeptInWholeWords() {
		Document document = LanguageMarkup.parse("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-CN\"><head>"
				+ "<title>t</title></head><body><h1>中国人工智能算力竞赛中的上海</h1><h3><span>■</span> 上海 — 场景突围</h3>"
				+ "<p>上海</p><h2>Methodology</h2></body></html>");
		Typesetting.keepHeadingWords(document);
		assertThat(((org.w3c.dom.Element) document.getElementsByTagName("h1").item(0)).getAttribute("lang"))
			.isEqualTo("zh-CN" + LineBreaks.KEEP_WORDS);
		assertThat(((org.w3c.dom.Element) document.getElementsByTagName("h3").item(0)).getAttribute("lang"))
			.isEqualTo("zh-CN" + LineBreaks.KEEP_WORDS);
		assertThat(((org.w3c.dom.Element) document.getElementsByTagName("p").item(0)).hasAttribute("lang")).isFalse();
		assertThat(((org.w3c.dom.Element) document.getElementsByTagName("h2").item(0)).hasAttribute("lang")).isFalse();
	}

}
