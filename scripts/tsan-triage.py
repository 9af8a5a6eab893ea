#!/usr/bin/env python3
"""Sorts ThreadSanitizer reports into races in vmdesk's code and races inside Qt.

Debian's Qt is not built with -fsanitize=thread, so TSan cannot see the synchronisation inside
it (QMutex, QWaitCondition, QFutureInterface, event delivery) and reports races between two
accesses that both happen in Qt code. Those are listed and counted but do not fail the run. A
report where the first frame of our own code (a file under the source tree, not a Qt header) is
one of the racing accesses is a finding: it is printed whole and the script exits 1.

A second kind is counted apart too: memory freed when Qt destroyed a queued functor (a lambda
given to QMetaObject::invokeMethod or a connection), with what it captured. Whether the worker or
the main thread drops the functor's last reference is decided by an atomic count inside
libQt6Core, which TSan cannot see, so it reports the free as racing with the worker's earlier use
of the captured object.

Limit: two threads calling a non-thread-safe Qt API on one object would race inside Qt and be
counted as Qt's; the review of the worker-thread code has to cover that case.

Usage: tsan-triage.py SOURCE_DIR REPORT_FILE...
"""
import collections
import re
import sys

FRAME = re.compile(r"^\s+#\d+ (?P<function>.*?) (?P<location>\S+)(?: \((?P<module>[^)]*)\))?$")
ACCESS = re.compile(r"^\s+(?:Previous )?(?:[Aa]tomic )?(?:[Ww]rite|[Rr]ead) of size")


def first_real_frame(frames):
    for function, location, module in frames:
        if "sanitizer" in location or "libtsan" in (module or ""):
            continue
        return function, location, module
    return None


def main():
    source = sys.argv[1].rstrip("/") + "/"
    ours, theirs = [], collections.Counter()
    for path in sys.argv[2:]:
        text = open(path, errors="replace").read()
        for block in text.split("==================")[1:]:
            if "WARNING: ThreadSanitizer" not in block:
                continue
            accesses, current = [], None
            for line in block.splitlines():
                if ACCESS.match(line):
                    current = []
                    accesses.append(current)
                elif current is not None and (m := FRAME.match(line)):
                    current.append((m["function"], m["location"], m["module"]))
                elif not line.strip():
                    current = None
            tops = [first_real_frame(frames) for frames in accesses]
            mine = [t for t in tops if t and t[1].startswith(source)]
            freed_by_qt_functor = any(
                frames and frames[0][0].startswith("operator delete")
                and any("QFunctorSlotObject" in f or "QSlotObjectBase" in f or f == "impl" for f, _, _ in frames)
                for frames in accesses)
            if mine and freed_by_qt_functor:
                theirs["data race: freed with a queued functor (Qt's uninstrumented slot-object count)"] += 1
            elif mine:
                ours.append((path, block))
            else:
                kind = block.split("WARNING: ThreadSanitizer: ")[1].split("(")[0].strip()
                top = next((t[0] for t in tops if t), "?")
                theirs[f"{kind} in {top}"] += 1
    for what, count in theirs.most_common():
        print(f"tsan: inside Qt (not instrumented): {count} x {what}")
    for path, block in ours:
        print(f"tsan: FINDING in {path}:{block}")
    print(f"tsan: {len(ours)} report(s) in vmdesk's code, {sum(theirs.values())} inside Qt")
    return 1 if ours else 0


if __name__ == "__main__":
    sys.exit(main())
