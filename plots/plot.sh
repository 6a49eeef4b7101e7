#!/bin/sh
# Turns an omen-bench CSV into SVG and PNG plots with gnuplot.
#   plots/plot.sh results/latest/bench.csv [OUTDIR]
# OUTDIR defaults to the CSV's folder + /plots. Plots (each .svg and .png):
#   lookup_ns        ns per lookup by dataset and index (1 thread, point), log scale
#   range_ns         the same for range workloads
#   threads          throughput (Mops/s) against threads, a panel per dataset
#   pareto           index size against lookup time, a panel per dataset
#   build_ms         build time by dataset and index
#   isa_speedup      speedup of each ISA over scalar (when the run swept --isa)
# The footer of each plot carries the provenance of the run (commit, CPU, date).
set -eu
CSV="$1"
OUT="${2:-$(dirname "$CSV")/plots}"
HERE="$(cd "$(dirname "$0")" && pwd)"
command -v gnuplot >/dev/null || { echo "plots: gnuplot is missing; apt-get install gnuplot-nox" >&2; exit 1; }
[ -f "$CSV" ] || { echo "plots: no results file $CSV; run make bench first" >&2; exit 1; }
mkdir -p "$OUT"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

META="$CSV.meta.json"
prov="omen-bench"
if [ -f "$META" ]; then
    get() { sed -n "s/^ *\"$1\": \"\{0,1\}\([^\",]*\)\"\{0,1\},\{0,1\}$/\1/p" "$META" | head -1; }
    prov="omen $(get git_commit | cut -c1-12)$( [ "$(get git_dirty)" = true ] && echo '+dirty') | $(get cpu), $(get cores_online) cores | $(get compiler) | $(get date) | seed $(get seed), $(get repeat) repeats"
fi

# pivot FILTER VALUE_COL: rows = datasets (basename), columns = index[:params].
pivot() {
    awk -F, -v want="$1" -v col="$2" '
    function base(s) { n = split(s, p, "/"); return p[n] }
    NR == 1 { next }
    {
        ds = base($1); ix = $4 ($5 != "" ? ":" $5 : "")
        if (want == "point1" && !($6 == "point" && $7 == 1)) next
        if (want == "range1" && !($6 ~ /^range/ && $7 == 1)) next
        if (want == "build" && !($6 == "point" && $7 == 1)) next
        if (!(ds in dseen)) { dseen[ds] = 1; dorder[++nd] = ds }
        if (!(ix in iseen)) { iseen[ix] = 1; iorder[++ni] = ix }
        v[ds, ix] = $col
    }
    END {
        if (nd == 0) exit 1
        printf "dataset"; for (i = 1; i <= ni; i++) printf "\t\"%s\"", iorder[i]; printf "\n"
        for (d = 1; d <= nd; d++) {
            printf "%s", dorder[d]
            for (i = 1; i <= ni; i++) printf "\t%s", ((dorder[d], iorder[i]) in v) ? v[dorder[d], iorder[i]] : "?"
            printf "\n"
        }
    }' "$CSV"
}

common() { # title ylabel
    cat <<GP
set datafile separator "\t"
set datafile missing "?"
set title "$1" noenhanced
set ylabel "$2"
set key outside right top noenhanced
set grid ytics
set label 99 "$prov" at screen 0.01, 0.015 font ",8" noenhanced
set bmargin 5
GP
}

render() { # name  (reads a gnuplot body on stdin)
    body=$(cat)
    for term in svg png; do
        if [ $term = svg ]; then t="set terminal svg size 1100,560 dynamic font 'sans,11' background '#ffffff'"; else t="set terminal pngcairo size 1100,560 font 'sans,10'"; fi
        printf '%s\nset output "%s/%s.%s"\n%s\n' "$t" "$OUT" "$1" $term "$body" | gnuplot 2>"$TMP/gp.err" || {
            # pngcairo may be missing from a minimal gnuplot: fall back to png.
            printf '%s\nset output "%s/%s.%s"\n%s\n' "set terminal png size 1100,560" "$OUT" "$1" $term "$body" | gnuplot
        }
    done
    echo "plots: $OUT/$1.svg $OUT/$1.png"
}

bars() { # name filter col title ylabel log
    pivot "$2" "$3" >"$TMP/$1.dat" || return 0
    ncol=$(head -1 "$TMP/$1.dat" | awk -F'\t' '{print NF}')
    { common "$4" "$5"
      [ "$6" = log ] && echo "set logscale y"
      cat <<GP
set style data histograms
set style histogram clustered gap 1
set style fill solid 0.85 border -1
set boxwidth 0.9
set xtics rotate by -25 noenhanced
set yrange [*:*]
plot for [i=2:$ncol] "$TMP/$1.dat" using i:xtic(1) title columnheader(i)
GP
    } | render "$1"
}

bars lookup_ns point1 10 "Point lookups: median ns per lookup, 1 thread (lower is better)" "ns per lookup (log scale)" log
bars range_ns range1 10 "Range queries: median ns per query, 1 thread (lower is better)" "ns per range query (log scale)" log
bars build_ms build 14 "Build time by dataset and index" "build time, ms (log scale)" log

