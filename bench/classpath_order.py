#!/usr/bin/python3
"""How far the executable jar's launcher searches for the classes a run loads.

The launcher looks for each class in the nested jars one after the other, in the order of
BOOT-INF/classpath.idx (the order of pom.xml's dependencies), so a class from the 120th jar costs
119 failed look-ups first. From a class-loading log of one run, this prints how many classes came
from each nested jar, its position, and the mean number of jars searched per class.

    java -Xlog:class+load:file=target/bench/class-load.log -jar target/policy-briefs.jar run ...
    bench/classpath_order.py target/bench/class-load.log [target/policy-briefs.jar] [--top 20]
"""
import argparse
import collections
import re
import zipfile


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("log", help="the output of -Xlog:class+load of one run")
    parser.add_argument("jar", nargs="?", default="target/policy-briefs.jar")
    parser.add_argument("--top", type=int, default=20)
    args = parser.parse_args()
    with zipfile.ZipFile(args.jar) as jar:
        index = jar.read("BOOT-INF/classpath.idx").decode()
    order = re.findall(r'"BOOT-INF/lib/([^"]+)"', index)
    counts = collections.Counter()
    with open(args.log) as log:
        for line in log:
            nested = re.search(r"BOOT-INF/lib/([^!]+\.jar)!", line)
            if nested:
                counts[nested.group(1)] += 1
    total = sum(counts.values())
    searched = sum(counts[name] * position for position, name in enumerate(order))
    best = sum(count * position for position, (name, count) in enumerate(counts.most_common()))
    print("%d classes from %d nested jars; jars searched before the right one, per class: %.1f (%.1f in the best order)"
          % (total, len(order), searched / total, best / total))
    print("| jar | classes | position | classes x position |")
    print("|---|---:|---:|---:|")
    for name in sorted(counts, key=lambda n: -counts[n] * order.index(n))[:args.top]:
        print("| %s | %d | %d | %d |" % (name, counts[name], order.index(name) + 1, counts[name] * order.index(name)))


if __name__ == "__main__":
    main()
