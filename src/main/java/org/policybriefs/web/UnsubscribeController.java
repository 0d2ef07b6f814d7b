package org.policybriefs.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.policybriefs.distribute.UnsubscribeProperties;
import org.policybriefs.distribute.UnsubscribeToken;
import org.policybriefs.distribute.Unsubscribes;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The one-click unsubscribe of the messages' {@code List-Unsubscribe} link (RFC 8058), open
 * without a login: only a token signed with the secret counts. {@code POST} with
 * {@code List-Unsubscribe=One-Click} (what a mail client sends, and the page's button) records it;
 * {@code GET} only shows a page with the button, so a link scanner that opens every link
 * unsubscribes nobody.
 */
@Controller
class UnsubscribeController {

	private static final Log logger = LogFactory.getLog(UnsubscribeController.class);

	static final String ONE_CLICK = "One-Click";

	private final Unsubscribes unsubscribes;

	private final UnsubscribeToken tokens;

	UnsubscribeController(Unsubscribes unsubscribes, UnsubscribeProperties properties) {
		this.unsubscribes = unsubscribes;
		this.tokens = properties.oneClick() ? new UnsubscribeToken(properties.secret()) : null;
	}

	@GetMapping("/unsubscribe")
	String confirm(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
		Optional<String> address = address(token);
		if (address.isEmpty()) {
			return invalid(model, response);
		}
		model.addAttribute("address", address.get());
		model.addAttribute("token", token);
		model.addAttribute("done", false);
		return "unsubscribe";
	}

	@PostMapping("/unsubscribe")
	String unsubscribe(@RequestParam(required = false) String token,
			@RequestParam(name = "List-Unsubscribe", required = false) String oneClick,
			@RequestParam(required = false) String via, Model model, HttpServletResponse response) {
		Optional<String> address = address(token);
		if (address.isEmpty() || !ONE_CLICK.equals(oneClick)) {
			return invalid(model, response);
		}
		Unsubscribes.How how = "page".equals(via) ? Unsubscribes.How.PAGE : Unsubscribes.How.ONE_CLICK;
		Unsubscribes.Unsubscribe recorded = this.unsubscribes.record(address.get(), how);
		logger.info("unsubscribe       " + recorded.recipient() + " (" + recorded.how() + ", " + recorded.at() + ")");
		model.addAttribute("address", address.get());
		model.addAttribute("done", true);
		return "unsubscribe";
	}

	private Optional<String> address(String token) {
		return (this.tokens == null) ? Optional.empty() : this.tokens.verify(token);
	}

	/** A link that is not one of ours (or one-click is not configured): said plainly, nothing recorded. */
	private String invalid(Model model, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		model.addAttribute("invalid", true);
		model.addAttribute("done", false);
		return "unsubscribe";
	}

}
