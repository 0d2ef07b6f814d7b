#!/usr/bin/python3
"""Runs the built jar on a dataset and records the figures: wall time from JVM start to exit,
CPU time (user + system), Spring's start (Boot's "Started … in S seconds (process running for P)" line:
S the application context's start, P the JVM's uptime when it was ready), the render step's own
time (its closing log line), briefs per second, peak RSS, and the live
heap (jcmd GC.class_histogram: live objects after a full GC) when the render step reaches given
brief counts.

    bench/run_briefs.py --regions 1000                 # synthetic data (bench/generate_dataset.py), regional briefs, en
    bench/run_briefs.py --input input --brief all --locale all      # the shipped data, every brief
    bench/run_briefs.py --regions 1000 --heap-at 100,1000 --runs 3
    bench/run_briefs.py --input input --brief all --locale all --java-opts "-XX:SharedArchiveFile=..." \\
        --jar target/extracted/policy-briefs.jar

Each run writes into a fresh output folder and database under target/bench/runs/, so nothing is
"up to date". Prints one line per run and the medians, as a Markdown table row:
| data | briefs | wall s | CPU s | render step s | briefs/s in render | max RSS MB | live heap |
"""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def dataset(regions, indicators, periods):
    folder = os.path.join(ROOT, "target", "bench", "data", "r%d-m%d-p%d" % (regions, indicators, periods))
    if not os.path.isfile(os.path.join(folder, "observations.csv")):
        subprocess.run([sys.executable, os.path.join(HERE, "generate_dataset.py"), "--regions", str(regions),
                        "--indicators", str(indicators), "--periods", str(periods), "--output", folder], check=True)
    return folder


def live_heap_mb(pid, keep=None):
    """The live objects on the heap, in MB: a class histogram, which the JVM takes after a full GC
    in one safepoint (None if the JVM has gone)."""
    try:
        histogram = subprocess.run(["jcmd", str(pid), "GC.class_histogram"], check=True, capture_output=True,
                                   text=True, timeout=60).stdout
    except (subprocess.SubprocessError, OSError):
        return None
    if keep:
        with open(keep, "w") as f:
            f.write(histogram)
    match = re.search(r"^Total\s+\d+\s+(\d+)", histogram, re.M)
    return int(match.group(1)) / (1024 * 1024) if match else None


