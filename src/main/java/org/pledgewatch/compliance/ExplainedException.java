package org.pledgewatch.compliance;

import org.springframework.context.MessageSourceResolvable;

/**
 * A request the figures cannot answer, explained in words a reader can act on: the exception's message is the
 * English text (for the API and logs), its message code and arguments let pages say it in the reader's language.
 */
public abstract class ExplainedException extends RuntimeException implements MessageSourceResolvable {

	private final String code;

	private final Object[] arguments;

	protected ExplainedException(String code, String english, Object... arguments) {
		super(english);
		this.code = code;
		this.arguments = arguments.clone();
	}

	@Override
	public String[] getCodes() {
		return new String[] { code };
	}

	@Override
	public Object[] getArguments() {
		return arguments.clone();
	}

	@Override
	public String getDefaultMessage() {
		return getMessage();
	}

}
