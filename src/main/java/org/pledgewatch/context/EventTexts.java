package org.pledgewatch.context;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The events in a language: messages {@code event.2014-09-05.title}, {@code .short} and {@code .description}, falling
 * back to the file's English text for an event that has none.
 */
@Service
public class EventTexts {

	private final ContextData data;

	private final MessageSource messages;

	EventTexts(ContextData data, MessageSource messages) {
		this.data = data;
		this.messages = messages;
	}

	public List<EventText> in(Locale locale) {
		return data.events().stream().map(e -> text(e, locale)).toList();
	}

	private EventText text(Event event, Locale locale) {
		String title = message(event.messageKey() + ".title", event.title(), locale);
		return new EventText(event.date().toString(), event.year(), title,
				message(event.messageKey() + ".short", title, locale),
				message(event.messageKey() + ".description", event.description(), locale), event.sourceUrl(),
				event.quotes());
	}

	private String message(String key, String fallback, Locale locale) {
		String text = messages.getMessage(key, null, null, locale);
		return text == null ? fallback : text;
	}

}
