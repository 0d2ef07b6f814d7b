package org.policybriefs.web;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The people who may use serve mode: {@code briefs.users[N].name}, {@code .password} (in the
 * delegating format, {@code {bcrypt}…} or {@code {noop}…}) and {@code .roles} (ANALYST, OPERATOR).
 *
 * @param users the accounts; none means serve makes one operator with a random password
 */
@ConfigurationProperties("briefs")
record UsersProperties(@DefaultValue List<User> users) {

	/** One account. */
	record User(String name, String password, @DefaultValue("ANALYST") List<Role> roles) {
	}

	/** What an account may do: analysts read and download, operators also start runs. */
	enum Role {

		ANALYST, OPERATOR

	}

}
