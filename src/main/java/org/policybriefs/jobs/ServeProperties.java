package org.policybriefs.jobs;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The folders that runs started by the server (schedule and web) read from and write to.
 *
 * @param input folder with the input CSV files
 * @param output folder that the as-of folders are published into
 */
@ConfigurationProperties("briefs.serve")
public record ServeProperties(@DefaultValue("input") Path input, @DefaultValue("output") Path output) {
}
