#!/usr/bin/env python3
"""Writes eval/days/*.json from the hand-written posts in eval/day_*.py.

Each post is written as its true first sentence (the gold lede), the rest of
its text, and the wire furniture its outlet wraps around it (a dateline, an
update note, a publisher line, a byline, a caption, a donation appeal, a
teaser). The furniture is put around the words here, the same way every time,
so the gold lede is the sentence the editor wrote and never a program's
output. Run it after editing a day:  python3 eval/write_days.py
"""
import datetime as dt
import importlib.util
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def furnish(kind, lede, rest, ctx):
    """The body an outlet would send: furniture + lede + rest (Markdown)."""
    body = lede + (" " + rest if rest else "")
    city, date_fr, date_en, site = ctx["city"], ctx["date_fr"], ctx["date_en"], ctx["site"]
    if kind == "afp":  # dateline glued to the sentence
        return f"{city.upper()}, {date_fr} (AFP) - {body}"
    if kind == "ats":
        return f"{city} (ATS) - {body}"
    if kind == "reuters":
        return f"{city.upper()}, {date_en} (Reuters) - {body}"
    if kind == "ap":
        return f"{city.upper()} (AP) — {body}"
    if kind == "upi":
        return f"{date_en} (UPI) -- {body}"
    if kind == "kuna":
        return f"(MENAFN- KUNA) {city.upper()}, {date_en} (KUNA) -- {body}"
    if kind == "colon":  # "HONG KONG:" glued to the first words
        return f"{city.upper()}: {body}"
    if kind == "place":  # "LA PAZ, Bolivia" glued, no separator
        return f"{city.upper()}, {ctx['country']} {body}"
    if kind == "actu":
        return f"(Actualisé tout du long)\n\n{body}"
    if kind == "updated":
        return f"This story has been updated to clarify {ctx['clarify']}.\n\n{body}"
    if kind == "publie":
        return f"Publié par {site}, le {date_fr}. {ctx['year']} à 06:27\n\n{body}"
    if kind == "byline_fr":
        return f"Par {ctx['author']}, {site}\n\n{body}"
    if kind == "byline_en":
        return f"{ctx['author']}, {site} on {date_en}, {ctx['year']}\n\n{body}"
    if kind == "reuters_line":  # the shared byline line of trap 5
        line = ctx.get("line") or f"Reuters | Updated: {ctx['stamp']} IST"
        return f"{line}\n\n{body}"
    if kind == "caption":  # a full-sentence photo caption before the text
        return (f"![photo](https://img.example.org/{ctx['story']}.jpg)\n\n"
                f"{ctx['caption']} (Photo {site})\n\n{body}")
    if kind == "donate":
        return ("Your support helps us to tell the story. Our journalism is free for "
                f"everyone. Support Now\n\n{body}")
    if kind == "soutien":
        return ("Votre soutien nous permet de raconter l'histoire. Notre journalisme est "
                f"libre et gratuit. Soutenez-nous\n\n{body}")
    if kind == "teaser":  # a cut teaser, then the full sentence
        cut = lede[: max(20, len(lede) * 2 // 3)].rsplit(" ", 1)[0]
        return f"{cut}...\n\n{body}"
    if kind == "lire":  # a "Lire aussi" line after the first paragraph
        return f"{lede}\n\nLire aussi : {ctx['also']}\n\n{rest}"
    assert kind in ("", None), kind
    return body


def build(mod):
    start = dt.datetime.fromisoformat(mod.WINDOW[0].replace("Z", "+00:00"))
    posts = []
    for i, p in enumerate(mod.POSTS, 1):
        story, host, lang, imp, minute, views, tags, kind, title, lede, rest, *extra = p
        ctx = dict(mod.CTX)
        ctx.update(extra[0] if extra else {})
        ctx.setdefault("site", host)
        ctx.setdefault("year", start.year)  # the publisher's and byline's dates
        ctx["story"] = story
        at = start + dt.timedelta(minutes=minute)
        posts.append({
            "id": i, "title": title, "body": furnish(kind, lede, rest, ctx), "lang": lang,
            "source_url": f"https://{host}/{story}/{i}", "importance": imp, "tags": tags,
            "published_at": at.strftime("%Y-%m-%dT%H:%M:%SZ"), "views": views,
            "story": story, "lede": lede,
        })
    return {"channel": mod.CHANNEL, "window": {"start": mod.WINDOW[0], "end": mod.WINDOW[1]},
            "posts": posts, "top5": mod.TOP5}


def main():
    for name in sorted(os.listdir(HERE)):
        if not (name.startswith("day_") and name.endswith(".py")):
            continue
        spec = importlib.util.spec_from_file_location(name[:-3], os.path.join(HERE, name))
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        day = build(mod)
        stories = {p["story"] for p in day["posts"]}
        assert all(s in stories for s in day["top5"]), name
        out = os.path.join(HERE, "days", mod.NAME + ".json")
        with open(out, "w", encoding="utf-8") as f:
            json.dump(day, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print(f"{out}: {len(day['posts'])} posts, {len(stories)} stories", file=sys.stderr)


if __name__ == "__main__":
    main()
