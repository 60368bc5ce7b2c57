#!/usr/bin/env bash
# Benchmark: the site of the example school plus N Markdown pages (default 2000), built by
# nastavnik and, on the same pages, by Hugo (Debian's package, installed here when missing);
# then the rebuild time of `nastavnik serve` after one page changes.
# Usage: scripts/bench_site.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-2000}

source scripts/apt_install.sh
command -v hugo >/dev/null || apt_install bench_site hugo
[[ -x build/nastavnik ]] || scripts/setup.sh

tmp=$(mktemp -d)
trap 'kill "${serve_pid:-}" 2>/dev/null || true; rm -rf "$tmp"' EXIT
ours="$tmp/school"
mkdir -p "$ours"
cp -r content "$ours/"
hugo_site="$tmp/hugo"
mkdir -p "$hugo_site/layouts/_default" "$hugo_site/content"
cat > "$hugo_site/hugo.toml" <<'TOML'
baseURL = "https://example.ru/"
languageCode = "ru"
title = "Наставничество"
disableKinds = ["taxonomy", "term"]
TOML
# A layout comparable to ours: header, menu, breadcrumbs, content, footer.
cat > "$hugo_site/layouts/_default/baseof.html" <<'HTML'
<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>{{ .Title }}</title>
<link rel="stylesheet" href="/style.css"></head><body><header><nav><ul>{{ range .Site.RegularPages | first 7 }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></nav></header>
<main><nav><a href="/">Главная</a></nav><h1>{{ .Title }}</h1>{{ block "main" . }}{{ end }}</main><footer>Школа</footer></body></html>
HTML
echo '{{ define "main" }}{{ .Content }}{{ end }}' > "$hugo_site/layouts/_default/single.html"
echo '{{ define "main" }}<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}' > "$hugo_site/layouts/_default/list.html"
python3 scripts/bench_site_pages.py "$n" "$ours/content/bench" "$hugo_site/content/bench"

best() {  # best of three wall-clock runs, in ms
  local best=999999
  for _ in 1 2 3; do
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s%N)
    local ms=$(((end - start) / 1000000))
    ((ms < best)) && best=$ms
  done
  echo "$best"
}
export SOURCE_DATE_EPOCH=1764547200
ours_ms=$(best ./build/nastavnik build "$ours" -o "$tmp/out")
hugo_ms=$(best hugo --quiet -s "$hugo_site" -d "$tmp/hugo-out")
ours_pages=$(find "$tmp/out/site" -name '*.html' | wc -l)
hugo_pages=$(find "$tmp/hugo-out" -name '*.html' | wc -l)
rss=$(/usr/bin/time -f %M ./build/nastavnik build "$ours" -o "$tmp/out" 2>&1 >/dev/null | tail -1)
echo "pages: $n Markdown pages; HTML written: nastavnik $ours_pages, hugo $hugo_pages"
echo "nastavnik build (site + PDF + XLSX): ${ours_ms} ms, peak RSS ${rss} KB"
echo "hugo $(hugo version | awk '{print $2}'):                  ${hugo_ms} ms"

# serve: one page changes; the server prints how long the rebuild took.
port=$((20000 + RANDOM % 20000))
./build/nastavnik serve "$ours" --port "$port" > "$tmp/serve.log" 2>&1 &
serve_pid=$!
for _ in $(seq 100); do grep -q "сайт на" "$tmp/serve.log" 2>/dev/null && break; sleep 0.2; done
for i in 1 2 3; do
  echo "Правка $i." >> "$ours/content/bench/page-0001.md"
  for _ in $(seq 100); do [[ $(grep -c "пересборка за" "$tmp/serve.log") -ge $i ]] && break; sleep 0.1; done
done
kill "$serve_pid"
echo "serve, rebuild after one page changed (3 edits):"
grep "пересборка за" "$tmp/serve.log" | sed 's/^/  /'
