package org.policybriefs.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.policybriefs.brief.BriefSelection;
import org.policybriefs.ingest.IngestedData;
import org.policybriefs.ingest.Region;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits a run's briefs into partitions of a few briefs each, every brief in every locale of the
 * run, in brief order: {@code partition0}, {@code partition1}, … The same run always splits the
 * same way, so a restarted run re-runs only the partitions that did not finish.
 */
class BriefPartitioner implements Partitioner {

	/** The key of a partition's brief ids (comma-separated) in its step execution context. */
	static final String BRIEFS = "briefs";

	private final IngestedData ingested;

	private final long instance;

	private final List<String> selection;

	private final int size;

	BriefPartitioner(IngestedData ingested, long instance, List<String> selection, int size) {
		this.ingested = ingested;
		this.instance = instance;
		this.selection = selection;
		this.size = Math.max(1, size);
	}

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		List<String> regions = this.ingested.regions(this.instance).stream().map(Region::code).toList();
		Set<String> ids = new LinkedHashSet<>();
		// one locale is enough to list the ids; each partition renders its briefs in every locale of the run
		BriefSelection.expand(this.selection, regions, List.of("en"), null)
			.forEach((request) -> ids.add(request.briefId().toString()));
		List<String> ordered = new ArrayList<>(ids);
		Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
		for (int from = 0; from < ordered.size(); from += this.size) {
			ExecutionContext context = new ExecutionContext();
			context.putString(BRIEFS, String.join(",", ordered.subList(from, Math.min(ordered.size(), from + this.size))));
			partitions.put("partition" + partitions.size(), context);
		}
		return partitions;
	}

}
