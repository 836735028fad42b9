package org.pledgewatch.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

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

	@Test
	void aPageWhoseReaderLeftHalfWayIsNotKeptThoughItsWriterSwallowsTheError() throws Exception {
		CopyKeepingResponse response = new CopyKeepingResponse(new LeavingAfter(client, 5), 100);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write("abcde");
		response.getWriter().flush();
		response.getWriter().write("fghij"); // PrintWriter keeps the IOException to itself
		assertThat(response.body()).isNull();
		assertThat(response.failed()).isTrue();
	}

	@Test
	void aFileWhoseReaderLeftHalfWayIsNotKeptEvenAfterAReset() throws Exception {
		CopyKeepingResponse response = new CopyKeepingResponse(new LeavingAfter(client, 5), 100);
		response.getOutputStream().write("abcde".getBytes(StandardCharsets.US_ASCII));
		assertThatThrownBy(() -> response.getOutputStream().write("fghij".getBytes(StandardCharsets.US_ASCII)))
			.isInstanceOf(IOException.class);
		response.resetBuffer();
		assertThat(response.body()).isNull();
	}

	/** A client connection that takes this many bytes, then fails every write as a closed socket does. */
	private static final class LeavingAfter extends HttpServletResponseWrapper {

		private final ServletOutputStream stream;

		LeavingAfter(HttpServletResponse response, int bytes) {
			super(response);
			this.stream = new ServletOutputStream() {

				private int left = bytes;

				@Override
				public void write(int b) throws IOException {
					if (left-- <= 0) {
						throw new IOException("Broken pipe");
					}
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setWriteListener(WriteListener listener) {
				}

			};
		}

		@Override
		public ServletOutputStream getOutputStream() {
			return stream;
		}

	}

}
