#!/usr/bin/env bash
# Crafted text against real text, through the report parser's core
# (test/unit/scan_tool -p: the whole file as one report, best of three,
# peak memory from a counting allocator).  Baseline: the sample reports
# (demo/reports, six languages) repeated to about 2 MB, measured in the same
# run: each crafted input is timed three times, each right after the
# baseline, and its ratio is the median of the three pairs' ratios (a shared
# machine's slow spells then touch both sides alike).  Goals: every crafted
# input at most 5x the baseline's time per byte, and peak memory at most 10x
# the input's size.
set -euo pipefail
cd "$(dirname "$0")/.."
make -s test/unit/scan_tool >/dev/null
out=bench/out/crafted
mkdir -p "$out"
python3 - "$out" <<'PY'
import glob, sys, unicodedata
out = sys.argv[1]
n = 2_000_000
real = ''.join(open(f, encoding='utf-8').read() + '\n\n' for f in sorted(glob.glob('demo/reports/*.txt')))
def put(name, text):
    with open(f'{out}/{name}.txt', 'w', encoding='utf-8') as f:
        f.write(text)
put('real', (real * (n // len(real.encode()) + 1))[:n // 2])
put('real_nfd', unicodedata.normalize('NFD', (real * (n // len(real.encode()) + 1))[:n // 2]))
unit = 'rate ' + '1 1% ' * 100
put('percents', (unit * (n // len(unit) + 1))[:n])
put('bare_numbers', '1 ' * (n // 2))
put('unit_numbers', '1 vụ ' * (n // 6))
put('huge_word', 'a' * n + ' 5% 6% rate 7%. No. 8')
put('hangul', '한국어 ' * (n // 10))
put('devanagari', 'फू थो प्रांत पुलिस ' * (n // 48))
put('separators', ',.' * (n // 2))
put('fractions', '1/2 ' * (n // 4))
put('cues', 'tỷ lệ điều tra làm rõ ' * (n // 28))
PY
line() { test/unit/scan_tool -p "$out/$1.txt" "$2"; }
field() { awk -v k="$1" '{for (i = 1; i < NF; i++) if ($i == k) print $(i + 1)}'; }
base=$(line real vi)
base_ns=$(field ns_per_byte <<< "$base")
printf '%-14s %10s %10s %12s %10s\n' input MB ns/byte "x real" "mem/input"
printf '%-14s %10.2f %10.2f %12s %10.2f\n' real "$(field bytes <<< "$base" | awk '{print $1/1e6}')" "$base_ns" "1.00 (base)" "$(field peak_per_byte <<< "$base")"
worst_t=0 worst_m=0
for spec in real_nfd:vi percents:en bare_numbers:en unit_numbers:vi huge_word:en hangul:vi devanagari:hi separators:vi fractions:en cues:vi; do
  name=${spec%%:*} lang=${spec##*:}
  ratios=()
  for k in 1 2 3; do
    b=$(field ns_per_byte <<< "$(line real vi)")
    r=$(line "$name" "$lang")
    ratios+=("$(awk -v a="$(field ns_per_byte <<< "$r")" -v b="$b" 'BEGIN {printf "%.2f", a / b}')")
  done
  ns=$(field ns_per_byte <<< "$r"); mem=$(field peak_per_byte <<< "$r")
  ratio=$(printf '%s\n' "${ratios[@]}" | sort -n | sed -n 2p)
  printf '%-14s %10.2f %10.2f %12s %10.2f\n' "$name" "$(field bytes <<< "$r" | awk '{print $1/1e6}')" "$ns" "$ratio" "$mem"
  worst_t=$(awk -v a="$ratio" -v b="$worst_t" 'BEGIN {print (a > b) ? a : b}')
  worst_m=$(awk -v a="$mem" -v b="$worst_m" 'BEGIN {print (a > b) ? a : b}')
done
echo "worst time per byte: ${worst_t}x real text (goal: at most 5x); worst memory: ${worst_m}x the input (goal: at most 10x)"
