"""Generate the clean corpus in ``tests/data/clean/`` from the system's gettext catalogs.

Real translated text in many languages and scripts is already on every Debian machine: the
message catalogs of LGPL/MIT/PostgreSQL-licensed libraries under ``/usr/share/locale``. This
script picks messages deterministically (sorted, seeded) and writes documents of 8–14 lines,
one per ``<lang>-<n>.txt``. The hand-written documents that *quote* mojibake on purpose
(``quoting-*.txt``) are not generated and are left alone.

Regenerate on purpose (the output is committed; tests only read it)::

    python tests/gen_clean_corpus.py

The CJK mojibake set (``tests/gen_mojibake_cjk.py``) takes its source sentences from here.
"""

from __future__ import annotations

import gettext
import random
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent / "data" / "clean"
LOCALE = Path("/usr/share/locale")
#: Catalogs of permissively licensed (LGPL, MIT/X11, PostgreSQL licence) projects.
DOMAINS = ("glib20", "gtk20", "systemd", "PackageKit", "polkit-1", "gstreamer-1.0",
           "at-spi2-core", "gdk-pixbuf", "xkeyboard-config", "iso_3166-1", "iso_639-3",
           "postgres-15", "psql-15", "pg_dump-15", "initdb-15")
LANGS = ("zh_CN", "zh_TW", "ja", "ko", "ru", "uk", "el", "vi", "pl", "cs", "de", "fr", "es",
         "pt_BR", "tr", "hu", "th", "ar", "fa", "he")
DOCS_PER_LANG = 7
SEED = 20240611

_MARKUP = re.compile(r"[%&$<>\\{}|_]|\.\.\.|  ")


def messages(lang: str) -> list[str]:
    """Sentence-like translated messages of ``lang``, sorted, without format markup."""
    out: set[str] = set()
    for domain in DOMAINS:
        path = LOCALE / lang / "LC_MESSAGES" / f"{domain}.mo"
        if not path.exists():
            continue
        with path.open("rb") as fh:
            catalog = gettext.GNUTranslations(fh)._catalog  # type: ignore[attr-defined]
        for key, value in catalog.items():
            if not isinstance(key, str) or not key or not isinstance(value, str):
                continue
            value = value.strip()
            if 12 <= len(value) <= 160 and "\n" not in value and not _MARKUP.search(value) \
                    and not value.isascii() and value.isprintable():
                out.add(value)
    return sorted(out)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.txt"):
        if not old.name.startswith("quoting-"):
            old.unlink()
    total = 0
    for lang in LANGS:
        pool = messages(lang)
        rng = random.Random(f"{SEED}-{lang}")
        rng.shuffle(pool)
        for n in range(DOCS_PER_LANG):
            size = rng.randint(8, 14)
            lines = pool[n * 14 : n * 14 + size]
            if len(lines) < 8:
                break
            (OUT / f"{lang}-{n + 1}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
            total += 1
    print(f"wrote {total} documents to {OUT}")


if __name__ == "__main__":
    main()
