package org.policybriefs.render;

import java.util.function.LongFunction;

/**
 * The session of the run a worker rendered for last: a worker takes several partitions of the
 * same run one after another and reads the run's data once for all of them.
 */
final class LastRunSession {

	private long instance = -1;

	private BriefRenderer.RunSession session;

	/** The session of the run, made when the run is not the last one. */
	synchronized BriefRenderer.RunSession get(long instance, LongFunction<BriefRenderer.RunSession> make) {
		if (this.session == null || this.instance != instance) {
			this.session = make.apply(instance);
			this.instance = instance;
		}
		return this.session;
	}

}
