#!/usr/bin/env python3
"""Writes N Markdown pages of realistic school text into a nastavnik project (TOML front matter)
and the same pages into a Hugo site, for scripts/bench_site.sh.
Usage: bench_site_pages.py N NASTAVNIK_CONTENT_DIR HUGO_CONTENT_DIR"""
import os
import random
import sys

WORDS = ("наставник наставляемый программа школа ученик педагог встреча занятие проект план развитие "
         "результат цель задача опыт поддержка урок класс олимпиада конкурс родители куратор неделя "
         "мастер-класс обсуждение итог анкета навык команда выпускник профессия экскурсия").split()


def paragraph(rng):
    words = [rng.choice(WORDS) for _ in range(rng.randint(40, 90))]
    words[0] = words[0].capitalize()
    return " ".join(words) + "."


def page(rng, i):
    parts = []
    for s in range(4):
        parts.append(f"## Раздел {s + 1}\n")
        parts.append(paragraph(rng) + "\n")
        parts.append(f"- пункт **{rng.choice(WORDS)}**\n- пункт *{rng.choice(WORDS)}*\n- [ссылка](https://example.ru/{i}/{s})\n")
        parts.append(paragraph(rng) + "\n")
    parts.append("| Показатель | Значение |\n| --- | ---: |\n" +
                 "".join(f"| {rng.choice(WORDS)} | {rng.randint(1, 99)} |\n" for _ in range(5)))
    return "\n".join(parts)


def main():
    n, ours, hugo = int(sys.argv[1]), sys.argv[2], sys.argv[3]
    rng = random.Random(42)
    os.makedirs(ours, exist_ok=True)
    os.makedirs(hugo, exist_ok=True)
    for i in range(n):
        body = page(rng, i)
        title = f"Страница {i + 1}: {rng.choice(WORDS)} и {rng.choice(WORDS)}"
        with open(os.path.join(ours, f"page-{i:04d}.md"), "w", encoding="utf-8") as f:
            f.write(f'+++\ntitle = "{title}"\ndescription = "Тестовая страница {i + 1}"\n+++\n\n{body}')
        with open(os.path.join(hugo, f"page-{i:04d}.md"), "w", encoding="utf-8") as f:
            f.write(f'+++\ntitle = "{title}"\ndescription = "Тестовая страница {i + 1}"\n+++\n\n{body}')


if __name__ == "__main__":
    main()
