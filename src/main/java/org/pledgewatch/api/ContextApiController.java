package org.pledgewatch.api;

import java.util.List;

import org.pledgewatch.context.EventText;
import org.pledgewatch.context.EventTexts;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Key events for the charts' annotations, in the reader's language ({@code ?lang=} or the cookie). */
@RestController
@RequestMapping("/api")
class ContextApiController {

	private final EventTexts events;

	ContextApiController(EventTexts events) {
		this.events = events;
	}

	@GetMapping("/events")
	List<EventText> events() {
		return events.in(LocaleContextHolder.getLocale());
	}

}
