#!/usr/bin/python3
"""Renders XHTML files to PDF with a peer renderer and prints "round file milliseconds" per file.

    bench/peers.py weasyprint   WARMUP ROUNDS OUTDIR FILE...   one Python process, start-up not timed
    bench/peers.py chromium     WARMUP ROUNDS OUTDIR FILE...   one headless Chromium driven over the
                                DevTools protocol (--remote-debugging-pipe): load + printToPDF timed,
                                browser start-up not timed
    bench/peers.py chromium-cli WARMUP ROUNDS OUTDIR FILE...   `chromium --headless --print-to-pdf` per
                                document: browser start-up timed with every document

Fonts come from fontconfig: bench/compare.sh points FONTCONFIG_FILE at a configuration that adds
templates/fonts, so the peers draw with the same bundled Noto fonts as the project's renderer.
"""
import base64
import json
import os
import subprocess
import sys
import tempfile
import time

CHROMIUM = os.environ.get("CHROMIUM", "chromium")
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-extensions", "--no-first-run",
                  "--allow-file-access-from-files", "--mute-audio", "--hide-scrollbars"]


def target(outdir, path):
    return os.path.join(outdir, os.path.basename(path).replace(".xhtml", ".pdf"))


def weasyprint_renderer():
    import weasyprint

    def render(path, out):
        weasyprint.HTML(filename=path).write_pdf(out)
    return render, lambda: None


class Cdp:
    """The DevTools protocol over --remote-debugging-pipe: JSON messages ended by a NUL byte."""

    def __init__(self):
        to_child_r, self.to_child = os.pipe()
        self.from_child, from_child_w = os.pipe()
        self.profile = tempfile.mkdtemp(prefix="chromium-bench-")

        def fds():
            # The browser reads commands on fd 3 and writes replies on fd 4.
            read, write = os.dup(to_child_r), os.dup(from_child_w)
            os.dup2(read, 3)
            os.dup2(write, 4)
        self.process = subprocess.Popen([CHROMIUM] + CHROMIUM_FLAGS + ["--remote-debugging-pipe",
                                        "--user-data-dir=" + self.profile, "about:blank"],
                                        preexec_fn=fds, pass_fds=(3, 4),
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_child_r)
        os.close(from_child_w)
        self.buffer = b""
        self.next_id = 0
        self.events = []

    def _read(self):
        while b"\0" not in self.buffer:
            chunk = os.read(self.from_child, 1 << 20)
            if not chunk:
                raise RuntimeError("chromium closed the pipe")
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(message)

    def call(self, method, params=None, session=None):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self.to_child, json.dumps(message).encode() + b"\0")
        while True:
            reply = self._read()
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError("%s: %s" % (method, reply["error"]))
                return reply["result"]
            self.events.append(reply)

    def wait_event(self, method, session):
        while True:
            for i, event in enumerate(self.events):
                if event.get("method") == method and event.get("sessionId") == session:
                    del self.events[:i + 1]
                    return event
            self.events.append(self._read())

    def close(self):
        try:
            self.call("Browser.close")
        except Exception:
            pass
        self.process.wait(timeout=10)


def chromium_renderer():
    cdp = Cdp()
    target_id = cdp.call("Target.createTarget", {"url": "about:blank"})["targetId"]
    session = cdp.call("Target.attachToTarget", {"targetId": target_id, "flatten": True})["sessionId"]
    cdp.call("Page.enable", session=session)

    def render(path, out):
        cdp.events.clear()
        cdp.call("Page.navigate", {"url": "file://" + os.path.abspath(path)}, session=session)
        cdp.wait_event("Page.loadEventFired", session)
        pdf = cdp.call("Page.printToPDF", {"preferCSSPageSize": True, "printBackground": True,
                                           "displayHeaderFooter": False}, session=session)
        with open(out, "wb") as f:
            f.write(base64.b64decode(pdf["data"]))
    return render, cdp.close


def chromium_cli_renderer():
    profile = tempfile.mkdtemp(prefix="chromium-bench-")

    def render(path, out):
        subprocess.run([CHROMIUM] + CHROMIUM_FLAGS + ["--user-data-dir=" + profile, "--no-pdf-header-footer",
                        "--print-to-pdf=" + os.path.abspath(out), "file://" + os.path.abspath(path)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return render, lambda: None


def main():
    kind, warmup, rounds, outdir, files = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5:]
    os.makedirs(outdir, exist_ok=True)
    render, close = {"weasyprint": weasyprint_renderer, "chromium": chromium_renderer,
                     "chromium-cli": chromium_cli_renderer}[kind]()
    try:
        for round_ in range(-warmup, rounds):
            for path in files:
                start = time.perf_counter()
                render(path, target(outdir, path))
                ms = (time.perf_counter() - start) * 1000
                if round_ >= 0:
                    print("%d %s %.1f" % (round_, os.path.basename(path), ms), flush=True)
    finally:
        close()


if __name__ == "__main__":
    main()
