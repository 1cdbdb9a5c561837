#!/usr/bin/env python3
"""Times writing a file's bytes into a new file and over an existing one (the spares of
docs/site.md): on the virtual machine of docs/performance.md the first costs far more, since
new page-cache pages are what costs.

    Scripts/write-speed.py FILE [RUNS]

Writes beside FILE (FILE.write-speed-new-N and FILE.write-speed-over), then removes them.
"""
import os
import sys
import time

if len(sys.argv) < 2:
    sys.exit(__doc__)
path = sys.argv[1]
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 2
data = open(path, "rb").read()
mb = len(data) / 1048576
made = []
try:
    for n in range(runs):
        target = f"{path}.write-speed-new-{n}"
        start = time.perf_counter()
        with open(target, "wb") as f:
            f.write(data)
        made.append(target)
        print(f"into a new file: {mb:.0f} MB in {time.perf_counter() - start:.3f} s")
    over = f"{path}.write-speed-over"
    os.rename(made.pop(0), over)
    made.append(over)
    for _ in range(runs):
        start = time.perf_counter()
        fd = os.open(over, os.O_WRONLY)
        os.write(fd, data)
        os.close(fd)
        print(f"over the same file: {mb:.0f} MB in {time.perf_counter() - start:.3f} s")
finally:
    for target in made:
        os.remove(target)