def one_run(args, input_folder, index):
    out = os.path.join(ROOT, "target", "bench", "runs", "%s-%d" % (args.label, index))
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    command = ["java"] + args.java_opts.split() + [
        "-Xlog:gc:file=%s:uptime" % os.path.join(out, "gc.log"),
        "-jar", os.path.join(ROOT, args.jar), "run", "--input=" + input_folder, "--output=" + out,
        "--as-of=2025-01-01", "--brief=" + args.brief, "--locale=" + args.locale,
        "--spring.datasource.url=jdbc:h2:file:" + os.path.join(out, ".db", "bench"),
        # Boot's own start-up line, which the console otherwise leaves out
        "--spring.main.log-startup-info=true", "--logging.level.org.springframework.boot.StartupInfoLogger=info"
        ] + args.app_args.split()
    milestones = sorted(int(n) for n in args.heap_at.split(",")) if args.heap_at else []
    heap = {}
    reached = {}
    start = time.perf_counter()
    process = subprocess.Popen(["/usr/bin/time", "-f", "maxrss %M cpu %U %S"] + command, cwd=ROOT, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    java_pid = None
    render_seconds = None
    spring = None
    briefs = 0
    log = []
    for line in process.stdout:
        log.append(line)
        progress = re.match(r"render (\d+)/(\d+) ", line)
        if progress:
            briefs = int(progress.group(2))
            done = int(progress.group(1))
            reached[done] = time.perf_counter() - start
            while milestones and done >= milestones[0]:
                if java_pid is None:
                    children = subprocess.run(["pgrep", "-P", str(process.pid)], capture_output=True, text=True)
                    java_pid = int(children.stdout.split()[0])
                heap[milestones[0]] = live_heap_mb(java_pid, os.path.join(out, "histogram-%d.txt" % milestones[0]))
                milestones.pop(0)
        started = re.match(r"Started \S+ in ([\d.]+) seconds \(process running for ([\d.]+)\)", line)
        if started:
            spring = (float(started.group(1)), float(started.group(2)))
        finished = re.match(r"rendered (\d+) briefs in ([\d.]+) s", line)
        if finished:
            render_seconds = float(finished.group(2))
    stderr = process.stderr.read()
    process.wait()
    wall = time.perf_counter() - start
    with open(os.path.join(out, "console.log"), "w") as f:
        f.writelines(log)
    if process.returncode != 0:
        sys.exit("run failed (%d):\n%s%s" % (process.returncode, "".join(log[-20:]), stderr[-2000:]))
    rss = re.search(r"maxrss (\d+) cpu ([\d.]+) ([\d.]+)", stderr)
    gc_heap = {}
    pauses = []
    with open(os.path.join(out, "gc.log")) as f:
        for line in f:
            pause = re.match(r"\[([\d.]+)s\] GC\(\d+\) Pause Young .* (\d+)M->(\d+)M\((\d+)M\)", line)
            if pause:
                pauses.append((float(pause.group(1)), int(pause.group(3))))
    for count in sorted(int(n) for n in args.heap_at.split(",")) if args.heap_at else []:
        # the last young collection before the brief was logged (JVM uptime ~ time since launch)
        at = reached.get(count)
        before = [after for t, after in pauses if at is not None and t <= at]
        if before:
            gc_heap[count] = before[-1]
    return {"wall": wall, "render": render_seconds, "spring": spring, "briefs": briefs, "heap": heap, "gc_heap": gc_heap,
            "rss": int(rss.group(1)) / 1024 if rss else None,
            "cpu": float(rss.group(2)) + float(rss.group(3)) if rss else None}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--regions", type=int, help="synthetic dataset with this many regions")
    parser.add_argument("--indicators", type=int, default=20)
    parser.add_argument("--periods", type=int, default=4)
    parser.add_argument("--input", help="an input folder instead of synthetic data")
    parser.add_argument("--brief", default="regions")
    parser.add_argument("--locale", default="en")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--heap-at", default="", help="brief counts at which to read the live heap, e.g. 100,1000")
    parser.add_argument("--java-opts", default="-Xmx512m")
    parser.add_argument("--app-args", default="", help="more arguments for the run command")
    parser.add_argument("--jar", default="target/policy-briefs.jar")
    parser.add_argument("--label", default=None)
    args = parser.parse_args()
    input_folder = os.path.abspath(args.input) if args.input else dataset(args.regions, args.indicators, args.periods)
    args.label = args.label or ("r%d" % args.regions if args.regions else os.path.basename(input_folder))
    with open("/proc/loadavg") as f:
        print("load average before: %s" % " ".join(f.read().split()[:3]), file=sys.stderr)
    runs = []
    for i in range(args.runs):
        run = one_run(args, input_folder, i)
        runs.append(run)
        print("run %d: wall %.2f s, CPU %.1f s, Spring start %s, render step %s s, %d briefs, max RSS %.0f MB, live heap %s; "
              "heap after the last young GC %s" % (
                  i + 1, run["wall"], run["cpu"] or 0,
                  "%.2f s (ready at %.2f s)" % run["spring"] if run["spring"] else "-", run["render"], run["briefs"], run["rss"] or 0,
                  ", ".join("at brief %d %.0f MB" % (k, v) for k, v in run["heap"].items() if v is not None) or "-",
                  ", ".join("before brief %d %d MB" % (k, v) for k, v in run["gc_heap"].items()) or "-"),
              file=sys.stderr)
    with open("/proc/loadavg") as f:
        print("load average after: %s" % " ".join(f.read().split()[:3]), file=sys.stderr)
    wall = statistics.median(r["wall"] for r in runs)
    springs = [r["spring"] for r in runs if r["spring"]]
    if springs:
        print("Spring start, median: %.2f s (ready at %.2f s of JVM uptime)" % (
            statistics.median(s[0] for s in springs), statistics.median(s[1] for s in springs)), file=sys.stderr)
    renders = [r["render"] for r in runs if r["render"] is not None]
    render = statistics.median(renders) if renders else None
    briefs = runs[0]["briefs"]
    heaps = {}
    for r in runs:
        for k, v in r["heap"].items():
            if v is not None:
                heaps.setdefault(k, []).append(v)
    print("| %s | %d | %.1f | %.1f | %s | %s | %.0f | %s |" % (
        args.label, briefs, wall, statistics.median(r["cpu"] or 0 for r in runs), "%.1f" % render if render else "-",
        "%.0f" % (briefs / render) if render else "-", statistics.median(r["rss"] or 0 for r in runs),
        ", ".join("%d: %.0f MB" % (k, statistics.median(v)) for k, v in sorted(heaps.items())) or "-"))


if __name__ == "__main__":
    main()
