package org.pledgewatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

class CopyKeepingResponseTest {

	final MockHttpServletResponse client = new MockHttpServletResponse();

	@Test
	void theClientGetsTheBodyAsWrittenAndACopyIsKept() throws Exception {
		CopyKeepingResponse response = new CopyKeepingResponse(client, 100);
		response.setContentType("text/html;charset=UTF-8");
		response.getWriter().write("<p>België, 2,00 %</p>");
		assertThat(response.body()).isEqualTo("<p>België, 2,00 %</p>".getBytes(StandardCharsets.UTF_8));
		assertThat(client.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("<p>België, 2,00 %</p>");
	}

	@Test
	void aBodyLargerThanTheLargestKeptAnswerReachesTheClientWholeButIsNotCopied() throws Exception {
		CopyKeepingResponse response = new CopyKeepingResponse(client, 10);
		response.getOutputStream().write("0123456789".getBytes(StandardCharsets.US_ASCII));
		assertThat(response.body()).hasSize(10);
		response.getOutputStream().write('A');
		response.getOutputStream().write("BCDEF".getBytes(StandardCharsets.US_ASCII), 1, 3);
		assertThat(response.body()).isNull();
		assertThat(client.getContentAsString()).isEqualTo("0123456789ACDE");
	}

	@Test
	void resettingTheBufferForgetsTheCopyToo() throws Exception {
		CopyKeepingResponse response = new CopyKeepingResponse(client, 100);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write("half a page");
		response.resetBuffer();
		response.getWriter().write("the error page");
		assertThat(response.body()).isEqualTo("the error page".getBytes(StandardCharsets.UTF_8));
		assertThat(client.getContentAsString()).isEqualTo("the error page");
	}

}
