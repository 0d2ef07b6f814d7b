package org.policybriefs.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.ui.Model;

/**
 * What every page needs: the signed-in user, whether they may start runs, and the CSRF token
 * for the page's forms.
 */
@ControllerAdvice(assignableTypes = { RunsPageController.class, DataPageController.class })
class PageModel {

	@ModelAttribute
	void common(Model model, Authentication authentication, CsrfToken csrf) {
		if (authentication != null) {
			model.addAttribute("user", authentication.getName());
			model.addAttribute("operator", authentication.getAuthorities()
				.stream()
				.anyMatch((authority) -> "ROLE_OPERATOR".equals(authority.getAuthority())));
		}
		else {
			model.addAttribute("operator", false);
		}
		if (csrf != null) {
			model.addAttribute("csrf", csrf);
		}
	}

}
