package org.policybriefs.web;

import java.util.List;

import org.policybriefs.editions.EditionsProperties;
import org.policybriefs.indicators.IndicatorValues;
import org.policybriefs.ingest.IngestedData;
import org.policybriefs.jobs.BriefRuns;
import org.policybriefs.jobs.ServeProperties;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * The web slice that the controller tests share: the API and page controllers with the real security
 * rules, request checks and templates, and mocks for what reads the database or starts runs.
 */
@WebMvcTest(controllers = { RunsApiController.class, RunsPageController.class, DataPageController.class },
		properties = { "spring.main.web-application-type=servlet", "briefs.users[0].name=ana",
				"briefs.users[0].password={noop}analyst-secret", "briefs.users[0].roles=ANALYST",
				"briefs.users[1].name=olga", "briefs.users[1].password={noop}operator-secret",
				"briefs.users[1].roles=OPERATOR", "briefs.serve.output=target/web-slice-tests/no-editions" })
@Import({ SecurityConfiguration.class, PageEscaping.class, RunLauncher.class })
@EnableConfigurationProperties({ ServeProperties.class, EditionsProperties.class })
abstract class WebSliceTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	RunHistory history;

	@MockitoBean
	PublishedFiles files;

	@MockitoBean
	BriefRuns runs;

	@MockitoBean
	IngestedData ingested;

	@MockitoBean
	IndicatorValues values;

	MockHttpServletResponse call(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse();
	}

	static MockHttpServletRequestBuilder asAnalyst(MockHttpServletRequestBuilder request) {
		return request.with(httpBasic("ana", "analyst-secret"));
	}

	static MockHttpServletRequestBuilder asOperator(MockHttpServletRequestBuilder request) {
		return request.with(httpBasic("olga", "operator-secret"));
	}

	/** A completed run of one brief as of the date given. */
	static RunSummary completed(long id, long instance, String asOf) {
		return new RunSummary(id, instance, asOf, "on demand", "COMPLETED", false, asOf + " 10:00", asOf + " 10:01",
				"1 min", new RunSummary.Counts(12, 10, 2), 1, new RunSummary.Deliveries(0, 0, 0, 0, 0),
				new RunSummary.Progress(7, 7, null, 1, 1, 100), List.of());
	}

}
