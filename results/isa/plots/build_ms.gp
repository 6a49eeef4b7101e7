# Build time of each index (lower is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
-0.28	7.028	7.028	7.028
0.72	58.47	58.47	58.47
EOD
$d1 << EOD
-0.14	47.186	47.186	47.186
0.86	235.188	235.188	235.188
EOD
$d2 << EOD
0	75.952	75.952	75.952
1	692.325	692.325	692.325
EOD
$d3 << EOD
0.14	71.742	71.742	71.742
1.14	736.237	736.237	736.237
EOD
$d4 << EOD
0.28	72.506	72.506	72.506
1.28	584.489	584.489	584.489
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set title "Build time of each index (lower is better)" font ",12"
set border 3 lc rgb "#333333"
set tics nomirror out
set grid ytics lc rgb "#dddddd" lt 1 lw 0.8
set label 99 "omen 3dfa217514f0 | AMD EPYC, 2 cores | gcc-compatible 12.2.0 | 2026-12-06T06:33:07Z | seed 1, 5 passes" at screen 0.005, screen 0.012 left font ",8" tc rgb "#444444"
set bmargin 3
set key outside right top vertical Left reverse samplen 1.2 spacing 1.15 font ",9"
set xtics ("lognormal:10M" 0, "lognormal:100M" 1)
set xtics norotate center
set xrange [-0.6:1.6]
set arrow from 0.5, graph 0 to 0.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set logscale y 10
set yrange [5.20593:993.92]
set format y "%g"
set ylabel "build time, ms (log scale)"
set ytics (10, 20, 50, 100, 200, 500)
plot $d0 using 1:2 with points lc rgb "#0072B2" pt 5 ps PS lw 1.2 title "btree", \
     $d1 using 1:2 with points lc rgb "#E69F00" pt 9 ps PS lw 1.2 title "linear", \
     $d2 using 1:2 with points lc rgb "#D55E00" pt 13 ps PS lw 1.2 title "rmi", \
     $d3 using 1:2 with points lc rgb "#009E73" pt 11 ps PS lw 1.2 title "pla", \
     $d4 using 1:2 with points lc rgb "#CC79A7" pt 15 ps PS lw 1.2 title "radixspline"
