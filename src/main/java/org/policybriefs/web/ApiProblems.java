package org.policybriefs.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Errors of the API as RFC 9457 problem details ({@code application/problem+json}).
 */
@RestControllerAdvice(assignableTypes = RunsApiController.class)
class ApiProblems extends ResponseEntityExceptionHandler {

	@ExceptionHandler(RunLauncher.InvalidRunRequest.class)
	ProblemDetail invalidRequest(RunLauncher.InvalidRunRequest ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setTitle("Invalid run request");
		return problem;
	}

}
