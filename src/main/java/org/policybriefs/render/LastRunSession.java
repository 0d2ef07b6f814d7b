package org.policybriefs.render;

import java.util.function.LongFunction;

/**
 * The session of the run a worker rendered for last: a worker takes several partitions of the
 * same run one after another and reads the run's data once for all of them.
 */
final class LastRunSession implements LongFunction<BriefRenderer.RunSession> {

	private final BriefRenderer renderer;

	private long instance = -1;

	private BriefRenderer.RunSession session;

	LastRunSession(BriefRenderer renderer) {
		this.renderer = renderer;
	}

	@Override
	public synchronized BriefRenderer.RunSession apply(long instance) {
		if (this.session == null || this.instance != instance) {
			this.session = this.renderer.session(instance);
			this.instance = instance;
		}
		return this.session;
	}

}