# Throughput against threads: a panel per dataset, a line per index.
awk -F, 'NR > 1 && $6 == "point" { n = split($1, p, "/"); print p[n] "\t" $4 ($5 != "" ? ":" $5 : "") "\t" $7 "\t" $11 }' "$CSV" \
    | sort -t"$(printf '\t')" -k1,1 -k2,2 -k3,3n >"$TMP/threads.dat"
if [ -s "$TMP/threads.dat" ] && [ "$(cut -f3 "$TMP/threads.dat" | sort -u | wc -l)" -gt 1 ]; then
    datasets=$(cut -f1 "$TMP/threads.dat" | awk '!s[$0]++')
    nds=$(echo "$datasets" | wc -l)
    cols=$(( nds < 4 ? nds : 4 )); rows=$(( (nds + cols - 1) / cols ))
    { common "" "Mops/s"
      echo "set multiplot layout $rows,$cols title 'Point lookups: aggregate throughput against threads (higher is better)'"
      echo "set xlabel 'threads'"; echo "set key inside left top font ',7'"; echo "set xtics 1"; echo "set offsets graph 0.05, graph 0.05, graph 0.1, graph 0.05"
      for ds in $datasets; do
          awk -F'\t' -v d="$ds" '$1 == d' "$TMP/threads.dat" >"$TMP/t_$ds.dat"
          idx=$(cut -f2 "$TMP/t_$ds.dat" | awk '!s[$0]++' | tr '\n' ' ')
          echo "set title '$ds' noenhanced"
          printf 'plot '
          first=1
          for ix in $idx; do
              [ $first = 1 ] || printf ', '
              printf "\"< awk -F'\\\\t' '\$2==\\\"%s\\\"' %s\" using 3:4 with linespoints title '%s'" "$ix" "$TMP/t_$ds.dat" "$ix"
              first=0
          done
          printf '\n'
      done
      echo "unset multiplot"
    } | render threads
fi

# Pareto view: index bytes against ns per lookup, a panel per dataset.
awk -F, 'NR > 1 && $6 == "point" && $7 == 1 { n = split($1, p, "/"); s = $15 < 1 ? 1 : $15; print p[n] "\t" $4 ($5 != "" ? ":" $5 : "") "\t" s "\t" $10 }' "$CSV" >"$TMP/pareto.dat"
if [ -s "$TMP/pareto.dat" ]; then
    datasets=$(cut -f1 "$TMP/pareto.dat" | awk '!s[$0]++')
    nds=$(echo "$datasets" | wc -l)
    cols=$(( nds < 4 ? nds : 4 )); rows=$(( (nds + cols - 1) / cols ))
    { common "" "ns per lookup"
      echo "set multiplot layout $rows,$cols title 'Index size against lookup time, 1 thread (down and left is better; size 1 = adds nothing)'"
      echo "set logscale x"; echo "set offsets graph 0.1, graph 0.1, graph 0.12, graph 0.08"; echo "set xlabel 'index bytes (log scale)'"; echo "set format x '10^{%L}'"; echo "unset key"
      for ds in $datasets; do
          awk -F'\t' -v d="$ds" '$1 == d' "$TMP/pareto.dat" >"$TMP/p_$ds.dat"
          echo "set title '$ds' noenhanced"
          echo "plot '$TMP/p_$ds.dat' using 3:4 with points pt 7 ps 0.8, '' using 3:4:2 with labels offset 0,0.7 font ',7' noenhanced"
      done
      echo "unset multiplot"
    } | render pareto
fi

# Speedup of each ISA over scalar, when the run swept ISAs.
if [ "$(awk -F, 'NR > 1 { print $8 }' "$CSV" | sort -u | wc -l)" -gt 1 ]; then
    awk -F, 'NR > 1 && $6 == "point" && $7 == 1 { n = split($1, p, "/"); k = p[n] " " $4; ns[k, $8] = $10; keys[k] = 1; isas[$8] = 1 }
        END {
            printf "case"; for (i in isas) if (i != "scalar") { printf "\t\"%s\"", i; order[++m] = i } printf "\n"
            for (k in keys) if ((k, "scalar") in ns) {
                printf "%s", k
                for (j = 1; j <= m; j++) printf "\t%s", ((k, order[j]) in ns) ? ns[k, "scalar"] / ns[k, order[j]] : "?"
                printf "\n"
            }
        }' "$CSV" | sort >"$TMP/isa.dat"
    ncol=$(head -1 "$TMP/isa.dat" | awk -F'\t' '{print NF}')
    { common "Speedup of each kernel ISA over scalar, point lookups, 1 thread (higher is better)" "speedup over scalar (x)"
      cat <<GP
set style data histograms
set style histogram clustered gap 1
set style fill solid 0.85 border -1
set xtics rotate by -30 noenhanced font ",8"
set yrange [0:*]
plot for [i=2:$ncol] "$TMP/isa.dat" using i:xtic(1) title columnheader(i), 1 with lines dt 2 lc rgb "black" notitle
GP
    } | render isa_speedup
fi
