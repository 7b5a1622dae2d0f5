package io.mediaflow.gateway.request;

import java.io.IOException;
import java.io.PrintWriter;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat refuses some requests before any servlet sees them (an encoded slash or NUL in
 * the path, a malformed request line); this answers those in problem+json too, instead of
 * Tomcat's HTML page.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		try {
			response.setContentType("application/problem+json");
			response.setCharacterEncoding("UTF-8");
			PrintWriter writer = response.getReporter();
			if (writer != null) {
				writer
					.write("{\"type\":\"about:blank\",\"title\":\"" + ((status < 500) ? "Bad request" : "Server error")
							+ "\",\"status\":" + status + ",\"detail\":\"The request could not be read: check the path"
							+ " and the encoding of its characters\"}");
				writer.flush();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the client is gone or the response was committed meanwhile
		}
	}

}
