#!/usr/bin/python3
"""feed_check: parse an Atom (or RSS) file with Debian's python3-feedparser and
print a JSON summary on one line:

  {"bozo": 0|1, "bozo_exception": str|null, "title": str, "lang": str|null,
   "updated": str|null, "entries": [{"id","title","link","updated","content"}]}

content is the first content value as feedparser gives it (unescaped and
sanitised HTML), or "" when the entry has none. Used by the C unit test of
feed_out and by the end-to-end tests, as an independent reader of our feeds.

Usage: feed_check.py FILE. Exit status 0 when the file was read (even if
bozo), 2 on a usage or I/O error, 3 when feedparser is not installed.
"""
import json
import os
import sys


def _import_feedparser():
    try:
        import feedparser  # noqa: PLC0415
        return feedparser
    except ImportError:
        pass
    # python3 on PATH may not be Debian's (a pyenv shim, a venv): Debian's
    # python3-feedparser lives with /usr/bin/python3, so rerun under it once.
    system = "/usr/bin/python3"
    if (os.environ.get("FEED_CHECK_REEXEC") != "1" and os.path.exists(system)
            and os.path.realpath(sys.executable) != os.path.realpath(system)):
        os.environ["FEED_CHECK_REEXEC"] = "1"
        os.execv(system, [system] + sys.argv)
    sys.stderr.write("feed_check: python3-feedparser is not installed\n")
    sys.exit(3)


def main(argv):
    if len(argv) != 2:
        sys.stderr.write("usage: feed_check.py FILE\n")
        return 2
    feedparser = _import_feedparser()
    try:
        with open(argv[1], "rb") as f:
            data = f.read()
    except OSError as e:
        sys.stderr.write("feed_check: %s\n" % e)
        return 2
    d = feedparser.parse(data)
    entries = []
    for e in d.entries:
        content = ""
        if e.get("content"):
            content = e.content[0].get("value", "")
        entries.append({
            "id": e.get("id"),
            "title": e.get("title"),
            "link": e.get("link"),
            "updated": e.get("updated"),
            "content": content,
        })
    exc = d.get("bozo_exception")
    out = {
        "bozo": 1 if d.bozo else 0,
        "bozo_exception": str(exc) if exc else None,
        "title": d.feed.get("title"),
        "lang": d.feed.get("language"),
        "updated": d.feed.get("updated"),
        "entries": entries,
    }
    sys.stdout.buffer.write(json.dumps(out, ensure_ascii=False).encode("utf-8") + b"\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
